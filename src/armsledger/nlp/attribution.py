"""Who said a quoted sentence that names no speaker itself: the speaker of the quote before it.

News runs quotes on: “The helicopters were for counter-terrorism,” the source said. “At no point
is Russia in talks to sell tanks.” The second sentence's claim belongs to the source named in the
first. Only a sentence that opens with a quotation mark inherits, and only from a sentence that
ends with a quote followed by its speaker and a speech verb; pronouns ("he said") are not names.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

OPENING_QUOTES = ("“", '"', "‘", "'")
SPEECH = r"(?:said|says|added|stated|noted|explained|told\s+[A-Z][\w.&' -]*?)"
TRAILER = re.compile(
    rf"[”\"’']\s*,?\s*(?P<who>[^”\"“]{{3,120}}?)\s+(?P<verb>{SPEECH})\s*[.,]?\s*$"
    rf"|[”\"’']\s*,?\s*(?P<verb2>said|says|added)\s+(?P<who2>[^”\"“]{{3,120}}?)\s*\.?\s*$"
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "one"})


def quoted_speaker(sentence: Span, before: Span | None) -> str | None:
    """For a sentence that opens with a quotation mark: the speaker named after the quote in the
    sentence itself ("“...,” a source told ThePrint."), or else the speaker of the quote `before`."""
    if not sentence.text.startswith(OPENING_QUOTES):
        return None
    m = TRAILER.search(sentence.text)
    if m is None and before is not None:
        m = TRAILER.search(before.text)
    if m is None:
        return None
    who = (m.group("who") or m.group("who2") or "").strip()
    verb = m.group("verb") or m.group("verb2") or ""
    if not who or who.lower() in PRONOUNS:
        return None
    return f"{who} {verb}".strip() if verb.startswith("told") else who
