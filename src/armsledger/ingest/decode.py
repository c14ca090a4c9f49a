"""Bytes to text: the declared charset, then UTF-8, then charset-normalizer's guess."""

from __future__ import annotations

import codecs
import logging
import re

from armsledger.errors import InputError
from armsledger.ingest.origin import BINARY, UNDECODABLE

log = logging.getLogger(__name__)

HEAD = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
# Browsers read these labels as windows-1252, and so do we (latin-1 stays the fallback).
_WHATWG = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
           "ascii": "cp1252"}
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_CONTROL = bytes([*range(0, 9), 11, *range(14, 32)])  # not tab, newline, form feed, return


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first few KB of a file without a UTF-16/32 BOM."""
    if not head or bom_encoding(head) in ("utf-16", "utf-32"):
        return False
    sample = head[:HEAD]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > len(sample) * 0.05


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML <meta> or an XML declaration names in the first bytes."""
    sample = head[:HEAD]
    match = _XML_ENCODING.search(sample) or _META_CHARSET.search(sample)
    return match.group(1).decode("ascii", "replace").lower() if match else None


def header_charset(content_type: str | None) -> str | None:
    """`text/html; charset=ISO-8859-1` -> `iso-8859-1`."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", content_type, re.I)
    return match.group(1).lower() if match else None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes, *declared: str | None) -> str:
    """Decode with the first declared charset that works, then UTF-8, then a guess.

    Raises InputError (BINARY or UNDECODABLE) when the bytes are not text.
    """
    bom = bom_encoding(data)
    if bom:
        text = _try(data, bom)
        if text is not None:
            return text
    if looks_binary(data):
        raise InputError("binary file", code=BINARY, hint="give a text, HTML, feed, JSONL or WARC file")
    for encoding in (*[_WHATWG.get(d, d) for d in declared if d], "utf-8"):
        text = _try(data, encoding)
        if text is not None:
            return text
        log.debug("declared or default charset %s does not decode", encoding)
        if encoding == "cp1252":
            return data.decode("latin-1")
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    best = matches[0] if matches else None
    if best is not None:
        # On a tie (short texts often tie), prefer the most common Western charset.
        for match in matches:
            tied = (match.percent_chaos, match.percent_coherence) == (best.percent_chaos,
                                                                       best.percent_coherence)
            if tied and match.encoding in _WESTERN:
                best = match
                break
        log.debug("decoded as %s (charset-normalizer's guess)", best.encoding)
        return str(best)
    raise InputError("cannot decode the text (no declared charset, not UTF-8, no good guess)",
                     code=UNDECODABLE, hint="convert the file to UTF-8")
