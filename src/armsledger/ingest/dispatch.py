"""Route one input (file, folder, stdin stream, fetched URL) to the reader its format needs."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from armsledger.errors import InputError
from armsledger.ingest.decode import looks_binary
from armsledger.ingest.feed import read_feed
from armsledger.ingest.html import read_html
from armsledger.ingest.jsonl import read_jsonl
from armsledger.ingest.origin import (
    BINARY,
    EMPTY,
    MISSING,
    UNSUPPORTED,
    Origin,
    file_origin,
    problem_from,
)
from armsledger.ingest.sniff import Format, by_extension, sniff
from armsledger.ingest.text import read_text
from armsledger.ingest.warc import read_warc
from armsledger.types import Document, Problem

log = logging.getLogger(__name__)

HEAD = 8192
# A folder's own documentation is not an article: skipped when walking, read when named.
FOLDER_DOCS = frozenset({"readme", "license", "licence", "changelog", "notice", "copying", "sources"})
Item = Document | Problem


def read_stream(stream: IO[bytes], origin: Origin, declared: Format | None = None) -> Iterator[Item]:
    """Read one byte stream: the declared format (extension, Content-Type) or a sniffed one."""
    buffered = (stream if isinstance(stream, io.BufferedReader)
                else io.BufferedReader(cast(io.RawIOBase, stream)))
    head = buffered.peek(HEAD)[:HEAD]
    if not head:
        yield origin.problem("empty file", EMPTY)
        return
    fmt = declared or sniff(head)
    if fmt is None:
        kind = "gzip data that is not a WARC" if head.startswith(b"\x1f\x8b") else "XML that is not an RSS/Atom feed"
        yield origin.problem(f"unsupported format ({kind})", UNSUPPORTED)
        return
    if fmt is not Format.WARC and looks_binary(head):
        yield origin.problem("binary file", BINARY)
        return
    if fmt is Format.JSONL:
        yield from read_jsonl(buffered, origin)
    elif fmt is Format.WARC:
        yield from read_warc(buffered, origin)
    else:
        yield from read_whole(buffered.read(), origin, fmt)


def read_whole(data: bytes, origin: Origin, fmt: Format) -> Iterator[Item]:
    """Formats read whole: a page, a text or a feed."""
    if fmt is Format.FEED:
        yield from read_feed(data, origin)
        return
    reader = read_html if fmt is Format.HTML else read_text
    try:
        document = reader(data, origin)
    except InputError as exc:
        yield problem_from(exc, origin)
        return
    yield document


def read_file(path: Path) -> Iterator[Item]:
    name = str(path)
    origin = file_origin(name)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        yield origin.problem("no such file or directory", MISSING)
        return
    except PermissionError:
        yield origin.problem("permission denied", MISSING)
        return
    except OSError as exc:
        yield origin.problem(f"cannot open ({exc.strerror or exc})", MISSING)
        return
    with handle:
        try:
            yield from read_stream(handle, origin, by_extension(name))
        except OSError as exc:
            yield origin.problem(f"cannot read ({exc.strerror or exc})", MISSING)


def walk(folder: Path) -> Iterator[Path | Problem]:
    """Files under a folder, recursively and sorted.

    Hidden files and folders are skipped, and so are the folder's own README, LICENSE and
    similar files.
    """
    problems: list[Problem] = []

    def on_error(exc: OSError) -> None:
        problems.append(Problem(str(exc.filename or folder), f"cannot list ({exc.strerror})", MISSING))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.split(".", 1)[0].lower() in FOLDER_DOCS:
                log.debug("skipping %s: a folder's documentation, not an article", name)
                continue
            yield Path(root) / name
        yield from problems
        problems.clear()
    yield from problems
