"""Evidence markup: cue words inside a sentence, claim spans inside a document's text.

Both return `markupsafe.Markup`: every piece of text is escaped, only our own `<mark>` and
`<a>` tags are added, so templates can insert the result without `|safe` guesswork.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class SpanMark:
    """A character range of a text to highlight, with where it links and a tooltip."""

    start: int
    end: int
    href: str | None = None
    label: str = ""
    css: str = "claim"


def _inflected(word: str) -> str:
    """A pattern for a word and its regular inflections (cues may be given as lemmas)."""
    w = word.lower()
    if not w.isalpha() or len(w) < 3:
        return re.escape(word)
    if w.endswith("y") and w[-2] not in "aeiou":
        return re.escape(w[:-1]) + "(?:y|ies|ied|ying)"
    if w.endswith("e"):
        return re.escape(w[:-1]) + "(?:e|es|ed|ing)"
    double = re.escape(w[-1]) + "?" if w[-1] not in "aeiouwxy" else ""
    return re.escape(w) + f"(?:s|es|{double}ed|{double}ing)?"


def cue_pattern(cues: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for the cue phrases, longest first, on word boundaries.

    Each word also matches its regular inflections, so a lemma cue ("deliver", "call off")
    marks the form in the sentence ("delivered", "called off").
    """
    phrases = sorted({c.strip() for c in cues if c and c.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    alternatives = []
    for phrase in phrases:
        alternatives.append(r"\s+".join(_inflected(w) for w in phrase.split()))
    body = "|".join(alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def mark_cues(evidence: str, cues: Sequence[str]) -> Markup:
    """The evidence sentence, escaped, with each cue phrase in `<mark class="cue">`."""
    pattern = cue_pattern(cues)
    if pattern is None:
        return Markup(escape(evidence))
    parts: list[str] = []
    last = 0
    for m in pattern.finditer(evidence):
        parts.append(escape(evidence[last : m.start()]))
        parts.append(Markup('<mark class="cue">{}</mark>').format(m.group(0)))
        last = m.end()
    parts.append(escape(evidence[last:]))
    return Markup("").join(parts)


def mark_cues_md(evidence: str, cues: Sequence[str]) -> str:
    """The evidence sentence for Markdown, each cue phrase in **bold**."""
    pattern = cue_pattern(cues)
    if pattern is None:
        return evidence
    return pattern.sub(lambda m: f"**{m.group(0)}**", evidence)


def mark_spans(text: str, marks: Sequence[SpanMark]) -> Markup:
    """The text, escaped, with each span wrapped in a `<mark>` (inside an `<a>` when linked).

    Overlapping spans are cut into segments at every boundary; a segment covered by several
    spans takes the first span's link and lists every label in its tooltip.
    """
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    parts: list[str] = []
    for left, right in itertools.pairwise(bounds):
        covering = [m for m in valid if m.start <= left and right <= m.end]
        chunk = text[left:right]
        if not covering:
            parts.append(escape(chunk))
            continue
        first = covering[0]
        title = "; ".join(m.label for m in covering if m.label)
        inner = Markup('<mark class="{}" title="{}">{}</mark>').format(first.css, title, chunk)
        if first.href:
            inner = Markup('<a href="{}">{}</a>').format(first.href, inner)
        parts.append(inner)
    return Markup("").join(parts)
