"""Numbers in a claim: quantities of units, deal values converted to US dollars, and years."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from armsledger.nlp.lexicon import currencies

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "pair": 2, "couple": 2,
}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}


def number(tok: Token) -> int | None:
    """The integer a number token stands for: `4`, `four`, `1,200`, `a dozen`."""
    text = tok.text.lower().replace(",", "")
    if text.isdigit():
        value = int(text)
        return value if 0 < value < 100000 and not (1900 <= value <= 2100 and tok.i > 0 and tok.nbor(-1).lower_ in {"in", "by", "since", "until"}) else None
    return NUMBER_WORDS.get(text)


STANDARD_WORDS = frozenset({"block", "batch", "lot", "tranche", "flight", "increment", "mk", "mark", "standard",
                            "series", "phase", "version"})


def quantity(head: Token, span_tokens: list[Token]) -> int | None:
    """A number modifying the equipment noun, a token of its name, or a unit noun above it."""
    candidates = [head, *span_tokens]
    up = head.head
    if head.dep_ == "pobj" and up.dep_ == "prep" and up.lower_ == "of":
        candidates.append(up.head)  # "two regiments of S-400", "a batch of 12 jets"
    inside = {t.i for t in span_tokens}
    for tok in candidates:
        for child in tok.children:
            if child.i in inside:
                continue  # the "17" of "JF 17"
            if child.i >= 2 and child.nbor(-1).text == "-" and not child.nbor(-1).whitespace_ \
                    and not child.nbor(-2).whitespace_:
                continue  # the "200" of "NC-212-200": a variant, not a count
            if child.i >= 1 and child.nbor(-1).lower_ in STANDARD_WORDS:
                continue  # the "20" of "FA-50 Block 20", the "3" of "Tranche 3": a standard, not a count
            if child.i >= 1 and len(child.nbor(-1).text) == 1 and child.nbor(-1).is_upper:
                continue  # the "625" of "the P 625 vessel": a pennant number, not a count
            if child.dep_ in ("nummod",) or (child.like_num and child.dep_ in ("amod", "compound", "quantmod")):
                n = number(child)
                if n is not None:
                    return n
    return None


@cache
def _money_pattern() -> tuple[re.Pattern[str], dict[str, float]]:
    rates: dict[str, float] = {}
    for cur in currencies():
        for sym in cur.symbols:
            rates[sym.lower()] = cur.usd_per_unit
    syms = sorted(rates, key=len, reverse=True)
    alt = "|".join(re.escape(s) for s in syms)
    scale = r"(?:thousand|million|billion|trillion|mn|mln|bn|bln|tn|crores?|lakhs?|[kmb])\b"
    pattern = re.compile(
        rf"(?P<pre>{alt})?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>{scale})?\s?(?P<post>{alt})?(?![\w])",
        re.IGNORECASE,
    )
    return pattern, rates


def value_usd(text: str) -> float | None:
    """The first stated amount of money in `text`, in US dollars at the fixed rates."""
    pattern, rates = _money_pattern()
    for m in pattern.finditer(text):
        cur = m.group("pre") or m.group("post")
        if not cur:
            continue
        if m.group("post") and not m.group("pre") and not m.group("scale") and len(cur) <= 1:
            continue
        amount = float(m.group("num").replace(",", ""))
        scale = (m.group("scale") or "").lower()
        amount *= SCALES.get(scale, 1.0)
        usd = amount * rates[cur.lower()]
        if usd >= 100_000:
            return round(usd, 2)
    return None


YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
RELATIVE = {"last year": -1, "next year": 1, "this year": 0, "previous year": -1, "the following year": 1}


def year(sentence: Span, published: date | None) -> int | None:
    """An explicit year in the sentence, or one relative to the publication date."""
    for m in YEAR.finditer(sentence.text):
        if not sentence.text[: m.start()].rstrip().lower().endswith("since"):
            return int(m.group(1))  # "the first sale since 1992" is not the sale's year
    if published is not None:
        low = sentence.text.lower()
        for phrase, delta in RELATIVE.items():
            if phrase in low:
                return published.year + delta
    return None
