"""The cheap pass: sentences, and mentions of states, weapon systems and kinds of equipment.

Works on any spaCy `Doc`, tokenised only or fully parsed: extraction runs it over whole
documents after tokenising (fast) to pick candidate sentences and to learn the document's
context, then again over each parsed candidate sentence to get token positions there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from armsledger.nlp.catalog import Catalog, Weapon, catalog, key
from armsledger.nlp.gazetteer import surface_forms
from armsledger.nlp.lexicon import Lexicon, lexicon
from armsledger.types import Category

MAX_STATE_TOKENS = 7
MAX_WEAPON_TOKENS = 5
ORIGIN_SUFFIXES = ("made", "built", "manufactured", "supplied", "designed", "produced", "origin", "developed")
END_PUNCT = frozenset(".!?")


@dataclass(frozen=True, slots=True)
class StateMention:
    start: int  # token index in its Doc
    end: int
    iso3s: tuple[str, ...]  # more than one: ambiguous, resolved from context
    kind: str  # name | alias | demonym | capital | service | maker | agency | government | made
    text: str


@dataclass(frozen=True, slots=True)
class WeaponMention:
    start: int
    end: int
    weapon: Weapon
    text: str


@dataclass(frozen=True, slots=True)
class CategoryMention:
    start: int
    end: int
    category: Category
    text: str


@dataclass(frozen=True, slots=True)
class Mentions:
    states: tuple[StateMention, ...]
    weapons: tuple[WeaponMention, ...]
    categories: tuple[CategoryMention, ...]


@dataclass(frozen=True, slots=True)
class StateForms:
    folded: dict[tuple[str, ...], tuple[tuple[str, ...], str]]  # lower-cased token texts -> (iso3s, kind)
    exact: dict[tuple[str, ...], tuple[tuple[str, ...], str]]  # abbreviations, case kept


@cache
def state_forms() -> StateForms:
    import spacy

    from armsledger.nlp.gazetteer import is_abbreviation

    tokenizer = spacy.blank("en").tokenizer
    folded: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {}
    exact: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {}
    for surface, refs in surface_forms().items():
        iso3s = tuple(dict.fromkeys(i for r in refs for i in r.iso3s))
        kind = refs[0].kind
        tokens = tuple(t.text for t in tokenizer(surface))
        if is_abbreviation(surface):
            exact[tokens] = (iso3s, kind)
        else:
            folded[tuple(t.lower() for t in tokens)] = (iso3s, kind)
    return StateForms(folded, exact)


def sentences(doc: Doc) -> list[Span]:
    """Sentence spans: at end punctuation before a capital, quote or digit, and at line breaks.

    Whitespace tokens at the edges are left out, so a span's text is the sentence as written.
    """
    spans: list[Span] = []
    start = 0
    n = len(doc)
    for i, tok in enumerate(doc):
        boundary = False
        if "\n" in tok.text or "\n" in tok.whitespace_:
            boundary = True
        elif tok.text in END_PUNCT or (tok.text[-1:] in END_PUNCT and tok.is_punct):
            nxt = doc[i + 1] if i + 1 < n else None
            if nxt is None or nxt.is_space or nxt.text[:1].isupper() or nxt.is_quote or nxt.text[:1].isdigit():
                boundary = True
            elif nxt.is_punct and nxt.text in {"'", '"', "”", "’", ")"}:
                continue  # the quote closes this sentence; break after it
        elif tok.is_quote and i > 0 and doc[i - 1].text in END_PUNCT:
            nxt = doc[i + 1] if i + 1 < n else None
            boundary = nxt is None or nxt.is_space or nxt.text[:1].isupper()
        if boundary:
            _append(doc, spans, start, i + 1)
            start = i + 1
    _append(doc, spans, start, n)
    return spans


def _append(doc: Doc, spans: list[Span], start: int, end: int) -> None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end > start:
        spans.append(doc[start:end])


def find_states(doc: Doc, start: int = 0, end: int | None = None) -> list[StateMention]:
    forms = state_forms()
    end = len(doc) if end is None else end
    out: list[StateMention] = []
    i = start
    while i < end:
        found = None
        for n in range(min(MAX_STATE_TOKENS, end - i), 0, -1):
            texts = tuple(t.text for t in doc[i : i + n])
            hit = forms.exact.get(texts) or forms.folded.get(tuple(t.lower() for t in texts))
            if hit and texts[0][:1].isupper():
                found = (n, hit)
                break
        if found is None:
            made = _origin_compound(doc[i], forms)
            if made:
                out.append(StateMention(i, i + 1, made, "made", doc[i].text))
            i += 1
            continue
        n, (iso3s, kind) = found
        nxt = doc[i + n] if i + n < end else None
        # "Russian - made" / "Chinese-built": the demonym marks where the equipment comes from
        if (nxt is not None and nxt.text == "-" and i + n + 1 < end
                and doc[i + n + 1].lower_ in ORIGIN_SUFFIXES):
            out.append(StateMention(i, i + n + 2, iso3s, "made", doc[i : i + n + 2].text))
            i += n + 2
            continue
        out.append(StateMention(i, i + n, iso3s, kind, doc[i : i + n].text))
        i += n
    return out


def _origin_compound(tok: Token, forms: StateForms) -> tuple[str, ...] | None:
    """`U.S.-made`, `Russian-built` as one token."""
    if "-" not in tok.text:
        return None
    head, _, tail = tok.text.rpartition("-")
    if tail.lower() not in ORIGIN_SUFFIXES:
        return None
    hit = forms.exact.get((head,)) or forms.folded.get((head.lower(),))
    return hit[0] if hit else None


def find_weapons(doc: Doc, start: int = 0, end: int | None = None,
                 lex: Lexicon | None = None, cat: Catalog | None = None) -> list[WeaponMention]:
    cat = cat or catalog()
    lex = lex or lexicon()
    end = len(doc) if end is None else end
    out: list[WeaponMention] = []
    i = start
    while i < end:
        first = doc[i]
        k0 = key(first.text)
        if not k0 or not first.text[0].isalnum() or (k0 not in cat.prefixes and not _plural(k0, first)):
            i += 1
            continue
        best: tuple[int, Weapon] | None = None
        acc = ""
        for n in range(1, min(MAX_WEAPON_TOKENS, end - i) + 1):
            tok = doc[i + n - 1]
            if tok.is_space:
                break
            acc += key(tok.text)
            weapon = _resolve(cat, acc, doc, i, i + n, lex)
            if (weapon is None and n == 1) or (weapon is None and tok.text.endswith("s")):
                weapon = _resolve(cat, _plural(acc, tok), doc, i, i + n, lex)
            if weapon is not None:
                best = (n, weapon)
            if acc not in cat.prefixes:
                break
        if best is None:
            variant = cat.lookup_variant(k0) if any(c.isdigit() for c in k0) else None
            if variant is not None and first.text[:1].isupper():
                best = (1, variant)
        if best is None:
            i += 1
            continue
        n, weapon = best
        out.append(WeaponMention(i, i + n, weapon, doc[i : i + n].text))
        i += n
    return _merge_adjacent(out)


def _plural(k: str, tok: Token) -> str:
    """`Su-35s` -> SU35: a plural 's' after a designation."""
    if tok.text.endswith("s") and len(k) > 2 and k.endswith("S") and (k[-2].isdigit() or tok.text[-2:-1].isupper()):
        return k[:-1]
    return ""


def _resolve(cat: Catalog, k: str, doc: Doc, start: int, end: int, lex: Lexicon) -> Weapon | None:
    if not k or k.isdigit():
        return None
    entries = cat.lookup(k)
    if not entries:
        return None
    text = doc[start:end].text
    chosen = None
    for entry in entries:
        if entry.letters_only and not text[:1].isupper():
            continue
        if entry.weak and not _equipment_nearby(doc, start, end, lex):
            continue
        if len(k) < 3 and not _equipment_nearby(doc, start, end, lex):
            continue
        chosen = entry.weapon
        break
    return chosen


def _equipment_nearby(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A kind-of-equipment noun right after (or just before) a weak name: "Apache helicopters"."""
    window = list(doc[end : min(len(doc), end + 2)]) + list(doc[max(0, start - 2) : start])
    return any(t.lower_ in lex.category_forms for t in window)


def _merge_adjacent(mentions: list[WeaponMention]) -> list[WeaponMention]:
    """`AH-64E Apache`: two names of one family side by side are one mention."""
    out: list[WeaponMention] = []
    for m in mentions:
        if out and out[-1].end == m.start and out[-1].weapon.family == m.weapon.family:
            prev = out.pop()
            keep = prev.weapon if len(key(prev.weapon.designation)) >= len(key(m.weapon.designation)) else m.weapon
            out.append(WeaponMention(prev.start, m.end, keep, f"{prev.text} {m.text}"))
        else:
            out.append(m)
    return out


def find_categories(doc: Doc, start: int = 0, end: int | None = None,
                    lex: Lexicon | None = None) -> list[CategoryMention]:
    lex = lex or lexicon()
    end = len(doc) if end is None else end
    longest = max(len(k) for k in lex.categories)
    out: list[CategoryMention] = []
    i = start
    while i < end:
        hit = None
        for n in range(min(longest, end - i), 0, -1):
            words = tuple(_lemma(t) for t in doc[i : i + n])
            if words in lex.categories:
                hit = (n, lex.categories[words])
                break
        if hit is None:
            i += 1
            continue
        n, category = hit
        last = doc[i + n - 1]
        if last.pos_ and last.pos_ not in ("NOUN", "PROPN"):
            i += 1
            continue  # "to ship", "arms" as a verb
        out.append(CategoryMention(i, i + n, category, doc[i : i + n].text))
        i += n
    return out


def _lemma(tok: Token) -> str:
    if (tok.lemma_ and tok.has_morph()) or tok.tag_:
        return tok.lemma_.lower()
    low = tok.lower_
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return low


def find_all(doc: Doc, start: int = 0, end: int | None = None) -> Mentions:
    weapons = find_weapons(doc, start, end)
    covered = {i for w in weapons for i in range(w.start, w.end)}
    states = [s for s in find_states(doc, start, end) if s.start not in covered]
    categories = [c for c in find_categories(doc, start, end) if c.start not in covered]
    return Mentions(tuple(states), tuple(weapons), tuple(categories))


def context_states(mentions: list[StateMention]) -> Counter[str]:
    """How often each unambiguous state is named in a document: its context for inference."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if len(m.iso3s) == 1:
            counts[m.iso3s[0]] += 1
    return counts
