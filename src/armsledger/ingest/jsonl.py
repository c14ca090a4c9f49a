"""JSON Lines: one article per line, streamed; a bad line is a Problem and reading goes on."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import IO, Any

from armsledger.errors import InputError
from armsledger.ingest.dates import parse_date, resolve
from armsledger.ingest.decode import decode
from armsledger.ingest.origin import MALFORMED, Origin
from armsledger.types import Document, Problem

log = logging.getLogger(__name__)


def _string(record: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    return None


def record_document(record: dict[str, Any], origin: Origin, line: int) -> Document | str:
    """A Document, or the reason the record is not one."""
    text = record.get("text")
    if not isinstance(text, str):
        return "no 'text' field" if text is None else "'text' is not a string"
    if not text.strip():
        return "'text' is empty"
    url = _string(record, "url", "link")
    stated = _string(record, "published", "date")
    metadata = parse_date(stated) if stated else None
    if stated and metadata is None:
        log.debug("%s:%d: unreadable date %r", origin.name, line, stated)
    published, source = resolve(text, url, metadata=metadata)
    language = _string(record, "language", "lang")
    return Document(
        id=_string(record, "id") or f"{origin.stem}/{line}",
        text=text,
        title=_string(record, "title"),
        url=url,
        outlet=_string(record, "outlet", "source"),
        published=published,
        date_source=source if published else None,
        language=language.lower() if language else None,
        source_path=f"{origin.name}:{line}",
    )


def read_jsonl(stream: IO[bytes], origin: Origin) -> Iterator[Document | Problem]:
    for line, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f":{line}"
        try:
            record = json.loads(decode(raw, "utf-8"))
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            yield origin.problem(f"malformed JSON ({_short(exc)})", MALFORMED, where)
            continue
        except InputError as exc:  # a binary line
            yield origin.problem(f"unreadable line ({exc.message})", MALFORMED, where)
            continue
        if not isinstance(record, dict):
            yield origin.problem(f"a JSON {type(record).__name__}, not an object", MALFORMED, where)
            continue
        result = record_document(record, origin, line)
        if isinstance(result, str):
            yield origin.problem(result, MALFORMED, where)
        else:
            yield result


def _short(exc: Exception) -> str:
    return str(exc).split("\n", 1)[0][:120]

