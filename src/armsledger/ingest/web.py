"""URLs: fetched with httpx (timeout and user agent from Settings); errors become InputError."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from armsledger.errors import InputError
from armsledger.ingest.decode import header_charset
from armsledger.ingest.origin import FETCH, Origin, url_stem
from armsledger.settings import Settings

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024  # a page or feed larger than this is not an article


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Fetched:
    origin: Origin
    body: bytes
    content_type: str | None


class Fetcher:
    """One HTTP client for all the URLs of a `read()` call, opened on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def fetch(self, url: str) -> Fetched:
        import httpx

        if self._client is None:
            self._client = httpx.Client(
                timeout=self.settings.http_timeout, follow_redirects=True,
                headers={"User-Agent": self.settings.user_agent},
            )
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise InputError(f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                                     code=FETCH, hint="check the URL")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise InputError(f"response larger than {MAX_BYTES // 2**20} MB", code=FETCH)
                    chunks.append(chunk)
                final = str(response.url)
                content_type = response.headers.get("content-type")
        except httpx.TimeoutException as exc:
            raise InputError(f"timed out after {self.settings.http_timeout:g} s", code=FETCH,
                             hint="try again later or raise the timeout") from exc
        except httpx.HTTPError as exc:
            reason = str(exc).split("\n", 1)[0] or type(exc).__name__
            raise InputError(f"cannot fetch ({reason})", code=FETCH,
                             hint="check the URL and the network") from exc
        log.debug("fetched %s (%d bytes, %s)", final, size, content_type)
        origin = Origin(name=url, stem=url_stem(final), url=final, charset=header_charset(content_type))
        return Fetched(origin, b"".join(chunks), content_type)
