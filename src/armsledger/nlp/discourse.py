"""What a document tells around each sentence, for the sides and deals a sentence leaves unsaid.

`Layout.read` looks at the whole document once, before anything is parsed: the states it names,
its heading lines ("Kazakhstan" over the paragraphs about it), its lists ("Ashgabat has bought:"
over "- Italian M-346 trainers;"), its armed services and who speaks in its quotes. `Narrative`
is the memory the extractor keeps as it reads the candidate sentences in order: which state the
last sentence's subject named, which deal the last sentence with claims told of, which systems
each pair of states has been said to trade, which buyer and seller the article is about. From
them it builds the `Discourse` each sentence is read with, and the claims a sentence about "the
deal" makes without naming its equipment.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from armsledger.nlp.attribution import officials, voices
from armsledger.nlp.catalog import catalog
from armsledger.nlp.lexicon import CLOSING_STOPS, DEAL_NOUNS
from armsledger.nlp.mentions import armed_services, context_states, defined_services, find_states
from armsledger.nlp.sides import PAIR_NOUNS
from armsledger.types import Claim, Status

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from spacy.tokens import Doc, Span, Token

    from armsledger.nlp.lexicon import Lexicon
    from armsledger.nlp.mentions import Mentions, StateMention, WeaponMention
    from armsledger.nlp.reader import Reading
    from armsledger.types import Category, Document

# "the package includes ...", "the same deal covered ...": a deal the text has just told of
DEAL_WORDS = DEAL_NOUNS | {"package", "acquisition", "proposal"}  # the words, as written, that name a deal
# what may stand between "the" and "contract": "the SAR7.5 billion (EUR1.8 billion) contract"
DEAL_SIZE = frozenset({"billion", "million", "bn", "mn", "m", "trillion", "crore", "lakh", "-", "$", "€", "£"})


@dataclass(frozen=True, slots=True)
class Discourse:
    """What the article around a sentence has told, for the sides the sentence itself leaves open."""

    context: Counter[str] = field(default_factory=Counter)  # how often the article names each state
    published: date | None = None  # anchors "last year"
    prior: tuple[str, ...] = ()  # the states of the sentence before, for a pronoun with no antecedent here
    # by branch ("navy", "army", "air", "" for the armed forces as a whole), the state whose service
    # the text named last, for "the navy" or "the force"
    services: dict[str, str] = field(default_factory=dict)
    deal_buyer: str | None = None  # the buyer of the deal the sentence goes on about ("The package includes ...")
    voice: str | None = None  # the state whose official speaks the quote the sentence is in, for "we" and "our"
    topic: str | None = None  # the buyer the article's claims so far have named most, for a buyer left unsaid
    seller: str | None = None  # and the seller, to choose among the makers of a system built in several states
    sellers_only: frozenset[str] = frozenset()  # the states the text has so far named as sellers and never as buyers
    sold_by: dict[str, str] = field(default_factory=dict)  # family -> the seller the text named for it ("Typhoons from Britain")
    # (supplier, recipient, category) of the systems the last sentence with claims (at most two
    # back) told of, for "the helicopters" that goes back to one of them
    recent: tuple[tuple[str | None, str | None, Category], ...] = ()
    section: str | None = None  # the state a heading line above the sentence names ("Kazakhstan")


@dataclass(slots=True)
class Layout:
    """What the whole document shows before any sentence is parsed."""

    every: list[Span]  # its sentences, in order
    states: list[StateMention]  # every state it names, by name, demonym, capital, service or maker
    defined: dict[str, tuple[str, ...]]  # "the Kenya Air Force (KAF)": "KAF" is Kenya's from there on
    context: Counter[str]  # how often it names each state
    section: dict[int, str]  # sentence start -> the state the heading line above it names
    intro: dict[int, Span]  # list entry start -> the line with a cue that introduces the list
    services: list[tuple[int, str, str]]  # (token, state, branch) of each armed service named, in text order
    voice: dict[int, str]  # sentence start -> the state whose official speaks its quote
    makers: str | None  # the state whose arms makers the article names most
    previous: dict[int, Span] = field(init=False)  # sentence start -> the sentence before it
    order: dict[int, int] = field(init=False)  # sentence start -> its place in the document

    def __post_init__(self) -> None:
        self.previous = {s.start: self.every[i - 1] for i, s in enumerate(self.every) if i}
        self.order = {s.start: i for i, s in enumerate(self.every)}

    @classmethod
    def read(cls, tokens: Doc, every: list[Span], intro: dict[int, Span], lex: Lexicon) -> Layout:
        states = find_states(tokens)
        section = sections(every, states)
        defined = defined_services(tokens, states)
        if defined:
            states = find_states(tokens, defined=defined)
        return cls(every=every, states=states, defined=defined, context=context_states(states), section=section,
                   intro=intro, services=armed_services(tokens, states, every),
                   voice=voices(every, states, officials(tokens, states, lex.titles), lex.resuming_titles),
                   makers=most_named(Counter(m.iso3s[0] for m in states if m.kind == "maker" and len(m.iso3s) == 1)))


@dataclass(slots=True)
class Narrative:
    """The memory of a document read in order: fed each candidate sentence and the claims it made."""

    layout: Layout
    min_confidence: float
    last: tuple[int, list[Claim]] = (-9, [])  # the latest sentence with claims, and its claims
    buyers: Counter[str] = field(default_factory=Counter)  # the buyers the text itself has named so far
    sellers: Counter[str] = field(default_factory=Counter)  # and the sellers
    subjects: dict[int, str] = field(default_factory=dict)  # sentence start -> the one state its subject names
    # (supplier, recipient, category) -> family -> the first reading that named a system of it
    systems: dict[tuple[object, ...], dict[str, Reading]] = field(default_factory=dict)
    service: dict[str, str] = field(default_factory=dict)  # branch -> the state of the last service named
    _services: list[tuple[int, str, str]] = field(init=False)

    def __post_init__(self) -> None:
        self._services = list(self.layout.services)

    def note_subject(self, span: Span, parsed: Doc, mentions: Mentions) -> None:
        subject = subject_state(parsed, mentions.states)
        before = self.layout.previous.get(span.start)
        if subject is None and before is not None and before.start in self.subjects and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for root in parsed if root.dep_ == "ROOT"
                for c in root.children):
            subject = self.subjects[before.start]  # "Indonesia ... It signed for Rafales. In June it agreed": still Indonesia
        if subject is not None:
            self.subjects[span.start] = subject

    def follow_up(self, doc: Document, span: Span, verdict: tuple[Status, tuple[str, ...]] | None) -> list[Claim]:
        """For a sentence that names no equipment, right after one with claims: the deal it denies,
        ends or (after a delivery) says was agreed, as `verdict` reads it; or nothing."""
        if verdict is None:
            return []
        before = self.last[1]
        if verdict[0] is Status.AGREEMENT and not all(c.status is Status.DELIVERY for c in before):
            return []  # "Navantia delivered the last Avante 2200 corvette. The contract was signed in 2018"
        again = deal_again(doc, span, before, *verdict)
        self.last = (self.layout.order[span.start], again or before)
        return again

    def right_after_claims(self, span: Span) -> bool:
        return self.layout.order[span.start] - self.last[0] == 1

    def discourse(self, span: Span, parsed: Doc, mentions: Mentions,
                  published: date | None) -> tuple[Discourse, tuple[str, str, Status] | None]:
        """What the sentence (`span` in the document, `parsed` on its own) is read with, and the deal it
        goes on about, if any."""
        layout = self.layout
        before = layout.previous.get(span.start)
        named_before = [m for m in layout.states if before is not None and before.start <= m.start < before.end
                        and len(m.iso3s) == 1]
        prior = tuple(dict.fromkeys(m.iso3s[0] for m in named_before))
        if named_before and before is not None and named_before[0].start <= before.start + 1:
            prior = (named_before[0].iso3s[0],)  # "Egypt's air force ... U.S. equipment. It bought": the opening state
        if before is not None and before.start in self.subjects:
            prior = (self.subjects[before.start],)  # "Within days, the UAE signed for Rafales from France. Months later it ..."
        elif span.start in layout.section and (before is None or not opens_with_state(before, layout.states)):
            prior = (layout.section[span.start],)  # under the heading "Kazakhstan": "It received four more Su-30SMs"
        while self._services and self._services[0][0] < span.start:  # candidates come in text order
            _, iso, branch = self._services.pop(0)
            self.service.pop(branch, None)
            self.service[branch] = iso  # latest last
        distance = self.layout.order[span.start] - self.last[0]
        deal = deal_before(self.last[1]) if continues(span) and distance <= 2 else None
        if deal is not None and not all(m.kind == "maker" or (m.iso3s[0] in deal[:2] and (
                m.kind in ("agency", "government", "service") or parsed[m.end - 1].dep_ == "poss")) for m in mentions.states):
            # only makers, or a body or an owner of the deal's own sides ("drawn from Pentagon stocks",
            # "rockets for Ukraine's HIMARS"), named
            deal = None
        recent = tuple((c.supplier, c.recipient, c.category) for c in self.last[1] if c.system) if distance <= 2 else ()
        return Discourse(
            context=layout.context, published=published, prior=prior, services=dict(self.service),
            deal_buyer=deal[1] if deal else None, voice=layout.voice.get(span.start), topic=most_named(self.buyers),
            seller=most_named(self.sellers) or layout.makers, sellers_only=frozenset(self.sellers) - set(self.buyers),
            recent=recent, sold_by=self.sold_by(),
            section=layout.section.get(span.start)), deal

    def name_systems(self, readings: list[Reading]) -> None:
        """Remember the systems the sentence names, for "the jets" in a later one."""
        for reading in readings:
            if reading.weapon is not None and reading.confidence >= self.min_confidence:
                key = (reading.supplier, reading.recipient, reading.category)
                self.systems.setdefault(key, {}).setdefault(reading.weapon.family, reading)

    def sold_by(self) -> dict[str, str]:
        """Family -> the first seller the text itself named for a system of it."""
        out: dict[str, str] = {}
        for named in self.systems.values():
            for family, reading in named.items():
                if reading.supplier is not None and "supplier" not in reading.inferred:
                    out.setdefault(family, reading.supplier)
        return out

    def resolve(self, reading: Reading, before: Sequence[WeaponMention] = ()) -> Reading | None:
        """"took delivery of the jets": the J-10C named before, if only one fits; None where several do.
        `before`: the systems the sentence before names, claim or not ("The front-runner is the
        Rafale. Baghdad has held talks with Dassault on the twin-engine jet")."""
        if not reading.anaphoric:
            return reading
        systems = self.systems.get((reading.supplier, reading.recipient, reading.category), {}) or {
            family: earlier for (seller, _, category), named in self.systems.items()
            if seller == reading.supplier and category is reading.category
            for family, earlier in named.items()}  # "Indonesia signed for 42 of the aircraft": the seller's one type
        if len(systems) > 1:
            return reading if reading.by_origin else None
        for earlier in systems.values():
            return replace(reading, weapon=earlier.weapon, system=earlier.system, inferred=(*reading.inferred, "system"))
        named = {w.weapon.family: w for w in before
                 if w.weapon.category is reading.category and reading.supplier in w.weapon.origin}
        if len(named) == 1:
            (mention,) = named.values()
            return replace(reading, weapon=mention.weapon, system=catalog().spelling(mention.weapon, mention.text),
                           inferred=(*reading.inferred, "system"))
        return reading

    def remember(self, span: Span, claims: list[Claim]) -> None:
        """The claims the sentence made: the deal the next sentences may go on about, and who buys and sells."""
        for c in claims:
            if c.recipient and "recipient" not in c.inferred:
                self.buyers[c.recipient] += 1
            if c.supplier and "supplier" not in c.inferred:
                self.sellers[c.supplier] += 1
        if claims:
            self.last = (self.layout.order[span.start], claims)


def most_named(counts: Counter[str]) -> str | None:
    """The state the article is about in one role (buyer, seller, maker): the one it names most in
    that role, at least twice and more often than any other ("Sikorsky has also offered the MH-60R"
    in a story about Colombia's navy: Colombia's)."""
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


BULLETS = frozenset("-•*–—")


def _short_line(s: Span, most: int = 6) -> list[Token]:
    """The words of a line of at most `most` words (a heading, a list's lead), or none for a longer
    line; a long line is read only as far as its seventh word."""
    words: list[Token] = []
    for t in s:
        if t.is_alpha:
            words.append(t)
            if len(words) > most:
                return []
    return words


def list_intros(every: list[Span]) -> list[tuple[Span, Span]]:
    """(entry, the line ending in a colon that introduces the list the entry is in)."""
    leads = list_leads(every)
    return [(s, leads[s.start][0]) for s in every
            if s.start in leads and leads[s.start][0].text.rstrip().endswith(":")]


def list_leads(every: list[Span]) -> dict[int, list[Span]]:
    """Entry start -> the lines that may say what a list is of, nearest first: the line ending
    in a colon above the list and the one before it ("Several contracts remain open. The largest
    are:"), or a heading line over it ("Still on order")."""
    out: dict[int, list[Span]] = {}
    leads: list[Span] = []
    for n, s in enumerate(every):
        if leads and s.text.lstrip()[:1] in BULLETS:
            out[s.start] = leads
            continue
        if s.text.rstrip().endswith(":"):
            leads = [s, every[n - 1]] if n and every[n - 1].text.lstrip()[:1] not in BULLETS else [s]
        elif _short_line(s) and s[-1].text not in (*CLOSING_STOPS, ";"):
            leads = [s]
        else:
            leads = []
    return out


def entry_label(entry: Span, states: Sequence[StateMention], weapon_starts: set[int]) -> tuple[Span, Span] | None:
    """A list entry that opens with the name of the state that buys, a colon and a bare noun
    phrase saying where the equipment comes from ("- Zambia: two L-15 trainers from China"):
    (the name, the phrase). Not an entry whose text after the colon is a clause of its own
    ("- Peru: Lima signed ...")."""
    colon = next((t for t in entry if t.text == ":"), None)
    if colon is None or colon.i + 1 >= entry.end:
        return None
    words = [t for t in entry.doc[entry.start : colon.i] if t.is_alpha]
    named = [m for m in states if entry.start <= m.start and m.end <= colon.i and m.kind in ("name", "alias")]
    if len(named) != 1 or not words or not all(named[0].start <= t.i < named[0].end for t in words):
        return None
    first = entry.doc[colon.i + 1]
    if not (first.text[:1].islower() or first.like_num or first.i in weapon_starts):
        return None
    # the state is the buyer only where the entry says where the equipment comes from ("from China",
    # "from Baykar"); "- Norway: the six F-16s it pledged" under "Pledges to Ukraine:" is a donor
    if not any(m.iso3s[0] not in named[0].iso3s and any(t.lower_ in ("from", "by") for t in entry.doc[max(colon.i, m.start - 3) : m.start])
               for m in states if colon.i < m.start < entry.end):
        return None
    return entry.doc[named[0].start : named[0].end], entry.doc[colon.i + 1 : entry.end]


def names_only(sent: Span, states: Sequence[StateMention]) -> bool:
    """Whether every word of a short line is a state's name ("- Burkina Faso")."""
    words = _short_line(sent)
    return bool(words) and all(any(m.start <= t.i < m.end and m.kind in ("name", "alias") for m in states)
                                       for t in words)


def sections(every: list[Span], states: Sequence[StateMention]) -> dict[int, str]:
    """Sentence start -> the state a heading line above it names ("Kazakhstan" on a line of its
    own, over the paragraphs about it), until the next heading."""
    out: dict[int, str] = {}
    current: str | None = None
    for s in every:
        words = _short_line(s)
        if words and s[-1].text not in (*CLOSING_STOPS, ":", ";"):  # a heading line
            named = [m for m in states if s.start <= m.start < s.end and len(m.iso3s) == 1 and m.kind in ("name", "alias")]
            # "Kazakhstan", or a heading that opens with the state's possessive: "Slovenia's Boxer reversal"
            owner = len(named) == 1 and named[0].start == words[0].i and named[0].end < s.end \
                and s.doc[named[0].end].lower_ in ("'s", "’s")
            current = named[0].iso3s[0] if len(named) == 1 and (owner or all(
                named[0].start <= t.i < named[0].end for t in words)) else None
            continue
        if current is not None:
            out[s.start] = current
    return out


def opens_with_state(sent: Span, states: Sequence[StateMention]) -> bool:
    """Whether the sentence's first word names a state ("Tashkent has ..."), before it is parsed."""
    first = next((t for t in sent if t.is_alpha), None)
    return first is not None and any(m.start <= first.i < m.end for m in states if m.kind != "made")


def subject_state(sent: Doc, states: tuple[StateMention, ...]) -> str | None:
    """The one state the subject of the sentence's main verb names ("the UAE", "Egypt's navy"), which
    "it" in the next sentence goes back to first."""
    subjects = [c for root in sent if root.dep_ == "ROOT" for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    within = range(subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    named = {m.iso3s[0] for m in states if m.start in within and len(m.iso3s) == 1 and m.kind != "made"}
    return named.pop() if len(named) == 1 else None


def two_sides(span: Span) -> bool:
    """"the two countries signed ...": the parties the sentence before named"""
    return any(t.lower_ == "two" and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in PAIR_NOUNS for t in span)


def about_the_deal(span: Span) -> bool:
    """Does the sentence speak of "the deal", "no such agreement", "this sale"?"""
    return deal_word_after(span, ("the", "this", "that", "such", "any"), reach=8)


def continues(span: Span) -> bool:
    """Does the sentence go on about a deal already named ("The package also includes 170 Hellfires")?"""
    return deal_word_after(span, ("the", "this", "that", "same"))


def deal_word_after(span: Span, determiners: tuple[str, ...], reach: int = 1) -> bool:
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


def deal_again(doc: Document, span: Span, before: list[Claim], status: Status, cues: tuple[str, ...]) -> list[Claim]:
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


def deal_before(before: list[Claim]) -> tuple[str, str, Status] | None:
    """The one pair of states (supplier, recipient) whose deal in systems (or, failing any, in kinds
    of equipment) a sentence told of, and the stage it told first."""
    deals = {(c.supplier, c.recipient) for c in before if c.system and c.supplier and c.recipient} or {
        (c.supplier, c.recipient) for c in before if c.supplier and c.recipient}  # "a weapons package for Ukraine"
    if len(deals) != 1:
        return None
    (supplier, recipient), = deals
    return supplier, recipient, next(c.status for c in before if (c.supplier, c.recipient) == (supplier, recipient))


def same_deal(reading: Reading, deal: tuple[str, str, Status]) -> Reading:
    """A system the sentence hangs on a deal noun, in a sentence that names no state, belongs to the
    deal the last sentence with claims told of ("... 31 MQ-9B drones. The package includes 170
    Hellfires"): it takes that deal's sides, marked as inferred, and its stage unless the sentence
    tells one of its own."""
    from armsledger.nlp.reader import PENALTY

    supplier, recipient, status = deal
    if reading.weapon is None or not any(w.lower() in DEAL_WORDS for w in reading.cues):
        return reading
    if (reading.supplier != supplier and "supplier" not in reading.inferred) or (
            reading.recipient != recipient and "recipient" not in reading.inferred):
        return reading
    if any(w.lower() not in DEAL_WORDS for w in reading.cues):
        status = reading.status  # "The package approved by the State Department includes ...": its own stage
    return replace(reading, supplier=supplier, recipient=recipient, status=status,
                   inferred=tuple(dict.fromkeys((*reading.inferred, "supplier", "recipient"))),
                   confidence=max(reading.confidence, round(1.0 - 2 * PENALTY["discourse"], 2)))
