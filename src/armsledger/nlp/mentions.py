"""The cheap pass: sentences, and mentions of states, weapon systems and kinds of equipment.

Works on any spaCy `Doc`, tokenised only or fully parsed: extraction runs it over whole
documents after tokenising (fast) to pick candidate sentences and to learn the document's
context, then again over each parsed candidate sentence to get token positions there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from armsledger.nlp.catalog import Catalog, Entry, Weapon, catalog, context_words, key
from armsledger.nlp.gazetteer import surface_forms
from armsledger.nlp.lexicon import Lexicon, currencies, lexicon
from armsledger.types import Category

MAX_STATE_TOKENS = 7
MAX_WEAPON_TOKENS = 5
ORIGIN_SUFFIXES = ("made", "built", "manufactured", "supplied", "designed", "produced", "origin", "developed",
                   "donated", "gifted", "delivered", "sourced")
END_PUNCT = frozenset(".!?")
DASHES = frozenset("\u2013\u2014")  # en and em dash


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
    first_words: frozenset[str]  # lower-cased first tokens of every form: a cheap pre-check


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
            folded[tuple(t.lower().replace("’", "'") for t in tokens)] = (iso3s, kind)
    first = {k[0].lower() for k in folded} | {k[0].lower() for k in exact}
    return StateForms(folded, exact, frozenset(first))


# titles written with a full stop before a name
TITLE_ABBREVIATIONS = frozenset({"Lt", "Gen", "Col", "Maj", "Brig", "Adm", "Capt", "Cdr", "Cmdr", "Sgt", "Dr", "Mr",
                                 "Mrs", "Ms", "Prof", "Rep", "Sen", "Gov", "Amb", "Lieut", "Vice"})


def sentences(doc: Doc) -> list[Span]:
    """Sentence spans: at end punctuation before a capital, quote or digit, and at line breaks.

    Whitespace tokens at the edges are left out, so a span's text is the sentence as written.
    Only the few tokens that can end a sentence are looked at one by one (found with numpy), so
    splitting costs little next to tokenising.
    """
    import numpy as np
    from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_QUOTE, IS_SPACE, LENGTH

    n = len(doc)
    if n == 0:
        return []
    flags = doc.to_array([IS_SPACE, IS_PUNCT, IS_QUOTE, LENGTH, IS_ALPHA, IS_DIGIT])
    spans: list[Span] = []
    start = 0
    lettered_stop = (flags[:, 3] == 2) & (flags[:, 4] == 0) & (flags[:, 5] == 0)  # "F." in "Gripen E/F. An"
    for i in np.flatnonzero(flags[:, :3].any(axis=1) | lettered_stop).tolist():
        tok = doc[i]
        text = tok.text
        boundary = False
        if "\n" in text:
            boundary = True
        elif len(text) == 2 and text[0].isupper() and text[1] == ".":
            # "... the newer Gripen E/F. An earlier notice": the tokeniser kept the stop on the letter
            boundary = i > 0 and doc[i - 1].text in ("/", "-") and not doc[i - 1].whitespace_ \
                and i + 1 < n and doc[i + 1].text[:1].isupper()
        elif text in END_PUNCT or (text[-1:] in END_PUNCT and tok.is_punct):
            if text == "." and i > 0 and doc[i - 1].text in TITLE_ABBREVIATIONS and not doc[i - 1].whitespace_:
                continue  # "Lt. Gen. Hazem al-Obeidi", "Dr. Singh": an abbreviation, not a sentence's end
            nxt = doc[i + 1] if i + 1 < n else None
            if nxt is not None and nxt.is_quote and not tok.whitespace_:
                continue  # a closing quote: the sentence ends after it
            boundary = nxt is None or nxt.is_space or nxt.text[:1].isupper() or nxt.is_quote \
                or nxt.text[:1].isdigit()
        elif tok.is_quote and i > 0 and doc[i - 1].text in END_PUNCT and not doc[i - 1].whitespace_:
            nxt = doc[i + 1] if i + 1 < n else None
            boundary = nxt is None or nxt.is_space or nxt.text[:1].isupper()
        if boundary and i + 1 > start:
            _append(doc, spans, start, i + 1)
            start = i + 1
    _append(doc, spans, start, n)
    if spans:
        spans[:1] = _split_headline(doc, spans[0])
    return [part for s in spans for part in _split_dash(doc, s)]


def _split_dash(doc: Doc, span: Span) -> list[Span]:
    """A sentence with one spaced dash between two clauses is read as two ("Kenya and Guinea have
    ordered CN235s \u2013 the Kenyan deal was ..."): the small parser hangs the first clause's
    object on the second's verb. A pair of dashes sets off an aside and is left whole."""
    dashes = [t.i for t in span if t.text in DASHES and t.whitespace_ and t.i > span.start and doc[t.i - 1].whitespace_]
    if len(dashes) != 1 or dashes[0] + 3 >= span.end or dashes[0] - 3 <= span.start:
        return [span]
    return [doc[span.start:dashes[0] + 1], doc[dashes[0] + 1:span.end]]


def _split_headline(doc: Doc, first: Span) -> list[Span]:
    """A title glued to the first sentence with no stop between them ("Navy Selects Yard for
    Five Ships The Turkish yard won ..."): split before a capitalised article that follows a
    capitalised word, which body text does not do."""
    for tok in first[4:]:
        prev = doc[tok.i - 1]
        if tok.text in ("The", "A", "An") and prev.is_alpha and prev.text[:1].isupper() \
                and tok.i + 1 < first.end and not doc[tok.i + 1].is_punct:
            return [doc[first.start : prev.i + 1], doc[tok.i : first.end]]
    return [first]


def _append(doc: Doc, spans: list[Span], start: int, end: int) -> None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if end > start:
        spans.append(doc[start:end])


CONTINENT_PARTS = frozenset({"latin", "south", "north", "central", "pan", "meso"})


def find_states(doc: Doc, start: int = 0, end: int | None = None,
                defined: dict[str, tuple[str, ...]] | None = None) -> list[StateMention]:
    """The states a text names; `defined`: abbreviations the document itself defined for a state's
    armed service (`defined_services`), read as that service."""
    forms = state_forms()
    defined = defined or {}
    end = len(doc) if end is None else end
    texts = [t.text for t in doc[start:end]]
    lowers = [t.lower().replace("’", "'") for t in texts]  # "Cote d’Ivoire" as "Cote d'Ivoire"
    out: list[StateMention] = []
    i = 0
    n_tokens = len(texts)
    while i < n_tokens:
        found = None
        if lowers[i] in forms.first_words and texts[i][:1].isupper():
            for n in range(min(MAX_STATE_TOKENS, n_tokens - i), 0, -1):
                hit = forms.exact.get(tuple(texts[i : i + n])) or forms.folded.get(tuple(lowers[i : i + n]))
                if hit:
                    found = (n, hit)
                    break
        if found is None and texts[i] in defined:
            found = (1, (defined[texts[i]], "service"))
        if found is None:
            if "-" in texts[i]:
                made = _origin_compound(texts[i], forms)
                if made:
                    out.append(StateMention(start + i, start + i + 1, made, "made", texts[i]))
            i += 1
            continue
        n, (iso3s, kind) = found
        a = start + i
        if kind == "capital" and i + n < n_tokens and texts[i + n] in lexicon().institutions:
            i += n  # "the Stockholm International Peace Research Institute": a name, not Sweden
            continue
        # "Russian - made" / "Chinese-built": the demonym marks where the equipment comes from
        if i + n + 1 < n_tokens and texts[i + n] == "-" and lowers[i + n + 1] in ORIGIN_SUFFIXES:
            out.append(StateMention(a, a + n + 2, iso3s, "made", doc[a : a + n + 2].text))
            i += n + 2
            continue
        if kind == "service" and i + n + 1 < n_tokens and lowers[i + n] == "of" and texts[i + n + 1][:1].isupper():
            i += n  # "the Royal Navy of Oman": the state after "of" is the one it belongs to
            continue
        if kind == "service" and out and out[-1].end == a and out[-1].kind in ("demonym", "name") \
                and out[-1].iso3s != iso3s and texts[i] in ("Royal", "Navy", "Air", "Army"):
            i += n  # "the Saudi Royal Navy": the demonym's own navy, not Britain's Royal Navy
            continue
        if lowers[i].startswith("america") and a > 0 and (doc[a - 1].lower_ in CONTINENT_PARTS or (
                a > 1 and doc[a - 1].text == "-" and doc[a - 2].lower_ in CONTINENT_PARTS)):
            i += n  # "Latin American air forces", "South America": a continent, not the United States
            continue
        if kind == "service" and i > 0 and i + n < n_tokens and texts[i - 1] == "[" and texts[i + n] == "]" \
                and texts[i].isupper():
            i += n  # "Raytheon [RTN]": a stock ticker, not the Royal Thai Navy
            continue
        if kind == "demonym" and i + n < n_tokens and lowers[i + n] in _currency_words():
            i += n + 1  # "2.1 billion Danish crowns", "Indian rupees": money, not a party
            continue
        out.append(StateMention(a, a + n, iso3s, kind, doc[a : a + n].text))
        i += n
    return out


@cache
def _currency_words() -> frozenset[str]:
    """The word a demonym qualifies when it names a currency: the last word of each currency
    written with its demonym ("Danish crowns", "Pakistani rupees", "US dollars"), and two whose
    rates we do not keep."""
    return frozenset(sym.split()[-1].lower() for cur in currencies() for sym in cur.symbols
                     if " " in sym) | {"dinars", "pesos"}


def _origin_compound(text: str, forms: StateForms) -> tuple[str, ...] | None:
    """`U.S.-made`, `Russian-built` as one token."""
    head, _, tail = text.rpartition("-")
    if tail.lower() not in ORIGIN_SUFFIXES:
        return None
    hit = forms.exact.get((head,)) or forms.folded.get((head.lower(),))
    return hit[0] if hit else None


# the noun's category groups: a weak name needs a noun of its own group ("Hawk trainers", "Hawk missiles")
CATEGORY_GROUPS = (
    frozenset({Category.AIRCRAFT, Category.HELICOPTER, Category.UAV}),
    frozenset({Category.MISSILE, Category.AIR_DEFENCE, Category.ARTILLERY}),
    frozenset({Category.SHIP, Category.SUBMARINE}),
)
JOINERS = frozenset({"-", "–", "/", "."})
AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "bn", "mn"})  # "F1.5 million": money
SHORT_KEY = 3  # keys shorter than this (A4, K8, Z9) need context
UNSEPARATED_SHORT_KEY = 4  # P800 for P-800: written without the separator, needs context too


def find_weapons(doc: Doc, start: int = 0, end: int | None = None,
                 lex: Lexicon | None = None, cat: Catalog | None = None,
                 known: frozenset[str] = frozenset()) -> list[WeaponMention]:
    """Weapon-system mentions: catalogued spellings, plurals, uncatalogued variants of a catalogued
    system, and combined forms (`T-90S/MS`: both; `Mi-24/35` as one token: the first part).

    `known`: families the document has already named where the context made them plain ("54 K9
    self-propelled howitzers"): a short name of one needs no context again ("sold the K9"); a name
    of letters alone ("Hornet", "Kilo") still does."""
    cat = cat or catalog()
    lex = lex or lexicon()
    end = len(doc) if end is None else end
    out: list[WeaponMention] = []
    # most tokens: a cached look at the string alone rules them out; read by hash, without making
    # a Token of each word of a long document
    orths = doc.to_array(ORTH)[start:end]
    words, where = np.unique(orths, return_inverse=True)
    strings = doc.vocab.strings
    may = np.array([_may_start(strings[int(h)], cat) for h in words], dtype=bool)[where].reshape(-1)
    starts = np.flatnonzero(may) + start
    i = start
    while i < end:
        if not may[i - start] and not (out and out[-1].end >= i - 1):
            n = int(np.searchsorted(starts, i))
            i = int(starts[n]) if n < len(starts) else end
            continue
        if _amount(doc, i):
            i += 1
            continue
        grafted = _graft(cat, doc, i, out, lex)
        if grafted is not None:
            out.append(WeaponMention(i, i + 1, grafted, doc[i].text))
            i += 1
            continue
        best = _longest(cat, doc, i, end, lex, known)
        if best is None:
            i += 1
            continue
        n, weapon = best
        k = key(doc[i : i + n].text)
        if out and out[-1].end == i and out[-1].weapon.family != weapon.family and (len(k) <= 3 or not _has_digit(k)):
            # "Rafale F4": a standard of the system before it, not the F-4 Phantom; "AH-1Z Viper",
            # "MiG-21 LanceR": the name of the system before it, not the F-16V or the B-1B
            i += n
            continue
        out.append(WeaponMention(i, i + n, weapon, doc[i : i + n].text))
        i += n
    return _merge_adjacent(_listed_weak_names(cat, doc, out, start, end), doc)


def _list_gap(between: Span) -> bool:
    """Only a list's joints between two names: commas, "and", "or", and "from"/"to" a name."""
    named = False  # inside "from the United Kingdom"
    for t in between:
        if t.lower_ in ("from", "to"):
            named = True
        elif t.lower_ in (",", "and", "or"):
            named = False
        elif not (named and (t.lower_ == "the" or t.text[:1].isupper())):
            return False
    return any(t.lower_ in (",", "and", "or") for t in between)


def _listed_weak_names(cat: Catalog, doc: Doc, found: list[WeaponMention], start: int, end: int) -> list[WeaponMention]:
    """A weak name in a list with a system of its kind is a system too: "ordered Rafales from
    France, Typhoons from the United Kingdom and F-15QAs" (the Typhoon), with only commas,
    "and", "or" and "from"/"to" a state between them."""
    if not found:
        return found
    covered = {i for m in found for i in range(m.start, m.end)}
    added: list[WeaponMention] = []
    for i in range(start, end):
        tok = doc[i]
        if i in covered or not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        k = key(tok.text)
        entries = [e for e in cat.lookup(k) or cat.lookup(_plural(k, tok)) if e.weak]
        if not entries:
            continue
        for m in found:
            lo, hi = (m.end, i) if m.end <= i else (i + 1, m.start)
            between = doc[lo:hi]
            if 0 < len(between) <= 8 and _list_gap(between):
                fit = next((e.weapon for e in entries if kind_fits(frozenset({m.weapon.category}), e.weapon.category)), None)
                if fit is not None:
                    added.append(WeaponMention(i, i + 1, fit, tok.text))
                    break
    return sorted(found + added, key=lambda m: m.start) if added else found


@lru_cache(maxsize=200_000)
def _may_start(text: str, cat: Catalog) -> bool:
    """Whether a designation could start with a token of this text (the test `_longest` opens with)."""
    k0 = key(text)
    if not k0 or not text[0].isalnum() or (text.isalpha() and text.islower() and k0 not in cat.lower_openers):
        return False
    return k0 in cat.prefixes or "/" in text or (_has_digit(k0) and not k0.isdigit()) or (
        text.endswith("s") and k0[:-1] in cat.prefixes)


def _amount(doc: Doc, i: int) -> bool:
    """"$F1.5 million", "F15 million dollars": a sum of money, not the F-15."""
    return (i > 0 and doc[i - 1].is_currency) or (
        i + 1 < len(doc) and doc[i + 1].lower_ in AMOUNT_WORDS and any(c.isdigit() for c in doc[i].text))


def _longest(cat: Catalog, doc: Doc, i: int, end: int, lex: Lexicon,
             known: frozenset[str] = frozenset()) -> tuple[int, Weapon] | None:
    """The longest catalogued spelling starting at token `i`, as (tokens, weapon)."""
    first = doc[i]
    k0 = key(first.text)
    if not k0 or not first.text[0].isalnum() or (k0 not in cat.prefixes and not _plural(k0, first)
                                                and "/" not in first.text and not _has_digit(k0)):
        return None
    best: tuple[int, Weapon] | None = None
    acc = ""
    longer: tuple[int, str] | None = None  # the last spelling of two or more tokens that a catalogued one begins
    for n in range(1, min(MAX_WEAPON_TOKENS, end - i) + 1):
        tok = doc[i + n - 1]
        if n > 1 and not _may_continue(doc, i, i + n - 1):
            break
        acc += key(tok.text)
        if not key(tok.text):
            continue  # a joiner: "Type", "-", "07"; a span never ends on one
        weapon = None
        if tok.text[-2:-1].isdigit() and tok.text.endswith("s"):
            weapon = _resolve(cat, _plural(acc, tok), doc, i, i + n, lex, known)  # "Su-35s": Su-35, not the Su-35S
        weapon = weapon or _resolve(cat, acc, doc, i, i + n, lex, known)
        if (weapon is None and n == 1) or (weapon is None and tok.text.endswith("s")):
            weapon = _resolve(cat, _plural(acc, tok), doc, i, i + n, lex, known)
        if weapon is not None:
            best = (n, weapon)
        if acc not in cat.prefixes:
            if n > 1:
                longer = (n, acc)
            break
    if best is None and "/" in first.text:
        best = _combined_token(cat, doc, i, lex)
    if best is None and _has_digit(k0) and first.text[:1].isupper():
        variant = cat.lookup_variant(_plural(k0, first) or k0)
        if variant is not None and (len(k0) - _suffix_len(k0) >= SHORT_KEY
                                    or _context(doc, i, i + 1, lex, variant)):
            best = (1, variant)
    if best is None and longer is not None and first.text[:1].isupper():
        n, k = longer  # "Mirage 2000P": an uncatalogued variant written over two tokens
        variant = cat.lookup_variant(_plural(k, doc[i + n - 1]) or k)
        if variant is not None and len(k) - _suffix_len(k) >= SHORT_KEY:
            best = (n, variant)
    return best


def _has_digit(k: str) -> bool:
    return any(c.isdigit() for c in k)


def _suffix_len(k: str) -> int:
    """Length of the letter-led suffix after the last digit run that ends the base: SU30MK2 -> 3."""
    for cut in range(len(k) - 1, 0, -1):
        if k[cut - 1].isdigit() and k[cut].isalpha():
            return len(k) - cut
    return 0


def _may_continue(doc: Doc, first: int, j: int) -> bool:
    """Whether a designation written over several tokens, from token `first`, may go on to token `j`."""
    prev, tok = doc[j - 1], doc[j]
    if tok.is_space or "\n" in prev.whitespace_:
        return False
    if not key(tok.text) and tok.text not in JOINERS:
        return False  # "m (£19.8m)": brackets, currency and percent signs end a designation
    # "at 5", "a 10-month", "A 10 per cent": a prose word and a number
    return not (prev.whitespace_ and doc[first].lower_ in context_words().prose)


def _combined_token(cat: Catalog, doc: Doc, i: int, lex: Lexicon) -> tuple[int, Weapon] | None:
    """`Su-27/30` as one token and not catalogued whole: its first part."""
    head = doc[i].text.split("/")[0]
    k = key(head)
    if not k:
        return None
    weapon = _resolve(cat, k, doc, i, i + 1, lex)
    if weapon is None and _has_digit(k) and head[:1].isupper():
        weapon = cat.lookup_variant(k)
    return (1, weapon) if weapon is not None else None


def _graft(cat: Catalog, doc: Doc, i: int, out: list[WeaponMention], lex: Lexicon) -> Weapon | None:
    """The second part of a combined form, `T-90S/MS`, `Mi-24P/35P`, `F-16C/D`: written on the first."""
    if not out or out[-1].end != i - 1 or doc[i - 1].text != "/":
        return None
    part = doc[i].text
    if not part.isalnum() or len(part) > 4:
        return None
    first = out[-1].text
    if part.isalpha():
        m = re.fullmatch(r"(.*?\d)([A-Za-z][A-Za-z0-9]*)?", first)
        text = m.group(1) + part if m else ""
    else:
        m = re.fullmatch(r"(.*?)\d+([A-Za-z][A-Za-z0-9]*)?", first)
        text = m.group(1) + part if m and part[0].isdigit() else ""
    k = key(text)
    if not k or k == key(first):
        return None
    entries = cat.lookup(k)
    if entries:
        return entries[0].weapon
    variant = cat.lookup_variant(k)
    return variant if variant is not None and variant.family == out[-1].weapon.family else None


def _plural(k: str, tok: Token) -> str:
    """`Su-35s` -> SU35, `Leopard 2A4s` -> LEOPARD2A4, `Rafales` -> RAFALE: a plural 's' after a name."""
    text = tok.text
    if not text.endswith("s") or len(k) <= 2 or not k.endswith("S"):
        return ""
    if k[-2].isdigit() or text[-2:-1].isupper():
        return k[:-1]
    if text[:1].isupper() and text[-2:-1].isalpha() and not text.endswith("ss"):
        return k[:-1]  # letters: the matcher's capital and context rules still apply
    return ""


def _resolve(cat: Catalog, k: str, doc: Doc, start: int, end: int, lex: Lexicon,
             known: frozenset[str] = frozenset()) -> Weapon | None:
    """The catalog entry a key names here, given how it is written and what surrounds it."""
    if not k or k.isdigit():
        return None
    entries = cat.lookup(k)
    if not entries:
        return None
    span = doc[start:end]
    text = span.text
    fits = _noun_categories(doc, start, end, lex)
    chosen: list[Weapon] = []
    for entry in entries:
        if entry.letters_only and not text[:1].isupper():
            continue
        if entry.letters_only and len(span) == 1 and _split_spelling(entry.spelling) and not text.isupper():
            continue  # "Clubs" is not "Club-S"
        needs_context = entry.weak or len(k) < SHORT_KEY or (
            len(k) <= UNSEPARATED_SHORT_KEY and len(span) == 1 and text.isalnum()
            and not entry.spelling.isalnum())
        known_here = entry.weapon.family in known and (not entry.letters_only or (  # "the Seahawk", named before
            text.istitle() and (not fits or kind_fits(fits, entry.weapon.category))  # but not "Lynx infantry fighting vehicles"
            and (text.endswith("s") or (start > 0 and doc[start - 1].lower_ == "the"))
            and not (end < len(doc) and doc[end].text[:1].isupper())))  # nor "the Artemis Canadian team"
        if needs_context and not known_here and not (kind_fits(fits, entry.weapon.category) or _capitalised(doc, start, end, entry)
                                                     or _maker_before(doc, start, entry.weapon) or _counted(doc, start, text)
                                                     or (not entry.weak and _named_after(cat, doc, end, entry.weapon))):
            continue
        chosen.append(entry.weapon)
    if not chosen:
        return None
    for weapon in chosen:
        if kind_fits(fits, weapon.category):
            return weapon
    return chosen[0]


def _capitalised(doc: Doc, start: int, end: int, entry: Entry) -> bool:
    """"France's CAESAR": a word name the text writes in capitals, as makers write their systems, in a
    sentence that is not all capitals (a shouted headline), and not at the start of a line or sentence
    (a dateline: "ISTANBUL, May 3")."""
    text = doc[start:end].text
    if not (entry.weak and text.isupper() and len(text) >= 4 and not entry.spelling.isupper()) \
            or start == 0 or doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_ \
            or doc[start - 1].text in (".", "!", "?", '"', "“"):
        return False
    near = [t for t in doc[max(start - 3, 0) : end + 3] if t.is_alpha and not start <= t.i < end]
    return not any(t.is_upper and len(t) > 1 for t in near)


def _counted(doc: Doc, start: int, text: str) -> bool:
    """"three Apaches", "672 K9s": a plural name counted by a number is equipment."""
    before = doc[start - 1] if start > 0 else None
    return text.endswith("s") and before is not None and before.like_num \
        and not (before.text.isdigit() and len(before.text) == 4) \
        and not (start > 1 and doc[start - 2].is_title and not doc[start - 2].is_stop)  # not a year ("the 2022 Hawks"), not "Land Rover 110 Defenders"


def _split_spelling(spelling: str) -> bool:
    return any(not c.isalnum() for c in spelling.strip())


def _context(doc: Doc, start: int, end: int, lex: Lexicon, weapon: Weapon) -> bool:
    return kind_fits(_noun_categories(doc, start, end, lex), weapon.category) or _maker_before(doc, start, weapon)


def kind_fits(nouns: frozenset[Category], category: Category) -> bool:
    if category in nouns or Category.ARMS in nouns:
        return True
    # a kind of the same group ("Lynx aircraft"); not a word of several groups ("vehicles": armoured or unmanned)
    return any(category in group and nouns and nouns <= group for group in CATEGORY_GROUPS)


def _noun_categories(doc: Doc, start: int, end: int, lex: Lexicon) -> frozenset[Category]:
    """Categories of the equipment noun after a name (over modifiers), or just before it.

    A noun that can also modify ("missile" in "missile boats") counts only where the scan stops.
    """
    nouns = _equipment_nouns(lex)
    modifiers = context_words().modifiers
    found: frozenset[Category] = frozenset()
    after = end
    if after + 1 < len(doc) and doc[after].lower_ in ("and", "or", "/") and doc[after + 1].text[:1].isupper():
        after += 2  # "Patriot and NASAMS air defence systems": the noun after the other name serves both
    for tok in doc[after : min(len(doc), after + 5)]:
        word = tok.lower_
        cats = nouns.get(word)
        if cats and word not in modifiers:
            found = _phrase_category(doc, tok, lex) or cats
            break
        if cats:
            found = cats
        elif word in ("and", "or") and tok.i > after and doc[tok.i - 1].lower_ in modifiers \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in modifiers:
            continue  # "Patriot air and missile defence equipment": two modifiers of one noun
        elif tok.is_space or not (word in modifiers or all(part in modifiers for part in word.split("-"))
                                  or _suffix_apart(tok.text)):
            break
    before = nouns.get(doc[start - 1].lower_, frozenset()) if start > 0 else frozenset()
    return found | before


def _phrase_category(doc: Doc, noun: Token, lex: Lexicon) -> frozenset[Category]:
    """The category of the whole phrase a noun ends, where the noun alone may be several kinds:
    "combat vehicles" are armoured vehicles, not unmanned aerial ones."""
    for n in (3, 2):
        if noun.i - n + 1 >= 0:
            words = tuple(t.lemma_.lower() for t in doc[noun.i - n + 1 : noun.i + 1])
            if words in lex.categories:
                return frozenset({lex.categories[words]})
    return frozenset()


def _suffix_apart(text: str) -> bool:
    """A variant suffix written apart from its name: the `M` of "Tor M SAM systems"."""
    return len(text) <= 2 and text.isalnum() and (text.isupper() or text.isdigit())


_NOUNS: dict[int, dict[str, frozenset[Category]]] = {}


def _equipment_nouns(lex: Lexicon) -> dict[str, frozenset[Category]]:
    """Surface forms of each category noun's head word, with the categories it may stand for."""
    cached = _NOUNS.get(id(lex))
    if cached is not None:
        return cached
    nouns: dict[str, set[Category]] = {}
    generic = context_words().generic
    for words, category in lex.categories.items():
        head = words[-1]
        if category is Category.ARMS and head not in generic:
            continue
        if len(words) > 1 and lex.categories.get((head,)) is Category.ARMS:
            continue  # "naval equipment" is a ship, but "equipment" alone says no kind
        forms = {head, head + "s", head + "es"}
        if head.endswith("y"):
            forms.add(head[:-1] + "ies")
        for form in forms:
            nouns.setdefault(form, set()).add(category)
    result = {form: frozenset(cats) for form, cats in nouns.items()}
    _NOUNS[id(lex)] = result
    return result


def _named_after(cat: Catalog, doc: Doc, end: int, weapon: Weapon) -> bool:
    """A short designation followed by a name of its own family: "P-3 Orion", "K-8 Karakorum"."""
    if end >= len(doc):
        return False
    return any(e.weapon.family == weapon.family for e in cat.lookup(key(doc[end].text)))


def _maker_before(doc: Doc, start: int, weapon: Weapon) -> bool:
    """The maker named just before: "Hongdu K-8", "Harbin Z-9", "Rheinmetall has offered the Lynx"."""
    maker = weapon.maker.split()[0].lower() if weapon.maker else ""
    return bool(maker) and any(t.lower_ == maker for t in doc[max(0, start - 5) : start])


def _equipment_nearby(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A kind-of-equipment noun next to a name, over modifiers: "Apache attack helicopters"."""
    return bool(_noun_categories(doc, start, end, lex))


def _merge_adjacent(mentions: list[WeaponMention], doc: Doc) -> list[WeaponMention]:
    """`AH-64E Apache`, `UH-1H 'Huey'`: two names of one family side by side are one mention."""
    out: list[WeaponMention] = []
    for m in mentions:
        if out and out[-1].weapon.family == m.weapon.family and m.start - out[-1].end <= 2 and all(
                t.is_quote for t in doc[out[-1].end : m.start]):  # not "Mi-25 (Mi-24D)": two designations
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
    firsts = {words[0] for words in lex.categories}  # the words a category phrase may open with
    lemmas = [noun_lemma(t) for t in doc[start:end]]  # each token's once, not once per phrase it may open
    out: list[CategoryMention] = []
    i = start
    while i < end:
        hit = None
        for n in range(min(longest, end - i), 0, -1) if lemmas[i - start] in firsts else ():
            words = tuple(lemmas[i - start : i - start + n])
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


def noun_lemma(tok: Token) -> str:
    """The lemma, and for a proper noun, which the lemmatiser leaves alone, its singular: "Adversaries" -> adversary."""
    if ((tok.lemma_ and tok.has_morph()) or tok.tag_) and tok.pos_ != "PROPN":  # not "Offshore Patrol Vessels"
        return tok.lemma_.lower()
    low = tok.lower_
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return low


def find_all(doc: Doc, start: int = 0, end: int | None = None,
             defined: dict[str, tuple[str, ...]] | None = None, known: frozenset[str] = frozenset(),
             abbreviations: dict[str, Weapon] | None = None) -> Mentions:
    weapons = with_abbreviations(doc, find_weapons(doc, start, end, known=known), abbreviations or {}, start, end)
    found = find_states(doc, start, end, defined)
    # "Anadolu Shipyard delivered ...": the longer name of a maker holds a ship's name, unless the
    # maker is the one named after what it makes ("a contract with BrahMos Aerospace")
    weapons = [w for w in weapons if not any(
        s.start <= w.start and w.end <= s.end and s.end - s.start > w.end - w.start and key(s.text) != key(w.weapon.maker)
        for s in found)]
    covered = {i for w in weapons for i in range(w.start, w.end)}
    states = [s for s in found if s.start not in covered]
    categories = [c for c in find_categories(doc, start, end) if c.start not in covered]
    return Mentions(tuple(states), tuple(weapons), tuple(categories))


def defined_weapons(doc: Doc, weapons: list[WeaponMention]) -> dict[str, Weapon]:
    """Abbreviations a document defines for a system it names, which stand for that system
    wherever the text uses them later: "the first Guardian Class Patrol Boat (GCPB) ... the first
    of 21 GCPBs". The abbreviation starts with the name's first letter."""
    out: dict[str, Weapon] = {}
    for w in weapons:
        j = w.end
        while j < len(doc) and j < w.end + 3 and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1  # "Patrol Boat" between the name and the brackets
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
            abbr = doc[j + 1].text
            if 2 <= len(abbr) <= 6 and abbr.isalpha() and abbr.isupper() and abbr[0] == w.text[:1].upper():
                out[abbr] = w.weapon
    return out


def with_abbreviations(doc: Doc, weapons: list[WeaponMention], abbreviations: dict[str, Weapon],
                       start: int = 0, end: int | None = None) -> list[WeaponMention]:
    """`weapons` and the uses of the document's own abbreviations for systems ("21 GCPBs")."""
    if not abbreviations:
        return weapons
    covered = {i for w in weapons for i in range(w.start, w.end)}
    found = [WeaponMention(t.i, t.i + 1, abbreviations[word], t.text) for t in doc[start:end]
             if t.i not in covered and (word := t.text if t.text in abbreviations else t.text[:-1]) in abbreviations
             and not (t.i > 0 and doc[t.i - 1].text == "(")]  # not the definition itself
    return sorted([*weapons, *found], key=lambda w: w.start)


def past_possessive(doc: Doc, end: int) -> int:
    """The token after a name, over its possessive "'s" ("Russia's ambassador")."""
    return end + (end < len(doc) and doc[end].lower_ in ("'s", "’s"))


# words that make a title an armed service's: "the Kenya Air Force (KAF)", "Uganda People's Defence Force"
SERVICE_WORDS = frozenset({"force", "forces", "navy", "army", "military", "guard", "corps", "marines"})


def defined_services(doc: Doc, mentions: list[StateMention]) -> dict[str, tuple[str, ...]]:
    """Abbreviations a document defines for a state's armed service, which stand for that state
    wherever the text uses them later: "The Kenya Air Force (KAF) took delivery ... the KAF has
    shortlisted", "the Nigerian Air Force (NAF)". Only an upper-case word in brackets right after
    the service's name counts."""
    out: dict[str, tuple[str, ...]] = {}
    for m in mentions:
        if len(m.iso3s) != 1 or m.kind in ("made", "maker"):
            continue
        words = [t.lower_ for t in doc[m.start : m.end]] if m.kind == "service" else []
        i = past_possessive(doc, m.end)
        while i < len(doc) and i - m.end < 6 and doc[i].text[:1].isupper() and (doc[i].is_alpha or doc[i].text in ("'s", "’s")):
            words.append(doc[i].lower_)
            i += 1
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper \
                and doc[i + 1].is_alpha and 2 <= len(doc[i + 1].text) <= 8 and SERVICE_WORDS & set(words):
            out[doc[i + 1].text] = m.iso3s
    return out


NAME_WEIGHT = 10  # what one name of a state counts in the article's context; a demonym counts 1


def context_states(mentions: list[StateMention]) -> Counter[str]:
    """How much the document is about each unambiguous state: its context for inference. A name,
    capital, service or agency counts `NAME_WEIGHT`; a demonym 1, as it is mostly the origin of
    equipment ("Chinese-made drones", "Russian S-400s") rather than a party; a maker nothing."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if len(m.iso3s) == 1 and m.kind not in ("maker", "made"):
            counts[m.iso3s[0]] += 1 if m.kind == "demonym" else NAME_WEIGHT
    return counts


# the branch a service word names; "force", "military" and "armed forces" name the services as a whole
BRANCHES = {"navy": "navy", "naval": "navy", "army": "army", "air": "air", "marines": "navy", "coast": "navy",
            "military": "", "armed": ""}


def armed_services(tokens: Doc, mentions: list[StateMention], spans: list[Span]) -> list[tuple[int, str, str]]:
    """(token, state, branch) for each armed service the document names at the head of a sentence,
    as its topic: "The Bangladesh Navy commissioned ...", "Indonesia's navy has accepted ...",
    "New Delhi: The Royal Thai Air Force ...". "The navy" later in the text stands for the last
    of these; a service named in passing ("derived from the Turkish Navy's own ship") does not count."""
    openings = {s.start for s in spans}
    out = []
    for m in mentions:
        if len(m.iso3s) != 1 or m.kind in ("maker", "made"):
            continue
        if not any(m.start - k in openings for k in range(6)):
            continue
        after = past_possessive(tokens, m.end)
        possessive = after > m.end
        # "the Indian Navy", "Indonesia's navy"; not "Chinese coast guard vessels", "Chinese military aircraft"
        named = after < len(tokens) and (possessive or tokens[after].text[:1].isupper())
        words = [t.lower_ for t in tokens[m.start : m.end]] if m.kind == "service" else (
            [tokens[after].lower_] if named else [])
        branch = next((BRANCHES[w] for w in words if w in BRANCHES), None)
        if branch is not None or m.kind == "service":
            out.append((m.start, m.iso3s[0], branch or ""))
    return out
