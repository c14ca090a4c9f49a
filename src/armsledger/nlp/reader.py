"""Read claims off one parsed sentence: status from the predicate, sides from the grammar.

For each piece of equipment named in the sentence (a catalogued system or a kind of equipment)
the reader climbs the dependency tree from the equipment to the clause that governs it,
collecting transfer cues ("supply", "wants", "talks", "denied") and the states attached to them
as subject, object, "to", "from", "with" or possessor. The outermost framing cue decides the
status ("wants to buy" is interest, "agreed to supply" agreement), tense and modality adjust it
("has delivered" delivery, "will deliver" agreement), negation turns it into a denial, and a
side the grammar leaves open is filled from the catalog's state of origin or from the one other
state the sentence names, which the claim records in `inferred`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from armsledger.nlp import figures
from armsledger.nlp.catalog import Weapon, catalog
from armsledger.nlp.lexicon import Cue, Lexicon, exporter_rank, lexicon
from armsledger.nlp.mentions import BRANCHES, NAME_WEIGHT, Mentions, StateMention, WeaponMention
from armsledger.nlp.status import (
    ASKING,
    FALSE_WORDS,
    FRAMING,
    StatusRules,
    lemma_of,
)
from armsledger.types import Category, Status

# prepositions that set their object against the clause rather than inside it
CONTRAST_PREPS = frozenset({"apart", "aside", "besides", "unlike", "like", "despite", "than", "except",
                            "beyond", "instead", "rather"})
NOT_A_CLAIM_HEADS = frozenset({"embargo", "race", "control", "treaty", "test", "testing", "trafficking",
                               "smuggling", "crash", "pilot", "crew", "attack", "strike", "programme",
                               "program", "development", "show", "exhibition", "fair", "factory",
                               "plant", "industry", "maker", "manufacturer", "company", "dealer"})
# prepositions and conjunctions that put their clause beside the main one: "after signing a deal to
# sell helicopters, Canada ordered a review" (the review is not a stage of the sale)
TEMPORAL = frozenset({"after", "before", "since", "following", "amid", "until", "upon", "while", "when"})
# a clause that only supposes states nothing: "if the air force decides to buy F-15s"
CONDITIONAL = frozenset({"if", "unless", "whether"})
# "chose the F-16V over the Gripen", "a switch from the MiG-29": the other system is not the one taken
CHOICE_VERBS = frozenset({"choose", "select", "pick", "prefer", "favour", "favor", "opt"})
MOVE_AWAY = frozenset({"switch", "move", "shift", "transition", "migrate"})
# verbs that pass a cue through to their object: "began delivering", "the deal includes 36 jets"
TRANSPARENT_VERBS = frozenset({"be", "have", "start", "begin", "continue", "complete", "resume", "finish",
                               "expect", "schedule", "set", "go", "try", "help", "move", "seem", "include",
                               "comprise", "involve", "cover", "cost", "value", "worth", "reach", "total",
                               "make", "take", "get", "become", "remain", "need", "receive", "see",
                               "believe", "think", "understand", "know", "report", "say", "upgrade",
                               "modernise", "modernize", "refurbish", "overhaul", "convert", "configure",
                               "modify", "retrofit", "integrate", "install", "fit", "arm", "equip"})
# participles that say what a deal holds, whatever the parser hangs them on: "signed a contract
# in 2015 covering 13 radars"
CONTENT_VERBS = frozenset({"cover", "include", "comprise", "involve", "encompass"})
# verbs that lend their subject to their complement: "the jets are expected to arrive in Egypt"
RAISING_VERBS = frozenset({"set", "expect", "schedule", "due", "slate", "poise", "likely", "seem", "appear",
                           "be", "go", "begin", "start", "continue", "plan", "intend"})
# verbs whose subject is a party to the deal noun they take: "signed a deal", "are in talks"
LIGHT_VERBS = frozenset({"make", "hold", "reach", "strike", "conclude", "complete", "close", "enter", "have",
                         "be", "remain", "sign", "seal", "ink", "finalise", "finalize", "announce", "pursue", "win",
                         "secure", "place", "award", "agree", "negotiate", "discuss", "seek", "plan",
                         "propose", "offer", "submit", "cancel", "scrap", "approve", "clear", "conduct",
                         "begin", "start", "continue", "resume", "launch", "open", "initiate", "want",
                         "consider", "confirm", "expand", "extend", "renew", "get", "obtain", "clinch",
                         "land", "bag", "accept", "initial", "pay", "express", "show", "voice", "signal",
                         "halt", "suspend", "freeze", "stop", "ban", "curb", "restrict", "end"})
# nouns naming a state by its relation to another: "India's neighbour", "Riyadh's rival"
RELATIONAL = frozenset({"neighbour", "neighbor", "rival", "archrival", "foe", "enemy", "adversary", "ally",
                        "nemesis", "competitor"})
# work done on equipment already owned: not a transfer of it
SERVICE_NOUNS = frozenset({"maintenance", "repair", "integration", "servicing", "certification", "training",
                           "testing", "overhaul", "support", "sustainment", "modernisation", "modernization",
                           "upgrade", "upgrading", "refurbishment", "refit", "retrofit", "repairs"})
# verbs whose subject answers a deal noun made by the other side: "India accepted an offer",
# "the US is accepting an Indian request"
ADDRESSING_VERBS = frozenset({"tell", "inform", "assure", "notify", "warn", "promise", "advise"})
PROPOSALS = frozenset({"offer", "proposal", "bid", "request", "pitch", "appeal"})
ANSWERING_VERBS = frozenset({"accept", "receive", "get", "reject", "decline", "welcome", "refuse", "turn",
                             "approve", "grant", "consider", "evaluate", "study", "answer"})
AWAITING_VERBS = frozenset({"expect", "await", "anticipate", "accept", "receive", "welcome"})
REFUSING_VERBS = frozenset({"reject", "decline", "refuse", "rebuff", "spurn"})  # "India rejected Russia's offer"
DOING_VERBS = frozenset({"complete", "finish", "make", "begin", "start", "carry", "conduct", "resume"})
REASON_NOUNS = frozenset({"fear", "reason", "lack", "sake", "concern", "purpose", "use", "fears", "worry"})
CONTESTS = frozenset({"tender", "competition", "contest", "bidding", "race", "requirement", "programme", "program"})
SUPPLIER_NOUNS = frozenset({"supplier", "exporter", "seller", "vendor", "provider", "source"})
CLIENT_NOUNS = frozenset({"client", "customer", "buyer", "importer", "purchaser", "recipient"})
SUPPLIED_CUE = Cue("supplied", Status.DELIVERY, "in", "verb")  # the holder of "British-supplied" missiles
SUPPLIED_SUFFIXES = ("-supplied", "-donated", "-delivered", "-provided", "-gifted", "supplied", "donated")
LICENCE_CUE = Cue("licence", Status.AGREEMENT, "in", "verb")  # licensed production: the producer receives
PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our"})
HYPOTHETICAL_NOUNS = frozenset({"possibility", "prospect", "idea", "question", "likelihood", "chance", "feasibility"})
VERSION_NOUNS = frozenset({"version", "variant", "derivative", "development", "model", "upgrade", "evolution"})
PARTY_NOUNS = frozenset({"country", "partner", "customer", "client", "buyer", "nation", "government"})
DEAL_NOUNS = frozenset({"sale", "deal", "agreement", "contract", "purchase", "order"})
# people who act for their state: "officials from Warsaw and Seoul signed" names the parties
SEATS = frozenset({"government", "authorities", "administration", "regime", "leadership", "ministry", "cabinet"})
DELEGATES = frozenset({"official", "delegation", "representative", "minister", "diplomat", "envoy", "officer",
                       "executive", "negotiator"})
# nouns that, with "the" or "its", point back to a state: "the country received", "its navy ordered"
ARMED_FORCE_NOUNS = frozenset({"navy", "army", "military", "force", "forces", "marine", "marines", "service"})
ANAPHORIC_NOUNS = ARMED_FORCE_NOUNS | {"country", "nation", "state", "government", "kingdom", "republic", "island",
                                       "ministry"}
SECOND_HAND = frozenset({"second-hand", "secondhand", "used", "surplus", "pre-owned"})
MAKE_VERBS = frozenset({"build", "make", "manufacture", "produce", "develop", "design", "supply", "assemble"})
# prepositions that set a place, time or agent inside a recipient phrase, not the recipient
PLACE_PREPS = frozenset({"in", "at", "by", "near", "on", "with", "from", "over", "after", "during", "within",
                         "across", "around", "under", "against", "off", "inside", "since", "before",
                         "between", "among", "amid"})
# how much less a side is trusted when it was not read from the grammar of the sentence
PENALTY = {"text": 0.0, "unnamed": 0.0, "origin": 0.15, "exporter": 0.2, "clause": 0.1, "discourse": 0.15, "sentence": 0.25, "context": 0.3}


@dataclass(slots=True)
class Reading:
    """A claim as read from one sentence, before it becomes a `Claim`."""

    supplier: str | None
    recipient: str | None
    weapon: Weapon | None
    system: str | None  # the catalog's spelling of the name the text used
    category: Category
    status: Status
    quantity: int | None
    value_usd: float | None
    year: int | None
    attributed_to: str | None
    cues: tuple[str, ...]
    inferred: tuple[str, ...]
    confidence: float
    # a kind named as something already mentioned ("the jets", "its submarines"): it may stand for
    # a system the document names
    anaphoric: bool = False


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    weapon: Weapon | None
    category: Category
    name: str | None = None  # how the text named the system, when the item is a kind standing for it


@dataclass(slots=True)
class _Roles:
    supplier: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    party: list[str] = field(default_factory=list)
    origin: list[str] = field(default_factory=list)  # demonym on the equipment ("Russian S-400")
    makers: list[str] = field(default_factory=list)  # a maker's name on the equipment ("Airbus A330")
    unnamed_recipient: bool = False  # the buyer is a phrase naming no state ("the country")
    anaphor: str = ""  # ... and the word by which that phrase points back to a state: "country", "navy", "it"
    co_suppliers: list[str] = field(default_factory=list)  # "Russia and China supply ...": the others
    co_recipients: list[str] = field(default_factory=list)  # "... to Thailand, Myanmar and Bangladesh"
    discourse: list[str] = field(default_factory=list)  # states a pronoun took from the previous sentence
    # (supplier, recipient) pairs the sentence states by a relation: "Germany was Spain's top client"
    relations: list[tuple[str, str]] = field(default_factory=list)
    second_hand: bool = False  # "a second-hand C-212": its maker's state is not who sells it
    unnamed_buyers: bool = False  # "to partners in the region", "to a foreign customer": buyers the text does not name
    label: list[str] = field(default_factory=list)  # "Uruguay: two patrol vessels ...": the state a list entry is about
    fleet: bool = False  # "the South African Mirage fleet": a state's modifier names the fleet's owner


class SentenceReader(StatusRules):
    def __init__(self, lex: Lexicon | None = None):
        self.lex = lex or lexicon()
        self._equipment_lemmas = frozenset(words[-1] for words in self.lex.categories)
        self._prior: tuple[str, ...] = ()  # the states of the sentence before the one being read
        self._services: dict[str, str] = {}  # branch -> the state of the armed service the document named last
        self._weapon_tokens: set[int] = set()  # tokens of the sentence that name a catalogued system
        self._states: dict[int, StateMention] = {}  # token -> the state it names, in the sentence being read

    # -- entry point -------------------------------------------------------------------
    def read(self, sent: Doc, mentions: Mentions, context: Counter[str],
             published: date | None, prior: tuple[str, ...] = (), services: dict[str, str] | None = None,
             deal_buyer: str | None = None) -> list[Reading]:
        """`prior`: the states the previous sentence names, for a pronoun with no antecedent here;
        `services`: by branch ("navy", "army", "air", "" for the armed forces as a whole), the state
        whose service an earlier sentence opened with, for "the navy" or "the force"; `deal_buyer`:
        the buyer of the deal the sentence goes on about ("The package includes ..."), if it names none."""
        if sent.text.rstrip().endswith("?"):
            return []  # a question states nothing
        self._prior, self._services = prior, services or {}
        self._weapon_tokens = {i for w in mentions.weapons for i in range(w.start, w.end)}
        states_at = self._state_index(mentions.states, context)
        self._states = states_at
        for i in [i for i in states_at if sent[i].dep_ in ("poss", "compound", "amod", "nmod")
                  and (lemma_of(sent[i].head) in RELATIONAL or (
                      lemma_of(sent[i].head) in ("republic", "bloc", "era")
                      and not states_at[i].start <= sent[i].head.i < states_at[i].end))]:
            del states_at[i]  # "India's neighbour", "U.S. allies like the Philippines", "a former Soviet republic"
        items = self._items(sent, mentions)
        found = [self._read_item(sent, item, states_at, context, published) for item in items]
        # "engines to Pakistan for the JF-17s acquired from China": an item whose buyer the grammar
        # leaves open takes the one buyer the rest of the sentence names
        buyers = {r.recipient for rs in found for r in rs if "recipient" not in r.inferred and r.recipient}
        source = "sentence"
        if not buyers:  # "arms suppliers to Cameroon include France, which supplied helicopters"
            buyers = {iso for t in sent if t.lower_ == "to" and lemma_of(t.head) in SUPPLIER_NOUNS
                      for o in t.children if o.dep_ == "pobj" for iso in self._states_in(o, states_at)}
            source = "clause"
        if not buyers and deal_buyer is not None:
            buyers, source = {deal_buyer}, "discourse"
        if len(buyers) == 1:
            hint = (buyers.pop(), source)
            found = [self._read_item(sent, item, states_at, context, published, hint=hint)
                     if not rs or any("recipient" in r.inferred for r in rs) else rs
                     for item, rs in zip(items, found, strict=True)]
        listed = {t.i for t in sent if t.lower_ == "including" or (t.lower_ == "as" and sent[t.i - 1].lower_ == "such")}
        found = [[r for r in rs if not self._umbrella(r, item, items, found, listed)]
                 for item, rs in zip(items, found, strict=True)]
        found += [self._deal_stages(sent, items, found)]
        found += [self._later_delivery(sent, items, found), self._order_counted(sent, items, found)]
        named = {(r.supplier, r.recipient, r.category) for rs in found for r in rs if r.weapon is not None}
        readings: list[Reading] = []
        seen: set[tuple[object, ...]] = set()
        for reading in (r for rs in found for r in rs):
            if reading.weapon is None and (reading.supplier, reading.recipient, reading.category) in named:
                continue  # "... 20 J-10CE jets, Beijing's first sale of a combat aircraft to ...": the same jets
            k = (reading.supplier, reading.recipient, reading.weapon, reading.category, reading.status)
            if k not in seen:
                seen.add(k)
                readings.append(reading)
        return readings

    def _deal_stages(self, sent: Doc, items: list[_Item], found: list[list[Reading]]) -> list[Reading]:
        """"Norway asked to buy AIM-120Ds, and the State Department approved that sale": a deal noun
        with no equipment of its own, in another clause, gives the sentence's claim another stage
        ("... but the ministry denied that any agreement had been reached": a denial)."""
        stages: list[Reading] = []
        item_tokens = {i for it in items for i in range(it.start, it.end)}
        item_chains = [self._chain(self._np_head(sent[it.start : it.end]))[0] for it in items]
        for noun in sent:
            if lemma_of(noun) not in DEAL_NOUNS or noun.i in item_tokens or not any(
                    c.dep_ == "det" and c.lower_ in ("that", "this", "the", "any", "such") for c in noun.children):
                continue
            if any(t.i in item_tokens for t in noun.subtree):
                continue  # "the sale of F-16s": the item's own deal, read with the item
            chain, _ = self._chain(noun)
            cues = [(t, cue) for t in chain if (cue := self._cue(t)) is not None]
            status = self._status(cues, chain) if cues else None
            if status is None:
                continue
            deal_top = chain[-1]
            for item_chain, rs in zip(item_chains, found, strict=True):
                if noun.i in {t.i for t in item_chain}:
                    continue  # the item's own clause
                if not any(a.dep_ == "conj" and a.head.i == b.i for a, b in ((deal_top, t) for t in item_chain)) and not (
                        item_chain[-1].dep_ == "conj" and item_chain[-1].head.i in {t.i for t in chain}):
                    continue  # only a clause coordinated with the item's: "..., and (that) X approved that sale"
                stages += [replace(r, status=status, cues=tuple(t.text for t, _ in cues)) for r in rs[:1]
                           if r.status is not status]
        return stages

    def _later_delivery(self, sent: Doc, items: list[_Item], found: list[list[Reading]]) -> list[Reading]:
        """"bought four P-3Cs from Norway, the first of which arrived the following year", "ordered
        four Type 209s from Germany, which were delivered in 2016", "sold only to Pakistan, which
        received its first batch", "from France, which delivered the last in 2022": a clause that
        goes back to the deal with "which" tells its delivery. Read only where the sentence's claims
        are about one system and one agreement."""
        agreed = [r for rs in found for r in rs if r.status is Status.AGREEMENT]
        if len({(r.weapon, r.category) for rs in found for r in rs}) != 1 or len(
                {(r.supplier, r.recipient) for r in agreed}) != 1:
            return []
        item_tokens = {i for it in items for i in range(it.start, it.end)}
        for verb in sent:
            cue = self._cue(verb) if verb.dep_ in ("relcl", "advcl") else None
            if cue is None or cue.status is not Status.DELIVERY or self._negated(verb) or self._future(verb):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or not any(t.lower_ == "which" for t in subject.subtree):
                continue
            if verb.dep_ == "relcl" and (verb.head.i in item_tokens or lemma_of(verb.head) in self._equipment_lemmas):
                continue  # on the equipment itself: the item's own reading has it
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            if cue.direction == "in" and verb.dep_ == "relcl" and not passive \
                    and verb.head.i not in self._state_tokens(agreed[0].recipient):
                continue  # "..., which received ...": only the buyer's own clause
            if cue.direction == "out" and not passive and (
                    verb.dep_ != "relcl" or verb.head.i not in self._state_tokens(agreed[0].supplier)):
                continue  # "..., which delivered ...": only the seller's own clause
            return [replace(agreed[0], status=Status.DELIVERY, cues=(verb.text,))]
        return []

    def _order_counted(self, sent: Doc, items: list[_Item], found: list[list[Reading]]) -> list[Reading]:
        """"took delivery of 70 K239 launchers, out of about 290 ordered": a number the delivered
        items are counted against, with an order verb on it, tells the agreement behind them.
        Read only where the sentence names one system."""
        delivered = [r for rs in found for r in rs if r.status is Status.DELIVERY]
        if len([it for it in items if it.weapon is not None]) != 1 or len(
                {(r.weapon, r.category) for rs in found for r in rs}) != 1 or len(
                {(r.supplier, r.recipient) for r in delivered}) != 1 or any(
                r.status is Status.AGREEMENT for rs in found for r in rs):
            return []
        for verb in sent:
            counted = verb.i > 0 and "CD" in (verb.head.tag_, sent[verb.i - 1].tag_)  # "290 ordered"
            cue = self._cue(verb) if verb.tag_ == "VBN" and counted and not self._aux(verb) else None
            if cue is not None and cue.status is Status.AGREEMENT and cue.direction == "in":
                return [replace(delivered[0], status=Status.AGREEMENT, cues=(verb.text,))]
        return []

    def _denier(self, chain: list[Token], states_at: dict[int, StateMention]) -> list[str]:
        """"Officials in Islamabad dismissed the report, saying no deal for J-35s had been signed with
        China": the state of whoever denies, found as the subject of the clause the denial hangs
        on, is a party to it."""
        top, on_chain = chain[-1], {t.i for t in chain}
        for _ in range(3):
            subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in on_chain), None)
            if subject is not None:
                return self._states_in(subject, states_at)[:1]
            if top.dep_ not in ("advcl", "ccomp", "xcomp", "conj"):
                return []
            top = top.head
        return []

    def _state_tokens(self, iso: str | None) -> set[int]:
        """The tokens of the sentence being read that name `iso`."""
        return {i for i, m in self._states.items() if iso in m.iso3s}

    @staticmethod
    def _umbrella(reading: Reading, item: _Item, items: list[_Item], found: list[list[Reading]],
                  listed: set[int]) -> bool:
        """"arms, including a submarine and a fighter jet": the word for arms in general only
        announces the list, whose items carry the claim."""
        if item.weapon is not None or item.category is not Category.ARMS:
            return False
        return any(other.start > i > item.start and any(
            (r.supplier, r.recipient, r.status) == (reading.supplier, reading.recipient, reading.status) for r in rs)
            for other, rs in zip(items, found, strict=True) if other is not item for i in listed)

    # -- equipment -----------------------------------------------------------------------
    def _items(self, sent: Doc, mentions: Mentions) -> list[_Item]:
        items = [_Item(w.start, w.end, w.weapon, w.weapon.category) for w in mentions.weapons]
        civil = any(t.lower_ in self.lex.civil for t in sent)  # "the airline ordered 30 planes"
        weapon_heads = {self._np_head(sent[w.start : w.end]).i for w in mentions.weapons}
        state_tokens = {i for m in mentions.states for i in range(m.start, m.end)}
        for c in mentions.categories:
            span = sent[c.start : c.end]
            root = span.root
            if root.i in weapon_heads or any(self._kind_of(sent, root, c.start, w) for w in mentions.weapons):
                continue  # the kind names a system the sentence names: "Su-35 fighters"
            if root.dep_ == "compound" and root.head.lemma_.lower() in NOT_A_CLAIM_HEADS:
                continue  # "arms embargo", "tank crew"
            if mentions.weapons and root.dep_ in ("compound", "nmod", "amod") and self._is_cue(root.head):
                continue  # "the Arrow 3, in the biggest arms deal", "part of an 18-aircraft order": the named system's deal
            if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and not self._is_cue(root.head) \
                    and not (root.head.tag_ == "NNP" and root.head.i not in state_tokens):
                continue  # "tank crew", not "the helicopter carrier HMS Ocean" (the kind of a named ship)
            if root.dep_ == "compound" and c.end < len(sent) and sent[c.end].dep_ == "compound" \
                    and sent[c.end].head.i == root.head.i and sent[c.end].pos_ == "NOUN":
                continue  # "drone camera exports": the camera's, not a drone's; "drone engine exports": engines
            if c.end + 1 < len(sent) and sent[c.end].text == "-" and sent[c.end + 1].is_alpha:
                continue  # "ship-borne missiles", "air-launched", "tank-killer": a modifier, not the item
            if any(t.lower_ in ("think",) for t in sent[max(0, c.start - 1) : c.start]):
                continue  # "think tank"
            if civil and c.category in (Category.AIRCRAFT, Category.HELICOPTER, Category.SHIP, Category.ENGINE):
                continue
            if root.lemma_.lower() == "trainer" and not any(
                    ch.dep_ in ("nummod", "amod") or (ch.dep_ == "compound" and ch.pos_ == "NOUN") for ch in root.children):
                continue  # "received the PLA trainers": people; "12 jet trainers" are aircraft
            top = root  # "the Scorpene Evolved, a newer version of the boat it has sold to Chile": climb to the apposition
            while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lower_ in VERSION_NOUNS:
                top = top.head.head
            left = top.left_edge.i
            named = next((w for w in mentions.weapons if w.end == left - 1 or (
                top.dep_ == "appos" and self._np_head(sent[w.start : w.end]).i == top.head.i)), None)
            if named is not None and sent[left - 1].text == "," and sent[left].lower_ in ("a", "an"):
                # "the S-400, a Russian missile system that Turkey bought": the kind names the system
                items.append(_Item(c.start, c.end, named.weapon, named.weapon.category, named.text))
                continue
            items.append(_Item(c.start, c.end, None, c.category))
        return items

    @staticmethod
    def _kind_of(sent: Doc, root: Token, start: int, w: WeaponMention) -> bool:
        """Whether a kind-of-equipment noun (`root`, its mention opening at `start`) is the kind of
        the named system `w`, not equipment of its own."""
        name = sent[w.start : w.end]
        return ((root.dep_ != "conj" and w.start <= root.head.i < w.end)  # "the S-400, a Russian missile system"
                or (root.left_edge.i <= w.start and w.end <= root.i
                    and root.i in {a.i for a in sent[w.start].ancestors})  # "an NC-212-200 aircraft"
                or w.end == min(root.left_edge.i, start)  # "J-31 stealth fighters"
                or w.start <= root.left_edge.i < w.end  # "Leopard 2 tanks"
                or (name.root.dep_ == "appos" and name.root.head.i == root.i))  # "drones Bayraktar TB2"

    def _np_head(self, span: Span) -> Token:
        tok = span.root
        for _ in range(5):
            if tok.dep_ in ("compound", "amod", "nmod", "nummod") and tok.head.pos_ in ("NOUN", "PROPN") \
                    and not self._is_cue(tok.head):
                tok = tok.head
            else:
                break
        return tok

    # -- one item ------------------------------------------------------------------------
    def _read_item(self, sent: Doc, item: _Item, states_at: dict[int, StateMention],
                   context: Counter[str], published: date | None, hint: tuple[str, str] | None = None) -> list[Reading]:
        """The item's claim from its clause, and one more for each stage a relative clause adds
        ("signed a deal for four Mi-35M, which have been delivered": agreement and delivery)."""
        span = sent[item.start : item.end]
        head = self._np_head(span)
        chain, speaker = self._chain(head)
        attribution = self._attribution(sent, speaker)
        # "JF-17s which were acquired from China", "a deal ..., which has been delivered"
        below = next((n for n, t in enumerate(chain) if t.pos_ in ("VERB", "AUX")), len(chain))
        nouns = [t for t in chain[:below] if t.pos_ in ("NOUN", "PROPN")]  # not the subject of the verb above
        nouns += [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        nouns += [c for c in head.children if c.dep_ == "appos"]  # "the S-400, a system that Turkey bought"
        relative = [c for t in nouns for c in t.children  # not "requests to acquire": that is the cue
                    if (c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))) and self._cue(c) is not None][:1]
        readings = self._reading(sent, item, span, head, chain, states_at, context, published, attribution,
                                 hint=hint)
        for verb in relative:
            extra = self._reading(sent, item, span, head, [head, verb], states_at, context, published,
                                  attribution, fallback=readings[0] if readings else None, hint=hint)
            for r in extra:
                for n, m in enumerate(readings):  # "received the first of 36 Rafales ordered from France"
                    if "supplier" in m.inferred and "supplier" not in r.inferred and r.recipient == m.recipient:
                        readings[n] = replace(m, supplier=r.supplier,
                                              confidence=min(r.confidence, round(m.confidence + PENALTY["origin"], 2)),
                                              inferred=tuple(x for x in m.inferred if x != "supplier"))
                same = next((m for m in readings if m.status is r.status and m.recipient == r.recipient
                             and m.supplier == r.supplier), None) or next(
                    (m for m in readings if m.status is r.status and "supplier" in m.inferred
                     and r.recipient == m.recipient), None)
                if same is None:
                    readings.append(r)
                elif "supplier" in same.inferred and "supplier" not in r.inferred and r.recipient == same.recipient:
                    readings[readings.index(same)] = r  # "Cobras acquired from Jordan": the seller is named here
        talks = self._talks_before(chain)
        if talks is not None and readings and readings[0].status in (Status.AGREEMENT, Status.DELIVERY):
            # "completed the purchase after years of negotiations": the talks were a stage of their own
            readings.append(replace(readings[0], status=Status.NEGOTIATION, cues=(talks.text,)))
        return readings

    @staticmethod
    def _talks_before(chain: list[Token]) -> Token | None:
        """"after (years of) negotiations", "following talks": an earlier stage the clause names."""
        for verb in (t for t in chain if t.pos_ == "VERB"):
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following")):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    inner = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj"]
                    talk = next((t for t in (obj, *inner) if lemma_of(t) in ("negotiation", "talk")), None)
                    if talk is not None:
                        return talk
        return None

    def _reading(self, sent: Doc, item: _Item, span: Span, head: Token, chain: list[Token],
                 states_at: dict[int, StateMention], context: Counter[str], published: date | None,
                 attribution: str | None, fallback: Reading | None = None,
                 hint: tuple[str, str] | None = None) -> list[Reading]:
        """The claim one chain of cues makes about the item; one per supplier when several
        coordinated states supply ("the US, Spain and France have supplied ...")."""
        on_chain = {t.i for t in chain}
        for n, verb in enumerate(chain):  # "scrapped its contract with France for 12 submarines":
            if verb.pos_ == "VERB" and n:  # the deal noun the verb takes is part of the claim too
                deal = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in on_chain
                             and c.pos_ == "NOUN" and (cue := self._cue(c)) is not None
                             and cue.direction == "both" and cue.status in (Status.AGREEMENT, Status.NEGOTIATION)), None)
                if deal is not None:
                    chain = [*chain[:n], deal, *chain[n:]]
                    break
        cues = [(tok, cue) for tok, cue in ((t, self._cue(t)) for t in chain) if cue is not None]
        if cues and self._blocked(chain, cues[0][0]):
            return []  # "engines to propel the JF-17": another verb governs the item
        cues = [(tok, cue) for tok, cue in cues if not (  # "asked about the possibility of supplying S-300s": says nothing
            tok.dep_ == "pcomp" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in HYPOTHETICAL_NOUNS)]
        if not cues:
            cues = self._subject_cues(chain)
        if not cues:
            cues = self._supplied_modifier(head, chain, states_at)
        if not cues:
            return []
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for t in chain for c in t.children):
            return []  # "if the air force decides to buy F-15s": a supposition states nothing
        if any(lemma_of(t) in MAKE_VERBS and any(g.lower_ in ("domestically", "indigenously", "locally")
                                                 for g in t.children)
               for t in [*head.children, *span]) and not any(t.lower_.startswith("licen") for t in sent):
            return []  # "commissioned its fourth domestically built patrol vessel": home production
        inner, inner_cue = cues[0]
        if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.pos_ in ("NOUN", "PROPN") \
                and (lemma_of(head.head.head) in self._equipment_lemmas or head.head.head.i in self._weapon_tokens):
            return []  # "engines for the JF-17s", "Ka-52Ks for its Mistrals": the platform is not transferred
        if head.dep_ == "pobj" and head.head.lower_ == "for" and (
                any(c.dep_ == "poss" and c.pos_ == "PRON" and not item.start <= c.i < item.end for c in head.children)
                or (lemma_of(head) in ("fleet", "squadron", "force") and not any(c.dep_ == "nummod" for c in head.children))):
            return []  # "helicopters for its Mistral-class ships", "engines for the Su-30MKI fleet": already owned
            # (but "a contract for two more S-400 squadrons" counts what is bought)
        if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.i == inner.i and any(
                c.dep_ == "dobj" and (lemma_of(c) in self._equipment_lemmas or c.i in self._weapon_tokens)
                for c in inner.children):
            return []  # "will supply AI-222 engines for Chinese L-15 trainers": the platform stays put
        if head.dep_ == "pobj" and head.head.lower_ in ("to", "into") and head.head.head.i == inner.i \
                and inner_cue.direction == "out":
            return []  # "provide refuelling to German fighters": the equipment receives, it is not sent
        if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.dep_ == "dobj" \
                and head.head.head.head.i == inner.i and inner_cue.direction == "out" and not self._is_cue(head.head.head):
            return []  # "providing fly-over rights for US aircraft": the equipment benefits, it is not sent
        if inner_cue.lemma in ("send", "dispatch") and any(
                states_at.get(c.i) is not None and states_at[c.i].kind == "service"
                for s in inner.children if s.dep_ == "nsubj" for c in s.subtree):
            return []  # "the USAF has dispatched 12 F-15s for the exercise": a force moving its own kit
        if inner_cue.lemma in ("equip", "arm") and head.dep_ == "dobj" and head.head.i == inner.i:
            return []  # "approval to arm the drones": the equipment is the platform being armed
        if inner_cue.lemma in ("equip", "arm") and any(c.dep_ == "auxpass" for c in inner.children) \
                and not any(c.dep_ == "agent" for c in inner.children):
            return []  # "the Caravans are equipped with turrets": what a fleet carries, not a transfer
        if head.dep_ == "nsubj" and head.head.i == inner.i and inner_cue.pos == "verb" \
                and not (inner.tag_ == "VBN" and not self._aux(inner)) \
                and not (inner_cue.lemma == "arrive" and self._owner(head, states_at)):  # "40 vehicles gifted to ..."
            return []  # the equipment does the acting: "the F-16 offers unmatched capability"; but
            # "Egypt's new MEKO frigate arrived in Alexandria" is a delivery to its owner
        if any(c.dep_ == "dobj" and lemma_of(c) in SERVICE_NOUNS for c in inner.children):
            return []  # "is planning integration of Meteor on the F-35": work on it, not a sale
        status = self._status(cues, chain)
        if status is None:
            return []
        if head.dep_ in ("appos", "conj") and any(
                c.dep_ == "neg" and head.head.i < c.i < head.i for c in head.head.children):
            status = Status.DENIAL  # "will provide the Su-35, not the Su-57"
        if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ == "nsubj" and any(
                c.dep_ in ("acomp", "attr") and lemma_of(c) in FALSE_WORDS for c in t.head.children) for t in chain):
            status = Status.DENIAL  # "reports that China will supply J-10Cs to Iran are false"
        roles = self._roles(cues, chain, head, span, states_at, item.weapon.origin if item.weapon else ())
        if status is Status.DENIAL and not roles.recipient and not roles.supplier:
            roles.party.extend(self._denier(chain, states_at))
        if fallback is not None:  # a relative clause inherits the sides of the clause it hangs on
            roles.supplier.append(fallback.supplier or "")
            roles.recipient.append(fallback.recipient or "")
        supplier, recipient, how = self._sides(roles, item, states_at, context, cues, hint,
                                               self._open_side_states(head, span, states_at))
        if not supplier and recipient and how["recipient"] == "text" and item.weapon is None \
                and status is Status.INTEREST and not roles.origin and not roles.makers and not self._weapon_tokens \
                and any(c.dep_ == "nummod" or c.lower_ in ("a", "an", "new") for c in head.children) and all(
                    recipient in m.iso3s for m in self._open_side_states(head, span, states_at).values()):
            how["supplier"] = "unnamed"  # "Manila wants two submarines": the seller is not said, so null
        elif not supplier or supplier == recipient or (not recipient and how["recipient"] != "unnamed"):
            return []
        inferred = tuple(side for side, src in how.items() if src not in ("text", "unnamed"))
        confidence = 1.0 - sum(PENALTY[src] for src in how.values()) - (0.1 if item.weapon is None else 0.0)
        near = {t.i for t in chain} | {c.i for t in chain for c in t.children}
        if any(t.lower_ in self.lex.hedges for t in sent if t.i in near or (t.dep_ == "advmod" and t.head.dep_ == "ROOT")):
            confidence -= 0.15
        reading = Reading(
            supplier=supplier,
            recipient=recipient,
            weapon=item.weapon,
            system=catalog().spelling(item.weapon, item.name or span.text) if item.weapon else None,
            category=item.category,
            status=status,
            quantity=figures.quantity(head, list(span)),
            value_usd=figures.value_usd(sent.text),
            year=figures.year(sent[:], published),
            attributed_to=attribution,
            cues=tuple(dict.fromkeys(t.text for t, _ in cues)),
            inferred=inferred,
            confidence=max(0.1, round(confidence, 2)),
            anaphoric=item.weapon is None and self._definite(head),
        )
        others = [c for c in dict.fromkeys(roles.co_suppliers) if c not in (supplier, recipient)]
        buyers = [c for c in dict.fromkeys(roles.co_recipients) if c not in (supplier, recipient)]
        if others and any(t.lower_ == "respectively" for t in sent):
            # "the U.S. and Britain pitched respectively the F-35 and the Typhoon": pair them in order
            top = head
            while top.dep_ == "conj":
                top = top.head
            items = _conjuncts(top)
            sellers = [reading.supplier, *others]
            if head in items and len(items) == len(sellers):
                reading.supplier, others = sellers[items.index(head)], []
        stages = [reading]
        if status is Status.DELIVERY and any(
                p.dep_ == "prep" and p.lower_ == "under" and any(
                    o.dep_ == "pobj" and lemma_of(o) in ("contract", "deal", "agreement", "order") for o in p.children)
                for t in chain for p in t.children):
            # "received the jets under a contract signed in 2021": the agreement is a stage of its own
            stages.append(replace(reading, status=Status.AGREEMENT))
        return [*stages, *(replace(r, supplier=c) for r in stages for c in others),
                *(replace(r, recipient=c) for r in stages for c in buyers)]

    @staticmethod
    def _blocked(chain: list[Token], first_cue: Token) -> bool:
        """A content verb between the item and its nearest cue means the cue is about something else."""
        for tok in chain[1:]:
            if tok.i == first_cue.i:
                return False
            if tok.dep_ == "conj" and tok.head.i == first_cue.i:
                continue  # "acquire and deploy": coordinated with the cue, sharing its object
            if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "pobj", "dobj", "nsubj", "nsubjpass") \
                    and tok.lemma_.lower() not in TRANSPARENT_VERBS:
                return True  # but not a noun mistagged as a verb: "the purchase of two C-390 transports"
            if tok.pos_ == "NOUN" and lemma_of(tok) in SERVICE_NOUNS:
                return True  # "maintenance of the Mi-25s", "integration of Meteor on the F-35"
        return False

    def _chain(self, head: Token) -> tuple[list[Token], Token | None]:
        """Tokens from the equipment up to the top of its clause; and a speech verb above it."""
        chain = [head]
        tok = head
        while tok.head.i != tok.i:
            dep = tok.dep_
            parent = tok.head
            if dep == "conj":
                if parent.pos_ in ("VERB", "AUX") and tok.pos_ in ("NOUN", "PROPN", "VERB") and not all(
                        any(c.dep_ == "dobj" for c in v.children) for v in (tok, parent)) and not (
                        tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                    # "to acquire and deploy the S-400": both verbs take the object; or a list parsed
                    # as coordinated with the verb, which is then its object; but not "will supply
                    # weapons and has sent tanks", where each verb has an object of its own
                    chain.append(parent)
                tok = parent  # coordinated items share their predicate
                continue
            if parent.lemma_.lower() in self.lex.speech_verbs and parent.pos_ in ("VERB", "AUX"):
                return chain, parent
            if dep == "ccomp" and not self._framing(parent):
                return chain, self._speaker_above(parent)
            if dep == "parataxis" or (dep == "advcl" and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not (
                    tok.tag_ == "VBG" and lemma_of(tok) in CONTENT_VERBS
                    and not any(c.dep_ == "mark" for c in tok.children))):
                break  # "... if it also buys F-16s": another clause does not govern the item
                # (a purpose infinitive does: "approved a deal to upgrade its T-90s")
            if tok.lower_ in ("exchange", "return") and tok.dep_ == "pobj" and tok.head.lower_ == "in":
                break  # "give up the S-400s in exchange for a Patriot deal": the other side of a trade
            if tok.lower_ in CONTRAST_PREPS | TEMPORAL and tok.pos_ in ("ADP", "ADV", "SCONJ"):
                break  # "apart from the Russian arms deal, India ordered oil from Iran"
            if (tok.lower_ in ("with", "against") and lemma_of(parent) in ("compete", "rival", "vie")) or (
                    tok.lower_ == "over" and lemma_of(parent) in CHOICE_VERBS) or (tok.lower_ == "from" and any(
                    lemma_of(t) in MOVE_AWAY for t in (parent, *(c for c in parent.children if c.dep_ == "dobj")))):
                break  # "chose the F-16V over the Gripen", "a switch from the MiG-29"
            if tok.lower_ in ("including", "like") and dep == "prep" and parent.dep_ in ("relcl", "acl") \
                    and parent.head.pos_ in ("NOUN", "PROPN"):
                # "arms to be produced by India, including a submarine": the list names the noun's items,
                # the parser hung it on the clause
                chain.append(parent.head)
                tok = parent.head
                continue
            if dep in ("nsubj", "nsubjpass") and lemma_of(parent) in RAISING_VERBS:
                # "the S-400 is set to be delivered to India": the predicate is the complement's
                inner: list[Token] = []
                x: Token | None = next((c for c in parent.children if c.dep_ == "xcomp"), None)
                while x is not None:
                    inner.append(x)
                    x = next((c for c in x.children if c.dep_ == "xcomp"), None)
                chain.extend(reversed(inner))
            chain.append(parent)
            if dep == "relcl":
                break
            tok = parent
        top = chain[-1]
        for verb in (c for c in top.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            cue = self._cue(verb)  # "was first postponed and then cancelled": the later verb ends it
            if cue is not None and cue.status in (Status.CANCELLATION, Status.DENIAL) and not any(
                    c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
                chain.append(verb)
        return chain, None

    def _speaker_above(self, tok: Token) -> Token | None:
        """A speech verb governing this clause from further up: "... is assured that Russia will not
        sell", a source told ThePrint."""
        for anc in [tok, *tok.ancestors]:
            if anc.lemma_.lower() in self.lex.speech_verbs and anc.pos_ in ("VERB", "AUX"):
                return anc
        return None

    def _framing(self, tok: Token) -> bool:
        cue = self._cue(tok)
        return cue is not None and cue.status in FRAMING

    def _is_cue(self, tok: Token) -> bool:
        return self._cue(tok) is not None

    def _cue(self, tok: Token) -> Cue | None:
        lemma = tok.lemma_.lower()
        pos = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}.get(tok.pos_)
        if pos is None or (lemma == "order" and tok.head.lower_ == "in"):  # "in order to"
            return None
        if lemma == "build" and tok.tag_ == "VBN" and tok.dep_ == "acl":
            return None  # "submarines built by Germany": who made them, read as the supplier elsewhere
        if lemma == "ask" and tok.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children):
            return None  # "Asked about reports that ...": a journalist's question, nobody's request
        for child in tok.children:  # "take delivery", "open up", "call off", "turn down"
            phrase = self.lex.phrase_cues.get((lemma, child.lemma_.lower()))
            if phrase and child.dep_ in ("dobj", "prt", "advmod"):
                return phrase
        if lemma in MAKE_VERBS | {"assemble"} and pos == "verb" and self._licence(tok) is not None:
            return LICENCE_CUE  # "India will produce Su-30MKIs under licence from Russia"
        cue = self.lex.cue(lemma, pos)
        if cue is None and pos == "noun" and tok.tag_ in ("VBG", "VBN"):
            cue = self.lex.cue(lemma, "verb")
        if cue is None and pos == "verb" and lemma == "look" and not any(
                c.dep_ == "prep" and c.lower_ in ("at", "for", "to") for c in tok.children) \
                and not any(c.dep_ == "xcomp" for c in tok.children):
            return None
        return cue

    @staticmethod
    def _supplied_modifier(head: Token, chain: list[Token],
                           states_at: dict[int, StateMention]) -> list[tuple[Token, Cue]]:
        """"Ukrainian forces used British-supplied Storm Shadows": equipment a state is said to have
        supplied is a delivery to whoever the clause says holds it (the verb's subject)."""
        verb = next((t for t in chain if t.pos_ == "VERB"), None)
        if verb is None:
            return []
        for tok in head.subtree:
            mention = states_at.get(tok.i)
            if tok.i < head.i and mention is not None and mention.kind == "made" \
                    and mention.text.lower().endswith(SUPPLIED_SUFFIXES):
                return [(verb, SUPPLIED_CUE)]
        return []

    def _low_to(self, cues: list[tuple[Token, Cue]], states_at: dict[int, StateMention]) -> list[str]:
        for tok, cue in cues:
            if cue.direction != "out" or tok.pos_ != "VERB":
                continue
            for prep in tok.subtree:
                if prep.dep_ != "prep" or prep.lower_ != "to" or prep.head.pos_ not in ("NOUN", "PROPN"):
                    continue
                between = [a for a in prep.head.ancestors if a.i != tok.i and tok in a.ancestors]
                if any(a.pos_ in ("VERB", "AUX") for a in between) or tok not in prep.ancestors:
                    continue  # inside another clause
                isos = [i for o in prep.children if o.dep_ == "pobj" for i in self._states_in(o, states_at, shallow=True)]
                if isos:
                    return isos[:1]
        return []

    @staticmethod
    def _owner(head: Token, states_at: dict[int, StateMention]) -> bool:
        """The equipment has a possessor that is a state ("Egypt's", "the Egyptian navy's")."""
        return any(c.dep_ == "poss" and any(t.i in states_at for t in c.subtree) for c in head.children)

    @staticmethod
    def _licence(tok: Token) -> Token | None:
        """The "licence" of "produced under (a Russian) licence"."""
        return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
                     if g.dep_ == "pobj" and lemma_of(g) in ("licence", "license")), None)

    def _subject_cues(self, chain: list[Token]) -> list[tuple[Token, Cue]]:
        """"The contract covers 36 jets": a cue noun as the subject or object of the clause verb."""
        for tok in chain:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    cue = self._cue(child)
                    if cue is not None and cue.pos == "noun":
                        return [(child, cue)]
        return []

    # -- sides ---------------------------------------------------------------------------
    @staticmethod
    def _second_hand(span: Span) -> bool:
        """"a second-hand C-212", "used F-16s", "surplus Hercules": words on the equipment, or just
        before it in its noun phrase (the parser often makes "second hand" a noun of its own)."""
        sent = span.doc
        words = [t.lower_ for t in sent[max(0, span.start - 3):span.end]]
        return any(w in SECOND_HAND or w.startswith("ex-") for w in words) or any(
            (a == "second" and b in ("hand", "-")) or (a == "ex" and b == "-")  # "ex-Norwegian P-3Cs" too
            for a, b in pairwise(words))

    def _roles(self, cues: list[tuple[Token, Cue]], chain: list[Token], head: Token, span: Span,
               states_at: dict[int, StateMention], made_in: tuple[str, ...] = ()) -> _Roles:
        roles = _Roles()
        roles.second_hand = self._second_hand(span)
        sent = head.doc
        roles.label = [m.iso3s[0] for m in states_at.values() if m.kind == "name"  # not a dateline's capital
                       and m.end < len(sent) and sent[m.end].text == ":"
                       and all(t.is_punct or t.is_space for t in sent[: m.start])]
        roles.fleet = lemma_of(head) == "fleet"
        # the equipment's own modifiers: "Russian S-400", "Russian-made jets", "Pakistan's JF-17s"
        for tok in [*span, head]:
            for child in tok.children:
                if child.i in range(span.start, span.end):
                    continue
                if child.dep_ in ("conj", "cc") or (child.dep_ == "appos" and (any(
                        c.dep_ == "neg" and tok.i < c.i < child.i for c in tok.children) or (
                        (m := states_at.get(child.i)) is not None and m.kind in ("name", "capital")))):
                    continue  # "the Korean FA-50 and the Indian Tejas": the other item's; "not India's model";
                    # "... received radars, Malaysia, which got boats": a state in apposition is no origin
                for iso in self._states_in(child, states_at, shallow=True):
                    mention = states_at.get(child.i)
                    if mention is not None and mention.kind == "maker":
                        roles.makers.append(iso)  # the maker builds it; it never operates it
                    elif child.dep_ == "poss" and (mention is None or mention.kind != "made"):
                        roles.party.append(iso)
                    else:
                        roles.origin.append(iso)
        for child in head.children:  # "submarines built by Germany's TKMS", "built in Russia for India"
            if child.dep_ == "acl" and child.lemma_.lower() in MAKE_VERBS:
                for agent in (c for c in child.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in")):
                    for obj in (g for g in agent.children if g.dep_ == "pobj"):
                        roles.supplier.extend(self._states_in(obj, states_at, shallow=agent.lower_ == "in"))
                for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "for"):
                    for obj in (g for g in prep.children if g.dep_ == "pobj"):
                        roles.recipient.extend(self._states_in(obj, states_at, places=False))
        for clause in (c for t in chain for c in t.children if c.dep_ in ("acl", "relcl", "xcomp")
                       and lemma_of(c) in MAKE_VERBS and any(g.lower_ in ("locally", "to") for g in c.children)):
            # "arms to be produced locally by India": the state that builds under licence receives them
            for agent in (a for a in clause.children if a.dep_ == "agent"):
                for obj in (o for o in agent.children if o.dep_ == "pobj"):
                    if (mention := states_at.get(obj.i)) is not None and mention.kind != "maker":
                        roles.recipient.extend(self._states_in(obj, states_at, places=False))
        cue_dirs = {tok.i: cue.direction for tok, cue in cues}
        cue_status = {tok.i: cue.status for tok, cue in cues}
        if head.dep_ == "pobj" and head.head.lower_ == "of" and cue_dirs.get(head.head.head.i):
            for by in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"):
                # "the order of two tankers by the Netherlands": the agent of the deal noun
                self._by_direction(roles).get(cue_dirs[head.head.head.i], []).extend(
                    i for o in by.children if o.dep_ == "pobj" for i in self._states_in(o, states_at))
        for tok in chain:
            licence = self._licence(tok) if cue_dirs.get(tok.i) and tok.pos_ == "VERB" else None
            if licence is not None:  # "under a Russian licence", "under licence from Russia"
                roles.supplier.extend(self._states_in(licence, states_at, shallow=True))
                roles.supplier.extend(i for p in licence.children if p.dep_ == "prep" and p.lower_ == "from"
                                      for o in p.children if o.dep_ == "pobj" for i in self._states_in(o, states_at))
            if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.i in states_at and tok.i != head.i:
                roles.recipient.extend(self._states_in(tok, states_at, shallow=True))  # "blocked the sale to Egypt of SCALPs"
            direction = cue_dirs.get(tok.i)
            if tok.dep_ == "dobj" and cue_dirs.get(tok.head.i) in ("win", "award"):
                direction = cue_dirs[tok.head.i]  # "received a contract from the Navy"
            if direction == "none" and tok.dep_ == "dobj" and cue_status.get(tok.i) is Status.DELIVERY:
                if lemma_of(tok.head) in DOING_VERBS:
                    direction = "out"  # "New Delhi completed the delivery of four helicopters": the sender
                elif lemma_of(tok.head) in AWAITING_VERBS:
                    direction = "in"  # "Algeria is expecting delivery of Kilo class submarines": the buyer
            inner = next((c for c in tok.children if c.dep_ == "xcomp" and c.i in cue_dirs), None) or next(
                (g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp" and g.i in cue_dirs),
                None)
            if inner is not None and not self._asks_someone(tok):
                direction = None  # "plans to sell", "an interest in providing": the inner verb says
            if direction == "in" and cue_status.get(tok.i) is Status.INTEREST and self._over_inner(tok, chain, cues) == "out" \
                    and not self._asks_someone(tok):
                direction = None  # "decided to begin negotiations for the sale of": the seller's own plan
            if direction == "award" and any(c.dep_ == "auxpass" for c in tok.children):
                direction = "win"  # "Saab has been awarded a contract": the subject is the contractor
                passive_subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if passive_subject is not None:
                    roles.supplier.extend(self._states_in(passive_subject, states_at))
            subject = self._subject(tok)
            if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and any(t.i in states_at for t in c.subtree)
                                                     for c in tok.children):
                subject = None  # "the Pentagon cancelled Turkey's order": the owner of the deal, not who ends it
            own_direction = direction  # the proposer's, for "Russia's offer"
            if own_direction is None and inner is not None and tok.pos_ == "NOUN" and cue_dirs[inner.i] in ("in", "out"):
                own_direction = cue_dirs[inner.i]  # "Angola's interest in acquiring": Angola acquires
            if direction in ("out", "in") and lemma_of(tok) in PROPOSALS and tok.dep_ == "dobj" \
                    and lemma_of(tok.head) in ANSWERING_VERBS:
                direction = "in" if direction == "out" else "out"  # "India accepted a US offer"
            if direction == "none" and cue_status.get(tok.i) is Status.DENIAL and tok.pos_ == "VERB":
                direction = "both"  # "Egypt's ministry denied that any agreement with China had been reached": a party
            if direction and subject is not None:
                isos = self._states_in(subject, states_at, places=False) or self._antecedent(subject, states_at, roles, made_in)
                if direction in ("out", "win", "both") and len(isos) > 1 and made_in and any(i in made_in for i in isos) \
                        and all(m.kind == "maker" for t in subject.subtree if (m := states_at.get(t.i)) is not None):
                    isos = [i for i in isos if i in made_in]  # "Sikorsky/PZL Mielec delivers M28s": the maker's own state
                if direction in ("out", "win") and len(isos) > 1:
                    roles.co_suppliers.extend(isos[1:])
                    isos = isos[:1]
                elif direction in ("in", "award") and len(isos) > 1:
                    roles.co_recipients.extend(isos[1:])
                    isos = isos[:1]
                if not isos and direction in ("in", "award"):
                    isos = self._buyer_named_before(subject, states_at, roles, made_in)
                if not isos and direction in ("in", "award"):
                    roles.unnamed_recipient = True  # "the air force will sign a contract"
                    roles.anaphor = self._anaphor(subject)
                self._by_direction(roles).get(
                    direction, []).extend(isos)
            on_chain = {t.i for t in chain}
            children = list(tok.children)
            if direction in ("win", "award", "both", "in", "out"):  # "won a contract with the Navy"
                children += [g for c in tok.children if c.dep_ == "dobj" and c.i not in on_chain
                             and self._is_cue(c) for g in c.children if g.dep_ == "prep"]
            for child in children:
                dep, word = child.dep_, child.lower_
                if child.i in on_chain:
                    continue  # the preposition we climbed through: "back down from Ankara's purchase"
                if dep == "dobj" and tok.lemma_.lower() in ASKING and tok.pos_ == "VERB":
                    roles.supplier.extend(self._states_in(child, states_at, places=False))  # "asked Russia for drones"
                    continue
                if dep == "prep":
                    objs = [g for g in child.children if g.dep_ == "pobj"]
                    isos = [i for o in objs for i in self._states_in(o, states_at, places=word not in ("to", "for", "into"))]
                    if word == "from" and lemma_of(tok) in ("request", "application") and not isos \
                            and any(self._unnamed_party(o) for o in objs):
                        roles.unnamed_buyers = True  # "requests from more than 20 African countries"
                    if word == "for" and any(lemma_of(o) in REASON_NOUNS for o in objs):
                        pass  # "cancelled the deal for fear of U.S. sanctions": a reason, not a buyer
                    elif word in ("to", "for", "into") and not (tok.pos_ in ("VERB", "AUX") and tok.i not in cue_dirs
                                                               and lemma_of(tok) not in TRANSPARENT_VERBS):
                        # not "the risks the sale poses to the US": the verb must carry the transfer
                        to_seller = word == "to" and (direction == "award" or tok.lemma_.lower() in ASKING)
                        (roles.supplier if to_seller else roles.recipient).extend(isos[:1])
                        (roles.supplier if to_seller else roles.co_recipients).extend(isos[1:])
                        if not isos and not to_seller and any(self._unnamed_party(o) for o in objs):
                            roles.unnamed_buyers = True  # "ready to offer the Su-57 to partners in the region"
                    elif word == "from" and direction == "win":
                        roles.recipient.extend(isos)
                    elif word == "from":  # "from the Netherlands and Denmark": each supplies
                        roles.supplier.extend(isos[:1])
                        roles.co_suppliers.extend(isos[1:])
                    elif word == "in" and tok.lemma_.lower() in ("arrive", "arrival", "land"):
                        roles.recipient.extend(isos)  # "has arrived in Ecuador"
                    elif word == "in" and any(lemma_of(o) in CONTESTS for o in objs):
                        # "pitched the F-35 in the Belgian tender": the buyer runs the contest
                        roles.recipient.extend(i for o in objs for i in self._states_in(o, states_at, shallow=True))
                    elif word in ("with", "between", "among") and direction not in ("out", "in") \
                            and not (lemma_of(tok) == "be" and tok.i not in cue_dirs):
                        # not "sell missiles with American parts", not "is a topic, with debate over ..."
                        roles.party.extend(isos)
                    elif word == "by" and direction:
                        self._by_direction(roles).get(
                            direction, []).extend(isos)
                elif dep in ("dative", "iobj") or (dep == "dobj" and direction == "out"):
                    objs = [g for g in child.children if g.dep_ == "pobj"]  # "to the government of Mali"
                    isos = [i for o in objs for i in self._states_in(o, states_at, places=False)]
                    roles.recipient.extend(isos[:1])
                    roles.co_recipients.extend(isos[1:])  # "to China and India": each buys
                    roles.recipient.extend(i for o in ([] if objs else [child])  # "sell Pakistan tanks"
                                           for i in self._states_in(o, states_at, shallow=True))
                    if not isos and any(self._unnamed_party(o) for o in objs or [child]):
                        roles.unnamed_buyers = True  # "ready to offer the Su-57 to partners in the region"
                elif dep == "poss" and own_direction and tok.i in cue_dirs:
                    isos = self._states_in(child, states_at) or self._antecedent(child, states_at, roles, made_in)
                    if lemma_of(tok) in CLIENT_NOUNS:
                        roles.supplier.extend(isos)  # "Russia's biggest customer": Russia sells to it
                    elif lemma_of(tok) in SUPPLIER_NOUNS:
                        roles.recipient.extend(isos)  # "India's largest supplier": India buys from it
                    else:
                        self._by_direction(roles).get(own_direction, []).extend(isos)
                elif dep in ("compound", "amod", "nmod") and tok.i in cue_dirs and tok.i != head.i:
                    isos = self._states_in(child, states_at, shallow=True)  # "a Brazilian order": the buyer
                    if any(c.dep_ == "compound" and c.i > child.i and (
                            lemma_of(c) in self._equipment_lemmas or c.i in self._weapon_tokens) for c in tok.children):
                        roles.origin.extend(isos)  # "an Israeli missile contract": the missiles' maker
                        continue
                    {"in": roles.recipient, "out": roles.supplier}.get(cue_dirs[tok.i], roles.party).extend(isos)
        if not roles.recipient:  # "selling Scalp missiles with American components to Egypt": a "to"
            roles.recipient.extend(self._low_to(cues, states_at))  # the parser hung on a noun below the verb
        if not roles.recipient and any(cue.direction == "out" for _, cue in cues):
            # "Sweden told Buenos Aires that it could not sell the Gripen": the one told is the buyer
            for verb in (t.head for t in chain if t.dep_ == "ccomp" and lemma_of(t.head) in ADDRESSING_VERBS):
                roles.recipient.extend(i for c in verb.children if c.dep_ in ("dobj", "dative")
                                       for i in self._states_in(c, states_at, places=False))
        for noun in head.doc:  # "X is Y's largest customer", "X is Y's main supplier", "X, Y's arms supplier"
            lemma = lemma_of(noun)
            if noun.dep_ not in ("attr", "appos") or lemma not in CLIENT_NOUNS | SUPPLIER_NOUNS:
                continue
            subj = noun.head if noun.dep_ == "appos" else next(
                (c for c in noun.head.children if c.dep_ == "nsubj"), None)
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if subj is None or poss is None:
                continue
            for a in self._states_in(subj, states_at):
                for b in self._states_in(poss, states_at):
                    roles.relations.append((b, a) if lemma in CLIENT_NOUNS else (a, b))
        return roles

    def _antecedent(self, pron: Token, states_at: dict[int, StateMention], roles: _Roles,
                    made_in: tuple[str, ...] = ()) -> list[str]:
        """The state a pronoun stands for: the nearest state earlier in the sentence that heads or
        sits in a subject ("India confirmed that it will buy"); failing that, the one state the
        previous sentence names, which `roles.discourse` records as read from outside the sentence."""
        if pron.pos_ != "PRON" or pron.lower_ not in PRONOUNS:
            return []
        if pron.lower_ in ("we", "our"):  # "'We have signed a contract,' the Polish minister said": the speaker's state
            for verb in pron.doc:
                if verb.pos_ == "VERB" and lemma_of(verb) in self.lex.speech_verbs:
                    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    found = self._states_in(subj, states_at) if subj is not None else []
                    if found:
                        return found[:1]
        same = next((t for t in pron.doc[: pron.i] if t.lower_ == pron.lower_ and t.dep_ in ("nsubj", "nsubjpass")), None)
        if same is not None and pron.dep_ in ("nsubj", "nsubjpass"):
            return self._antecedent(same, states_at, roles, made_in)  # "it gave Ghana boats, and it supplied ...": the same "it"
        for i in range(pron.i - 1, -1, -1):
            mention = states_at.get(i)
            if mention is None:
                continue
            node = pron.doc[i]  # "Russia's cooperation with Pakistan ... it": Russia, not Pakistan
            while node.head.i != node.i and node.pos_ not in ("VERB", "AUX") and (
                    node.dep_ not in ("nsubj", "nsubjpass", "pobj") or (  # "the government in Bucharest ... it"
                    node.dep_ == "pobj" and node.head.lower_ in ("in", "from")
                    and lemma_of(node.head.head) in SEATS | DELEGATES)):
                node = node.head
            if node.dep_ in ("nsubj", "nsubjpass"):
                return list(mention.iso3s[:1])
        prior = [p for p in self._prior if p not in made_in] if len(self._prior) > 1 else list(self._prior)
        if len(prior) == 1 and not any(i < pron.i for i in states_at):
            # "... from Russia, such as Algeria. It received Su-30MKAs": not Russia, which makes them
            roles.discourse.append(prior[0])
            return [prior[0]]
        return []

    def _buyer_named_before(self, subject: Token, states_at: dict[int, StateMention], roles: _Roles,
                            made_in: tuple[str, ...]) -> list[str]:
        """A buyer phrase that names no state but points back to one: "its air force" to the state
        the possessive stands for, "the navy" or "the service" to the armed service the article
        named last ("the Bangladesh Navy commissioned ... The force also received ...")."""
        poss = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is not None and lemma_of(subject) in ANAPHORIC_NOUNS:
            return self._antecedent(poss, states_at, roles, made_in)
        if self._anaphor(subject) not in ARMED_FORCE_NOUNS:
            return []
        lemma = lemma_of(subject)
        branch = "air" if any(c.lower_ == "air" for c in subject.children) else BRANCHES.get(lemma, "")
        named = self._services.get(branch) if branch else next(reversed(self._services.values()), None)
        if named is None:
            return []
        roles.discourse.append(named)
        return [named]

    @staticmethod
    def _clause(tok: Token) -> Token:
        """The clause a token sits in: the nearest verb above it with a subject of its own, or the root."""
        while tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return tok
        return tok

    def _open_side_states(self, head: Token, span: Span,
                          states_at: dict[int, StateMention]) -> dict[int, StateMention]:
        """The states that may fill a side the grammar leaves open: those of the item's own clause
        (`_clause_tokens`), less another item's origin or owner ("... and former East German corvettes")."""
        sent = head.doc
        local = self._clause_tokens(self._clause(head))
        for m in set(states_at.values()):
            if any(t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.i != head.i
                   and not span.start <= t.head.i < span.end
                   and (lemma_of(t.head) in self._equipment_lemmas or t.head.i in self._weapon_tokens)
                   for t in sent[m.start : m.end]):
                local -= set(range(m.start, m.end))
        return {i: m for i, m in states_at.items() if i in local}

    def _clause_tokens(self, clause: Token) -> set[int]:
        """The sentence's tokens, less each other clause (a verb with its own subject) that tells a
        transfer of its own ("the navy took delivery of frigates from China, and two corvettes
        ordered from Turkey have been handed over") or sets a rival against the item's clause
        ("..., while Spain's Navantia is promoting the S-80"); but not "... if India reopens the
        tender", nor "Malaysia holds elections soon, and Dassault expects talks to go on"."""
        sent = clause.doc
        heads = [t for t in sent if t.i != clause.i and t.pos_ in ("VERB", "AUX")
                 and t.dep_ in ("ROOT", "conj", "advcl", "parataxis")
                 and any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)]
        nested = {h.i: {t.i for t in h.subtree} for h in [*heads, clause]}
        away: set[int] = set()
        for x in heads:
            region = nested[x.i] - {i for h, sub in nested.items() if h != x.i and h in nested[x.i] for i in sub}
            contrast = any(g.dep_ == "mark" and g.lower_ in ("while", "whereas", "whilst")
                           for c in (x, clause) for g in c.children)
            told = x.dep_ != "advcl" and any(self._cue(sent[i]) is not None for i in region)
            if contrast or told:
                away |= region
        return {t.i for t in sent} - away

    @staticmethod
    def _definite(head: Token) -> bool:
        """"the jets", "these submarines", "its helicopters": a kind named as already known, with no
        number or other words of its own ("the first two Rafale-class jets" is not)."""
        children = list(head.children)
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "its", "their")
                   for c in children) and not any(c.dep_ in ("nummod", "amod", "compound", "nmod") for c in children)

    @staticmethod
    def _unnamed_party(tok: Token) -> bool:
        """"partners", "several countries", "an unnamed foreign customer": buyers left unnamed."""
        return lemma_of(tok) in PARTY_NOUNS and (tok.tag_ == "NNS" or any(
            c.dep_ in ("det", "amod") and c.lower_ in ("a", "an", "one", "unnamed", "undisclosed", "foreign", "several")
            for c in tok.children))

    @staticmethod
    def _anaphor(subject: Token) -> str:
        """"the country", "the navy", "its air force", "the country's marines", "it": the word by
        which a phrase points back to a state the article has named; "" for an unnamed party ("a buyer")."""
        third_person = PRONOUNS - {"we", "our"}  # "we" is the speaker's side, not the article's subject
        if subject.pos_ == "PRON":
            return subject.lower_ if subject.lower_ in third_person else ""
        for tok in (subject, *(c for c in subject.children if c.dep_ == "poss")):
            if tok.lower_ in third_person:
                return tok.lower_
            if lemma_of(tok) in ANAPHORIC_NOUNS and any(
                    c.lower_ in ("the", "its", "their") for c in tok.children if c.dep_ in ("det", "poss")):
                return lemma_of(tok)
        return ""

    @staticmethod
    def _by_direction(roles: _Roles) -> dict[str, list[str]]:
        """Where a cue's subject goes: "Russia supplies" (out), "India buys" (in), "India
        awarded the contract to X" (award: the subject buys), "Saab won an order" (win)."""
        return {"out": roles.supplier, "in": roles.recipient, "both": roles.party,
                "award": roles.recipient, "win": roles.supplier}

    @staticmethod
    def _subject(tok: Token) -> Token | None:
        """The logical subject of a verb, following control ("wants to buy") and passives; for
        a noun, the subject of the verb it belongs to ("are in talks", "signed a deal")."""
        current = tok
        came_from_xcomp = False
        for _ in range(6):
            if current.pos_ in ("NOUN", "PROPN") or current.lower_ == "one":  # "one of the largest customers"
                if current.dep_ == "npadvmod":  # "one day after signing": the clause it dates
                    current = current.head
                    continue
                copula = False  # "Egypt became the first customer of the Rafale": Egypt's
                if current.dep_ == "pobj" and current.head.dep_ == "prep":
                    current = current.head.head
                elif current.dep_ in ("dobj", "attr", "oprd"):
                    copula = current.dep_ == "attr" and lemma_of(current.head) in ("be", "become", "remain")
                    current = current.head
                elif current.dep_ == "nsubjpass":  # "the deal to buy S-400s was signed by Ankara"
                    agent = next((g for c in current.head.children if c.dep_ == "agent"
                                  for g in c.children if g.dep_ == "pobj"), None)
                    return agent
                else:
                    return None
                if current.lower_ == "one":
                    continue  # "one of the largest customers": the phrase "one" heads
                if current.lemma_.lower() not in LIGHT_VERBS | AWAITING_VERBS | DOING_VERBS | REFUSING_VERBS \
                        and not copula \
                        and not any(c.dep_ == "prt" and c.lower_ in ("off", "down") for c in current.children):
                    return None  # "Beijing dubbed the sale a red line": Beijing is not a party; but
                    # "called off the purchase", "turned down the offer" keep their subject
                continue
            passive = any(c.dep_ == "auxpass" for c in current.children)
            subjects = [c for c in current.children if c.dep_ == "nsubj"]
            if passive and came_from_xcomp:  # "Egypt is set to receive", "India is expected to sign"
                raised = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
                if raised is not None:
                    return raised
            if not subjects and not passive and current.dep_ == "ROOT" and current.tag_ in ("VBD", "VBZ", "VBP"):
                subjects = SentenceReader._stray_subject(current)
            if subjects and not passive:  # the nearest: not a dateline parsed as a second subject
                subject = min(subjects, key=lambda c: abs(current.i - c.i))
                if subject.lower_ in ("which", "that", "who") and current.dep_ == "relcl":
                    return current.head  # "... and France, which have supplied": the antecedent
                return subject
            for child in current.children:
                if child.dep_ == "agent":
                    objs = [g for g in child.children if g.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            if current.dep_ == "acl" and current.head.pos_ == "NOUN" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
                noun = current.head
                owner = next((c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                              and (c.pos_ == "PROPN" or c.text[:1].isupper())), None)
                if owner is not None:
                    return owner  # "accepted a US offer to sell": the US sells
                if lemma_of(noun) in PROPOSALS and noun.dep_ == "dobj" and lemma_of(noun.head) in ANSWERING_VERBS:
                    return None  # "accepted an offer to sell": not the one who accepts
                current = noun  # "closed an agreement to purchase": who closed it purchases
                continue
            if current.dep_ == "pcomp" and current.head.lower_ == "for" and current.tag_ == "VBG":
                # "penalised Turkey for purchasing S-400s": the object of the verb did it
                return next((c for c in current.head.head.children if c.dep_ == "dobj"), None)
            if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("NOUN", "ADJ"):
                current = current.head.head  # "Moscow has shown an interest in providing": Moscow provides
                continue
            if current.dep_ == "pcomp" and current.head.lower_ in TEMPORAL | {"by"}:
                # "after signing a deal, Canada ...": the subject of the clause the phrase hangs on
                current = next((a for a in current.head.ancestors if a.pos_ in ("VERB", "AUX")), current)
                if current.pos_ in ("VERB", "AUX"):
                    if any(c.dep_ == "auxpass" for c in current.children) and not any(
                            c.dep_ == "agent" for c in current.children):
                        # "Turkey was removed from the programme after buying the S-400"
                        return next((c for c in current.children if c.dep_ == "nsubjpass"), None)
                    continue
                return None
            if current.dep_ == "conj" and current.head.dep_ in ("nsubj", "nsubjpass") and current.pos_ == "VERB":
                return current.head  # "Russia ... or planning to sell": a verb parsed as the noun's conjunct
            if current.dep_ == "xcomp" and current.head.pos_ == "VERB":
                obj = next((c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i), None)
                if obj is not None:  # "persuade Moscow not to sell", "wants Russia to supply": the object acts
                    return obj
            if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN"):
                noun = current.head  # "the firm selling tanks"; "India is Russia's top customer, buying jets"
                if noun.dep_ == "attr":
                    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                return noun
            if current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children) \
                    and not any(c.dep_ in ("mark", "nsubj") for c in current.children):
                current = current.head  # "Manila scrapped a deal to buy Mi-17s": Manila would have bought
                continue
            if current.dep_ == "advcl" and current.tag_ == "VBG" and not any(
                    c.dep_ in ("mark", "nsubj") for c in current.children):
                current = current.head  # "Germany was the top client, purchasing weapons": Germany purchases
                continue
            if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
                verb = current.head.head
                obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < current.i), None)
                if obj is not None:  # "warned India against buying", "stopped Turkey from buying": the object
                    return obj
                current = verb  # "Vietnam is looking at buying drones": Vietnam buys
                continue
            if current.dep_ in ("xcomp", "conj", "acomp", "pcomp") and current.head.i != current.i:
                came_from_xcomp = current.dep_ == "xcomp"
                current = current.head
                continue
            return None
        return None

    @staticmethod
    def _stray_subject(verb: Token) -> list[Token]:
        """"In a sign of ties with Russia, Serbia's government approved ...": the parser hangs the
        subject on the fronted phrase as an apposition; take it when only the verb's own modifiers
        stand between it and the verb."""
        own = {t.i for c in verb.children if c.i < verb.i for t in c.subtree}
        for tok in verb.doc[: verb.i]:
            if tok.dep_ == "appos" and tok.head.i < tok.i and tok.right_edge.i < verb.i \
                    and all(i in own for i in range(tok.right_edge.i + 1, verb.i)):
                return [tok]
        return []

    @staticmethod
    def _states_in(tok: Token, states_at: dict[int, StateMention], shallow: bool = False,
                   places: bool = True) -> list[str]:
        """States named in a phrase: the phrase head's subtree, or only the head's own tokens;
        `places=False` leaves out where, when and by whom ("the government of Mali", "countries
        such as Iraq"; not "for use in operations in Mali", not "a move by Madrid")."""
        heads = _conjuncts(tok)  # "Pakistan and Russia", "the US, Spain and France"
        mods = [c for head in heads for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        mods += [c for m in mods for c in _conjuncts(m) if c.i != m.i]  # "the Kenyan and Rwandan armies"
        own = sorted([*heads, *mods], key=lambda t: abs(t.i - tok.i))
        if not shallow and not any(t.i in states_at for t in own):
            own = list(tok.subtree)  # "the government of Kenya": look further into the phrase
            if not places:
                away = {t.i for c in tok.subtree if c.dep_ == "agent" or (
                        c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                        and not (c.lower_ == "from" and lemma_of(c.head) in DELEGATES)  # "officials from Seoul"
                        and not (c.lower_ == "in" and lemma_of(c.head) in SEATS))  # "the government in Bucharest"
                        for t in c.subtree}
                own = [t for t in own if t.i not in away]
        tokens = own
        isos: list[str] = []
        for t in tokens:
            mention = states_at.get(t.i)
            if mention is not None:
                isos.extend(mention.iso3s[:1])
        return list(dict.fromkeys(isos))

    def _state_index(self, states: tuple[StateMention, ...], context: Counter[str]) -> dict[int, StateMention]:
        index: dict[int, StateMention] = {}
        for m in states:
            if len(m.iso3s) > 1:  # "IAF": the state the document is about
                ranked = sorted(m.iso3s, key=lambda i: -context.get(i, 0))
                if context.get(ranked[0], 0) == 0:
                    continue
                m = StateMention(m.start, m.end, (ranked[0],), m.kind, m.text)
            for i in range(m.start, m.end):
                index[i] = m
        return index

    def _sides(self, roles: _Roles, item: _Item, states_at: dict[int, StateMention],
               context: Counter[str], cues: list[tuple[Token, Cue]],
               hint: tuple[str, str] | None = None,
               clause_states: dict[int, StateMention] | None = None) -> tuple[str | None, str | None, dict[str, str]]:
        """`clause_states`: the states of the item's own clause, which alone may fill a side the
        grammar leaves open ("X offered the KSS-III, while Spain's Navantia ...": not Spain)."""
        how = {"supplier": "text", "recipient": "text"}
        clause_states = states_at if clause_states is None else clause_states
        supplier = roles.supplier[0] if roles.supplier else None
        recipient = next((r for r in roles.recipient if r != supplier), None)
        origin = item.weapon.origin if item.weapon else ()
        parties = [p for p in dict.fromkeys(roles.party) if p not in (supplier, recipient)]
        if roles.fleet and recipient is not None and recipient in roles.origin and recipient not in origin:
            return None, None, how  # "a South African group acquired the South African Mirage fleet": it stays home
        for m in roles.makers:
            if supplier is None and m != recipient and not roles.second_hand:
                supplier = m if not origin or m in origin else origin[0]
                how["supplier"] = "text" if supplier == m else "origin"
        for o in roles.origin:
            if roles.second_hand and supplier is None and o != recipient and o not in origin:
                supplier = o  # "bought four ex-Norwegian P-3Cs": the former owner sells
            elif roles.unnamed_recipient and origin and o not in origin:
                continue  # "the group acquired the South African Mirage fleet": the former owner
            elif origin and o not in origin and recipient is None and o != supplier:
                recipient = o  # "Egyptian Type 209 submarines": the operator, not the maker
            elif supplier is None and o != recipient:
                supplier = o
            elif recipient is None and o != supplier and o not in origin:
                recipient = o
        if supplier is None and recipient is None and len(parties) >= 2 and not any(p in origin for p in parties):
            # "Russia and Egypt signed an arms deal": the larger exporter supplies, if one is
            by_rank = sorted(parties[:2], key=lambda p: exporter_rank().get(p, 999))
            if exporter_rank().get(by_rank[0], 999) < exporter_rank().get(by_rank[1], 999):
                supplier, recipient = by_rank
                how["supplier"] = "exporter"
            parties = []
        parties.sort(key=lambda p: p not in origin)  # "Senegal and Mauritania are in talks with Brazil over the Super Tucano"
        buyer_from_parties = False
        for p in parties:
            if buyer_from_parties and p not in origin and supplier in origin:
                roles.co_recipients.append(p)  # ... Mauritania is a buyer too
                continue
            if supplier is None and (p in origin or (recipient is not None and p != recipient)):
                supplier = p
            elif recipient is None and p != supplier and not (p in origin and supplier in origin):
                recipient, buyer_from_parties = p, True  # not "BrahMos Aerospace, the Indian-Russian venture": co-makers
            elif supplier is None and p != recipient:
                supplier = p
        if supplier is None and recipient is not None:
            supplier = next((a for a, b in roles.relations if b == recipient), None)
            how["supplier"] = "clause" if supplier else "text"
        if recipient is None and supplier is not None:
            recipient = next((b for a, b in roles.relations if a == supplier), None)
            how["recipient"] = "clause" if recipient else how["recipient"]
        if supplier is None and origin and origin[0] != recipient and not roles.second_hand:
            # a system built in two states: the one the sentence names ("the U.S. aid programme ...
            # delivery of six A-29s"), else the first
            named = {m.iso3s[0] for m in states_at.values()}
            supplier = next((o for o in origin if o in named and o != recipient), origin[0])
            how["supplier"] = "origin"
        if recipient is None and supplier is not None and hint is not None and hint[0] != supplier:
            recipient, how["recipient"] = hint
        clause_isos = list(dict.fromkeys(m.iso3s[0] for m in clause_states.values()))
        if recipient is None and supplier is not None and roles.unnamed_buyers:
            how["recipient"] = "unnamed"
            return supplier, None, how  # written with the buyer left open, as the text leaves it
        top = context.most_common(2)
        if recipient is None and supplier is not None and roles.unnamed_recipient and not (
                roles.anaphor in ARMED_FORCE_NOUNS and top and top[0][0] == supplier
                and (len(top) == 1 or top[0][1] > top[1][1])):  # "the Army will receive NASAMS" in Norway's own news
            ranked = [(s, n) for s, n in context.most_common(3) if s != supplier]
            if ranked and ranked[0][1] >= 2 * NAME_WEIGHT and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                recipient, how["recipient"] = ranked[0][0], "context"
                if roles.anaphor and ranked[0][1] >= 3 * NAME_WEIGHT and (
                        len(ranked) == 1 or 2 * ranked[0][1] >= 3 * ranked[1][1]):
                    how["recipient"] = "discourse"  # "the country" in an article that is plainly about one state
        if recipient is None and supplier is not None:  # not "Indian-supplied": that names a seller
            others = [s for s in dict.fromkeys(m.iso3s[0] for m in clause_states.values() if m.kind != "made")
                      if s != supplier and s not in origin and s not in roles.co_suppliers]
            if len(others) == 1:
                recipient, how["recipient"] = others[0], "sentence"
                if others[0] in roles.label:
                    how["recipient"] = "discourse"  # "Uruguay: two patrol vessels ordered from Spain ...": the entry's buyer
        if supplier is None and recipient is not None:
            others = [s for s in clause_isos if s != recipient]
            if len(others) == 1:
                supplier, how["supplier"] = others[0], "sentence"
        if recipient is None and how["supplier"] == "text":
            # the article's subject state when it dominates the document ("the country purchased")
            ranked = [(s, n) for s, n in context.most_common(3) if s != supplier]
            if ranked and ranked[0][1] >= 3 * NAME_WEIGHT and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                recipient, how["recipient"] = ranked[0][0], "context"
        for side, iso in (("supplier", supplier), ("recipient", recipient)):
            if iso is not None and how[side] == "text" and iso in roles.discourse:
                how[side] = "discourse"
        if origin and recipient in origin and (how["supplier"] != "text" or how["recipient"] == "context"):
            # a state buying its own make from a guessed seller, or a guessed buyer of a state's
            # own make ("the NAF is seeking EMB-314s from the United States" is not Brazil buying)
            return None, None, how
        if item.weapon is None and how["supplier"] == "sentence":
            supplier = None  # a kind of equipment next to a state: too weak to say who supplies
        return supplier, recipient, how

    # -- attribution ---------------------------------------------------------------------
    @staticmethod
    def _attribution(sent: Doc, speaker: Token | None) -> str | None:
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(sent) and sent[tok.i + 1].lower_ == "to":
                objs = [g for g in sent[tok.i + 1].children if g.dep_ == "pobj"]
                if objs:
                    return _phrase(objs[0])
        if speaker is None:
            return None
        subj = next((c for c in speaker.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("it", "this", "that", "which"):
            return None
        text = _phrase(subj)
        if speaker.lemma_ == "tell":
            obj = next((c for c in speaker.children if c.dep_ in ("dobj", "dative", "iobj")), None)
            if obj is not None:
                text = f"{text} told {_phrase(obj)}"
        return text


def _conjuncts(tok: Token) -> list[Token]:
    """A phrase head and every head coordinated with it, however spaCy chained them."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def _phrase(tok: Token) -> str:
    tokens = [t for t in tok.subtree if not t.is_space]
    doc = tok.doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,\"'“”")
