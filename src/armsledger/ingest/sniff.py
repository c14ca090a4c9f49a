"""Which reader an input needs: by file extension first, else by its first bytes."""

from __future__ import annotations

import json
import re
import zlib
from enum import StrEnum


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    FEED = "feed"
    WARC = "warc"


EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".md": Format.TEXT,
    ".text": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".warc": Format.WARC,
    ".warc.gz": Format.WARC,
}

_FEED_ROOT = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(?:rss|feed|RDF)[\s>]")
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article)[\s>]", re.I)


def by_extension(name: str) -> Format | None:
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return Format.WARC
    dot = lower.rfind(".")
    return EXTENSIONS.get(lower[dot:]) if dot > lower.rfind("/") else None


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return b""


def _first_json_object(head: bytes) -> bool:
    line = head.split(b"\n", 1)[0].strip()
    if not line.startswith(b"{"):
        return False
    if b"\n" not in head and len(head) >= 8192:  # a first line longer than the head: trust the brace
        return True
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def sniff(head: bytes) -> Format | None:
    """Guess the format from the first bytes; None for gzip that is not a WARC and for other XML.

    Anything else that is not recognised is plain text (the caller checks for binary).
    """
    if head.startswith(b"\x1f\x8b"):
        return Format.WARC if _gunzip_head(head).startswith(b"WARC/") else None
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return Format.WARC
    if stripped.startswith(b"{") and _first_json_object(stripped):
        return Format.JSONL
    sample = stripped[:4096]
    feed, page = _FEED_ROOT.search(sample), _HTML.search(sample)
    if feed and (page is None or feed.start() < page.start()):  # markup inside entries comes later
        return Format.FEED
    if page:
        return Format.HTML
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        return None
    return Format.TEXT


def from_content_type(content_type: str | None) -> Format | None:
    """A Content-Type header -> format, or None when it says nothing useful."""
    if not content_type:
        return None
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return Format.HTML
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return Format.FEED
    if kind in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return Format.JSONL
    if kind in ("application/warc", "application/x-warc"):
        return Format.WARC
    if kind == "text/plain":
        return Format.TEXT
    return None
