"""Read every input format into `Document` records.

`read(inputs)` takes file paths, folders, URLs and "-" (standard input) and yields a
`Document` for each article and a `Problem` for each input, record or line that could
not be read; it never raises for bad input, and it streams (memory stays flat).

One module per format: `text` (.txt, .md), `html` (trafilatura), `jsonl`, `feed`
(feedparser), `warc` (warcio); `sniff` picks the reader, `decode` turns bytes into text,
`dates` finds publication dates, `web` fetches URLs, `dispatch` routes inputs.
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from armsledger.errors import InputError
from armsledger.ingest.dispatch import read_file, read_stream, walk
from armsledger.ingest.origin import MISSING, Origin, problem_from
from armsledger.ingest.sniff import Format, by_extension, from_content_type
from armsledger.ingest.web import Fetcher, is_url
from armsledger.settings import Settings
from armsledger.types import Document, Problem

log = logging.getLogger(__name__)

__all__ = ["Format", "read"]

STDIN = "-"


def read(inputs: Iterable[str], *, settings: Settings | None = None) -> Iterator[Document | Problem]:
    settings = settings or Settings.from_env()
    with Fetcher(settings) as fetcher:
        for item in inputs:
            try:
                yield from _read_one(str(item), fetcher)
            except Exception as exc:  # a bug must not end the run: report it as this input's problem
                log.exception("unexpected error reading %s", item)
                yield Problem(str(item), f"unexpected error ({type(exc).__name__}: {exc})", "E100")


def _read_one(item: str, fetcher: Fetcher) -> Iterator[Document | Problem]:
    if item == STDIN:
        stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(sys.stdin.read().encode())
        yield from read_stream(stdin, Origin(name=STDIN, stem="stdin"))
        return
    if is_url(item):
        try:
            fetched = fetcher.fetch(item)
        except InputError as exc:
            yield problem_from(exc, Origin(name=item, stem=item))
            return
        declared = by_extension(fetched.origin.url or item) if _is_archive(item) else None
        declared = declared or from_content_type(fetched.content_type)
        yield from read_stream(io.BytesIO(fetched.body), fetched.origin, declared)
        return
    path = Path(item)
    if path.is_dir():
        for found in walk(path):
            if isinstance(found, Problem):
                yield found
            else:
                yield from read_file(found)
    elif path.exists() or path.is_symlink():
        yield from read_file(path)
    else:
        yield Problem(item, "no such file or directory", MISSING)


def _is_archive(url: str) -> bool:
    return by_extension(url.split("?", 1)[0]) in (Format.WARC, Format.JSONL)
