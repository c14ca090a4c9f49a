"""Cue lexicons (`data/cues/*.tsv`) and currency rates (`data/currencies.tsv`), loaded once."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from armsledger.errors import DataError
from armsledger.types import Category, Status


def _rows(path: str, columns: list[str]) -> list[list[str]]:
    text = (resources.files("armsledger") / "data" / path).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header != columns:
        raise DataError(f"data/{path}: header should be {columns}, found {header}")
    rows = []
    for n, cells in enumerate(reader, 2):
        if len(cells) != len(columns):
            raise DataError(f"data/{path}: data line {n} has {len(cells)} columns, not {len(columns)}")
        rows.append([c.strip() for c in cells])
    return rows


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str  # one word, or lemmas joined by spaces
    status: Status
    direction: str  # out | in | both | none | award | win (see data/cues/status.tsv)
    pos: str  # verb | noun | adj
    needs: tuple[str, ...] = ()  # children it counts only with, any one: "xcomp", "prep:for" (data/cues/status.tsv)


# what a deal is called: "the sale", "that contract", "no such agreement"
DEAL_NOUNS = frozenset({"sale", "deal", "agreement", "contract", "purchase", "order"})
# what a buyer sends the state it asks, and the verbs it sends it with: "India sent a request for
# S-400s to Russia"
REQUESTS = frozenset({"request", "letter", "application", "petition"})
SENDING = frozenset({"send", "submit", "forward", "hand", "deliver"})
# who buys: "Egypt is Russia's biggest customer"
CLIENT_NOUNS = frozenset({"client", "customer", "buyer", "importer", "purchaser", "recipient"})
# ... and who flies or fields it: "Austria will become the fifth operator of the C-390" (nlp/membership.py)
OPERATORS = frozenset({"operator", "user"})
# the complements through which some cues count only ("would like to purchase", "demands for Iran to supply"):
# such a cue needs no place in the cheap pass, which finds the complement's own cue
COMPLEMENTS = frozenset({"xcomp", "advcl"})
# what ends a sentence of prose; a line without one is a title or a heading
CLOSING_STOPS = (".", "!", "?", '"', "”")

# nouns that, after "be in the", make a seller's system a contender in a buyer's contest ("the
# Rafale is also in the running"): an offer (read in nlp/reader.py, its buyer found in nlp/sides.py)
STANDING = frozenset({"running", "contention"})
STANDING_CUE = Cue("running", Status.OFFER, "out", "noun")
# and after "be under", make a system one a buyer weighs ("the F-16s are still under consideration")
WEIGHED = frozenset({"consideration", "evaluation"})
WEIGHED_CUE = Cue("consideration", Status.INTEREST, "none", "noun")
# a contest a buyer runs ("in the tender", "in the competition"), not the buyer itself (nlp/sides.py).
# Only ENTERED ones make a sentence a candidate by themselves ("contenders in the competition
# include ..."); "tender" is a status cue already, and the others are too common in other news.
ENTERED = frozenset({"competition", "contest"})
CONTESTS = ENTERED | {"tender", "bidding", "race", "requirement", "programme", "program"}
# who competes in one: "the candidates in the competition are the F-16 and the Rafale" (an offer each)
CONTENDERS = frozenset({"candidate", "contender", "contestant", "entrant", "finalist", "bidder", "competitor"})
# the word whose arms embargo on a state denies it arms (read in nlp/reader.py): "Britain's arms embargo on Argentina"
EMBARGO = "embargo"


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[tuple[str, str], Cue]  # (lemma, pos) -> cue
    phrase_cues: dict[tuple[str, ...], Cue]  # multi-word: lemma tuple -> cue
    categories: dict[tuple[str, ...], Category]  # lemma tuple -> category
    category_forms: frozenset[str]  # lower-case surface forms of category nouns, for the cheap pass
    cue_forms: frozenset[str]  # lower-case surface forms that may be cues, for the cheap pass
    speech_verbs: frozenset[str]
    hedges: frozenset[str]
    civil: frozenset[str]  # words of civil aviation and shipping
    institutions: frozenset[str]  # "Stockholm International ...": after a capital, a name of no state
    titles: frozenset[str]  # "Russian Ambassador ... Igor Martynov": offices that make a person speak for a state
    resuming_titles: frozenset[str]  # "the official said": the official named last

    def cue(self, lemma: str, pos: str) -> Cue | None:
        return self.cues.get((lemma, pos))


def _inflections(word: str) -> set[str]:
    """Rough surface forms of a lemma, only for the cheap candidate filter (over-generating is fine)."""
    w = word.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "er", w + "ers"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w + "d"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    irregular = {
        "sell": {"sold"}, "buy": {"bought"}, "give": {"gave", "given"}, "send": {"sent"},
        "get": {"got", "gotten"}, "seek": {"sought"}, "take": {"took", "taken"},
        "deal": {"dealt"}, "withdraw": {"withdrew", "withdrawn"}, "freeze": {"froze", "frozen"},
        "choose": {"chose", "chosen"}, "win": {"won"}, "forbid": {"forbade", "forbidden"}, "come": {"came"},
    }
    return forms | irregular.get(w, set())


# the parser's dependency labels (ClearNLP, as the English spaCy pipelines use them), which the
# `needs` column of cues/status.tsv may name
DEPENDENCY_LABELS = frozenset({
    "ROOT", "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc",
    "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj", "mark",
    "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd", "parataxis", "pcomp", "pobj",
    "poss", "preconj", "predet", "prep", "prt", "punct", "quantmod", "relcl", "xcomp"})


@cache
def lexicon() -> Lexicon:
    cues: dict[tuple[str, str], Cue] = {}
    phrase_cues: dict[tuple[str, ...], Cue] = {}
    cue_forms: set[str] = set()
    for lemma, status, direction, pos, needs in _rows("cues/status.tsv", ["cue", "status", "direction", "pos", "needs"]):
        if direction not in ("out", "in", "both", "none", "award", "win") or pos not in ("verb", "noun", "adj"):
            raise DataError(f"data/cues/status.tsv: bad direction or pos for {lemma!r}")
        needed = () if needs == "-" else tuple(needs.split("|"))
        if any(n.split(":")[0] not in DEPENDENCY_LABELS for n in needed):
            raise DataError(f"data/cues/status.tsv: {lemma!r} needs {needs!r}, which names no dependency label")
        cue = Cue(lemma, Status(status), direction, pos, needed)
        words = tuple(lemma.split())
        if len(words) > 1:
            phrase_cues[words] = cue
        else:
            cues[(lemma, pos)] = cue
        if not needed or any(n not in COMPLEMENTS for n in needed):
            cue_forms |= _inflections(words[0])  # not "would like to buy": the complement is a cue of its own
    # and the contests whose entrants a sentence may list ("contenders in the competition include ...")
    cue_forms |= STANDING | WEIGHED | {form for word in ENTERED | CONTENDERS | OPERATORS | {EMBARGO}
                                       for form in (word, word + "s")}
    categories: dict[tuple[str, ...], Category] = {}
    category_forms: set[str] = set()
    for noun, category in _rows("cues/categories.tsv", ["noun", "category"]):
        words = tuple(noun.lower().replace("-", " - ").split())  # the tokenizer splits "anti-aircraft" in three
        categories[words] = Category(category)
        category_forms |= _inflections(words[-1])
    speech = frozenset(r[0] for r in _rows("cues/attribution.tsv", ["verb"]))
    hedges = frozenset(r[0] for r in _rows("cues/hedges.tsv", ["word"]))
    civil = frozenset(r[0] for r in _rows("cues/civil.tsv", ["word"]))
    institutions = frozenset(r[0] for r in _rows("cues/institutions.tsv", ["word"]))
    title_rows = _rows("cues/titles.tsv", ["word", "resumes"])
    titles = frozenset(r[0] for r in title_rows)
    return Lexicon(
        cues=cues,
        phrase_cues=phrase_cues,
        categories=categories,
        category_forms=frozenset(category_forms),
        cue_forms=frozenset(cue_forms),
        speech_verbs=speech,
        hedges=hedges,
        civil=civil,
        institutions=institutions,
        titles=titles,
        resuming_titles=frozenset(r[0] for r in title_rows if r[1] == "yes"),
    )


@dataclass(frozen=True, slots=True)
class Currency:
    code: str
    usd_per_unit: float
    symbols: tuple[str, ...]


@cache
def currencies() -> tuple[Currency, ...]:
    rows = _rows("currencies.tsv", ["code", "usd_per_unit", "symbols"])
    return tuple(Currency(c, float(r), tuple(s.split("|"))) for c, r, s in rows)


@cache
def exporter_rank() -> dict[str, int]:
    """Rank of the largest arms exporters (1 = largest); states not listed are absent."""
    return {iso3: int(rank) for iso3, rank in _rows("exporters.tsv", ["iso3", "rank"])}
