"""Document -> list[Claim]: find candidate sentences cheaply, parse only those, read claims.

Most news says nothing about arms transfers, so a document is first only tokenised; sentences
that name equipment (a catalogued system or a kind such as "tanks") next to a transfer cue are
the candidates, and only they go through the trained parser. The public calls are
`extract(text)` and `extract_document(doc)`; `Extractor` holds one loaded pipeline and is what
batch workers keep per process.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from armsledger.nlp.lexicon import CLOSING_STOPS, DEAL_NOUNS
from armsledger.types import Claim, Document, Status

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np
    from spacy.tokens import Doc, Span

    from armsledger.nlp.mentions import StateMention
    from armsledger.nlp.reader import Reading

log = logging.getLogger(__name__)

# Claims whose sides rest on too much inference are not written: a side from the catalog's origin
# costs 0.15, from the sentence's other state 0.25, from the article's main state 0.3, a kind of
# equipment rather than a system 0.1 and a hedge 0.15 (nlp/reader.py). Below this, precision on
# the evaluation sets falls under one half (docs/extraction.md).
MIN_CONFIDENCE = 0.7


class Extractor:
    """One loaded spaCy pipeline plus the reference data; reuse it across documents.

    `parse_all=True` parses every sentence instead of only the candidates: the reference the
    speed benchmark measures recall against.
    """

    def __init__(self, *, parse_all: bool = False, min_confidence: float = MIN_CONFIDENCE):
        import numpy as np

        from armsledger.nlp.catalog import catalog
        from armsledger.nlp.lexicon import lexicon
        from armsledger.nlp.mentions import state_forms
        from armsledger.nlp.pipeline import load_pipeline
        from armsledger.nlp.reader import SentenceReader

        self.nlp = load_pipeline(disable=("ner",))  # entities are read from the gazetteer, not NER
        self.catalog = catalog()
        self.lexicon = lexicon()
        state_forms()  # build the gazetteer index now, not on the first document
        self.reader = SentenceReader(self.lexicon)
        self.parse_all = parse_all
        self.min_confidence = min_confidence
        strings = self.nlp.vocab.strings
        self._category_hashes = np.array([strings.add(w) for w in self.lexicon.category_forms], dtype=np.uint64)
        self._cue_hashes = np.array([strings.add(w) for w in self.lexicon.cue_forms], dtype=np.uint64)

    def __call__(self, doc: Document) -> list[Claim]:
        from armsledger.nlp.attribution import FIRST_PERSON, officials, quoted_speaker, voices
        from armsledger.nlp.mentions import (
            armed_services,
            context_states,
            defined_services,
            find_all,
            find_states,
            find_weapons,
            sentences,
        )
        from armsledger.nlp.sides import PRONOUNS, Discourse

        tokens = self.nlp.make_doc(doc.text)
        weapons = find_weapons(tokens, lex=self.lexicon, cat=self.catalog)
        known = frozenset(w.weapon.family for w in weapons)  # "54 K9 howitzers ... sold the K9 to Poland"
        if known:
            weapons = find_weapons(tokens, lex=self.lexicon, cat=self.catalog, known=known)
        weapon_starts = {m.start for m in weapons}
        equipment, cue = self._masks(tokens, weapon_starts)
        if self.parse_all:
            every = candidates = sentences(tokens)
        else:
            if not (equipment.any() and cue.any()):
                return []  # most news: no equipment next to a transfer word anywhere
            every = sentences(tokens)
            candidates = [s for s in every if equipment[s.start : s.end].any() and cue[s.start : s.end].any()]
        # "Ashgabat has bought:" then "- Italian M-346 jet trainers;": a list entry without a verb of
        # its own is read as the end of the line that introduces it
        intro = {b.start: i for b, i in _list_intros(every) if cue[i.start : i.end].any() and not cue[b.start : b.end].any()}
        if not self.parse_all:
            candidates = sorted([*candidates, *(s for s in every if s.start in intro and equipment[s.start : s.end].any())],
                                key=lambda s: s.start)
        previous = {s.start: every[i - 1] for i, s in enumerate(every) if i}
        if not candidates:
            return []
        states = find_states(tokens)  # once per document: the article's context and the filter below
        section = _sections(every, states)  # sentence start -> the state the heading above it names
        defined = defined_services(tokens, states)  # "the Kenya Air Force (KAF)": "KAF" is Kenya's from here on
        if defined:
            states = find_states(tokens, defined=defined)
        context = context_states(states)
        services = armed_services(tokens, states, every)  # (token, state, branch), in text order
        service: dict[str, str] = {}  # branch -> the state of the last service named before the sentence
        voice = voices(every, states, officials(tokens, states, self.lexicon.titles), self.lexicon.resuming_titles)  # whose official says "we"
        if not self.parse_all:  # a claim needs a state named in its sentence or, through "it", the one before
            starts = [m.start for m in states]

            def named(s: Span) -> bool:
                return any(s.start <= i < s.end for i in starts)

            candidates = [s for s in candidates if named(s) or (s.start in intro and named(intro[s.start])) or _continues(s) or (
                (s.start in section or (s.start in previous and named(previous[s.start])))
                and any(t.lower_ in PRONOUNS for t in s)) or (
                s.start in voice and any(t.text in FIRST_PERSON for t in s)) or (
                s.start in previous and named(previous[s.start]) and _two_sides(s))]
            # "... has agreed to buy 40 J-35s. The minister said no such deal had been signed": a sentence
            # right after a claim that denies or ends "the deal" without naming its equipment
            chosen = {s.start for s in candidates}
            candidates = sorted([*candidates, *(s for s in every if s.start not in chosen and s.start in previous
                                                and previous[s.start].start in chosen and _about_the_deal(s)
                                                and cue[s.start : s.end].any())], key=lambda s: s.start)
        order = {s.start: i for i, s in enumerate(every)}
        last: tuple[int, list[Claim]] = (-9, [])  # the latest sentence with claims, and its claims
        claims: list[Claim] = []
        buyers: Counter[str] = Counter()  # the buyers the text itself has named so far
        sellers: Counter[str] = Counter()  # and the sellers
        makers = _most_named(Counter(m.iso3s[0] for m in states if m.kind == "maker" and len(m.iso3s) == 1))
        subjects: dict[int, str] = {}  # sentence start -> the one state the subject of its main clause names
        systems_named: dict[tuple[object, ...], dict[str, Reading]] = {}  # (supplier, recipient, category) -> family -> reading
        names = {i for m in states for i in range(m.start, m.end)} | {i for w in weapons for i in range(w.start, w.end)}
        texts = (_sentence_case(s, names) if s.start not in intro else
                 intro[s.start].text.rstrip().rstrip(":") + " " + s.text.lstrip("-•*–— ") for s in candidates)
        for span, parsed in zip(candidates, self.nlp.pipe(texts), strict=True):
            mentions = find_all(parsed, defined=defined, known=known)
            subject = _subject_state(parsed, mentions.states)
            if subject is not None:
                subjects[span.start] = subject
            if not mentions.weapons and not mentions.categories:
                verdict = self.reader.deal_verdict(parsed) if order[span.start] - last[0] == 1 else None
                if verdict is not None and (verdict[0] is not Status.AGREEMENT or all(
                        c.status is Status.DELIVERY for c in last[1])):
                    # the deal the sentence before told of is denied or ended; or, for a delivery,
                    # agreed: "Navantia delivered the last Avante 2200 corvette. The contract was signed in 2018"
                    again = _deal_again(doc, span, last[1], *verdict)
                    claims += again
                    last = (order[span.start], again or last[1])
                continue
            before = previous.get(span.start)
            speaker = quoted_speaker(span, before)
            named_before = [m for m in states if before is not None and before.start <= m.start < before.end
                            and len(m.iso3s) == 1]
            prior = tuple(dict.fromkeys(m.iso3s[0] for m in named_before))
            if named_before and before is not None and named_before[0].start <= before.start + 1:
                prior = (named_before[0].iso3s[0],)  # "Egypt's air force ... U.S. equipment. It bought": the opening state
            if before is not None and before.start in subjects:
                prior = (subjects[before.start],)  # "Within days, the UAE signed for Rafales from France. Months later it ..."
            elif span.start in section and (before is None or not _opens_with_state(before, states)):
                prior = (section[span.start],)  # under the heading "Kazakhstan": "It received four more Su-30SMs"
            while services and services[0][0] < span.start:  # candidates come in text order
                _, iso, branch = services.pop(0)
                service.pop(branch, None)
                service[branch] = iso  # latest last
            deal = _deal_before(last[1]) if _continues(span) and order[span.start] - last[0] <= 2 else None
            if deal is not None and not all(m.kind == "maker" or (m.kind in ("agency", "government", "service")
                                                                 and m.iso3s[0] in deal[:2]) for m in mentions.states):
                deal = None  # only makers, or a body of the deal's own sides ("drawn from Pentagon stocks"), named
            recent = order[span.start] - last[0] <= 2
            readings = self.reader.read(parsed, mentions, Discourse(
                context=context, published=doc.published, prior=prior, services=dict(service),
                deal_buyer=deal[1] if deal else None, voice=voice.get(span.start), topic=_most_named(buyers),
                seller=_most_named(sellers) or makers,
                recent=tuple((c.supplier, c.recipient, c.category) for c in last[1] if c.system) if recent else (),
                section=section.get(span.start)))
            if deal is not None:
                readings = [_same_deal(r, deal) for r in readings]
            found = len(claims)
            for reading in readings:
                if reading.weapon is not None and reading.confidence >= self.min_confidence:
                    key = (reading.supplier, reading.recipient, reading.category)
                    systems_named.setdefault(key, {}).setdefault(reading.weapon.family, reading)
            for reading in readings:
                if reading.confidence < self.min_confidence:
                    continue
                if reading.anaphoric:  # "took delivery of the jets": the J-10C named before, if only one fits
                    systems = systems_named.get((reading.supplier, reading.recipient, reading.category), {}) or {
                        family: earlier for (seller, _, category), named in systems_named.items()
                        if seller == reading.supplier and category is reading.category
                        for family, earlier in named.items()}  # "Indonesia signed for 42 of the aircraft": the seller's one type
                    if len(systems) > 1:
                        continue
                    for earlier in systems.values():
                        reading = replace(reading, weapon=earlier.weapon, system=earlier.system,
                                          inferred=(*reading.inferred, "system"))
                if reading.attributed_to is None and speaker:
                    reading.attributed_to = speaker
                if span.start in intro:  # a side the entry itself does not name came from the line above it
                    own = {iso for m in states if span.start <= m.start < span.end for iso in m.iso3s}
                    reading = replace(reading, inferred=tuple(dict.fromkeys((*reading.inferred, *(
                        side for side, iso in (("supplier", reading.supplier), ("recipient", reading.recipient))
                        if iso and iso not in own)))))
                claims.append(_claim(doc, span, reading))
                if reading.recipient and "recipient" not in reading.inferred:
                    buyers[reading.recipient] += 1
                if reading.supplier and "supplier" not in reading.inferred:
                    sellers[reading.supplier] += 1
            if len(claims) > found:
                last = (order[span.start], claims[found:])
        return claims

    def _masks(self, tokens: Doc, weapon_starts: set[int]) -> tuple[np.ndarray, np.ndarray]:
        """Per token: does it name equipment (a system or a kind)? is it a transfer cue word?"""
        import numpy as np
        from spacy.attrs import LOWER

        lowers = tokens.to_array(LOWER)
        equipment = np.isin(lowers, self._category_hashes)
        equipment[list(weapon_starts)] = True
        return equipment, np.isin(lowers, self._cue_hashes)


# capitalised function words mark a title written in title case ("Pakistan Turns To Russia For Arms")
TITLE_WORDS = frozenset({"To", "For", "Of", "In", "On", "With", "From", "And", "The", "A", "An", "By", "As", "At"})


# "the package includes ...", "the same deal covered ...": a deal the text has just told of
DEAL_WORDS = DEAL_NOUNS | {"package", "acquisition"}  # the words, as written, that name a deal
# what may stand between "the" and "contract": "the SAR7.5 billion (EUR1.8 billion) contract"
DEAL_SIZE = frozenset({"billion", "million", "bn", "mn", "m", "trillion", "crore", "lakh", "-", "$", "€", "£"})


def _most_named(counts: Counter[str]) -> str | None:
    """The state the article is about in one role (buyer, seller, maker): the one it names most in
    that role, at least twice and more often than any other ("Sikorsky has also offered the MH-60R"
    in a story about Colombia's navy: Colombia's)."""
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _list_intros(every: list[Span]) -> list[tuple[Span, Span]]:
    """(entry, the line ending in a colon that introduces the list the entry is in)."""
    out: list[tuple[Span, Span]] = []
    current: Span | None = None
    for s in every:
        if current is not None and s.text.lstrip()[:1] in ("-", "•", "*", "–", "—"):
            out.append((s, current))
            continue
        current = s if s.text.rstrip().endswith(":") else None
    return out


def _sections(every: list[Span], states: Sequence[StateMention]) -> dict[int, str]:
    """Sentence start -> the state a heading line above it names ("Kazakhstan" on a line of its
    own, over the paragraphs about it), until the next heading."""
    out: dict[int, str] = {}
    current: str | None = None
    for s in every:
        words = [t for t in s if t.is_alpha]
        if 0 < len(words) <= 6 and s[-1].text not in (*CLOSING_STOPS, ":", ";"):  # a heading line
            named = [m for m in states if s.start <= m.start < s.end and len(m.iso3s) == 1 and m.kind in ("name", "alias")]
            current = named[0].iso3s[0] if len(named) == 1 and all(
                named[0].start <= t.i < named[0].end for t in words) else None
            continue
        if current is not None:
            out[s.start] = current
    return out


def _opens_with_state(sent: Span, states: Sequence[StateMention]) -> bool:
    """Whether the sentence's first word names a state ("Tashkent has ..."), before it is parsed."""
    first = next((t for t in sent if t.is_alpha), None)
    return first is not None and any(m.start <= first.i < m.end for m in states if m.kind != "made")


def _subject_state(sent: Doc, states: tuple[StateMention, ...]) -> str | None:
    """The one state the subject of the sentence's main verb names ("the UAE", "Egypt's navy"), which
    "it" in the next sentence goes back to first."""
    subjects = [c for root in sent if root.dep_ == "ROOT" for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    within = range(subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    named = {m.iso3s[0] for m in states if m.start in within and len(m.iso3s) == 1 and m.kind != "made"}
    return named.pop() if len(named) == 1 else None


def _two_sides(span: Span) -> bool:
    """"the two countries signed ...": the parties the sentence before named"""
    from armsledger.nlp.sides import PAIR_NOUNS

    return any(t.lower_ == "two" and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in PAIR_NOUNS for t in span)


def _about_the_deal(span: Span) -> bool:
    """Does the sentence speak of "the deal", "no such agreement", "this sale"?"""
    return _deal_word_after(span, ("the", "this", "that", "such", "any"), reach=8)


def _deal_word_after(span: Span, determiners: tuple[str, ...], reach: int = 1) -> bool:
    """A deal word with one of `determiners` before it; with `reach`, over as many words that only
    size or price it: "the SAR7.5 billion (EUR1.8 billion) contract"."""
    for t in span:
        if t.lower_ not in DEAL_WORDS:
            continue
        for before in reversed(list(span.doc[max(span.start, t.i - reach) : t.i])):
            if before.lower_ in determiners:
                return True
            if not (before.like_num or before.is_currency or before.is_bracket or before.lower_ in DEAL_SIZE
                    or before.text[:3].isupper()):
                break
    return False



def _deal_again(doc: Document, span: Span, before: list[Claim], status: Status, cues: tuple[str, ...]) -> list[Claim]:
    """The claims of the sentence before, once each, at the stage this one tells of "the deal"
    (denied, ended, or signed): their sides are read from the sentence before and marked inferred."""
    from armsledger.nlp import figures
    from armsledger.nlp.reader import PENALTY

    out: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    for c in before:
        key = (c.supplier, c.recipient, c.system, c.category)
        if key in seen or c.status is status or not (c.supplier and c.recipient):
            continue
        seen.add(key)
        out.append(replace(c, status=status, evidence=span.text, span=(span.start_char, span.end_char), cues=cues,
                           inferred=tuple(dict.fromkeys((*c.inferred, "supplier", "recipient"))),
                           quantity=None, attributed_to=None,
                           value_usd=figures.value_usd(span.text) if status is Status.AGREEMENT else None,
                           confidence=min(c.confidence, round(1.0 - 2 * PENALTY["discourse"], 2))))
    return out


def _continues(span: Span) -> bool:
    """Does the sentence go on about a deal already named ("The package also includes 170 Hellfires")?"""
    return _deal_word_after(span, ("the", "this", "that", "same"))


def _deal_before(before: list[Claim]) -> tuple[str, str, Status] | None:
    """The one pair of states (supplier, recipient) whose deal in systems a sentence told of, and
    the stage it told first."""
    deals = {(c.supplier, c.recipient) for c in before if c.system and c.supplier and c.recipient}
    if len(deals) != 1:
        return None
    (supplier, recipient), = deals
    return supplier, recipient, next(c.status for c in before if (c.supplier, c.recipient) == (supplier, recipient))


def _same_deal(reading: Reading, deal: tuple[str, str, Status]) -> Reading:
    """A system the sentence hangs on a deal noun, in a sentence that names no state, belongs to the
    deal the last sentence with claims told of ("... 31 MQ-9B drones. The package includes 170
    Hellfires"): it takes that deal's sides and stage, marked as inferred."""
    from armsledger.nlp.reader import PENALTY

    supplier, recipient, status = deal
    if reading.weapon is None or not any(w.lower() in DEAL_WORDS for w in reading.cues):
        return reading
    if (reading.supplier != supplier and "supplier" not in reading.inferred) or (
            reading.recipient != recipient and "recipient" not in reading.inferred):
        return reading
    return replace(reading, supplier=supplier, recipient=recipient, status=status,
                   inferred=tuple(dict.fromkeys((*reading.inferred, "supplier", "recipient"))),
                   confidence=max(reading.confidence, round(1.0 - 2 * PENALTY["discourse"], 2)))


def _sentence_case(span: Span, names: set[int]) -> str:
    """The sentence as the parser should see it: a title in title case is lower-cased except for
    the states and systems it names and for acronyms, so that "Turns To Russia" parses as a verb
    and a preposition. Lengths are kept, so character offsets still hold."""
    words = [t for t in span if t.is_alpha]
    capitals = sum(t.text[0].isupper() for t in words)
    headline = span[-1].text not in CLOSING_STOPS  # no closing stop: a title
    if len(words) < 4 or capitals < 0.7 * len(words) or not (
            any(t.text in TITLE_WORDS for t in words[1:]) or (headline and capitals >= 0.85 * len(words))):
        return span.text
    out = []
    for t in span:
        text = t.text
        if t.i not in names and t.is_alpha and text[:1].isupper() and text[1:].islower() \
                and len(text.lower()) == len(text):
            text = text.lower()
        out.append(text + t.whitespace_)
    return "".join(out)[: len(span.text)]


def _claim(doc: Document, span: Span, r: Reading) -> Claim:
    return Claim(
        doc=doc.id,
        supplier=r.supplier,
        recipient=r.recipient,
        system=r.system,
        category=r.category,
        status=r.status,
        quantity=r.quantity,
        value_usd=r.value_usd,
        year=r.year,
        attributed_to=r.attributed_to,
        evidence=span.text,
        span=(span.start_char, span.end_char),
        inferred=r.inferred,
        cues=r.cues,
        family=r.weapon.family if r.weapon else None,
        confidence=r.confidence,
    )


_default: Extractor | None = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract_document(doc: Document) -> list[Claim]:
    """The claims one document makes, in text order."""
    return default_extractor()(doc)


def extract(text: str, *, published: date | None = None, doc_id: str = "text") -> list[Claim]:
    """The claims a text makes; `published` anchors relative years ("last year")."""
    return extract_document(Document(id=doc_id, text=text, published=published))
