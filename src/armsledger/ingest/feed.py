"""RSS and Atom feeds (feedparser): one Document per entry; outlet is the feed's title."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from armsledger.ingest.dates import from_struct, resolve
from armsledger.ingest.markup import fragment_to_text
from armsledger.ingest.origin import EMPTY, MALFORMED, Origin
from armsledger.types import Document, Problem

log = logging.getLogger(__name__)


def _language(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip().replace("_", "-").split("-", 1)[0].lower() or None
    return None


def _entry_text(entry: Any) -> tuple[str, str | None]:
    """The entry's fullest HTML (content, else summary) as text, with its xml:lang."""
    for detail in [*(entry.get("content") or []), entry.get("summary_detail")]:
        if detail and (detail.get("value") or "").strip():
            value = detail["value"]
            kind = detail.get("type") or "text/html"
            text = fragment_to_text(value) if "html" in kind else value.strip()
            if text:
                return text, _language(detail.get("language"))
    return "", None


def read_feed(data: bytes, origin: Origin) -> Iterator[Document | Problem]:
    import feedparser

    headers = {"content-location": origin.url} if origin.url else {}
    if origin.charset:
        headers["content-type"] = f"application/xml; charset={origin.charset}"
    parsed = feedparser.parse(data, response_headers=headers)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "not well-formed").split("\n", 1)[0]
            yield origin.problem(f"feed does not parse ({reason})", MALFORMED)
        else:
            yield origin.problem("feed has no entries", EMPTY)
        return
    if parsed.get("bozo"):
        log.debug("%s: feed is not well-formed but has entries: %s", origin.name,
                  parsed.get("bozo_exception"))
    channel = parsed.get("feed") or {}
    outlet = (channel.get("title") or "").strip() or None
    feed_language = _language(channel.get("language"))
    for number, entry in enumerate(entries, start=1):
        where = f"#{number}"
        text, language = _entry_text(entry)
        if not text:
            yield origin.problem("feed entry has no text", EMPTY, where)
            continue
        link = entry.get("link") or None
        stated = from_struct(entry.get("published_parsed") or entry.get("updated_parsed"))
        published, source = resolve(text, link, feed=stated)
        yield Document(
            id=f"{origin.stem}/{number}",
            text=text,
            title=(entry.get("title") or "").strip() or None,
            url=link,
            outlet=outlet,
            published=published,
            date_source=source,
            language=language or feed_language,
            source_path=f"{origin.name}{where}",
        )
