"""Document -> list[Claim]: find candidate sentences cheaply, parse only those, read claims.

Most news says nothing about arms transfers, so a document is first only tokenised; sentences
that name equipment (a catalogued system or a kind such as "tanks") next to a transfer cue are
the candidates, and only they go through the trained parser. The public calls are
`extract(text)` and `extract_document(doc)`; `Extractor` holds one loaded pipeline and is what
batch workers keep per process.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from armsledger.nlp.lexicon import CLOSING_STOPS
from armsledger.types import Claim, Document, Status

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Span

    from armsledger.nlp.discourse import Layout
    from armsledger.nlp.mentions import WeaponMention
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
        from armsledger.nlp.attribution import quoted_speaker
        from armsledger.nlp.discourse import (
            BULLETS,
            Layout,
            Narrative,
            list_intros,
            names_only,
            same_deal,
        )
        from armsledger.nlp.mentions import (
            WeaponMention,
            defined_weapons,
            find_all,
            find_weapons,
            sentences,
            with_abbreviations,
        )

        tokens = self.nlp.make_doc(doc.text)
        weapons = find_weapons(tokens, lex=self.lexicon, cat=self.catalog)
        known = frozenset(w.weapon.family for w in weapons)  # "54 K9 howitzers ... sold the K9 to Poland"
        if known:
            weapons = find_weapons(tokens, lex=self.lexicon, cat=self.catalog, known=known)
        abbreviations = defined_weapons(tokens, weapons)  # "Guardian Class Patrol Boat (GCPB)", then "21 GCPBs"
        weapons = with_abbreviations(tokens, weapons, abbreviations)
        equipment, cue = self._masks(tokens, {m.start for m in weapons})
        if not self.parse_all and not (equipment.any() and cue.any()):
            return []  # most news: no equipment next to a transfer word anywhere
        every = sentences(tokens)
        the_type = _the_type(tokens, weapons, every)  # "Chile is considering the type": the system named before
        equipment[list(the_type)] = True
        # "Ashgabat has bought:" then "- Italian M-346 jet trainers;": a list entry without a verb of
        # its own is read as the end of the line that introduces it
        intro = {b.start: i for b, i in list_intros(every) if cue[i.start : i.end].any() and not cue[b.start : b.end].any()}
        candidates = every if self.parse_all else [
            s for s in every if (equipment[s.start : s.end].any() and (cue[s.start : s.end].any() or s.start in intro))
            or (s.start in intro and equipment[intro[s.start].start : intro[s.start].end].any())]
        if not candidates:
            return []
        layout = Layout.read(tokens, every, intro, self.lexicon)
        # "... delivered to at least eight African states:" then "- Ethiopia": an entry that only names a
        # state is read with the line above it, and its claim's evidence runs from that line to it
        bare = {s.start for s in candidates if s.start in intro and not equipment[s.start : s.end].any()
                and names_only(s, layout.states)}
        candidates = [s for s in candidates if s.start not in intro or s.start in bare or equipment[s.start : s.end].any()]
        # "Still on order:" then "- Algeria: Su-57E fighters from Russia": an entry that names its state and
        # equipment is parsed as "Algeria ordered Su-57E fighters from Russia", the verb standing for the line above
        labelled = self._labelled_entries(every, layout, {m.start for m in weapons}, equipment, cue)
        candidates = sorted({s.start: s for s in (*candidates, *(s for s in every if s.start in labelled))}.values(),
                            key=lambda s: s.start)
        if not self.parse_all:
            candidates = self._worth_parsing(candidates, layout, cue, {w.start: w.weapon.family for w in weapons})
        narrative = Narrative(layout, self.min_confidence)
        names = {i for m in layout.states for i in range(m.start, m.end)} | {i for w in weapons for i in range(w.start, w.end)}

        # "Wing Loong I drones": the numeral reads as the pronoun; the parser gets a stand-in letter
        roman_one = {w.end - 1 for w in weapons if tokens[w.end - 1].text == "I" and w.end - w.start > 1}

        def text_of(s: Span) -> str:
            """What the parser reads: a list entry joined to the line that introduces it."""
            if s.start in labelled:
                return labelled[s.start][0]
            if s.start not in intro:
                return _subject_for(_headline_future(_numerals(_sentence_case(s, names), s, roman_one), s, names))
            line = intro[s.start].text.rstrip()
            # "... eight African states: Ethiopia" keeps its colon; "Ashgabat has bought Italian M-346s" drops it
            return (line if s.start in bare else line.rstrip(":")) + " " + s.text.lstrip("".join(BULLETS) + " ")

        texts = (text_of(s) for s in candidates)
        claims: list[Claim] = []
        for span, parsed in zip(candidates, self.nlp.pipe(texts), strict=True):
            mentions = find_all(parsed, defined=layout.defined, known=known, abbreviations=abbreviations)
            referred = {i: m for i, m in the_type.items() if span.start <= i < span.end and len(parsed) == len(span)
                        and parsed[i - span.start].lower_ in ("type", "it")}
            if referred:
                mentions = replace(mentions, weapons=(*mentions.weapons, *(
                    WeaponMention(i - span.start, i - span.start + 1, m.weapon, m.text) for i, m in referred.items())))
            narrative.note_subject(span, parsed, mentions)
            if not mentions.weapons and not mentions.categories:
                verdict = self.reader.deal_verdict(parsed) if narrative.right_after_claims(span) else None
                claims += narrative.follow_up(doc, span, verdict)
                continue
            discourse, deal = narrative.discourse(span, parsed, mentions, doc.published)
            readings = self.reader.read(parsed, mentions, discourse)
            if referred:  # a system read only through "the type" was inferred
                named_here = {w.weapon.family for w in weapons if span.start <= w.start < span.end}
                readings = [replace(r, inferred=(*r.inferred, "system")) if r.weapon is not None
                            and r.weapon.family not in named_here and any(m.weapon is r.weapon for m in referred.values())
                            else r for r in readings]
            if deal is not None:
                readings = [same_deal(r, deal) for r in readings]
            narrative.name_systems(readings)
            speaker = quoted_speaker(span, layout.previous.get(span.start))
            made: list[Claim] = []
            before = layout.previous.get(span.start)
            named_before = [w for w in weapons if before is not None and before.start <= w.start < before.end]
            for reading in readings:
                resolved = narrative.resolve(reading, named_before) if reading.confidence >= self.min_confidence else None
                if resolved is None:
                    continue
                reading = resolved
                if span.start in labelled:  # the cue word is the list's line above, not the verb put in for it
                    _, verb, word = labelled[span.start]
                    reading = replace(reading, cues=tuple(word if c in verb.split() else c for c in reading.cues))
                if reading.attributed_to is None and speaker:
                    reading.attributed_to = speaker
                if span.start in intro and span.start not in bare:  # a side the entry does not name came from the line above
                    own = {iso for m in layout.states if span.start <= m.start < span.end for iso in m.iso3s}
                    reading = replace(reading, inferred=tuple(dict.fromkeys((*reading.inferred, *(
                        side for side, iso in (("supplier", reading.supplier), ("recipient", reading.recipient))
                        if iso and iso not in own)))))
                made.append(_claim(doc, tokens[intro[span.start].start : span.end] if span.start in bare else span, reading))
            narrative.remember(span, made)
            claims += made
        return claims

    def _labelled_entries(self, every: list[Span], layout: Layout, weapon_starts: set[int],
                          equipment: np.ndarray, cue: np.ndarray) -> dict[int, tuple[str, str, str]]:
        """Entry start -> (the text to parse, the verb put in, the cue word of the line above) for
        each list entry that opens with its state's name and a bare noun phrase naming equipment,
        under a line that says, without naming a state itself, what stage the list is at."""
        from armsledger.nlp.discourse import BULLETS, entry_label, list_leads

        out: dict[int, tuple[str, str, str]] = {}
        stages: dict[int, tuple[str, Status] | None] = {}
        for start, lines in list_leads(every).items():
            entry = every[layout.order[start]]
            found = entry_label(entry, layout.states, weapon_starts) if equipment[entry.start : entry.end].any() else None
            lead = next((s for s in lines if cue[s.start : s.end].any()), None)
            if found is None or lead is None or any(lead.start <= m.start < lead.end for m in layout.states):
                continue
            if lead.start not in stages:
                text = lead.text.lower() if lead.text.isupper() or lead.text.istitle() else lead.text
                stages[lead.start] = self.reader.lead_cue(self.nlp(text.lstrip("".join(BULLETS) + " ")))
            stage = stages[lead.start]
            if stage is not None and stage[1] in LIST_VERBS:
                name, phrase = found
                out[start] = (f"{name.text} {LIST_VERBS[stage[1]]} {phrase.text}", LIST_VERBS[stage[1]], stage[0])
        return out

    @staticmethod
    def _worth_parsing(candidates: list[Span], layout: Layout, cue: np.ndarray, families: dict[int, str]) -> list[Span]:
        """The candidates whose claim could have sides: a state named in the sentence or, through
        "it", "we" or "the two countries", one named just before; a sentence that names a system, whose sides the
        article may give ("two Su-30SME jets have already been delivered"); and a sentence right after one of
        them that denies or ends "the deal" without naming its equipment ("... has agreed to buy 40
        J-35s. The minister said no such deal had been signed")."""
        from armsledger.nlp.attribution import FIRST_PERSON
        from armsledger.nlp.discourse import about_the_deal, continues, two_sides
        from armsledger.nlp.sides import ANAPHORIC_NOUNS, PRONOUNS

        every, intro, section, voice, previous = layout.every, layout.intro, layout.section, layout.voice, layout.previous
        starts = [m.start for m in layout.states]

        def named(s: Span) -> bool:
            return any(s.start <= i < s.end for i in starts)

        def systems(s: Span) -> set[str]:
            return {f for i, f in families.items() if s.start <= i < s.end}

        candidates = [s for s in candidates if named(s) or (s.start in intro and (named(intro[s.start]) or s.start in section))
                      or continues(s) or (
            (s.start in section or (s.start in previous and named(previous[s.start])))
            and (any(t.lower_ in PRONOUNS for t in s) or any(  # "The country also ordered 486 HIMARS"
                t.lower_ in ANAPHORIC_NOUNS and t.i > s.start and t.nbor(-1).lower_ in ("the", "its") for t in s))) or (
            s.start in voice and any(t.text in FIRST_PERSON for t in s)) or (
            s.start in previous and named(previous[s.start]) and two_sides(s)) or systems(s)]
        chosen = {s.start for s in candidates}
        return sorted([*candidates, *(s for s in every if s.start not in chosen and s.start in previous
                                      and previous[s.start].start in chosen and about_the_deal(s)
                                      and cue[s.start : s.end].any())], key=lambda s: s.start)

    def _masks(self, tokens: Doc, weapon_starts: set[int]) -> tuple[np.ndarray, np.ndarray]:
        """Per token: does it name equipment (a system or a kind)? is it a transfer cue word?"""
        import numpy as np
        from spacy.attrs import LOWER

        lowers = tokens.to_array(LOWER)
        equipment = np.isin(lowers, self._category_hashes)
        equipment[list(weapon_starts)] = True
        return equipment, np.isin(lowers, self._cue_hashes)


# the verb a list entry is parsed with for the stage of the line above it
LIST_VERBS = {Status.DELIVERY: "received", Status.AGREEMENT: "ordered", Status.NEGOTIATION: "is negotiating for",
              Status.INTEREST: "is seeking", Status.OFFER: "was offered", Status.CANCELLATION: "cancelled"}

# capitalised function words mark a title written in title case ("Pakistan Turns To Russia For Arms")
TITLE_WORDS = frozenset({"To", "For", "Of", "In", "On", "With", "From", "And", "The", "A", "An", "By", "As", "At"})


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


def _headline_future(text: str, span: Span, names: set[int]) -> str:
    """"Sweden to hand over CV90 vehicles, Archer howitzers to Kiev": a title's "to" after the state
    or maker it opens with is its future tense, which the parser reads as "Sweden will hand over ..."
    rather than as a clause on Sweden. Only the parser reads the change; the evidence keeps the words.
    `text` must still hold the span's character offsets, so this comes after the rewrites that keep them."""
    if span[-1].text in CLOSING_STOPS:
        return text
    to = next((t for t in span[1:5] if t.lower_ == "to"), None)
    if to is None or to.i - 1 not in names or to.i + 1 >= span.end or not span.doc[to.i + 1].is_lower \
            or not all(t.text[:1].isupper() for t in span[: to.i - span.start]):
        return text
    at = to.idx - span.start_char
    return f"{text[:at]}will{text[at + 2:]}"


# past forms that open a list entry with no subject: "- Bought TB2 drones from Turkey"
PAST_FORMS = frozenset({"bought", "sold", "took", "got", "won", "sent", "gave", "chose", "made", "paid", "sought",
                        "has", "had", "is", "was"})


def _subject_for(text: str) -> str:
    """"- Bought TB2 drones from Turkey" under a state's heading: the parser reads "The country bought
    TB2 drones from Turkey" (a verb, not an adjective), the country being the one the entry is about."""
    from armsledger.nlp.discourse import BULLETS

    if not (text[:1] in BULLETS and text[1:2] == " "):
        return text
    first, _, rest = text[2:].partition(" ")
    word = first.lower()
    if not (first[:1].isupper() and first[1:].islower() and rest and (word in PAST_FORMS or (
            word.endswith("ed") and len(word) > 4))):
        return text
    return f"The country {word} {rest}"


def _the_type(tokens: Doc, weapons: list[WeaponMention], every: list[Span]) -> dict[int, WeaponMention]:
    """"the type", "this type" (not "the type of", "the type's", "the Type 054A"): the one system
    that its own sentence before it, or else the sentence before, names; and "It" opening "It has
    been exported to ...": the system the sentence before opens with; by the token it stands at."""
    import numpy as np
    from spacy.attrs import ORTH

    out: dict[int, WeaponMention] = {}
    starts = [s.start for s in every]
    strings = tokens.vocab.strings
    at = np.flatnonzero(np.isin(tokens.to_array(ORTH), [strings["type"], strings["It"]]))
    for t in (tokens[int(i)] for i in at):  # only these two words matter: no Token made for the others
        if t.text == "type" and t.i and tokens[t.i - 1].lower_ in ("the", "this") and not (
                t.i + 1 < len(tokens) and tokens[t.i + 1].lower_ in ("of", "-", "'s", "’s")):
            n = bisect_right(starts, t.i) - 1
            own = [w for w in weapons if every[n].start <= w.start and w.end <= t.i]
            named = own or ([w for w in weapons if every[n - 1].start <= w.start < every[n - 1].end] if n else [])
            if len({w.weapon.family for w in named}) == 1:
                out[t.i] = named[-1]
        elif t.text == "It" and t.i in starts and any(w.lower_ in TRANSFER_PARTICIPLES for w in tokens[t.i + 1 : t.i + 4]):
            # "The FA-50 ... is a light combat aircraft. It has been exported to six countries": the system
            # the sentence before opens with
            n = bisect_right(starts, t.i) - 1
            before = [w for w in weapons if n and every[n - 1].start <= w.start < every[n - 1].end]
            if before and before[0].start <= every[n - 1].start + 1:
                out[t.i] = before[0]
    return out


# what "It has been exported to ..." says was done to a system
TRANSFER_PARTICIPLES = frozenset({"exported", "sold", "supplied", "delivered", "offered", "ordered", "bought",
                                  "acquired", "purchased", "donated", "transferred"})


def _numerals(text: str, span: Span, roman_one: set[int]) -> str:
    """`text` (the span's, same length) with each numeral "I" of a designation written as the
    catalog's stand-in letter."""
    from armsledger.nlp.catalog import ROMAN_ONE_STAND_IN

    for i in (i for i in roman_one if span.start <= i < span.end):
        at = span.doc[i].idx - span.start_char
        text = text[:at] + ROMAN_ONE_STAND_IN + text[at + 1 :]
    return text


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
