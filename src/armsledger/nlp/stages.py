"""A claim the sentence makes, told again at another stage by a clause of its own.

`nlp/reader.py` reads each piece of equipment from its own clause. Some sentences go on to tell
the same deal at a second stage in a clause that names no equipment: "bought four P-3Cs from
Norway, the first of which arrived the following year" (delivery), "received 250 Abrams tanks
ordered from the United States" (agreement), "offered F-16s to Colombia, an offer Bogota turned
down" (cancellation), "asked to buy AIM-120Ds, and the State Department approved that sale",
"received its first Pantsir-S1s under a contract signed in 2016" (agreement), "denied a report
of a Gripen contract, saying negotiations with Sweden were still under way" (negotiation).
Each rule here takes the one claim such a clause goes back to (`_sole`: the sentence's readings
are about one system and one pair of states; for a later delivery in a sentence of several deals,
`_agreed_above`: the deal of the clause it hangs from) and writes it at the clause's stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from armsledger.nlp import figures
from armsledger.nlp.filling import SideFilling
from armsledger.nlp.lexicon import DEAL_NOUNS
from armsledger.nlp.mentions import kind_fits
from armsledger.nlp.status import lemma_of
from armsledger.types import Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from armsledger.nlp.lexicon import Cue
    from armsledger.nlp.mentions import StateMention
    from armsledger.nlp.reader import Item, Reading

# what says equipment was bought, on the delivered equipment itself: "tanks ordered from the United States"
ORDER_VERBS = frozenset({"order", "buy", "purchase", "acquire", "procure"})
# a subject that stands for a side already named: "and its army received the first of them"
OWN_SIDE = frozenset({"army", "navy", "force", "military", "corps", "guard", "it", "they", "country"})
# what only its end tells of here: "but Prague turned down the offer", "only to suspend the talks"
ENDED_NOUNS = frozenset({"offer", "proposal", "bid", "talk", "negotiation"})
ENDINGS = (Status.CANCELLATION, Status.DENIAL)
# talks that a clause of their own says go on: "saying negotiations with Sweden were still under way"
TALK_NOUNS = frozenset({"talk", "negotiation", "discussion", "consultation"})
# a deal spoken of as a programme: "completing a programme agreed in December 2017"
PROGRAMMES = frozenset({"package", "programme", "program"})
# what a delivery does to the deal it fulfils: "completing an order for six"
COMPLETING = frozenset({"complete", "fulfil", "fulfill", "finish", "conclude"})
# a deal that was never signed: "under a planned contract"
PLANNED = frozenset({"planned", "proposed", "possible", "potential", "prospective", "tentative", "pending", "expected",
                     "future", "draft", "mooted"})
# what was signed before it could be cancelled: "cancelled its contract for seven Dhruv helicopters"
# ("a deal to buy" may never have got past talks)
SIGNED = frozenset({"contract", "order", "agreement"})
# ... unless it was only ever planned: "a planned order for more Spike missiles"
PROSPECTIVE = PLANNED | {"new", "further", "additional", "follow-on"}


class StageRules(SideFilling):
    """Mixin of `SentenceReader`, whose tree walk these rules use."""

    _chain: Callable[[Token], tuple[list[Token], Token | None]]
    _np_head: Callable[[Span], Token]

    def _other_stages(self, sent: Doc, items: list[Item], found: list[list[Reading]],
                      states_at: dict[int, StateMention]) -> list[list[Reading]]:
        """The claims the sentence tells at another stage than its items' own readings, each rule
        seeing what the ones before it found."""
        own = len(found)
        chains = [self._chain(self._np_head(sent[it.start : it.end]))[0] for it in items]  # each item up to its clause
        found = [*found, self._deal_stages(sent, items, chains, found)]
        found += [self._later_delivery(sent, items, chains, found, states_at), self._order_counted(sent, items, found)]
        found += [self._ordered_before(sent, item, rs) for item, rs in zip(items, found, strict=False)]
        found += [self._deal_behind(sent, items, found)]
        found += [self._offer_turned_down(sent, found)]
        found += [self._talks_go_on(sent, chains, found, states_at)]
        found += [self._signed_before_cancelled(sent, found)]
        return found[own:]

    def _deal_stages(self, sent: Doc, items: list[Item], item_chains: list[list[Token]],
                     found: list[list[Reading]]) -> list[Reading]:
        """"Norway asked to buy AIM-120Ds, and the State Department approved that sale": a deal noun
        with no equipment of its own, in another clause, gives the sentence's claim another stage
        ("... but the ministry denied that any agreement had been reached": a denial)."""
        stages: list[Reading] = []
        item_tokens = {i for it in items for i in range(it.start, it.end)}
        for noun in sent:
            apart, terms = self._deal_apart(noun, item_tokens)
            told = self._stage_told(noun, terms) if apart else None
            if told is None:
                continue
            status, cues, chain = told
            later = next((t for t in chain if t.dep_ == "advcl"), None) if status is Status.CANCELLATION else None
            for item, item_chain, rs in zip(items, item_chains, found, strict=False):
                if _told_of(item, item_chain, noun, chain, terms, later):
                    stages += [replace(r, status=status, cues=tuple(t.text for t, _ in cues)) for r in rs[:1]
                               if r.status is not status]
        return stages

    def _deal_apart(self, noun: Token, item_tokens: set[int]) -> tuple[bool, Token | None]:
        """Whether `noun` is a deal (or delivery, offer, talks) the sentence speaks of apart from its
        items ("that sale", "any agreement", "..., and deliveries began"), and the clause on it that
        holds the items, if any ("A 2017 agreement under which Khartoum was to buy Su-35s")."""
        begun = noun.lower_ == "deliveries" and noun.dep_ == "nsubj" and self._past(noun.head)  # not "could begin"
        terms = next((c for c in noun.children if c.dep_ == "relcl" and any(t.i in item_tokens for t in c.subtree)), None)
        if lemma_of(noun) not in DEAL_NOUNS | ENDED_NOUNS | {"delivery"} or noun.i in item_tokens or not (begun or any(
                c.dep_ == "det" and (terms is not None or c.lower_ in ("that", "this", "the", "any", "such"))
                for c in noun.children)):
            return False, None
        if terms is None and any(t.i in item_tokens for t in noun.subtree):
            return False, None  # "the sale of F-16s": the item's own deal, read with the item
        return True, terms

    def _stage_told(self, noun: Token, terms: Token | None) -> tuple[Status, list[tuple[Token, Cue]], list[Token]] | None:
        """The stage the deal noun's own clause tells, with its cues and its chain; None for none, and
        for a stage an offer, talks or a deal's terms do not tell here (only their end)."""
        status, cues, chain = self._noun_stage(noun)
        lemma = lemma_of(noun)
        if status is None or (status is Status.DENIAL and lemma in ENDED_NOUNS | {"delivery"}
                              and not any(cue.status is Status.DENIAL for _, cue in cues)):
            return None  # "but deliveries have not started", "the talks did not progress": not yet, which denies nothing
        if status not in ENDINGS and (terms is not None or lemma in ENDED_NOUNS):
            return None
        return status, cues, chain

    def _noun_stage(self, noun: Token) -> tuple[Status | None, list[tuple[Token, Cue]], list[Token]]:
        """The stage the clause a deal or talks noun sits in tells of it, with that clause's cues and
        the noun's chain up to it ("the talks were still under way": negotiation)."""
        chain, _ = self._chain(noun)
        cues = [(t, cue) for t in chain if (cue := self._cue(t)) is not None]
        return (self._status(cues, chain) if cues else None), cues, chain

    def _later_delivery(self, sent: Doc, items: list[Item], item_chains: list[list[Token]],
                        found: list[list[Reading]], states_at: dict[int, StateMention]) -> list[Reading]:
        """"bought four P-3Cs from Norway, the first of which arrived the following year", "ordered
        four Type 209s from Germany, which were delivered in 2016", "sold only to Pakistan, which
        received its first batch", "from France, which delivered the last in 2022": a clause that
        goes back to the deal with "which" tells its delivery."""
        sole = _sole(found, Status.AGREEMENT)
        if sole is None and not any(r.status is Status.AGREEMENT for rs in found for r in rs):
            return []
        item_tokens = _read_tokens(items, found)  # "the first drones" that arrived is no claim of its own
        for verb in sent:
            cue = self._cue(verb) if verb.dep_ in ("relcl", "advcl", "conj", "parataxis", "ROOT", "ccomp", "acl") else None
            if cue is None or cue.status is not Status.DELIVERY or self._negated(verb) or self._future(verb):
                continue
            agreed = sole or _agreed_above(verb, item_chains, found)
            if agreed is None:
                continue
            buyer = {i for i, m in states_at.items() if agreed.recipient in m.iso3s}
            seller = {i for i, m in states_at.items() if agreed.supplier in m.iso3s}
            subject = min((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                          key=lambda c: abs(verb.i - c.i), default=None)
            if subject is not None and verb.dep_ in ("conj", "parataxis", "ROOT") \
                    and self._counted_back(subject, item_tokens, kinds=True) \
                    and _same_kind(subject, items, agreed, states_at) \
                    and verb.i > min(item_tokens) and (self._past(verb) or verb.tag_ == "VBD"):
                # "... signed for 32 ex-Norwegian F-16s, and the last of them arrived in 2025"; "...; all 17
                # had been delivered by 2021": a clause that counts back into the deal tells its delivery
                counted = figures.number(subject) or next(
                    (n for c in subject.children if c.dep_ == "nummod" and (n := figures.number(c))), None)
                return [replace(agreed, status=Status.DELIVERY, cues=(verb.text,), quantity=counted)]
            own = buyer if cue.direction == "in" else seller  # "and India delivered", "and its army received"
            shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if subject is None else None
            part = self._delivered_part(verb) if (subject is None and (shared is None or not any(
                t.i in states_at and t.i not in buyer | seller for t in shared.subtree))) or (
                subject is not None and (any(t.i in own for t in subject.subtree) or (
                    lemma_of(subject) in OWN_SIDE and not any(t.i in states_at for t in subject.subtree)))) else None
            if part is not None and verb.dep_ == "conj" and cue.direction in ("out", "in") \
                    and verb.head.i not in item_tokens and verb.i > min(item_tokens) \
                    and self._counted_back(part, item_tokens, kinds=True) and (self._past(verb) or verb.tag_ == "VBD"):
                # "sold BrahMos missiles to the Philippines in 2022, and delivered the first batteries in 2024";
                # "and the Kuwaiti army received the first of them"; "and took delivery of the systems"
                return [replace(agreed, status=Status.DELIVERY, cues=(verb.text,), quantity=None)]
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with" \
                    and verb.head.head.head.i not in item_tokens and self._counted_back(verb.head, item_tokens, kinds=True):
                # "sold BrahMos missiles to the Philippines, with the first batteries delivered in April 2024"
                return [replace(agreed, status=Status.DELIVERY, cues=(verb.text,), quantity=None)]
            if subject is None or not (any(t.lower_ == "which" or (t.lower_ == "that" and t.tag_ == "WDT")
                                           for t in subject.subtree) or any(  # "of which the first 18 were delivered"
                    c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "which" for g in c.children)
                    for c in verb.children)):
                continue
            if verb.dep_ == "relcl" and (verb.head.i in item_tokens or lemma_of(verb.head) in self._equipment_lemmas):
                continue  # on the equipment itself: the item's own reading has it
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            if cue.direction == "in" and verb.dep_ == "relcl" and not passive and verb.head.i not in buyer:
                continue  # "..., which received ...": only the buyer's own clause
            if cue.direction == "out" and not passive and (verb.dep_ != "relcl" or verb.head.i not in seller):
                continue  # "..., which delivered ...": only the seller's own clause
            some = figures.number(subject) if subject.like_num else None  # "two of which": two of them
            return [replace(agreed, status=Status.DELIVERY, cues=(verb.text,),
                            quantity=agreed.quantity if subject.lower_ in ("which", "that") else some)]
        return []

    @staticmethod
    def _delivered_part(verb: Token) -> Token | None:
        """What a delivery verb says was handed over: its object, or what "took delivery of" names."""
        part = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if part is not None and lemma_of(part) == "delivery":  # "took delivery of the systems"
            return next((g for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)
        return part

    def _counted_back(self, subject: Token, item_tokens: set[int], kinds: bool = False) -> bool:
        """A subject that only counts what the sentence has named ("the last of them", "all 17", "four",
        "both", "the first 36"), with no equipment or state of its own; with `kinds`, also a kind
        counted as a part of it ("the first batteries")."""
        words = [t for t in subject.subtree]
        counted = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), None) if subject.lower_ in ("first", "last", "rest", "remainder") else None
        if kinds and counted is not None and lemma_of(counted) in self._equipment_lemmas and counted.i not in item_tokens \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in counted.children):
            return True  # "the first of the aircraft"
        if kinds and lemma_of(subject) in self._equipment_lemmas and not any(
                t.i in item_tokens for t in words) and any(
                (c.dep_ == "amod" and c.lower_ in ("first", "last", "remaining", "final"))
                or (c.dep_ == "det" and c.lower_ == "the" and subject.tag_ == "NNS") for c in subject.children):
            return True  # "the first batteries", "the systems"
        if any(t.i in item_tokens or lemma_of(t) in self._equipment_lemmas for t in words):
            return False
        return subject.lower_ in ("all", "both", "they", "first", "last", "rest", "remainder", "most", "each") \
            or subject.like_num or any(t.lower_ == "them" for t in words)

    def _ordered_before(self, sent: Doc, item: Item, readings: list[Reading]) -> list[Reading]:
        """"received 250 Abrams tanks ordered from the United States in 2022", "took delivery of all
        seven ships it ordered in 2016": equipment delivered with a clause on it that says it was
        bought tells the agreement behind the delivery too."""
        delivered = next((r for r in readings if r.status is Status.DELIVERY), None)
        if delivered is None or any(r.status is Status.AGREEMENT for r in readings):
            return []
        span = sent[item.start : item.end]
        heads = {*span, *(t.head for t in span if t.dep_ in ("compound", "amod", "nmod"))}  # "... Abrams tanks"
        for head in list(heads):  # "all 14 of the aircraft it ordered": the clause sits on the counted noun
            heads |= {g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num:
                heads.add(head.head.head)  # "the first 11 of 29 HIMARS it ordered"
            if head.dep_ == "pobj" and head.head.lower_ == "including" and head.head.head.pos_ == "NOUN":
                heads.add(head.head.head)  # "all seven ships it ordered, including four corvettes"
        for noun in sorted(heads, key=lambda t: t.i):
            for verb in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
                cue = self._cue(verb)
                if cue is None or cue.status is not Status.AGREEMENT or cue.lemma not in ORDER_VERBS \
                        or self._negated(verb) or self._future(verb) or not (
                        verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not self._aux(verb) - {"had", "has", "have"})):
                    continue
                return [replace(delivered, status=Status.AGREEMENT, cues=(verb.text,))]
        return []

    def _deal_behind(self, sent: Doc, items: list[Item], found: list[list[Reading]]) -> list[Reading]:
        """"received its first Pantsir-S1 systems under a package signed in 2012", "..., part of a
        CNY 410 million contract", "completing an order for six", "from a Russian order for 42": a
        delivery told with the deal it fulfils tells the agreement too."""
        delivered = _sole(found, Status.DELIVERY)
        if delivered is None or any(r.status is Status.AGREEMENT for rs in found for r in rs):
            return []
        item_tokens = _read_tokens(items, found)
        for noun in sent:
            lemma = lemma_of(noun)
            if lemma not in DEAL_NOUNS | PROGRAMMES and not (lemma == "case" and any(
                    c.lower_ in ("sales", "fms") for c in noun.subtree)):  # "a Foreign Military Sales case"
                continue
            if any(t.i in item_tokens for t in noun.subtree) or any(c.lower_ in PLANNED for c in noun.children):
                continue  # "an order for 12 Rafales": the item's own; "under a planned contract"
            head = noun.head
            under = noun.dep_ == "pobj" and (head.lower_ in ("under", "from") or (
                head.lower_ == "of" and head.head.lower_ == "part"))
            completes = noun.dep_ == "dobj" and lemma_of(head) in COMPLETING
            fulfilled = lemma not in PROGRAMMES and (under or completes)  # not "under an aid programme"
            agreed = any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD") and (cue := self._cue(c)) is not None
                         and cue.status is Status.AGREEMENT and not self._negated(c) for c in noun.children)
            if fulfilled or agreed:  # "a programme agreed in 2015"
                return [replace(delivered, status=Status.AGREEMENT, cues=(noun.text,), quantity=None)]
        return []

    def _talks_go_on(self, sent: Doc, item_chains: list[list[Token]], found: list[list[Reading]],
                     states_at: dict[int, StateMention]) -> list[Reading]:
        """"... denied a report that the government had signed for the Gripen, saying negotiations with
        Sweden were still under way"; "denies Gripen contract report, says talks continue": talks a
        clause of their own says go on, about the sentence's one claim, are its negotiation. The
        talks must be with one of its sides, or told beside a denial."""
        readings = [r for rs in found for r in rs]
        if not readings or any(r.status is Status.NEGOTIATION for r in readings) or len(
                {(r.supplier, r.recipient, r.weapon.family if r.weapon else None, r.category) for r in readings}) != 1:
            return []
        claim = readings[0]
        denied = any(r.status is Status.DENIAL for r in readings)
        own = {t.i for chain in item_chains for t in chain}
        for noun in sent:
            if lemma_of(noun) not in TALK_NOUNS or noun.i in own or noun.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if self._noun_stage(noun)[0] is not Status.NEGOTIATION:
                continue  # "no talks are under way" denies
            partners = {iso for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                        for t in c.subtree if t.i in states_at for iso in states_at[t.i].iso3s}
            if partners & {claim.supplier, claim.recipient} or (not partners and denied):
                return [replace(claim, status=Status.NEGOTIATION, cues=(noun.text,), quantity=None)]
        return []

    @staticmethod
    def _signed_before_cancelled(sent: Doc, found: list[list[Reading]]) -> list[Reading]:
        """"Uganda has suspended a 2021 order for Mi-28NE helicopters", "an agreement to buy 11
        Su-35s, signed in 2018, was abandoned": a contract, order or agreement that is cancelled
        was agreed first."""
        out: list[Reading] = []
        agreed = {(r.supplier, r.recipient, r.weapon, r.category) for rs in found for r in rs if r.status is Status.AGREEMENT}
        for r in (r for rs in found for r in rs if r.status is Status.CANCELLATION):
            deal = next((t for t in sent if t.text in r.cues and t.pos_ == "NOUN" and lemma_of(t) in SIGNED), None)
            if deal is None or (r.supplier, r.recipient, r.weapon, r.category) in agreed or any(
                    c.lower_ in PROSPECTIVE for c in deal.children):
                continue
            agreed.add((r.supplier, r.recipient, r.weapon, r.category))
            out.append(replace(r, status=Status.AGREEMENT, cues=(deal.text,)))
        return out

    def _offer_turned_down(self, sent: Doc, found: list[list[Reading]]) -> list[Reading]:
        """"Washington offered F-16s to Colombia, an offer Bogota turned down": an offer the
        sentence sums up in an apposition, and a clause on it that rejects or drops it, cancels it."""
        named = [[r for r in rs if r.weapon is not None] for rs in found]  # not the kind noun the system also has
        offered = _sole(named, Status.OFFER) if any(named) else _sole(found, Status.OFFER)
        if offered is None:
            return []
        for noun in sent:
            if lemma_of(noun) not in ("offer", "proposal", "bid") or noun.dep_ != "appos":
                continue
            for verb in sent[noun.i + 1 :]:
                if verb.pos_ != "VERB":
                    continue
                cue = self._cue(verb)
                if cue is not None and cue.status in (Status.CANCELLATION, Status.DENIAL) and (
                        verb.head.i == noun.i or verb.left_edge.i == noun.i + 1):
                    return [replace(offered, status=Status.CANCELLATION, cues=(verb.text,), quantity=None)]
                break  # only the clause right after the offer
        return []

    def _order_counted(self, sent: Doc, items: list[Item], found: list[list[Reading]]) -> list[Reading]:
        """"took delivery of 70 K239 launchers, out of about 290 ordered": a number the delivered
        items are counted against, with an order verb on it, tells the agreement behind them.
        Read only where the sentence names one system."""
        delivered = _sole(found, Status.DELIVERY)
        if delivered is None or len([it for it in items if it.weapon is not None]) != 1 or any(
                r.status is Status.AGREEMENT for rs in found for r in rs):
            return []
        for verb in sent:
            counted = verb.i > 0 and "CD" in (verb.head.tag_, sent[verb.i - 1].tag_)  # "290 ordered"
            cue = self._cue(verb) if verb.tag_ == "VBN" and counted and not self._aux(verb) else None
            if cue is not None and cue.status is Status.AGREEMENT and cue.direction == "in":
                return [replace(delivered, status=Status.AGREEMENT, cues=(verb.text,))]
        return []


def _agreed_above(verb: Token, item_chains: list[list[Token]], found: list[list[Reading]]) -> Reading | None:
    """Where the sentence tells several deals, the one a delivery clause hangs from: "Poland ordered
    TB2s and received them" (the verb it is coordinated with), "ordered two corvettes, the first of
    which arrived" (the noun it is on), "ordered four SPYDER batteries, with the first delivered in
    2024" (the clause "with" is in); the agreement read from the items of that clause alone."""
    anchor = verb.head
    if verb.dep_ == "acl" and anchor.dep_ == "pobj" and anchor.head.lower_ == "with":
        anchor = anchor.head.head
    picked = [r for chain, rs in zip(item_chains, found, strict=False) if anchor in chain for r in rs]
    return _sole([picked], Status.AGREEMENT)


def _told_of(item: Item, item_chain: list[Token], noun: Token, chain: list[Token], terms: Token | None,
             later: Token | None) -> bool:
    """Whether the deal noun's clause is about `item`: the clause on the deal holds it, or the deal's
    clause is coordinated with the item's ("..., and (that) X approved that sale"), or ends it later
    ("bought 50 F-35s, only to suspend the talks a year later"); never the item's own clause."""
    if terms is not None:
        return item.start in {t.i for t in terms.subtree}
    on_item = {t.i for t in item_chain}
    if noun.i in on_item:
        return False
    deal_top = chain[-1]
    return any(deal_top.dep_ == "conj" and deal_top.head.i == t.i for t in item_chain) or (
        item_chain[-1].dep_ == "conj" and item_chain[-1].head.i in {t.i for t in chain}) or (
        later is not None and later.head in item_chain)


def _read_tokens(items: list[Item], found: list[list[Reading]]) -> set[int]:
    """The tokens of the items the sentence read a claim from."""
    return {i for it, rs in zip(items, found, strict=False) if rs for i in range(it.start, it.end)}


def _same_kind(subject: Token, items: list[Item], agreed: Reading, states_at: dict[int, StateMention]) -> bool:
    """A subject that may count back into the agreed equipment: no state but the deal's own ("the
    first three, drawn from US Army stocks"; not "the first Chinese drones"), and any kind it names
    fits the equipment ("the first of the aircraft" for drones; not "the first tanks")."""
    words = {t.i for t in subject.subtree}
    return not any({agreed.supplier, agreed.recipient}.isdisjoint(states_at[i].iso3s) for i in words & states_at.keys()) and all(
        kind_fits(frozenset({it.category}), agreed.category) for it in items if it.weapon is None and it.start in words)


def _sole(found: list[list[Reading]], status: Status) -> Reading | None:
    """The sentence's first reading of `status`, where all its readings are about one system and
    those of that status about one pair of states; else None."""
    of = [r for rs in found for r in rs if r.status is status]
    if not of or len({(r.weapon.family if r.weapon else None, r.category) for rs in found for r in rs}) != 1 or len(
            {(r.supplier, r.recipient) for r in of}) != 1:
        return None
    return of[0]
