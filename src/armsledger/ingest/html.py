"""HTML pages: trafilatura strips navigation, comments and link lists; metadata from the page."""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from armsledger.errors import InputError
from armsledger.ingest.dates import parse_date, resolve
from armsledger.ingest.decode import declared_charset, decode
from armsledger.ingest.origin import EMPTY, Origin
from armsledger.types import Document

log = logging.getLogger(__name__)

_LANG = re.compile(
    r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*["'\s>]"""
    r"""|<meta[^>]+http-equiv\s*=\s*["']content-language["'][^>]*content\s*=\s*["']([A-Za-z]{2,3})""",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?(?:\s|$)")
PROSE_WORDS = 6


@cache
def _date_params() -> dict[str, object]:
    # Only the page's own markup: no free-text search (datelines are ours), URL dates last.
    return {"original_date": True, "extensive_search": False, "deferred_url_extractor": True,
            "max_date": date.today().isoformat()}


def has_prose(text: str) -> bool:
    """At least one sentence: a line of several words with sentence punctuation.

    Menus, tag lists and link lists that the extractor falls back to have none.
    """
    return any(len(line.split()) >= PROSE_WORDS and _SENTENCE_END.search(line)
               for line in text.splitlines())


def page_language(markup: str) -> str | None:
    match = _LANG.search(markup[:20000])
    if not match:
        return None
    return (match.group(1) or match.group(2)).lower()


def page_document(markup: str, *, doc_id: str, source_path: str, url: str | None = None,
                  crawl_date: date | None = None) -> Document:
    """One article from one page; raises InputError(EMPTY) when the page has no article text."""
    import trafilatura

    extracted: Any = trafilatura.bare_extraction(
        markup, url=url, include_comments=False, include_tables=True, with_metadata=True,
        date_extraction_params=_date_params(),
    )
    text = (extracted.text or "").strip() if extracted is not None else ""
    if not has_prose(text):
        raise InputError("no article text on the page", code=EMPTY,
                         hint="the page may be a listing, a login wall or built by JavaScript")
    assert extracted is not None
    page_url = extracted.url or url
    metadata_date = parse_date(extracted.date) if extracted.date else None
    published, source = resolve(text, page_url, metadata=metadata_date, crawl=crawl_date)
    outlet = extracted.sitename or (urlsplit(page_url).hostname if page_url else None)
    return Document(
        id=doc_id,
        text=text,
        title=extracted.title or None,
        url=page_url,
        outlet=outlet,
        published=published,
        date_source=source,
        language=page_language(markup),
        source_path=source_path,
    )


def read_html(data: bytes, origin: Origin) -> Document:
    markup = decode(data, origin.charset, declared_charset(data))
    log.debug("extracting %s", origin.name)
    return page_document(markup, doc_id=origin.stem, source_path=origin.name, url=origin.url)
