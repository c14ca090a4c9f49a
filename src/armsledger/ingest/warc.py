"""WARC and WARC.gz (warcio, streamed): one Document per HTML 200 response record.

Other records (requests, metadata, revisits, non-HTML responses) are skipped and counted in
a debug log. A truncated or corrupt record becomes a Problem naming `file#N` (N counts
records from 1); the documents read before it are kept.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from armsledger.errors import InputError
from armsledger.ingest.dates import parse_date
from armsledger.ingest.decode import declared_charset, decode, header_charset
from armsledger.ingest.html import page_document
from armsledger.ingest.origin import MALFORMED, Origin, problem_from
from armsledger.types import Document, Problem

log = logging.getLogger(__name__)


def _is_html_ok(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return (record.http_headers.get_statuscode() == "200"
            and content_type.split(";", 1)[0].strip().lower() in ("text/html", "application/xhtml+xml"))


def _record_document(record: Any, origin: Origin, number: int) -> Document:
    body = record.content_stream().read()
    left = getattr(record.raw_stream, "limit", 0)
    if left:
        raise InputError(f"truncated record ({left} of {record.length} bytes missing)", code=MALFORMED)
    content_type = record.http_headers.get_header("Content-Type")
    markup = decode(body, header_charset(content_type), declared_charset(body))
    crawl = parse_date(record.rec_headers.get_header("WARC-Date") or "")
    return page_document(markup, doc_id=f"{origin.stem}/{number}", source_path=f"{origin.name}#{number}",
                         url=record.rec_headers.get_header("WARC-Target-URI"), crawl_date=crawl)


def _iterator(stream: IO[bytes]) -> Any:
    """warcio's ArchiveIterator, noting whether the last gzip member ended cleanly.

    warcio stops without an error at a gzip member that is cut short or corrupt; the
    decompressor's `eof` flag is the only trace of it.
    """
    from warcio.archiveiterator import ArchiveIterator

    class Iterator(ArchiveIterator):
        gzip_cut = False

        def close(self) -> None:
            decompressor = self.reader.decompressor if self.reader else None
            if decompressor is not None and not getattr(decompressor, "eof", True):
                self.gzip_cut = True
            super().close()

    return Iterator(stream)


def _drained_short(record: Any) -> int:
    """Read a skipped record to its end; the bytes missing if it was cut short."""
    while record.raw_stream.read(65536):
        pass
    return int(getattr(record.raw_stream, "limit", 0))


def read_warc(stream: IO[bytes], origin: Origin) -> Iterator[Document | Problem]:
    skipped: Counter[str] = Counter()
    archive = _iterator(stream)
    records = iter(archive)
    number = 0
    cut_at = 0  # the record reported as truncated, if any
    while True:
        number += 1
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio's ArchiveLoadFailed, zlib.error, EOFError, ...
            yield _corrupt(origin, number, exc)
            break
        if not _is_html_ok(record):
            skipped[record.rec_type] += 1
            missing = _drained_short(record)
            if missing:
                cut_at = number
                yield origin.problem(f"truncated record ({missing} of {record.length} bytes missing)",
                                     MALFORMED, f"#{number}")
            continue
        try:
            document = _record_document(record, origin, number)
        except InputError as exc:
            cut_at = number if exc.message.startswith("truncated") else cut_at
            yield problem_from(exc, origin, f"#{number}")
            continue
        except Exception as exc:  # the record's body cannot be read: the stream is broken
            yield _corrupt(origin, number, exc)
            break
        yield document
    if archive.gzip_cut and cut_at != number - 1:  # not already reported as a truncated record
        yield origin.problem("corrupt or truncated WARC record (the gzip data ends early)",
                             MALFORMED, f"#{number}")
    log.debug("%s: %d records, skipped %s", origin.name, number - 1, dict(skipped))


def _corrupt(origin: Origin, number: int, exc: Exception) -> Problem:
    reason = str(exc).split("\n", 1)[0][:160] or type(exc).__name__
    return origin.problem(f"corrupt or truncated WARC record ({reason})", MALFORMED, f"#{number}")
