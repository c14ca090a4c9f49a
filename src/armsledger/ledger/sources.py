"""Independence of sources: which claims are really the same source speaking.

- A near-duplicate copy counts as its group's origin document (see dedup.py).
- A claim the text attributes to a named outlet ("told Sputnik News", "according to ThePrint")
  counts as that outlet; to a named speaker ("Prime Minister Imran Khan") as that speaker.
- An unattributed (or generically attributed: "a source", "intelligence reports") claim counts
  as the reporting outlet when the outlet is known, else as the origin document.
- A claim the text attributes to an unnamed report or outlet ("according to a report citing
  people involved", "one outlet said", "reports over the past year") is an echo of a source
  that cannot be identified: kind "echo", key "echo:<origin document>". It may be the very
  report another article carries, so it never corroborates anything (credibility.py).
Claims with the same key are one source: echoes and copies never corroborate each other.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from armsledger.ledger.facts import Source, StoredDoc
from armsledger.ledger.outlets import Outlets

_NAME = r"(?:the\s+)?(?P<x>[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*)*)"
_OUTLET_PATTERNS = (
    re.compile(r"\btold\s+" + _NAME),
    re.compile(r"\b(?:according\s+to|reported\s+by|cited\s+by|quoted\s+by)\s+" + _NAME),
    re.compile(r"\bas\s+reported\s+in\s+" + _NAME),
    re.compile(r"^" + _NAME + r"\s+(?:reported|reports|said|says)\b"),
)


@cache
def _speaker_words() -> tuple[frozenset[str], frozenset[str]]:
    ref = resources.files("armsledger") / "data" / "ledger" / "speakers.tsv"
    lead: set[str] = set()
    head: set[str] = set()
    for line in ref.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        word, kind = line.split("\t")[:2]
        (lead if kind.strip() == "lead" else head).add(word.strip().lower())
    return frozenset(lead), frozenset(head)


def _norm_phrase(text: str) -> str:
    words = re.findall(r"[\w'’-]+", text.lower())
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


ECHO = "echo:"
# nouns that make an unnamed attribution a report rather than a person ("a report", "one outlet")
_REPORT_WORDS = frozenset({"report", "reports", "outlet", "outlets", "media", "newspaper",
                           "newspapers", "press", "reporting"})


def is_generic(speaker: str) -> bool:
    """True for speakers that cannot be told apart across articles ("a source", "officials",
    "officials familiar with the plans")."""
    lead, head = _speaker_words()
    words = re.findall(r"[\w'’-]+", speaker.lower())
    while words and words[0] == "the":
        words = words[1:]
    if not words:
        return True
    return words[0] in lead or words[-1] in head or any(w in head for w in words[:3])


def is_unnamed_report(speaker: str) -> bool:
    """True for an attribution to a report or outlet that is not named ("one outlet")."""
    words = re.findall(r"[\w'’-]+", speaker.lower())
    return is_generic(speaker) and any(w in _REPORT_WORDS for w in words[:4])


def named_outlet(attributed_to: str, outlets: Outlets) -> str | None:
    """The outlet an attribution names ("... told ThePrint" -> "ThePrint"), if any."""
    for pattern in _OUTLET_PATTERNS:
        m = pattern.search(attributed_to)
        if m:
            name = m.group("x")
            return outlets.canonical(name) or name.strip()
    return outlets.canonical(attributed_to)


def source_of(attributed_to: str | None, doc: StoredDoc, origin: StoredDoc,
              outlets: Outlets) -> Source:
    """The independent source one claim counts as (see the module docstring)."""
    if attributed_to and attributed_to.strip():
        outlet = named_outlet(attributed_to, outlets)
        if outlet:
            canon = outlets.canonical(outlet) or outlet
            return Source(key=f"outlet:{_norm_phrase(canon)}", kind="outlet", label=canon)
        if not is_generic(attributed_to):
            label = attributed_to.strip()
            return Source(key=f"speaker:{_norm_phrase(label)}", kind="speaker", label=label)
        if is_unnamed_report(attributed_to):
            return Source(key=f"{ECHO}{origin.key}", kind="echo",
                          label=f"unnamed report cited in {origin.key}")
    reporting = (outlets.canonical(origin.outlet) or outlets.of_url(origin.url)
                 or (origin.outlet or "").strip())
    if reporting:
        return Source(key=f"outlet:{_norm_phrase(reporting)}", kind="outlet", label=reporting)
    return Source(key=f"doc:{origin.key}", kind="document", label=origin.key)


def outlet_of(doc: StoredDoc, outlets: Outlets) -> str | None:
    """The rated outlet that published a document, if it is in the ratings file."""
    return outlets.canonical(doc.outlet) or outlets.of_url(doc.url)
