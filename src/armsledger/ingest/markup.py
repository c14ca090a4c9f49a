"""HTML fragments (feed summaries) to plain text with paragraph breaks."""

from __future__ import annotations

import html
import re

from lxml import etree
from lxml import html as lxml_html

BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "table", "tr", "figure", "figcaption", "pre", "hr",
})
DROP = ("script", "style", "noscript", "iframe", "template")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BREAKS = re.compile(r"\n{3,}")


def fragment_to_text(fragment: str) -> str:
    """Tags removed, entities resolved, block elements separated by blank lines."""
    if "<" not in fragment:
        return _tidy(html.unescape(fragment))
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(html.unescape(re.sub(r"<[^>]+>", " ", fragment)))
    for element in list(root.iter(*DROP)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BREAKS.sub("\n\n", "\n".join(lines)).strip()
