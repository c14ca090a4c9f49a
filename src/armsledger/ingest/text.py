"""Plain text (.txt, .md): one Document with the text exactly as decoded."""

from __future__ import annotations

from armsledger.errors import InputError
from armsledger.ingest.dates import resolve
from armsledger.ingest.decode import decode
from armsledger.ingest.origin import EMPTY, Origin
from armsledger.types import Document

TITLE_MAX = 150  # a first line longer than this is a paragraph, not a headline


def guess_title(text: str) -> str | None:
    """The first line when it reads like a headline: short, followed by more text, no final stop."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > TITLE_MAX:
        return None
    return None if first.endswith((".", ":", ",", ";")) else first


def read_text(data: bytes, origin: Origin) -> Document:
    """Claims' character offsets refer to this text, so it is left exactly as decoded."""
    text = decode(data, origin.charset)
    if not text.strip():
        raise InputError("no text (only whitespace)", code=EMPTY, hint="remove the empty file")
    published, source = resolve(text, origin.url)
    return Document(
        id=origin.stem,
        text=text,
        title=guess_title(text),
        url=origin.url,
        published=published,
        date_source=source,
        source_path=origin.name,
    )
