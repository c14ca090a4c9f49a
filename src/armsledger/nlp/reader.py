"""Read claims off one parsed sentence: status from the predicate, sides from the grammar.

For each piece of equipment named in the sentence (a catalogued system or a kind of equipment)
the reader climbs the dependency tree from the equipment to the clause that governs it,
collecting transfer cues ("supply", "wants", "talks", "denied") and the states attached to them
as subject, object, "to", "from", "with" or possessor. The outermost framing cue decides the
status ("wants to buy" is interest, "agreed to supply" agreement), tense and modality adjust it
("has delivered" delivery, "will deliver" agreement), negation turns it into a denial, and a
side the grammar leaves open is filled from the catalog's state of origin or from the one other
state the sentence names, which the claim records in `inferred`.

This module finds the equipment, climbs to its clause and writes the readings; the cue and
status rules are in `nlp/status.py`, the sides in `nlp/sides.py` and the readings of a claim's
other stages in `nlp/stages.py`, mixins of `SentenceReader`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from armsledger.nlp import figures
from armsledger.nlp.attribution import FIRST_PERSON
from armsledger.nlp.catalog import Weapon, catalog
from armsledger.nlp.discourse import Discourse
from armsledger.nlp.lexicon import (
    CLIENT_NOUNS,
    CONTENDERS,
    CONTESTS,
    DEAL_NOUNS,
    EMBARGO,
    STANDING,
    STANDING_CUE,
    WEIGHED,
    WEIGHED_CUE,
    Cue,
    Lexicon,
    lexicon,
)
from armsledger.nlp.membership import members
from armsledger.nlp.mentions import (
    NAME_WEIGHT,
    Mentions,
    StateMention,
    WeaponMention,
    kind_fits,
    noun_lemma,
)
from armsledger.nlp.sides import (
    ARMED_FORCE_NOUNS,
    CHOICE_VERBS,
    PAIR_NOUNS,
    SUPPLIER_NOUNS,
    TEMPORAL,
    TRANSPARENT_VERBS,
    conjuncts,
)
from armsledger.nlp.stages import StageRules
from armsledger.nlp.status import (
    DETAILS,
    ENABLING,
    FALSE_WORDS,
    MAKE_VERBS,
    REPORT_NOUNS,
    lemma_of,
)
from armsledger.types import Category, Status

# prepositions that set their object against the clause rather than inside it
CONTRAST_PREPS = frozenset({"apart", "aside", "besides", "unlike", "like", "despite", "than", "except",
                            "beyond", "instead", "rather"})
# what prices a deal, which the parser may hang on the verb: "signed a deal reportedly worth $500 million
# for the Barak MX" (the deal is for the Barak MX)
PRICE_WORDS = frozenset({"worth", "valued", "priced", "costing"})
# prepositions whose object carries the equipment: "the helicopters arrived aboard an An-124 freighter"
CARRIERS = frozenset({"aboard", "onboard"})
NOT_A_CLAIM_HEADS = frozenset({"embargo", "race", "control", "treaty", "test", "testing", "trafficking",
                               "smuggling", "crash", "pilot", "crew", "attack", "strike", "programme",
                               "program", "development", "show", "exhibition", "fair", "factory",
                               "plant", "industry", "maker", "manufacturer", "company", "dealer"})
# a clause that only supposes states nothing: "if the air force decides to buy F-15s"
CONDITIONAL = frozenset({"if", "unless", "whether"})
# "a switch from the MiG-29": the other system is not the one taken
MOVE_AWAY = frozenset({"switch", "move", "shift", "transition", "migrate"})
# "the maker of the TB2": what a firm makes is not what the sentence has it sell
MAKER_NOUNS = frozenset({"maker", "manufacturer", "producer", "builder", "developer", "designer"})
# what is supplied for a platform without the platform: "pods, spares and support for the Rafale"
PARTS = frozenset({"pod", "spare", "part", "support", "training", "maintenance", "sustainment", "upgrade",
                   "ammunition", "munition", "component", "kit", "service", "simulator", "spares"})
# a subject that only counts what its "of" names: "the range of sales involves ..."
BATCHES = frozenset({"range", "series", "set", "batch", "round", "slate", "raft", "string", "bundle", "list"})
# participles that say what a deal holds, whatever the parser hangs them on: "signed a contract
# in 2015 covering 13 radars"
CONTENT_VERBS = frozenset({"cover", "include", "comprise", "involve", "encompass"})
# verbs that lend their subject to their complement: "the jets are expected to arrive in Egypt"
RAISING_VERBS = frozenset({"set", "expect", "schedule", "due", "slate", "poise", "likely", "seem", "appear",
                           "be", "go", "begin", "start", "continue", "plan", "intend"})
# nouns naming a state by its relation to another: "India's neighbour", "Riyadh's rival"
RELATIONAL = frozenset({"neighbour", "neighbor", "rival", "archrival", "foe", "enemy", "adversary", "ally",
                        "nemesis", "competitor"})
# work done on equipment already owned: not a transfer of it
SERVICE_NOUNS = frozenset({"maintenance", "repair", "integration", "servicing", "certification", "training",
                           "testing", "overhaul", "support", "sustainment", "modernisation", "modernization",
                           "upgrade", "upgrading", "refurbishment", "refit", "retrofit", "repairs"})
# what a new purchase takes the place of, which stays where it is: "as a replacement for the ageing Dragunov"
REPLACED_NOUNS = frozenset({"replacement", "successor"})
# an embargo on what is a denial of arms ("an arms embargo on Argentina"), and the verbs that make
# or unmake one
EMBARGOED = frozenset({"arms", "weapons", "weapon", "military", "defence", "defense"})
IMPOSING = frozenset({"impose", "maintain", "enforce", "keep", "extend", "declare", "announce", "introduce",
                      "place", "apply", "adopt", "reimpose", "tighten", "uphold"})
LIFTING = frozenset({"lift", "end", "ease", "relax", "remove", "scrap", "suspend", "drop", "waive", "violate",
                     "break", "breach", "flout", "circumvent", "evade", "bust", "defy"})
# verbs by which a government stops transfers to a buyer: "South Africa is blocking arms sales to Saudi Arabia"
STOPPING = frozenset({"block", "halt", "freeze", "veto", "suspend", "stop", "ban", "bar", "prohibit"})
# verbs that show a wish: "showed interest in buying"
SHOWING = frozenset({"show", "express", "signal", "voice", "indicate", "display", "register"})
# verbs whose "with" names what a fleet gets: "wants to replace its F-5s with Gripens"
REFITTING = frozenset({"replace", "renew", "refresh", "equip", "re-equip", "complement", "supplement"})
SUPPLIED_CUE = Cue("supplied", Status.DELIVERY, "in", "verb")  # the holder of "British-supplied" missiles
SUPPLIED_SUFFIXES = ("-supplied", "-donated", "-delivered", "-provided", "-gifted", "supplied", "donated")
HYPOTHETICAL_NOUNS = frozenset({"possibility", "prospect", "idea", "question", "likelihood", "chance", "feasibility"})
# what equipment arrives for and leaves again: "B-52s arrived in Romania for an exercise"
VISITS = frozenset({"exercise", "drill", "training", "deployment", "rotation", "visit", "show", "airshow",
                    "exhibition", "parade", "mission", "operation", "patrol", "display", "demonstration", "trial",
                    "tour", "promotional", "demo", "evaluation"})
# "the first of 21 boats to be gifted to Fiji": the part a count or order picks from the equipment
PARTITIVES = frozenset({"first", "last", "second", "third", "final", "rest", "remainder", "some", "all", "most",
                        "one", "each", "many", "several"})
# "marketed the Gripen E to Colombia": a sales pitch, an offer only of a named system to a buyer the sentence names
SHOWCASING = frozenset({"market", "present"})
# what a kind of equipment is offered as: "rival frigate designs", "two helicopter models"
DESIGN_NOUNS = frozenset({"design", "variant", "version", "model", "type"})
VERSION_NOUNS = frozenset({"version", "variant", "derivative", "development", "model", "upgrade", "evolution"})
REJECTING = frozenset({"reject", "turn", "spurn"})  # "Norway rejected the K9": the subject would have bought it
ALONGSIDE = frozenset({"alongside", "besides", "beside"})  # "drones from Turkey, alongside Russian helicopters"
CHOOSING = frozenset({"choose", "select"})  # not "opt": "opted for the F-35" is what it chose
# what may stand between two systems of one list: "the J-35, the KJ-500 airborne early warning aircraft and the HQ-19"
LIST_GAP_POS = frozenset({"PUNCT", "CCONJ", "DET", "ADJ", "NOUN", "NUM", "PROPN"})
DESIGN_VERBS = frozenset({"base", "derive", "model"})  # "vehicles based on an old design": what the design is of
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
    # ... named by where it comes from ("the French jets"): it stays a kind where several systems fit
    by_origin: bool = False


@dataclass(slots=True)
class Item:
    start: int
    end: int
    weapon: Weapon | None
    category: Category
    name: str | None = None  # how the text named the system, when the item is a kind standing for it


class SentenceReader(StageRules):
    def __init__(self, lex: Lexicon | None = None):
        self.lex = lex or lexicon()
        self._equipment_lemmas = frozenset(words[-1] for words in self.lex.categories)
        self._discourse = Discourse()  # what the article around the sentence being read has told
        self._weapon_tokens: set[int] = set()  # tokens of the sentence that name a catalogued system
        self._weapons: tuple[WeaponMention, ...] = ()  # and the systems they name

    def _part_of_named(self, reading: Reading, head: Token) -> Reading:
        """"Three Rafale jets landed at the base, the first of 42 aircraft that Indonesia ordered":
        the kind counted after "the first of" is the one system of that kind the sentence names."""
        of = head.head
        if not (head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PARTITIVES):
            return reading
        named = {w.weapon.family: w for w in self._weapons if w.weapon.category is reading.category}
        if len(named) != 1:
            return reading
        (mention,) = named.values()
        return replace(reading, weapon=mention.weapon, system=catalog().spelling(mention.weapon, mention.text),
                       inferred=(*reading.inferred, "system"))

    # -- entry point -------------------------------------------------------------------
    def read(self, sent: Doc, mentions: Mentions, discourse: Discourse) -> list[Reading]:
        """The claims the sentence makes, its open sides filled from `discourse` where it allows."""
        if sent.text.rstrip().endswith("?"):
            return []  # a question states nothing
        # the speaker's state matters only where the sentence speaks in the first person
        first_person = any(t.text in FIRST_PERSON for t in sent)
        self._discourse = discourse if first_person or discourse.voice is None else replace(discourse, voice=None)
        self._weapon_tokens = {i for w in mentions.weapons for i in range(w.start, w.end)}
        self._weapons = mentions.weapons
        states_at = self._state_index(mentions.states)
        for i in [i for i in states_at if sent[i].dep_ in ("poss", "compound", "amod", "nmod")
                  and (noun_lemma(sent[i].head) in RELATIONAL
                       # "Mali's partners, Burkina Faso and Niger, received"; but "Kazakh partners" are Kazakhstan
                       or (sent[i].dep_ == "poss" and noun_lemma(sent[i].head) == "partner")
                       or (lemma_of(sent[i].head) in ("republic", "bloc", "era")  # also in a name: "Countering America's Adversaries"
                           and not states_at[i].start <= sent[i].head.i < states_at[i].end))]:
            del states_at[i]  # "India's neighbour", "U.S. allies like the Philippines", "a former Soviet republic"
        for i in [i for i in states_at if i < _dateline_end(sent)]:
            del states_at[i]  # "SANTIAGO, Chile — Argentina has signed ...": where the story was filed
        items = self._items(sent, mentions)
        found = [self._read_item(sent, item, states_at) for item in items]
        # "engines to Pakistan for the JF-17s acquired from China": an item whose buyer the grammar
        # leaves open takes the one buyer the rest of the sentence names
        buyers = {r.recipient for rs in found for r in rs if "recipient" not in r.inferred and r.recipient}
        source = "sentence"
        if not buyers:  # "arms suppliers to Cameroon include France, which supplied helicopters"
            buyers = {iso for t in sent if t.lower_ == "to" and lemma_of(t.head) in SUPPLIER_NOUNS
                      for o in t.children if o.dep_ == "pobj" for iso in self._states_in(o, states_at)}
            source = "clause"
        if not buyers and discourse.deal_buyer is not None:
            buyers, source = {discourse.deal_buyer}, "discourse"
        if len(buyers) == 1:
            hint = (buyers.pop(), source)
            found = [self._read_item(sent, item, states_at, hint=hint)
                     if not rs or any("recipient" in r.inferred for r in rs) else rs
                     for item, rs in zip(items, found, strict=True)]
        found = self._list_goes_on(sent, items, found, states_at)
        found = _each_to_its_own(sent, items, found, states_at, self._is_cue)
        found = _givers_are_not_buyers(found)
        listed = {t.i for t in sent if t.lower_ == "including" or (t.lower_ == "as" and sent[t.i - 1].lower_ == "such")}
        found = [[r for r in rs if not self._umbrella(r, item, items, found, listed)]
                 for item, rs in zip(items, found, strict=True)]
        found = _included_kind(sent, items, found)
        found += self._other_stages(sent, items, found, states_at)
        found += [self._embargoes(sent, states_at)]
        found += [self._members(sent, items, states_at)]
        if any(t.lower_ == "respectively" for t in sent):
            found = _respectively(items, found, states_at)
        named: dict[tuple[object, ...], list[Reading]] = {}
        for r in (r for rs in found for r in rs if r.weapon is not None):
            named.setdefault((r.supplier, r.recipient, r.category), []).append(r)
        readings: dict[tuple[object, ...], Reading] = {}
        for reading in (r for rs in found for r in rs):
            same = named.get((reading.supplier, reading.recipient, reading.category), [])
            if reading.weapon is None and same:
                # "... 20 J-10CE jets, Beijing's first sale of a combat aircraft to ...": the same jets; at
                # a stage of its own ("offered the JF-17, and officials held talks on the aircraft"), the
                # one system's too
                if len({r.weapon.family for r in same if r.weapon}) > 1 or reading.status in {r.status for r in same}:
                    continue
                reading = replace(same[0], status=reading.status, cues=reading.cues, quantity=reading.quantity,
                                  confidence=min(reading.confidence, same[0].confidence))
            k = (reading.supplier, reading.recipient, reading.weapon, reading.category, reading.status)
            if k not in readings or reading.confidence > readings[k].confidence:
                readings[k] = reading  # the same claim read twice: the surer reading
        return list(readings.values())

    def _embargoes(self, sent: Doc, states_at: dict[int, StateMention]) -> list[Reading]:
        """"Britain imposed an arms embargo on Argentina", "the US arms embargo on Cuba": the state that
        imposes it denies the other arms; not one that lifts it, nor one that breaks another's."""
        out = []
        for tok in sent:
            if lemma_of(tok) != EMBARGO or not any(
                    c.dep_ in ("compound", "amod") and c.lower_ in EMBARGOED for c in tok.children):
                continue
            targets = [i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                       for o in p.children if o.dep_ == "pobj" for i in self._states_in(o, states_at, places=False)]
            imposers = [i for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in states_at
                        for i in states_at[c.i].iso3s[:1]]
            verb = tok.head if tok.dep_ == "dobj" else None
            if verb is not None and (lemma_of(verb) in LIFTING or self._negated(verb)):
                continue  # "Washington lifted its arms embargo on Vietnam"
            if not imposers and verb is not None and lemma_of(verb) in IMPOSING:
                imposers = [i for c in verb.children if c.dep_ == "nsubj" for i in self._states_in(c, states_at, places=False)]
            for imposer in imposers[:1]:
                for target in (t for t in targets if t != imposer):
                    out.append(Reading(
                        supplier=imposer, recipient=target, weapon=None, system=None, category=Category.ARMS,
                        status=Status.DENIAL, quantity=None, value_usd=None,
                        year=figures.year(sent[:], self._discourse.published), attributed_to=None,
                        cues=(tok.text,), inferred=(), confidence=0.9))
        return out

    def _members(self, sent: Doc, items: list[Item], states_at: dict[int, StateMention]) -> list[Reading]:
        """The buyers of a system the sentence counts up (`nlp/membership.py`)."""
        return [Reading(
            supplier=m.supplier, recipient=m.recipient, weapon=m.weapon,
            system=catalog().spelling(m.weapon, sent[m.item.start : m.item.end].text),
            category=m.item.category, status=m.status, quantity=None, value_usd=None,
            year=figures.year(sent[:], self._discourse.published), attributed_to=None,
            cues=(m.cue.text,), inferred=(), confidence=0.85)
            for m in members(sent, items, states_at, lambda t: self._states_in(t, states_at, shallow=True, places=False))]

    def lead_cue(self, sent: Doc) -> tuple[str, Status] | None:
        """The first transfer word of a line that says what a list is of ("Deliveries so far:",
        "Still on order"), and its stage, for the list's entries."""
        return next(((t.text, c.status) for t in sent if (c := self._cue(t)) is not None and c.status is not Status.DENIAL),
                    None)

    def deal_verdict(self, sent: Doc) -> tuple[Status, tuple[str, ...]] | None:
        """For a sentence that names no equipment: whether it denies, ends or agrees "the deal" it
        speaks of ("the minister said no such deal had been signed", "Cairo later cancelled the
        contract", "the contract was signed in 2018"), with the cue words."""
        if sent.text.rstrip().endswith("?"):
            return None
        for noun in sent:
            if lemma_of(noun) not in DEAL_NOUNS or not any(
                    (c.dep_ == "det" and c.lower_ in ("that", "this", "the", "any", "no")) or c.lower_ == "such"
                    for c in (*noun.children, noun.left_edge)):  # "the SAR7.5 billion contract": "the" on the sum
                continue
            chain, _ = self._chain(noun)
            if any(lemma_of(t) in DETAILS for t in chain):
                continue  # "will comment neither on the details of the contract": withheld, not denied
            cues = [(t, cue) for t in chain if (cue := self._cue(t)) is not None]
            status = self._status(cues, chain) if cues else None
            if status in (Status.DENIAL, Status.CANCELLATION, Status.AGREEMENT):
                return status, tuple(dict.fromkeys(t.text for t, _ in cues))
        return None

    def _list_goes_on(self, sent: Doc, items: list[Item], found: list[list[Reading]],
                      states_at: dict[int, StateMention]) -> list[list[Reading]]:
        """"China offered a package comprising the J-35, the KJ-500 airborne early warning aircraft
        and the HQ-19": a system the parser tore from the list it is written in (here "airborne" taken
        for a verb) is claimed as the item before it, where only commas, "and", "or", articles and
        descriptive words stand between them, and the seller makes it too (not "American F-15s and the
        Eurofighter"), or was only guessed from the system before (then its own maker sells it). A kind
        right before it passes on a claim whose seller makes the system ("deals to sell 100,000
        rifles, 24 Sukhoi Su-30 jets")."""
        out = list(found)
        for n, item in enumerate(items):
            if n:
                maker = self._bracketed_after(sent, items[n - 1], item, out[n - 1], states_at)
                if maker is not None and item.weapon is not None:  # "bids from Saab (A26), Hanwha Ocean (KSS-III) ..."
                    out[n] = [_as_item(r, item, item.weapon, sent, maker) for r in out[n - 1] if r.weapon is not None and maker != r.recipient]
                    continue
            # the item the text names right before it, a kind too: "deals to sell 100,000 rifles, 24 Su-30 jets"
            n_before = max((k for k, i in enumerate(items) if i.end <= item.start), key=lambda k: items[k].end, default=None)
            if n_before is None or items[n_before].weapon is not None:
                n_before = n - 1 if n else None  # the system before it
            if n_before is None or out[n] or not out[n_before] or item.weapon is None or items[n_before].end > item.start:
                continue
            before = items[n_before]
            gap = sent[before.end : item.start]
            head = self._np_head(sent[item.start : item.end])
            if not any(t.text == "," or t.lower_ in ("and", "or") for t in gap) or any(
                    (t.i in states_at and states_at[t.i].kind != "maker")  # "24 Sukhoi Su-30 jets": its maker
                    or t.i in self._weapon_tokens or t.text in ("(", ")", ";", ":")
                    or (t.pos_ not in LIST_GAP_POS and not (t.dep_ == "amod" and t.tag_ in ("VBN", "VBG")))  # "self-propelled"
                    or (t.pos_ == "CCONJ" and t.lower_ not in ("and", "or")) for t in gap) \
                    or (head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX")):
                continue  # not "Russia delivered the S-400s, and the Su-35s remain on order"
            origin = item.weapon.origin
            out[n] = [_as_item(r, item, item.weapon, sent, r.supplier if r.supplier in origin else origin[0])
                      for r in out[n_before] if (r.weapon is not None or r.supplier in origin) and (r.supplier in origin or (
                          "supplier" in r.inferred and origin and origin[0] != r.recipient))]
        return out

    def _bracketed_after(self, sent: Doc, before: Item, item: Item, readings: list[Reading],
                         states_at: dict[int, StateMention]) -> str | None:
        """The state of the maker a system is bracketed after, where the system before it in the
        sentence stands in the same way in the same list of makers ("bids from Saab (A26), Hanwha
        Ocean (KSS-III) and TKMS (Type 212CD)": the parser hangs the later ones anywhere) and it
        makes the system."""
        if item.weapon is None or not readings or before.end > item.start:
            return None
        heads = [self._np_head(sent[i.start : i.end]) for i in (before, item)]
        first, second = (states_at.get(h.head.i) if h.dep_ == "appos" else None for h in heads)
        if first is None or second is None or first.kind != "maker" or second.kind != "maker" or not all(
                t.i in states_at or t.text in ("(", ")", ",") or t.lower_ == "and" for t in sent[before.end : item.start]):
            return None
        iso = second.iso3s[0]
        return iso if not item.weapon.origin or iso in item.weapon.origin else None

    @staticmethod
    def _umbrella(reading: Reading, item: Item, items: list[Item], found: list[list[Reading]],
                  listed: set[int]) -> bool:
        """"arms, including a submarine and a fighter jet": the word for arms in general only
        announces the list, whose items carry the claim."""
        if item.weapon is not None or item.category is not Category.ARMS:
            return False
        return any(other.start > i > item.start and any(
            (r.supplier, r.recipient, r.status) == (reading.supplier, reading.recipient, reading.status) for r in rs)
            for other, rs in zip(items, found, strict=True) if other is not item for i in listed)

    # -- equipment -----------------------------------------------------------------------
    def _items(self, sent: Doc, mentions: Mentions) -> list[Item]:
        items = [Item(w.start, w.end, w.weapon, w.weapon.category) for w in mentions.weapons]
        weapon_heads = {self._np_head(sent[w.start : w.end]).i for w in mentions.weapons}
        state_tokens = {i for m in mentions.states for i in range(m.start, m.end)}
        civil = any(t.lower_ in self.lex.civil for t in sent) or any(  # "the airline ordered 30 planes"
            t.text == "Air" and t.i not in state_tokens and t.i + 1 in state_tokens  # "23 new planes to Air China",
            for t in sent)  # not "the Royal Saudi Air Force"
        for c in mentions.categories:
            span = sent[c.start : c.end]
            root = span.root
            if root.i in weapon_heads or any(self._kind_of(sent, root, c.start, w) for w in mentions.weapons):
                continue  # the kind names a system the sentence names: "Su-35 fighters"
            if root.dep_ == "compound" and root.head.lemma_.lower() in NOT_A_CLAIM_HEADS:
                continue  # "arms embargo", "tank crew"
            if mentions.weapons and root.dep_ in ("compound", "nmod", "amod") and self._is_cue(root.head) and not (
                    lemma_of(root.head) in SUPPLIER_NOUNS | CLIENT_NOUNS and any(c.dep_ == "poss" for c in root.head.children)) \
                    and any(_clause_of(sent[w.start]) == _clause_of(root) for w in mentions.weapons):
                continue  # "the Arrow 3, in the biggest arms deal", "part of an 18-aircraft order": the named system's deal;
                # but "Russia, Bangladesh's main arms supplier, has offered the Su-30SME" says two things, as does
                # "Germany froze arms exports to Riyadh, a decision that blocked Britain from selling it Typhoons"
            if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and not self._is_cue(root.head) \
                    and not (root.head.tag_ == "NNP" and root.head.i not in state_tokens) \
                    and lemma_of(root.head) not in DESIGN_NOUNS:
                continue  # "tank crew", not "the helicopter carrier HMS Ocean" (the kind of a named ship)
            if root.dep_ == "compound" and c.end < len(sent) and sent[c.end].dep_ == "compound" \
                    and sent[c.end].head.i == root.head.i and sent[c.end].pos_ == "NOUN" and not self._is_cue(sent[c.end]):
                continue  # "drone camera exports": the camera's, not a drone's; "drone engine exports": engines
            if c.end + 1 < len(sent) and sent[c.end].text == "-" and sent[c.end + 1].is_alpha:
                continue  # "ship-borne missiles", "air-launched", "tank-killer": a modifier, not the item
            if any(t.lower_ in ("think",) for t in sent[max(0, c.start - 2) : c.start]):  # "think tank", "think-tank"
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
                items.append(Item(c.start, c.end, named.weapon, named.weapon.category, named.text))
                continue
            items.append(Item(c.start, c.end, None, c.category))
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
                or (name.root.dep_ == "appos" and name.root.head.i == root.i)  # "drones Bayraktar TB2"
                or _describes(sent[w.end : start]))  # "an M28 short takeoff and landing (STOL) aircraft"

    def _np_head(self, span: Span) -> Token:
        tok = span.root
        for _ in range(5):
            if tok.dep_ in ("compound", "amod", "nmod", "nummod") and tok.head.pos_ in ("NOUN", "PROPN") \
                    and not self._is_cue(tok.head):
                tok = tok.head
            else:
                break
        return tok

    @staticmethod
    def _prep_names_state(tok: Token, prep: str, states_at: dict[int, StateMention]) -> bool:
        """Whether the token has a preposition `prep` ("from", "for") whose object names a state."""
        return any(p.dep_ == "prep" and p.lower_ == prep and any(t.i in states_at for t in p.subtree) for p in tok.children)

    # -- one item ------------------------------------------------------------------------
    def _read_item(self, sent: Doc, item: Item, states_at: dict[int, StateMention],
                   hint: tuple[str, str] | None = None) -> list[Reading]:
        """The item's claim from its clause, and one more for each stage a relative clause adds
        ("signed a deal for four Mi-35M, which have been delivered": agreement and delivery)."""
        span = sent[item.start : item.end]
        head = self._np_head(span)
        chain, speaker = self._chain(head)
        if len(chain) > 2 and chain[1].dep_ == "relcl" and lemma_of(chain[1]) in CONTENT_VERBS and chain[2].i in states_at:
            # "six warplanes from Russia, which include L-39 jets": the parser hung the clause on the state
            before = next((t for t in reversed(sent[: chain[2].i]) if t.pos_ == "NOUN" and (
                lemma_of(t) in self._equipment_lemmas or t.i in self._weapon_tokens)), None)
            if before is not None:
                chain = [*chain[:2], *self._chain(before)[0]]
        if lemma_of(chain[-1]) == "be":
            # "Among the hardware purchased by Myanmar are MiG-29 jets and Mi-35 helicopters": the list is
            # what the clause on the "among" noun tells of
            group = next((o for p in chain[-1].children if p.dep_ == "prep" and p.lower_ == "among" and p.i < head.i
                          for o in p.children if o.dep_ == "pobj"), None)
            told = next((c for c in group.children if c.dep_ in ("acl", "relcl") and self._cue(c) is not None), None) \
                if group is not None and lemma_of(group) in self._equipment_lemmas else None
            if group is not None and told is not None:
                chain = [*chain[:-1], group, told]
        on_chain = {t.i for t in chain}
        if any(t.lower_ in ("to", "from") and (cue := self._cue(v)) is not None and cue.direction == "out" and any(
                c.dep_ == "dobj" and c.i not in on_chain and c.i not in self._weapon_tokens
                and lemma_of(c) not in self._equipment_lemmas for c in v.children) for t, v in pairwise(chain[1:])):
            return []  # "supplied fuel to eleven ships": the ships receive, they are not what is supplied
        if len(chain) > 2 and chain[1].lower_ == "for" and lemma_of(chain[2]) in CONTENT_VERBS and chain[2].tag_ != "VBG":
            return []  # "the sale involves engines for F-15 jets", the parser hanging "for" on the verb: what they are for
        attribution = self._attribution(sent, speaker)
        # "JF-17s which were acquired from China", "a deal ..., which has been delivered"
        below = next((n for n, t in enumerate(chain) if t.pos_ in ("VERB", "AUX")), len(chain))
        nouns = [t for t in chain[:below] if t.pos_ in ("NOUN", "PROPN")  # not the subject of the verb above
                 or ((t.lower_ in PARTITIVES or t.like_num) and any(c.lower_ == "of" for c in t.children if c in chain))]
        nouns += [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        nouns += [c for c in head.children if c.dep_ == "appos"]  # "the S-400, a system that Turkey bought"
        nouns += [o for a in head.children if a.dep_ == "acl" and lemma_of(a) in DESIGN_VERBS for p in a.children
                  if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]  # "IFVs based on a Soviet design, which Peru ordered"
        clauses = [c for t in nouns for c in t.children if c.dep_ in ("relcl", "acl")]
        # "corvettes built by BAE Systems and delivered in 2013": the participle coordinated with the clause's
        clauses += [g for c in clauses if c.dep_ == "acl" for g in c.children if g.dep_ == "conj" and g.tag_ in ("VBN", "VBD")]
        relative = [c for c in clauses  # not "requests to acquire": that is the cue
                    if (c.dep_ == "relcl" or c.tag_ in ("VBN", "VBD")) and (cue := self._cue(c)) is not None
                    and not (c.dep_ == "acl" and cue.status is Status.INTEREST and not any(
                        g.dep_ == "agent" for g in c.children))][:1]  # nor "the parts needed to repair them": nobody's wish
        if not relative:  # "delivered eight AW189s that the Egyptian Air Force ordered": a relative clause
            ends = {t.right_edge.i for t in nouns}  # the parser took for the verb's complement
            relative = [c for v in chain if v.pos_ == "VERB" for c in v.children if c.dep_ == "ccomp"
                        and c.left_edge.lower_ in ("that", "which") and c.left_edge.dep_ == "dobj"
                        and c.left_edge.i - 1 in ends and self._cue(c) is not None][:1]
        readings = self._reading(sent, item, span, head, chain, states_at, attribution, hint=hint)
        if not readings and head.dep_ == "nsubj" and len(chain) == 2:
            # "The JF-17 is cheaper than its rivals, and Pakistan has exported it to Myanmar": the
            # pronoun object of the coordinated clause is the item
            pronoun = next((o for v in chain[1].children if v.dep_ == "conj" and v.pos_ == "VERB"
                            for o in v.children if o.dep_ == "dobj" and o.lower_ in ("it", "them")), None)
            if pronoun is not None and not any(i in self._weapon_tokens for i in range(pronoun.head.i, pronoun.i)):
                readings = self._reading(sent, item, span, pronoun, [pronoun, pronoun.head], states_at, attribution,
                                         hint=hint)
        unread = not readings
        for verb in relative:
            inner: list[Token] = []  # "which Prague agreed to buy from the US": the verb the relative clause ends in
            x: Token | None = next((c for c in verb.children if c.dep_ == "xcomp" and self._cue(c) is not None), None)
            while x is not None:
                inner.append(x)
                x = next((c for c in x.children if c.dep_ == "xcomp" and self._cue(c) is not None), None)
            extra = self._reading(sent, item, span, head, [head, *reversed(inner), verb], states_at, attribution, fallback=readings[0] if readings else None, hint=hint)
            own_buyers = {states_at[t.i].iso3s[0] for t in verb.subtree if t.i in states_at}  # named in the clause itself
            for r in extra:
                for n, m in enumerate(readings):  # "received the first of 36 Rafales ordered from France"
                    if "supplier" in m.inferred and "supplier" not in r.inferred and r.recipient == m.recipient:
                        readings[n] = replace(m, supplier=r.supplier,
                                              confidence=min(r.confidence, round(m.confidence + PENALTY["origin"], 2)),
                                              inferred=tuple(x for x in m.inferred if x != "supplier"))
                    elif "recipient" in m.inferred and r.supplier == m.supplier and r.recipient == m.recipient \
                            and r.confidence > m.confidence and r.recipient in own_buyers:
                        # "delivered the first of two OPVs ordered by the Uruguayan Navy": the clause names the buyer
                        readings[n] = replace(m, confidence=r.confidence,
                                              inferred=tuple(x for x in m.inferred if x != "recipient"))
                same = next((m for m in readings if m.status is r.status and m.recipient == r.recipient
                             and m.supplier == r.supplier), None) or next(
                    (m for m in readings if m.status is r.status and "supplier" in m.inferred
                     and r.recipient == m.recipient), None)
                if same is None:
                    readings.append(r)
                elif "supplier" in same.inferred and "supplier" not in r.inferred and r.recipient == same.recipient:
                    readings[readings.index(same)] = r  # "Cobras acquired from Jordan": the seller is named here
        partitive = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in ("nsubj", "nsubjpass")
        if unread and readings and chain[-1].i != head.i and (head.dep_ in ("nsubj", "nsubjpass") or partitive):
            # "The first six of 24 F-16s that Argentina bought from Denmark landed on Friday": the
            # relative clause names the sides, the main verb a stage of its own
            first = readings[0]
            part = figures.number(head.head.head) if partitive and head.head.head.like_num else None  # "the first six of 24"
            readings += [replace(r, inferred=first.inferred, confidence=min(r.confidence, first.confidence),
                                 quantity=part if partitive else r.quantity)
                         for r in self._reading(sent, item, span, head, chain, states_at, attribution,
                                                fallback=first, hint=hint) if r.status is not first.status]
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

    def _reading(self, sent: Doc, item: Item, span: Span, head: Token, chain: list[Token],
                 states_at: dict[int, StateMention], attribution: str | None, fallback: Reading | None = None,
                 hint: tuple[str, str] | None = None) -> list[Reading]:
        """The claim one chain of cues makes about the item; one per supplier when several
        coordinated states supply ("the US, Spain and France have supplied ...")."""
        on_chain = {t.i for t in chain}
        for n, verb in enumerate(chain):  # "scrapped its contract with France for 12 submarines":
            if verb.pos_ == "VERB" and n:  # the deal noun the verb takes is part of the claim too
                deal = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in on_chain
                             and c.pos_ == "NOUN" and (cue := self._cue(c)) is not None
                             and ((cue.direction == "both" and cue.status in (Status.AGREEMENT, Status.NEGOTIATION))
                                  or (cue.direction in ("out", "in") and lemma_of(verb) in ("submit", "make", "place"))
                                  or (cue.status is Status.INTEREST and lemma_of(verb) in SHOWING))),
                            None)  # "submitted a proposal for 24 Gripens", "placed an order for": the noun's maker;
                # "had shown interest in procuring 18 Tejas", the parser hanging "in procuring" on the verb
                if deal is not None:
                    chain = [*chain[:n], deal, *chain[n:]]
                    break
        cues = [(tok, cue) for tok, cue in ((t, self._cue(t)) for t in chain) if cue is not None]
        if cues and self._blocked(chain, *cues[0]):
            return []  # "engines to propel the JF-17": another verb governs the item
        cues = [(tok, cue) for tok, cue in cues if not (  # "asked about the possibility of supplying S-300s": says nothing
            tok.dep_ == "pcomp" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in HYPOTHETICAL_NOUNS)]
        if cues:
            # "To entice Turkey to reverse plans to buy the S-400, the US offered the Patriot": past an adverbial
            # clause set before its verb, the cues are about something else (but "held talks to resolve
            # differences over a shipment of bombs" are talks about the shipment)
            at = chain.index(cues[0][0])
            edge = next((t for t in chain[at + 1:] if t.dep_ == "advcl" and t.pos_ == "VERB" and t.i < t.head.i
                         and self._cue(t) is None), None)
            if edge is not None:
                cues = [(tok, cue) for tok, cue in cues if chain.index(tok) < chain.index(edge)]
        if not cues:
            cues = self._subject_cues(chain)
            deal = cues[0][0] if cues else None
            if deal is not None and deal not in chain and lemma_of(deal.head) in CONTENT_VERBS and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "for", "with", "from") for c in deal.children) \
                    and not any(t.i in self._weapon_tokens for t in deal.subtree):
                chain = [*chain, deal]  # "The package for Japan covers 150 SM-6s": the deal's sides are the item's
        if not cues:
            cues = self._supplied_modifier(head, chain, states_at)
        if not cues:
            return []
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for t in chain for c in t.children):
            return []  # "if the air force decides to buy F-15s": a supposition states nothing
        if any(lemma_of(t) in MAKE_VERBS and any(g.lower_ in ("domestically", "indigenously", "locally")
                                                 for g in t.children)
               for t in [*head.children, *span]) and not any(t.lower_.startswith("licen") for t in sent) \
                and not any(c.dep_ == "prep" and c.lower_ == "from" for t in chain[:2] for c in t.children) \
                and not any(cue.direction == "out" for _, cue in cues):
            return []  # "commissioned its fourth domestically built patrol vessel": home production; but not
            # "interest in procuring the indigenously-developed Tejas from India": India's home make, sold,
            # nor "talks over the sale of the indigenously developed Akash"
        inner, inner_cue = cues[0]
        if inner_cue.direction == "out" and inner.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c not in chain and any(t.like_num or t.is_currency for t in c.subtree)
                and lemma_of(c) not in self._equipment_lemmas and not any(t.i in states_at for t in c.subtree)
                and c.i not in self._weapon_tokens for c in inner.children) and any(
                p.dep_ == "prep" and p.lower_ == "to" and not any(t.i in states_at for t in p.subtree)
                for p in inner.children):
            return []  # "committed 10 billion euros to domestic programmes, including the Eurofighter": the
            # money goes to the programmes, the equipment goes nowhere
        if inner_cue.lemma == "talk" and head.dep_ == "pobj" and head.head.lower_ == "to":
            return []  # "making a Korean radar talk to a Russian missile": what is talked to is not sold
        if inner_cue.lemma == "land" and fallback is None and not self._owner(head, states_at):
            return []  # "planes that landed at Belgrade airport": a flight, unless the deal or owner is named
        owned = head.head
        if head.dep_ == "poss" and item.start <= head.i < item.end and not item.start <= owned.i < item.end and (owned.i in self._weapon_tokens or (
                self.lex.categories.get((lemma_of(owned),), item.category) is not item.category)):
            return []  # "the T129's US-controlled CTS800 engines": the platform that owns the engines
        if head.dep_ == "pobj" and head.head.lower_ == "of" and lemma_of(head.head.head) in MAKER_NOUNS:
            return []  # "Baykar, the maker of the TB2 and Akinci drones, has signed ...": what it makes, not sells
        if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.pos_ in ("NOUN", "PROPN") \
                and (lemma_of(head.head.head) in self._equipment_lemmas or head.head.head.i in self._weapon_tokens
                     or lemma_of(head.head.head) in PARTS):
            return []  # "engines for the JF-17s", "Ka-52Ks for its Mistrals", "pods and spares for the Rafale":
            # the platform is not transferred
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
        if inner_cue.lemma in ("equip", "arm") and not any(c.dep_ == "agent" for c in inner.children) and (
                any(c.dep_ == "auxpass" for c in inner.children) or (inner.dep_ == "acl" and inner.head.i == head.i)):
            return []  # "the Caravans are equipped with turrets", "A26 submarines equipped with sonars":
            # what a fleet carries, not a transfer
        if inner_cue.lemma == "come":
            subject = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head  # "most of the weapons"
            if not (subject.dep_ == "nsubj" and subject.head.i == inner.i):
                return []  # "the challenge has come from Chinese submarines": what comes is the equipment, or nothing
        if head.dep_ == "nsubj" and head.head.i == inner.i and inner_cue.pos == "verb" \
                and not (inner.tag_ == "VBN" and not self._aux(inner)) and not self._misread_participle(head, inner) \
                and not (inner_cue.lemma in ("arrive", "land", "come") and (
                    fallback is not None or self._owner(head, states_at) or self._arrives_to_stay(inner, head, states_at)
                    or (item.weapon is not None and not any(lemma_of(t) in VISITS for t in inner.sent) and (
                        self._prep_names_state(head, "from", states_at) or (self._prep_names_state(head, "for", states_at)
                                                                          and self._prep_names_state(inner, "from", states_at)))))):
                # "Challenger 2 tanks from the UK have arrived", "K-8 trainers for Bangladesh came from China"; not a visit
            return []  # the equipment does the acting: "the F-16 offers unmatched capability"; but
            # "Egypt's new MEKO frigate arrived in Alexandria" is a delivery to its owner, as is the
            # arrival of "the F-16s that Argentina bought from Denmark"
        if any(c.dep_ == "dobj" and lemma_of(c) in SERVICE_NOUNS for c in inner.children):
            return []  # "is planning integration of Meteor on the F-35": work on it, not a sale
        if any(tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod", "nmod") and lemma_of(c) in SERVICE_NOUNS
                                          for c in tok.children) for tok, _ in cues):
            return []  # "a maintenance contract for the helicopters": work on them, not a sale
        status = self._status(cues, chain)
        if status is None:
            return []
        reported: Status | None = None  # the stage a report the sentence calls false had claimed
        if head.dep_ in ("appos", "conj") and any(
                c.dep_ == "neg" and head.head.i < c.i < head.i for c in head.head.children):
            status = Status.DENIAL  # "will provide the Su-35, not the Su-57"
        if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ == "nsubj" and any(
                c.dep_ in ("acomp", "attr") and (lemma_of(c) in FALSE_WORDS or (
                    c.lower_ in ("accurate", "true", "correct") and any(g.dep_ == "neg" for g in t.head.children)))
                for c in t.head.children) for t in chain):
            reported, status = status, Status.DENIAL  # "reports that China will supply J-10Cs to Iran are false" ("not accurate")
        report = next((n for n, t in enumerate(chain) if n and lemma_of(t) in REPORT_NOUNS), None)
        if status is Status.DENIAL and reported is None and report is not None:
            # "denied a media report that India planned to transfer a Kilo": the report's own claim stands too
            below = [(t, c) for t, c in cues if chain.index(t) < report]
            reported = self._status(below, chain[:report]) if below else None
        roles = self._roles(cues, chain, head, span, states_at, item.weapon.origin if item.weapon else ())
        if status is Status.DENIAL and not roles.recipient and not roles.supplier:
            roles.party.extend(self._denier(chain, states_at))
        elif (status is Status.DENIAL or (status is Status.CANCELLATION and lemma_of(cues[-1][0]) in STOPPING
                                          and not roles.origin and not roles.makers and not any(
                    c.lower_ == "by" for t in chain for c in t.children) and any(c.dep_ == "dobj" and c in chain and any(
                    self._is_cue(t) for t in c.subtree if t in chain) for c in cues[-1][0].children))) \
                and roles.recipient and not roles.supplier and item.weapon is None:
            # "Turkish officials said no drones had been delivered to Ethiopia": who denies sending them;
            # "South Africa is blocking arms sales to Saudi Arabia": who stops them
            roles.supplier.extend(d for d in self._denier(chain, states_at) if d not in roles.recipient)
        if fallback is not None:  # a relative clause inherits the sides of the clause it hangs on
            roles.supplier.append(fallback.supplier or "")
            roles.recipient.append(fallback.recipient or "")
        supplier, recipient, how = self._sides(roles, item, states_at, cues, hint,
                                               self._open_side_states(head, span, states_at))
        origin = item.weapon.origin if item.weapon else ()
        rejecter = next((c for c in chain[1].children if c.dep_ == "nsubj"), None) \
            if len(chain) > 1 and head.dep_ == "dobj" and lemma_of(chain[1]) in REJECTING else None
        buyer = self._states_in(rejecter, states_at)[:1] if rejecter is not None and origin else []
        if buyer and buyer[0] not in origin and how["recipient"] != "text":
            # "Norway rejected the K9 in favour of the Archer": a buyer turns a system down
            recipient, how["recipient"] = buyer[0], "text"
            if supplier in (None, recipient):
                supplier, how["supplier"] = origin[0], "origin"
        if origin and supplier not in origin and not roles.second_hand and any(
                t.lower_ in ALONGSIDE and t.dep_ == "prep" for t in chain) and recipient not in origin:
            # "took delivery of Akinci drones from Turkey, alongside Russian-built Mi-171Sh helicopters":
            # the seller of the drones is not that of the helicopters set beside them; their maker's state
            supplier, how["supplier"] = next((o for o in roles.origin if o in origin), origin[0]), "origin"
        referent: WeaponMention | None = None  # the system a kind stands for, named earlier in the sentence
        if (not supplier or not recipient) and item.weapon is None and self._definite(head) and not any(
                kind_fits(frozenset({item.category}), w.weapon.category) for w in self._weapons):
            # "the helicopters", where the sentence names no helicopter of its own ("... with 14 T700 engines")
            fits = {(s, r) for s, r, category in self._discourse.recent if category is item.category
                    and supplier in (None, s) and recipient in (None, r)}
            if len(fits) == 1:  # "... received its first Mi-28NEs from Russia. Kampala ordered the helicopters in 2021"
                (s, r), = fits
                if not supplier:
                    supplier, how["supplier"] = s, "discourse"
                if not recipient:
                    recipient, how["recipient"] = r, "discourse"
            recent_sellers = {s for s, _, category in self._discourse.recent if category is item.category}
            if not fits and not supplier and recipient and len(recent_sellers) == 1 and recipient not in recent_sellers:
                # "The UAE ordered 80 Rafales ... Indonesia has signed for 42 of the aircraft": the same seller
                supplier, how["supplier"] = recent_sellers.pop(), "discourse"
        elif not supplier and recipient and how["recipient"] == "text" and item.weapon is None and self._definite(head) \
                and head.dep_ != "poss":  # not "refused to license the aircraft's British-made parts"
            # "Only the UK has bought Tomahawks, but Japan intends to buy hundreds of the missiles": the one
            # system of the kind the sentence has named before it; its seller, and it, as the claim's
            own = {w.weapon.family: w for w in self._weapons
                   if w.end <= head.i and kind_fits(frozenset({item.category}), w.weapon.category)}
            if len(own) == 1:
                (family, antecedent), = own.items()
                buyer_at = [m.start for m in states_at.values() if recipient in m.iso3s]
                seller = self._discourse.sold_by.get(family) or antecedent.weapon.origin[0]
                # the buyer named after the system: a new buyer of it ("Poland signed for F-35As and took
                # delivery of its first aircraft" is read with the F-35As' own claim)
                if buyer_at and min(buyer_at) >= antecedent.end and seller != recipient \
                        and recipient not in antecedent.weapon.origin:
                    supplier, how["supplier"], referent = seller, "origin", antecedent
        if supplier and not recipient and item.weapon is not None and how["supplier"] == "origin" \
                and how["recipient"] != "unnamed":
            before = {r for s, r, category in self._discourse.recent if s == supplier and r and category is item.category}
            if len(before) == 1:  # "... has received its first three Rafales. The aircraft are the first of 42 Rafales ordered"
                recipient, how["recipient"] = before.pop(), "discourse"
        pairs = {(s, r) for s, r, _ in self._discourse.recent if supplier in (None, s)}
        pair_noun = next((t.head for t in sent if t.lower_ == "two" and t.head.lower_ in PAIR_NOUNS), None)
        two = pair_noun is not None
        if not recipient and len(pairs) == 1 and two:
            (supplier, recipient), = pairs  # "... 64 K2 tanks to Poland. In August, the two countries signed for 180 more"
            how["supplier"], how["recipient"] = how["supplier"] if how["supplier"] != "text" else "discourse", "discourse"
        elif two and (supplier, recipient) in pairs and how["recipient"] in ("sentence", "context"):
            how["recipient"] = "discourse"  # "the two sides are in talks on S-400s beyond those New Delhi ordered": that pair
        elif not recipient and supplier and not pairs and item.weapon is not None and pair_noun is not None \
                and pair_noun.dep_ == "nsubj":
            # "the two sides are in talks on more S-400s" in a story of Russia and India: the state the
            # article names most, other than the makers, where the sentence names no other
            named = [(s, n) for s, n in self._discourse.context.most_common(4) if s not in (supplier, *item.weapon.origin)]
            if named and named[0][1] >= 2 * NAME_WEIGHT and (len(named) == 1 or named[0][1] > named[1][1]) and all(
                    iso in (named[0][0], *item.weapon.origin) for m in states_at.values() for iso in m.iso3s):
                recipient, how["recipient"] = named[0][0], "discourse"
        if not supplier and recipient and how["recipient"] == "text" and item.weapon is None \
                and status is Status.INTEREST and not roles.origin and not roles.makers and not self._weapon_tokens \
                and any(c.dep_ == "nummod" or c.lower_ in ("a", "an", "new") for c in head.children) and all(
                    recipient in m.iso3s for m in self._open_side_states(head, span, states_at).values()):
            how["supplier"] = "unnamed"  # "Manila wants two submarines": the seller is not said, so null
        elif not supplier or supplier == recipient or (not recipient and how["recipient"] != "unnamed"):
            return []
        if (how["recipient"] != "text" or item.weapon is None) and all(lemma_of(t) in SHOWCASING for t, _ in cues):
            return []  # "AVIC, which markets the Z-10ME for export": to nobody; "presented the vessel to": a handover
        inferred = tuple(side for side, src in how.items() if src not in ("text", "unnamed"))
        confidence = 1.0 - sum(PENALTY[src] for src in how.values()) - (0.1 if item.weapon is None else 0.0)
        # "ordered 24 of the French jets", "in talks for the Korean tanks": the ones named before, by their origin
        by_origin = item.weapon is None and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those")
                                                for c in head.children) and any(
            c.dep_ in ("amod", "compound") and c.i in states_at and states_at[c.i].kind in ("demonym", "made")
            and supplier in states_at[c.i].iso3s for c in head.children)
        near = {t.i for t in chain} | {c.i for t in chain for c in t.children}
        if any(t.lower_ in self.lex.hedges for t in sent if t.i in near or (t.dep_ == "advmod" and t.head.dep_ == "ROOT")):
            confidence -= 0.15
        reading = Reading(
            supplier=supplier,
            recipient=recipient,
            weapon=item.weapon,
            system=catalog().spelling(item.weapon, item.name or span.text, sent[span.end : span.end + 3].text)
            if item.weapon else None,
            category=item.category,
            status=status,
            quantity=figures.quantity(head, list(span)),
            value_usd=figures.value_usd(sent.text),
            year=figures.year(sent[:], self._discourse.published),
            attributed_to=attribution,
            cues=tuple(dict.fromkeys(t.text for t, _ in cues)),
            inferred=inferred,
            confidence=max(0.1, round(confidence, 2)),
            anaphoric=item.weapon is None and (self._definite(head) or by_origin),
            by_origin=by_origin,
        )
        if referent is not None:
            reading = replace(reading, weapon=referent.weapon, category=referent.weapon.category, anaphoric=False,
                              system=catalog().spelling(referent.weapon, referent.text, ""),
                              inferred=(*reading.inferred, "system"))
        elif item.weapon is None:
            reading = self._part_of_named(reading, head)
        others = [c for c in dict.fromkeys(roles.co_suppliers) if c not in (supplier, recipient)]
        buyers = [c for c in dict.fromkeys(roles.co_recipients) if c not in (supplier, recipient)]
        if others and any(t.lower_ == "respectively" for t in sent):
            # "the U.S. and Britain pitched respectively the F-35 and the Typhoon": pair them in order
            top = head
            while top.dep_ == "conj":
                top = top.head
            items = conjuncts(top)
            sellers = [reading.supplier, *others]
            if head in items and len(items) == len(sellers):
                reading.supplier, others = sellers[items.index(head)], []
        stages = [reading]
        if reported is not None and reported is not Status.DENIAL:
            stages.append(replace(reading, status=reported))  # the report is a claim too, as GUIDELINES reads it
        if status is Status.DELIVERY and any(
                p.dep_ == "prep" and p.lower_ == "under" and any(
                    o.dep_ == "pobj" and lemma_of(o) in ("contract", "deal", "agreement", "order") for o in p.children)
                for t in (*chain, *(c for c in head.children if c.dep_ in ("acl", "relcl"))) for p in t.children):
            # "received the jets under a contract signed in 2021": the agreement is a stage of its own
            stages.append(replace(reading, status=Status.AGREEMENT))
        return [*stages, *(replace(r, supplier=c) for r in stages for c in others),
                *(replace(r, recipient=c) for r in stages for c in buyers)]

    @staticmethod
    def _blocked(chain: list[Token], first_cue: Token, cue: Cue) -> bool:
        """A content verb between the item and its nearest cue means the cue is about something else; and
        an item the sentence sets aside ("instead of the S-400") is not the one the cue is about."""
        item = chain[0]
        if item.dep_ == "conj" and any(c.dep_ == "cc" and item.head.i < c.i < item.i and any(
                a.lower_ in ("instead", "rather") for a in c.children) for c in item.head.children):
            return True  # "will buy Patriots instead of the S-400", "rather than the S-400": set aside
        at = next(n for n, t in enumerate(chain) if t.i == first_cue.i)
        if cue.lemma in CHOOSING and at and chain[at - 1].dep_ == "prep" and chain[at - 1].lower_ == "for" \
                and any(c.dep_ == "auxpass" for c in first_cue.children):
            return True  # "the radar has been chosen for the CH-47 and the NH90": what it goes on
        for tok in chain[1:]:
            if tok.i == first_cue.i:
                return False
            if (tok.dep_ == "conj" and tok.head.i == first_cue.i) or (first_cue.dep_ == "conj" and first_cue.head.i == tok.i):
                continue  # "acquire and deploy": coordinated with the cue, sharing its object
            if _adjective_verb(tok, chain[0]):
                continue
            if lemma_of(tok) in REFITTING and not (cue.direction == "out" and any(
                    c.dep_ == "nsubj" and lemma_of(c) in ARMED_FORCE_NOUNS for c in first_cue.children)) and any(t.lower_ == "with" and t.dep_ == "prep" and (t.head.i == tok.i or any(
                    t.head in d.subtree for d in tok.children if d.dep_ == "dobj")) for t in chain):
                continue  # "wants to renew its fleet with Gripen jets": what the fleet gets is what is wanted
                # or offered ("Moscow proposed replacing the Mi-17s with Ka-226Ts"); but "the navy proposed
                # replacing the submarine with a frigate" is the buyer's own plan, no offer
            if lemma_of(tok) == "base" and lemma_of(tok.head) in VERSION_NOUNS | {"design"}:
                continue  # "offered a design based on its Avante 2200 corvette": the corvette is offered
            if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "pobj", "dobj", "nsubj", "nsubjpass") \
                    and tok.lemma_.lower() not in TRANSPARENT_VERBS:
                return True  # but not a noun mistagged as a verb: "the purchase of two C-390 transports"
            if tok.pos_ == "NOUN" and lemma_of(tok) in SERVICE_NOUNS | REPLACED_NOUNS:
                return True  # "maintenance of the Mi-25s", "integration of Meteor on the F-35"

        return False

    def _chain(self, head: Token) -> tuple[list[Token], Token | None]:
        """Tokens from the equipment up to the top of its clause; and a speech verb above it."""
        chain = [head]
        tok = head
        while tok.head.i != tok.i:
            dep = tok.dep_
            parent = tok.head
            if dep == "pobj" and parent.lower_ == "of" and parent.head.pos_ in ("VERB", "AUX") and parent.i > 1 \
                    and parent.doc[parent.i - 1].lower_ in ("and", "or"):
                earlier = next((p for p in reversed(parent.doc[: parent.i - 1]) if p.lower_ == "of"
                                and p.head.pos_ == "NOUN" and self._is_cue(p.head)), None)
                if earlier is not None:  # "sales of AMRAAMs to Lithuania, and of Javelins to Estonia": the same sales
                    chain.append(parent)
                    tok = earlier.head
                    chain.append(tok)
                    continue
            if tok.i != head.i and dep == "appos" and lemma_of(tok) in SUPPLIER_NOUNS | CLIENT_NOUNS \
                    and any(c.dep_ == "poss" for c in tok.children):
                break  # "Russia, Serbia's traditional arms supplier, has offered ...": the aside is a claim of its own
            if dep == "conj":
                if parent.pos_ in ("VERB", "AUX") and tok.pos_ in ("NOUN", "PROPN", "VERB") and not all(
                        any(c.dep_ == "dobj" for c in v.children) for v in (tok, parent)) and not (
                        tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)) and not (
                        any(c.dep_ in ("aux", "xcomp") for c in tok.children) and any(c.dep_ == "dobj" for c in parent.children)
                        and (cue := self._cue(parent)) is not None and cue.status in (Status.CANCELLATION, Status.DENIAL)):
                    # "to acquire and deploy the S-400": both verbs take the object; or a list parsed
                    # as coordinated with the verb, which is then its object; but not "will supply
                    # weapons and has sent tanks", where each verb has an object of its own, nor
                    # "abandoned its plan to buy F-35s, and will consider F-16Vs": what ends is its object
                    chain.append(parent)
                tok = parent  # coordinated items share their predicate
                continue
            if parent.lemma_.lower() in self.lex.speech_verbs and parent.pos_ in ("VERB", "AUX"):
                return chain, parent
            number = parent.doc[parent.i - 1] if parent.i else parent
            if parent.lower_ in ("used", "refurbished") and parent.i < tok.i and number.like_num \
                    and number.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in parent.children):
                tok = number  # "a contract for 24 used F-16s": an adjective the parser took for a verb;
                continue  # the noun phrase hangs where its number does
            if dep == "dobj" and _adjective_verb(parent, tok) and parent.dep_ in ("advcl", "xcomp", "conj", "dep", "ccomp") \
                    and parent.head.pos_ == "VERB":
                chain += [parent, parent.head]  # "Iraq bought used Su-25s from Russia": the same adjective, taken
                tok = parent.head  # for a verb of its own clause; what it governs is the outer verb's
                continue
            if dep == "ccomp" and tok.i < parent.i and any(
                    c.text == ";" and tok.i < c.i < parent.i for c in parent.children):
                break  # "The TB3 is a version of the TB2; Indonesia plans to fly its TB3s": another sentence, really
            if dep == "ccomp" and tok.i < parent.i and any(c.dep_ == "nsubj" for c in tok.children) \
                    and any(c.dep_ == "nsubj" and c.i > tok.i for c in parent.children):
                break  # "China pitches J-35 to Pakistan, Nepal seeks helicopters": clauses in a row, not one in another
            if dep == "ccomp" and not self._framing(parent) and not (
                    lemma_of(parent) in ENABLING and parent.dep_ == "xcomp" and self._framing(parent.head)):
                return chain, self._speaker_above(parent)  # but "refused to allow Israel to sell": the refusal frames it
            if dep == "parataxis" or (dep == "advcl" and tok.lower_ not in PRICE_WORDS and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not (
                    tok.tag_ == "VBG" and lemma_of(tok) in CONTENT_VERBS
                    and not any(c.dep_ == "mark" for c in tok.children))):
                break  # "... if it also buys F-16s": another clause does not govern the item
                # (a purpose infinitive does: "approved a deal to upgrade its T-90s")
            if tok.lower_ in ("exchange", "return", "favor", "favour") and tok.dep_ == "pobj" and tok.head.lower_ == "in":
                break  # "give up the S-400s in exchange for a Patriot deal": the other side of a trade;
                # "abandon the C-2 in favour of buying the C-130J": the choice, not the abandoned one
            if tok.lower_ in CONTRAST_PREPS | TEMPORAL | CARRIERS and tok.pos_ in ("ADP", "ADV", "SCONJ"):
                break  # "apart from the Russian arms deal, India ordered oil from Iran"; "arrived aboard an An-124"
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
            if dep == "relcl" and parent.dep_ == "pobj" and parent.head.lower_ == "by" \
                    and lemma_of(parent.head.head) in REPORT_NOUNS:
                parent = parent.head.head  # "a report by a rights group that boats had been handed": the report's
            if dep in ("relcl", "acl") and lemma_of(parent) in REPORT_NOUNS and any(
                    c.lower_ == "that" and c.dep_ in ("mark", "dobj", "nsubj") for c in tok.subtree):
                chain.append(parent)  # "denied a media report that India planned to transfer": what the report says
                denied = self._cue(parent.head)
                if denied is None or self._own_status(parent.head, denied) is not Status.DENIAL:
                    break  # "gave conflicting accounts of a report that ...": only the report's own claim
                tok = parent
                continue
            chain.append(parent)
            if dep == "relcl" and not (lemma_of(tok) in CONTENT_VERBS and parent.dep_ == "pobj" and parent.head.lower_ in (
                    "of", "for") and lemma_of(parent.head.head) in DEAL_NOUNS | {"package"}) and not (
                    lemma_of(parent) in DEAL_NOUNS | {"plan"} and parent.dep_ in ("dobj", "nsubj", "nsubjpass")
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)) and not (
                    lemma_of(tok) in CONTENT_VERBS and lemma_of(parent) in CONTESTS | {"field", "shortlist"}):
                break  # but "a package of weapons that includes Stingers", "cancelled a deal to buy Mirages",
                # "shortlisted two types out of a field that included the JF-17": the clause of the package,
                # the deal or the contest governs them
            tok = parent
        for n, tok in enumerate(chain[1:], 1):
            talks = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                          if o.dep_ == "pobj" and (cue := self._cue(o)) is not None and cue.status is Status.NEGOTIATION),
                         None) if lemma_of(tok) == "be" and chain[n - 1].dep_ == "xcomp" else None
            if talks is None and tok.pos_ == "VERB" and chain[n - 1].dep_ == "prep" \
                    and chain[n - 1].lower_ in ("over", "on", "about", "regarding", "concerning"):
                talks = next((o for o in tok.children if o.dep_ == "dobj" and (cue := self._cue(o)) is not None
                              and cue.status is Status.NEGOTIATION), None)
                # "entered talks with Vietnam over the sale of the Akash": the parser hung the topic on the verb
            if talks is not None:  # "has been in negotiations with Russia to acquire Su-57s": the talks frame the buying
                chain.insert(n, talks)
                break
        top = chain[-1]
        for verb in (c for c in top.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            cue = self._cue(verb)  # "was first postponed and then cancelled": the later verb ends it
            if cue is not None and cue.status in (Status.CANCELLATION, Status.DENIAL) and not any(
                    c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
                chain.append(verb)
        if head.dep_ in ("nsubj", "nsubjpass") and len(chain) == 2 and not any(self._is_cue(t) for t in chain):
            # "The AH-1Z entered service in 2010 and has been exported to Bahrain": the subject of both verbs
            chain.extend(v for v in top.children if v.dep_ == "conj" and v.pos_ == "VERB" and self._is_cue(v)
                         and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in v.children))
        return chain, None

    def _speaker_above(self, tok: Token) -> Token | None:
        """A speech verb governing this clause from further up: "... is assured that Russia will not
        sell", a source told ThePrint."""
        for anc in [tok, *tok.ancestors]:
            if anc.lemma_.lower() in self.lex.speech_verbs and anc.pos_ in ("VERB", "AUX"):
                return anc
        return None

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

    @staticmethod
    def _arrives_to_stay(verb: Token, head: Token, states_at: dict[int, StateMention]) -> bool:
        """"Two Rafales arrived in India": equipment of no named state arriving in one is delivered
        there, as is equipment only said to be made elsewhere ("Chinese-made drones arrived in
        Nigeria"); not "US F-35s arrived in Poland", nor "B-52s arrived in Romania for an exercise"
        or "the C295 arrived in Thailand and is on display before a promotional tour"."""
        named = [states_at[t.i] for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                 for t in c.subtree if t.i in states_at]
        if any(m.kind != "made" for m in named):
            return False
        if not named and any(lemma_of(t) in VISITS for t in verb.sent):
            return False  # made elsewhere, the equipment is not on a visit from its maker's forces
        preps = [c for c in verb.children if c.dep_ == "prep"]
        return any(p.lower_ in ("in", "at") and any(t.i in states_at for o in p.children for t in o.subtree) for p in preps)

    @staticmethod
    def _owner(head: Token, states_at: dict[int, StateMention]) -> bool:
        """The equipment has a possessor that is a state ("Egypt's", "the Egyptian navy's")."""
        return any(c.dep_ == "poss" and any(t.i in states_at for t in c.subtree) for c in head.children)

    def _subject_cues(self, chain: list[Token]) -> list[tuple[Token, Cue]]:
        """"The contract covers 36 jets": a cue noun as the subject or object of the clause verb; not
        where the equipment hangs on another noun by other than "of" ("the purchase had not changed
        Serbia's reliance on Chinese air defence", but "brings the number of tanks to 170")."""
        for n, tok in enumerate(chain):
            if tok.pos_ not in ("VERB", "AUX"):
                if n and tok.pos_ in ("NOUN", "PROPN") and chain[n - 1].lower_ != "of" \
                        and chain[n - 1].dep_ not in ("appos", "conj", "compound") and not self._is_cue(tok) \
                        and lemma_of(tok) not in self._equipment_lemmas and tok.i not in self._weapon_tokens:
                    return []
                continue
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    child = next((o for p in child.children if p.dep_ == "prep" and p.lower_ == "of" and child.dep_ == "nsubj"
                                  and lemma_of(child) in BATCHES for o in p.children if o.dep_ == "pobj"), child)
                    cue = self._cue(child)
                    if cue is not None and cue.pos == "noun":
                        # "the package approved by the State Department covers ...": the deal's own stage
                        told = [(v, c) for v in child.children if v.dep_ in ("acl", "amod") and v.tag_ == "VBN"
                                and (c := self._cue(v)) is not None and not self._negated(v)]
                        return [(child, cue), *told[:1]]
            running = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                            if o.dep_ == "pobj" and o.lower_ in STANDING), None)
            if running is not None and lemma_of(tok) == "be":
                return [(running, STANDING_CUE)]  # "the Rafale and the F-21 are also in the running": competing
            weighed = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children
                            if o.dep_ == "pobj" and o.lower_ in WEIGHED), None)
            if weighed is not None and lemma_of(tok) == "be":
                return [(weighed, WEIGHED_CUE)]  # "the F-16s are still under consideration": a buyer weighs them
            contest = next((o for c in tok.children if c.dep_ == "nsubj" for p in c.children
                            if p.dep_ == "prep" and p.lower_ in ("in", "for") for o in p.children
                            if o.dep_ == "pobj" and lemma_of(o) in CONTESTS | STANDING), None)
            if contest is not None and lemma_of(tok) == "include":
                return [(contest, STANDING_CUE)]  # "contenders in the competition include the F-35 and the Gripen"
            contender = next((c for c in tok.children if c.dep_ == "nsubj" and lemma_of(c) in CONTENDERS), None)
            if contender is not None and lemma_of(tok) == "be" and contender not in chain:
                return [(contender, STANDING_CUE)]  # "the candidates in the competition are the F-16 and the Rafale"
        return []

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


def _respectively(items: list[Item], found: list[list[Reading]], states_at: dict[int, StateMention]) -> list[list[Reading]]:
    """"Finland and Germany have bought David's Sling and Arrow 3 respectively": the n-th system
    goes to the n-th of the buyers every one of them was read with, in the order the text names them."""
    named = sorted((n for n, item in enumerate(items) if item.weapon is not None and found[n]), key=lambda n: items[n].start)
    buyers = [{r.recipient for r in found[n]} for n in named]
    if len(named) < 2 or any(b != buyers[0] for b in buyers) or len(buyers[0]) != len(named):
        return found
    first = {iso: i for i, m in sorted(states_at.items(), reverse=True) for iso in m.iso3s}
    order = sorted(buyers[0], key=lambda iso: first.get(iso or "", 10**6))
    keep = dict(zip(named, order, strict=True))  # item index -> its buyer
    return [[r for r in rs if n not in keep or r.recipient == keep[n]] for n, rs in enumerate(found)]


def _dateline_end(sent: Doc) -> int:
    """Where a dateline that opens the sentence ends: "SANTIAGO, Chile — ", "KYIV, Ukraine (AP) -":
    a place in capitals, then only names, commas and an agency in brackets, up to a dash or colon;
    0 where there is none."""
    if not (len(sent) > 2 and sent[0].is_upper and sent[0].is_alpha and len(sent[0]) > 2):
        return 0
    for tok in sent[1:10]:
        if tok.text in ("—", "–", "-", "--", ":"):
            return tok.i if sent[1].text in (",", "(") else 0  # not a label: "NIGER: US cancels C-130 transfer"
        if not (tok.is_punct or tok.like_num or tok.text[:1].isupper()):
            return 0
    return 0


def _each_to_its_own(sent: Doc, items: list[Item], found: list[list[Reading]],
                     states_at: dict[int, StateMention], is_cue: Callable[[Token], bool]) -> list[list[Reading]]:
    """"approved the export of four warships to Israel, ammunition worth EUR 179 million to Qatar and
    missiles to the Philippines": where two or more items are each followed by "to" and states of
    their own, with no comma, state or cue between (only words that describe it, or another item
    right after it: "Paveway precision-guided bombs to Saudi Arabia"), each goes to its own states,
    at the stage and from the supplier the sentence gives (the parser hangs such lists anywhere)."""
    own: dict[int, list[str]] = {}
    starts = {i.start for i in items}
    for n, item in enumerate(items):
        for t in sent[item.end : min(item.end + 12, len(sent))]:
            if t.lower_ == "to":
                own[n] = _states_listed(sent, t.i + 1, states_at)
                break
            if t.text in (",", ";", "(", ":") or t.i in states_at or is_cue(t) or (
                    t.i in starts and any(g.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") and g.text != "-"
                                          for g in sent[item.end : t.i])):
                break
    own = {n: isos for n, isos in own.items() if isos}
    if len({tuple(isos) for isos in own.values()}) < 2:
        own = _own_by_part(sent, items, states_at)
    if own and any(is_cue(t) for t in sent[items[min(own)].start : items[max(own)].end]):
        return found  # "sold K9s to Egypt and is pitching them to Peru": a stage for each
    others = {iso for isos in own.values() for iso in isos}
    template = next((r for rs in found for r in rs if r.supplier and r.supplier not in others), None)
    if len({tuple(isos) for isos in own.values()}) < 2 or template is None:
        return found
    out = []
    for n, (item, rs) in enumerate(zip(items, found, strict=True)):
        mine = own.get(n)
        if mine is None:
            out.append(rs)
            continue
        kept = [r for r in rs if r.recipient in mine or r.recipient not in others]  # not another item's buyer
        model = next((r for r in rs if r.supplier == template.supplier), None) or replace(
            template, weapon=item.weapon, category=item.category, quantity=None, anaphoric=False,
            system=catalog().spelling(item.weapon, sent[item.start : item.end].text) if item.weapon else None)
        out.append(kept + [replace(model, recipient=iso) for iso in mine if iso not in {r.recipient for r in kept}])
    return out


def _own_by_part(sent: Doc, items: list[Item], states_at: dict[int, StateMention]) -> dict[int, list[str]]:
    """Item number -> the states its part of a list cut by semicolons ends on: "Paveway bombs for
    Saudi Arabia; APKWS rockets and Patriot missiles for the UAE; and Paveway IIs for Jordan"."""
    cuts = [t.i for t in sent if t.text == ";"]
    own: dict[int, list[str]] = {}
    for lo, hi in zip([0, *[c + 1 for c in cuts]], [*cuts, len(sent)], strict=True) if cuts else ():
        mine = [n for n, item in enumerate(items) if lo <= item.start < hi and not _after_preposition(sent, item.start)]
        for t in sent[items[mine[0]].end : hi] if mine else ():
            isos = _states_listed(sent, t.i + 1, states_at) if t.lower_ in ("to", "for") else []
            last = max((m.end for j, m in states_at.items() if t.i < j < hi), default=hi)
            if isos and all(g.is_punct for g in sent[last:hi]):  # the part ends on them
                own.update((n, isos) for n in mine)
                break
    return own


def _included_kind(sent: Doc, items: list[Item], found: list[list[Reading]]) -> list[list[Reading]]:
    """"16 Scorpene-class submarines for navies worldwide, including boats for Chile and India": a kind
    that an "including" list names, with its buyers, after the sentence's one system of that kind,
    whose buyer the grammar left open, is that system."""
    named = [n for n, item in enumerate(items) if item.weapon is not None]
    system = items[named[0]] if len(named) == 1 else None
    if system is None or system.weapon is None or any("recipient" not in r.inferred for r in found[named[0]]):
        return found
    weapon, text = system.weapon, sent[system.start : system.end].text
    out = [list(rs) for rs in found]
    for n, (item, rs) in enumerate(zip(items, found, strict=True)):
        head = sent[item.end - 1]
        if item.weapon is None and item.start > system.end and head.dep_ == "pobj" and head.head.lower_ == "including" \
                and kind_fits(frozenset({item.category}), weapon.category) \
                and rs and all("recipient" not in r.inferred for r in rs):
            out[n] = [replace(r, weapon=weapon, category=weapon.category, system=catalog().spelling(weapon, text))
                      for r in rs]
            out[named[0]] = []  # the buyers are those the list names
    return out


def _after_preposition(sent: Doc, i: int) -> bool:
    """"engines for F-15 jets": the item at `i` is the object of a preposition, no entry of a list."""
    while i > 0 and sent[i - 1].pos_ in ("NUM", "DET", "ADJ"):
        i -= 1
    return i > 0 and sent[i - 1].pos_ == "ADP"


def _states_listed(sent: Doc, i: int, states_at: dict[int, StateMention]) -> list[str]:
    """The states named in a row from token `i` on: "the United Arab Emirates, Saudi Arabia and Iraq"."""
    isos: list[str] = []
    while i < len(sent):
        if sent[i].lower_ == "the":
            i += 1
        elif i in states_at and states_at[i].kind in ("name", "alias", "capital"):
            isos.append(states_at[i].iso3s[0])
            i = states_at[i].end
        elif sent[i].text == "," or sent[i].lower_ == "and":
            nxt = i + 1 + (i + 1 < len(sent) and sent[i + 1].lower_ in ("and", "the"))
            if nxt not in states_at:
                break
            i = nxt
        else:
            break
    return list(dict.fromkeys(isos))


def _clause_of(tok: Token) -> int:
    """The verb heading the clause a token sits in (the root where none)."""
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok.i


def _describes(between: Span) -> bool:
    """Only words that describe a system stand between its name and a kind noun after it: "M28
    short takeoff and landing (STOL) aircraft"; not a list ("S-400s and fighter aircraft")."""
    words = [t for t in between if t.text not in ("(", ")", "-")]
    return 0 < len(words) <= 8 and words[-1].lower_ not in ("and", "or") and words[0].lower_ not in ("and", "or") \
        and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "CCONJ", "NUM") or t.tag_ in ("VBG", "VBN") for t in words) \
        and not any(t.text[:1].isupper() and not t.is_upper for t in words)  # not "Su-30s and Rafale jets"


def _phrase(tok: Token) -> str:
    tokens = [t for t in tok.subtree if not t.is_space]
    doc = tok.doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,\"'“”")


def _adjective_verb(verb: Token, noun: Token) -> bool:
    """"bought used Su-25s": an adjective just before the equipment that the parser took for a verb."""
    return verb.lower_ in ("used", "refurbished") and verb.i == noun.left_edge.i - 1 and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _givers_are_not_buyers(found: list[list[Reading]]) -> list[list[Reading]]:
    """"Norway has sent NASAMS, Denmark has given away its Caesars, ...": where the sentence names
    several givers, a buyer taken from outside it is not one of them; it is the one buyer the givers
    share (Ukraine, from the article), or none."""
    buying = {r.recipient for rs in found for r in rs if "recipient" not in r.inferred}
    givers = {r.supplier for rs in found for r in rs if r.supplier and "supplier" not in r.inferred} - buying
    if len(givers) < 2:
        return found  # "Belgium has promised F-16s ... until the F-35s Brussels ordered arrive": it buys too
    shared = {r.recipient for rs in found for r in rs if r.supplier in givers and r.recipient not in givers}
    told = any("recipient" not in r.inferred for rs in found for r in rs if r.recipient in shared)
    if told:
        return found  # "... handed over its MiG-29s to Kyiv": the sentence names the buyer itself
    buyer = shared.pop() if len(shared) == 1 else None
    return [[r if not ("recipient" in r.inferred and r.recipient in givers) else replace(r, recipient=buyer)
             for r in rs if buyer is not None or not ("recipient" in r.inferred and r.recipient in givers)]
            for rs in found]


def _as_item(reading: Reading, item: Item, weapon: Weapon, sent: Doc, supplier: str | None) -> Reading:
    """The reading of the system before, made the claim of `item`, naming `weapon` (one more system of the same list)."""
    return replace(reading, weapon=weapon, system=catalog().spelling(weapon, sent[item.start : item.end].text),
                   category=item.category, quantity=None, supplier=supplier)
