"""Who supplies and who receives: the grammar part of `nlp/reader.SentenceReader`.

From the cues on the path from a piece of equipment to its clause, `_roles` reads the roles of
the states around them: subject and object of a transfer verb, "to", "from", "with",
possessives, demonyms on the equipment, a pronoun's antecedent, the armed service or the deal an
earlier sentence named. `nlp/filling.py` then settles one supplier and one recipient from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from armsledger.nlp.lexicon import CLIENT_NOUNS, CONTESTS, REQUESTS, SENDING
from armsledger.nlp.mentions import BRANCHES, StateMention
from armsledger.nlp.status import (
    ASKING,
    ENABLING,
    MAKE_VERBS,
    PERMISSIONS,
    URGING,
    StatusRules,
    lemma_of,
)
from armsledger.types import Status

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from armsledger.nlp.discourse import Discourse
    from armsledger.nlp.lexicon import Cue

# pronouns that stand for a state named before: "it will buy", "its navy"
PRONOUNS = frozenset({"it", "its", "they", "their", "them", "we", "our"})
# regions whose states a plural buyer stands for without naming one: "European air forces"
REGIONS = frozenset({"european", "african", "asian", "western", "gulf", "arab", "nordic", "baltic", "latin",
                     "middle", "eastern", "southeast", "south", "central", "regional", "foreign", "other", "several"})
# a part of talks that stands for them: "India and Vietnam are in the final stage of negotiations"
PHASES = frozenset({"stage", "round", "phase", "midst"})
# verbs whose addressee is the "it" of what they say: "warned Serbia that it should not buy"
WARNING_VERBS = frozenset({"warn", "caution", "advise", "remind", "urge", "press", "pressure"})
# nouns that only count what follows them: "entered into a number of arms contracts"
AMOUNTS = frozenset({"number", "series", "range", "couple", "host", "handful", "raft", "string", "slew", "spate"})
# "chose the F-16V over the Gripen": the other system is not the one taken; "before choosing China": a seller
CHOICE_VERBS = frozenset({"choose", "select", "pick", "prefer", "favour", "favor", "opt"})
# places at a state's edge, which equipment is sent to without the state receiving it: "to South African waters"
EDGES = frozenset({"border", "frontier", "coast", "coastline", "airspace", "waters", "water"})
# what a demonym may qualify without naming a buyer: "the British components", "the British embargo"
NOT_BUYERS = EDGES | {"component", "part", "embargo", "design", "engine", "technology", "sanction", "restriction",
                      "law", "rule", "content", "avionics", "licence", "license", "ban", "veto", "approval", "consent"}
# what a side says of its own deal: "Germany announced the delivery of Patriot systems to Kyiv" (not
# "Merkel suggested the sale of vessels to Angola": an offer, not a report)
ANNOUNCING = frozenset({"announce", "confirm", "reveal", "disclose", "report", "acknowledge", "declare"})
ARMED_FORCE_NOUNS = frozenset({"navy", "army", "military", "force", "forces", "marine", "marines", "service", "guard"})
# nouns that, with "the" or "its", point back to a state: "the country received", "its navy ordered"
# what an apposition calls a maker: "BrahMos Aerospace, the India-Russia joint venture"
FIRM_NOUNS = frozenset({"venture", "company", "firm", "consortium", "corporation", "subsidiary", "manufacturer", "maker"})
ANAPHORIC_NOUNS = ARMED_FORCE_NOUNS | {"country", "nation", "state", "government", "kingdom", "republic", "island",
                                       "ministry"}
# words that leave a buyer unnamed on purpose: "an undisclosed African country ordered four A-29s"
UNDISCLOSED = frozenset({"unnamed", "undisclosed", "unidentified", "unspecified"})
# buyers the text leaves unnamed: "partners", "several countries", "an unnamed customer"
PARTY_NOUNS = CLIENT_NOUNS | {"country", "partner", "nation", "government"}
# people who act for their state: "officials from Warsaw and Seoul signed" names the parties
# "any party in Sudan": whoever fights in a state stands for it as a recipient
SIDES = frozenset({"party", "side", "faction", "group", "actor"})
SEATS = frozenset({"government", "authorities", "administration", "regime", "leadership", "ministry", "cabinet"})
# what a giver is called when the sentence before named it: "The country donated its CAESARs to Ukraine"
GIVER_NOUNS = frozenset({"country", "nation", "kingdom"}) | SEATS
# "a joint order with Estonia": the one joined buys alongside
JOINT = frozenset({"joint", "common", "shared"})
DELEGATES = frozenset({"official", "delegation", "representative", "minister", "diplomat", "envoy", "officer",
                       "executive", "negotiator"})
# "X is Y's largest supplier", "X, Y's biggest customer": the two sides of a standing relation
SUPPLIER_NOUNS = frozenset({"supplier", "exporter", "seller", "vendor", "provider", "source"})
# equipment sold on by its former owner: its maker is not the seller
SECOND_HAND = frozenset({"second-hand", "secondhand", "used", "surplus", "pre-owned"})

# verbs whose subject answers a deal noun made by the other side: "India accepted an offer",
# "the US is accepting an Indian request"
PROPOSALS = frozenset({"offer", "proposal", "bid", "request", "pitch", "appeal"})
ANSWERING_VERBS = frozenset({"accept", "receive", "get", "reject", "decline", "welcome", "refuse", "turn",
                             "approve", "grant", "consider", "evaluate", "study", "answer"})
REFUSING_VERBS = frozenset({"reject", "decline", "refuse", "rebuff", "spurn"})  # "India rejected Russia's offer"
# "Algeria is expecting delivery of submarines": the buyer; "New Delhi completed the delivery": the sender
AWAITING_VERBS = frozenset({"expect", "await", "anticipate", "accept", "receive", "welcome"})
DOING_VERBS = frozenset({"complete", "finish", "make", "begin", "start", "carry", "conduct", "resume"})
# "the two countries", "the two sides": the pair of states the text has just named
PAIR_NOUNS = frozenset({"countries", "sides", "governments", "nations"})
# verbs whose "as" phrase says what their subject is: "emerged as a major buyer"
AS_COPULAS = frozenset({"emerge", "rank", "serve", "act", "remain", "stand"})
# "Sweden told Buenos Aires that it could not sell the Gripen": the one told is the buyer
ADDRESSING_VERBS = frozenset({"tell", "inform", "assure", "notify", "warn", "promise", "advise"})
# verbs whose subject is a party to the deal noun they take: "signed a deal", "are in talks"
LIGHT_VERBS = frozenset({"make", "hold", "reach", "strike", "conclude", "complete", "close", "enter", "have",
                         "be", "remain", "sign", "seal", "ink", "finalise", "finalize", "announce", "pursue", "win",
                         "secure", "place", "award", "agree", "negotiate", "discuss", "seek", "plan",
                         "propose", "offer", "submit", "send", "forward", "cancel", "scrap", "approve", "clear", "conduct",
                         "begin", "start", "continue", "resume", "launch", "open", "initiate", "want",
                         "consider", "confirm", "expand", "extend", "renew", "get", "obtain", "clinch",
                         "land", "bag", "accept", "initial", "pay", "express", "show", "voice", "signal",
                         "halt", "suspend", "freeze", "stop", "ban", "curb", "restrict", "end",
                         "abandon", "shelve", "terminate", "ditch", "annul", "revoke"})
# "teamed with Rafael to build", "partnered with Tata to offer": the one joined is a fellow maker
TEAMING = frozenset({"team", "partner", "collaborate", "ally"})
DESTINED = frozenset({"go", "head", "bind", "destine"})  # "arms bound for Yemen": where they are going
# verbs that pass a cue through to their object: "began delivering", "the deal includes 36 jets"
TRANSPARENT_VERBS = frozenset({"be", "have", "submit", "place", "start", "begin", "continue", "complete", "resume", "finish",
                               "expect", "schedule", "set", "go", "try", "help", "move", "seem", "include",
                               "comprise", "involve", "cover", "cost", "value", "worth", "reach", "total",
                               "make", "take", "get", "become", "remain", "need", "receive", "see",
                               "believe", "think", "understand", "know", "report", "say", "estimate", "upgrade",
                               "modernise", "modernize", "refurbish", "overhaul", "convert", "configure",
                               "modify", "retrofit", "integrate", "install", "fit", "arm", "equip"})
# prepositions and conjunctions that put their clause beside the main one: "after signing a deal to
# sell helicopters, Canada ordered a review" (the review is not a stage of the sale)
TEMPORAL = frozenset({"after", "before", "since", "following", "amid", "until", "upon", "while", "when"})
# prepositions that set a place, time or agent inside a recipient phrase, not the recipient
PLACE_PREPS = frozenset({"in", "at", "by", "near", "on", "with", "from", "over", "after", "during", "within",
                         "across", "around", "under", "against", "off", "inside", "since", "before",
                         "between", "among", "amid"})
# "for fear of", "for lack of": a reason, not the buyer
REASON_NOUNS = frozenset({"fear", "reason", "lack", "sake", "concern", "purpose", "use", "fears", "worry"})
# verbs whose object does what the infinitive after it says: "cleared Bahrain to buy Hellfires"
LETTING = ENABLING | {"clear", "approve", "help"}
# verbs whose agent only helps a deal along: "the deal was facilitated by AD Trade Belgium"
BROKERS = frozenset({"facilitate", "broker", "mediate", "finance", "fund", "underwrite", "arrange", "help"})


@dataclass(slots=True)
class Roles:
    """The states the grammar around one piece of equipment put in each role."""

    supplier: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    party: list[str] = field(default_factory=list)
    with_party: list[str] = field(default_factory=list)  # the parties named after "with": "talks with Sweden and France"
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
    # states the grammar rules out as the buyer: "Leonardo offered the British-built AW159" (Italy)
    not_buyers: list[str] = field(default_factory=list)


class SideRules(StatusRules):
    """Mixin of `SentenceReader`, which sets these for the sentence being read."""

    _equipment_lemmas: frozenset[str]
    _weapon_tokens: set[int]
    _discourse: Discourse

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

    def _object_states(self, tok: Token, preps: tuple[str, ...], states_at: dict[int, StateMention],
                       places: bool = True, agent: bool = False) -> list[str]:
        """The states named as objects of `tok`'s prepositions `preps`, and of its passive agent if
        `agent`: "under licence from Russia", "exported to Singapore", "donated by China"."""
        return [i for p in tok.children if (p.dep_ == "prep" and p.lower_ in preps) or (agent and p.dep_ == "agent")
                for o in p.children if o.dep_ == "pobj" for i in self._states_in(o, states_at, places=places)]

    def _states_listed_after(self, party: Token, verb: Token, states_at: dict[int, StateMention]) -> list[str]:
        """The states a "including" or "such as" list names after an unnamed party ("to six countries,
        including Indonesia and Iraq"), the parser hanging the list on the party or on the verb."""
        if not self._unnamed_party(party):
            return []
        return [i for head in (party, verb) for p in head.children
                if p.dep_ == "prep" and (p.lower_ == "including" or (p.lower_ == "as" and p.i and p.nbor(-1).lower_ == "such"))
                and p.i > party.i for o in p.children if o.dep_ == "pobj" for i in self._states_in(o, states_at, places=False)]

    def _alongside(self, subject: Token, verb: Token, states_at: dict[int, StateMention]) -> list[str]:
        """The states "along with" or "together with" sets beside a subject, the parser hanging the
        phrase on the subject or on its verb."""
        return [i for head in (subject, verb) for p in head.children if p.dep_ == "prep" and p.lower_ in ("along", "together")
                for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                for o in w.children if o.dep_ == "pobj" for i in self._states_in(o, states_at, places=False)]

    @staticmethod
    def _misread_participle(head: Token, verb: Token) -> bool:
        """"showed off Su-30K fighters acquired from Russia", "the vessel gifted to Sri Lanka by China
        has arrived": the parser read the participle as the item's own verb in a clause of its own."""
        return head.dep_ == "nsubj" and head.head.i == verb.i and verb.tag_ == "VBD" \
            and not any(c.dep_ == "dobj" for c in verb.children) and (
                (verb.dep_ == "ccomp" and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children))
                or any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children))

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
               states_at: dict[int, StateMention], made_in: tuple[str, ...] = ()) -> Roles:
        roles = Roles()
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
                if child.dep_ == "appos" and lemma_of(child) in FIRM_NOUNS:
                    continue  # "BrahMos Aerospace, the India-Russia joint venture": the owners of a firm
                if child.dep_ in ("nmod", "compound") and any(g.dep_ == "cc" for g in child.children):
                    continue  # "helicopters for Mali and air defence systems": a misparsed list, not a maker
                alternatives = any(g.dep_ == "cc" and g.lower_ == "or" for g in child.children)
                for n, iso in enumerate(self._states_in(child, states_at, shallow=True)):
                    mention = states_at.get(child.i)
                    if mention is not None and mention.kind == "maker":
                        roles.makers.append(iso)  # the maker builds it; it never operates it
                    elif child.dep_ == "poss" and (mention is None or mention.kind != "made"):
                        roles.party.append(iso)
                    elif n and alternatives:
                        roles.co_suppliers.append(iso)  # "a Turkish or Korean frigate": either makes it
                    else:
                        roles.origin.append(iso)
        first = head
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if not roles.origin and first is not head and first.i < span.start and not any(
                i in self._weapon_tokens for i in range(span.start, span.end)):
            # "interest in Chinese fighter jets and air defence systems": the demonym qualifies both kinds
            roles.origin.extend(m.iso3s[0] for c in first.children if c.dep_ == "amod" and c.i < first.i
                                if (m := states_at.get(c.i)) is not None and m.kind == "demonym")
        listed = first.head.head if first.dep_ == "pobj" and (first.head.lower_ == "including" or (
            first.head.lower_ == "as" and first.head.i and first.doc[first.head.i - 1].lower_ == "such")) else None
        if not roles.origin and listed is not None and listed.pos_ == "NOUN" and lemma_of(listed) in self._equipment_lemmas:
            # "Russian military hardware, including air defence systems and helicopters": the list's maker
            roles.origin.extend(m.iso3s[0] for c in listed.children if c.dep_ == "amod"
                                if (m := states_at.get(c.i)) is not None and m.kind == "demonym")
        for child in head.children:  # "submarines built by Germany's TKMS", "built in Russia for India"
            cue = self._cue(child) if child.dep_ == "acl" and child.tag_ == "VBN" else None
            transfer = cue is not None and cue.direction in ("out", "in") and lemma_of(child) not in MAKE_VERBS
            if transfer or (child.dep_ == "acl" and child.tag_ == "VBN" and roles.second_hand):
                # "patrol boats donated by China", "fighters acquired from Russia", "arms exported to Singapore
                # from Germany"; "12 second-hand Rafales taken from French air force squadrons": the former owner
                sending = transfer and cue is not None and cue.direction == "out"
                roles.supplier.extend(self._object_states(child, ("from",), states_at, agent=sending))
                if sending:
                    roles.recipient.extend(self._object_states(child, ("to",), states_at, places=False))
            if cue is not None and cue.direction == "out" and (transfer or lemma_of(child) == "supply") \
                    and not roles.recipient:
                roles.recipient.extend(self._holder(head, states_at, roles))
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
        cue_at = {tok.i: cue for tok, cue in cues}
        cue_status = {tok.i: cue.status for tok, cue in cues}
        if head.dep_ == "pobj" and head.head.lower_ == "of" and cue_dirs.get(head.head.head.i):
            for by in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"):
                # "the order of two tankers by the Netherlands": the agent of the deal noun
                self._by_direction(roles).get(cue_dirs[head.head.head.i], []).extend(
                    i for o in by.children if o.dep_ == "pobj" for i in self._states_in(o, states_at))
        antecedents: list[str] = []
        for k, tok in enumerate(chain):
            licence = self._licence(tok) if cue_dirs.get(tok.i) and tok.pos_ == "VERB" else None
            if licence is not None:  # "under a Russian licence", "under licence from Russia"
                roles.supplier.extend(self._states_in(licence, states_at, shallow=True))
                roles.supplier.extend(self._object_states(licence, ("from", "to"), states_at))
                # "under licence from Russia", "under licence to a Navantia design"
            if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.i in states_at and tok.i != head.i:
                found = self._states_in(tok, states_at, shallow=True)  # "blocked the sale to Egypt of SCALPs"
                roles.recipient.extend(found)
                if k and chain[k - 1].dep_ == "relcl":
                    antecedents.extend(found)  # "aid to Lebanon, which is the framework for delivery of"
            direction = cue_dirs.get(tok.i)
            if tok.dep_ == "dobj" and cue_dirs.get(tok.head.i) in ("win", "award"):
                direction = cue_dirs[tok.head.i]  # "received a contract from the Navy"
            if direction == "none" and tok.dep_ == "dobj" and cue_status.get(tok.i) is Status.DELIVERY:
                if lemma_of(tok.head) in DOING_VERBS:
                    direction = "out"  # "New Delhi completed the delivery of four helicopters": the sender
                elif lemma_of(tok.head) in AWAITING_VERBS:
                    direction = "in"  # "Algeria is expecting delivery of Kilo class submarines": the buyer
                elif cue_status.get(tok.head.i) is Status.CANCELLATION:
                    # "Germany suspended deliveries of weapons to Saudi Arabia": the sender stops them
                    direction = self._way(tok, tok.head) or direction
            if direction == "none" and lemma_of(tok) in ("licence", "license", "permit") and any(
                    cue_status.get(v.i) in (Status.CANCELLATION, Status.DENIAL) for v in self._governing(tok)):
                direction = "out"  # "Britain suspended 30 of its arms export licences for Israel": the exporting state
            inner = next((c for c in tok.children if c.dep_ == "xcomp" and c.i in cue_dirs), None) or next(
                (g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp" and g.i in cue_dirs),
                None)
            if inner is not None and not self._asks_someone(tok):
                direction = None  # "plans to sell", "an interest in providing": the inner verb says
            asked_buys = inner is not None and self._asks_to_buy(tok, inner, cue_at[inner.i])
            if asked_buys:
                direction = "out"  # "Washington urged Ankara to buy Patriots": the asker sells, the asked buys
            if direction == "in" and cue_status.get(tok.i) is Status.INTEREST and self._over_inner(tok, chain, cues) == "out" \
                    and not self._asks_someone(tok):
                direction = None  # "decided to begin negotiations for the sale of": the seller's own plan
            if direction == "award" and any(c.dep_ == "auxpass" for c in tok.children):
                direction = "win"  # "Saab has been awarded a contract": the subject is the contractor
                passive_subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if passive_subject is not None:
                    roles.supplier.extend(self._states_in(passive_subject, states_at))
            subject = self._subject(tok)
            if direction == "out" and tok.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in tok.children) \
                    and not any(c.dep_ == "agent" for c in tok.children):
                subject = None  # "India signed for MQ-9Bs, and the last MH-60R was handed over": India hands nothing
            if direction == "in" and self._misread_participle(head, tok):
                subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # who shows them holds them
            if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and (any(t.i in states_at for t in c.subtree) or (
                    c.lower_ in ("its", "their") and subject is not None and subject.tag_ == "NNS"))
                                                     for c in tok.children):
                subject = None  # "the Pentagon cancelled Turkey's order": the owner of the deal, not who ends it;
                # "Israeli officials confirmed its order": not the officials
            own_direction = direction  # the proposer's, for "Russia's offer"
            if own_direction is None and inner is not None and tok.pos_ == "NOUN" and cue_dirs[inner.i] in ("in", "out"):
                own_direction = cue_dirs[inner.i]  # "Angola's interest in acquiring": Angola acquires
            if own_direction == "none" and tok.pos_ == "NOUN" and cue_status.get(tok.i) is Status.DELIVERY:
                # "Russia's deliveries of tanks to Poland": Russia sends; "... from France": receives
                own_direction = self._way(tok) or own_direction
            if direction in ("out", "in") and lemma_of(tok) in PROPOSALS and tok.dep_ == "dobj" \
                    and lemma_of(tok.head) in ANSWERING_VERBS:
                direction = "in" if direction == "out" else "out"  # "India accepted a US offer"
            if direction == "none" and cue_status.get(tok.i) is Status.DENIAL and tok.pos_ == "VERB":
                direction = "both"  # "Egypt's ministry denied that any agreement with China had been reached": a party
            if direction and subject is not None:
                isos = self._states_in(subject, states_at, places=False) or self._antecedent(subject, states_at, roles, made_in)
                if isos:  # "Turkey, along with Iran and the UAE, has been supplying drones": each of them
                    isos += [i for i in self._alongside(subject, tok, states_at) if i not in isos]
                if not isos and lemma_of(subject) in SEATS | GIVER_NOUNS \
                        and any(c.lower_ == "the" for c in subject.children):
                    # "Slovakia has had no air defence since 2022, when the previous government gave its
                    # S-300s to Ukraine": the state that heads a subject earlier in the sentence
                    above = {a.i for a in subject.head.ancestors}  # in a clause the subject's clause hangs on
                    isos = next((found[:1] for c in subject.doc[: subject.i] if c.dep_ == "nsubj" and c.head.i in above
                                 and (c.i in states_at or lemma_of(c) in DELEGATES)  # "officials in Lisbon say the government"
                                 if (found := self._states_in(c, states_at, places=False))), [])
                    if not isos and direction in ("out", "win") and lemma_of(subject) in GIVER_NOUNS \
                            and subject.head.i == tok.i and len(self._discourse.prior) == 1 \
                            and not any(i < subject.i for i in states_at):
                        # "Denmark retired its Hawks in 2005. The country donated its CAESARs to Ukraine":
                        # a giver named as "the country" is the state the sentence before was about, as "it" is
                        isos = list(self._discourse.prior)
                        roles.discourse.append(isos[0])
                topic = self._discourse.topic
                if direction == "in" and subject.lower_ == "we" and isos and set(isos) <= set(made_in) \
                        and topic is not None and topic not in made_in:
                    # '"Russia is our partner. We have received Su-30 fighters," the Myanmar general said': not Russia
                    roles.discourse.append(topic)
                    isos = [topic]
                if direction in ("out", "win", "both") and len(isos) > 1 and made_in and any(i in made_in for i in isos) \
                        and all(m.kind == "maker" for t in subject.subtree if (m := states_at.get(t.i)) is not None):
                    isos = [i for i in isos if i in made_in]  # "Sikorsky/PZL Mielec delivers M28s": the maker's own state
                if direction == "out" and len(isos) > 1 and tok.pos_ == "NOUN" and "both" in cue_dirs.values():
                    roles.party.extend(isos)  # "Jakarta and Beijing had agreed on the sale": the two parties
                    isos = []
                elif direction in ("out", "win") and len(isos) > 1:
                    roles.co_suppliers.extend(isos[1:])
                    isos = isos[:1]
                elif direction in ("in", "award") and len(isos) > 1:
                    roles.co_recipients.extend(isos[1:])
                    isos = isos[:1]
                if not isos and direction in ("in", "award", "both") and lemma_of(subject) in ANAPHORIC_NOUNS | SEATS:
                    isos = self._fronted_place(tok, subject, states_at)  # "In Burkina Faso, the government received"
                if not isos and direction in ("in", "award"):
                    isos = self._buyer_named_before(subject, states_at, roles, made_in)
                if not isos and direction == "out":
                    isos = self._service_named_before(subject, roles)
                if not isos and direction in ("in", "award") and any(
                        c.lower_ in UNDISCLOSED for c in subject.children) and lemma_of(subject) in PARTY_NOUNS:
                    roles.unnamed_buyers = True  # "an undisclosed African country ordered four A-29s"
                elif not isos and direction in ("in", "award") and subject.tag_ == "NNS" and (any(
                        c.dep_ in ("amod", "compound") and c.lower_ in REGIONS for c in subject.children)
                        or (lemma_of(subject) in PARTY_NOUNS and not any(
                            c.lower_ in ("both", "two", "these", "those", "the") for c in subject.children))):
                    roles.unnamed_buyers = True  # "European air forces have chosen the F-35A", "our partners want ...": many buyers, none named
                elif not isos and (direction in ("in", "award") or (
                        direction == "both" and lemma_of(subject) in ANAPHORIC_NOUNS and subject.tag_ == "NN")):
                    # "the air force will buy", and a party to a deal: "the army signed a contract with Hanwha"
                    roles.unnamed_recipient = True
                    roles.anaphor = self._anaphor(subject)
                self._by_direction(roles).get(
                    direction, []).extend(isos)
            on_chain = {t.i for t in chain}
            children = list(tok.children)
            if tok.pos_ == "NOUN":  # "the delivery of F-16s, Apaches, Harpoons and tank kits to Egypt": a "to" on
                # the list's last item goes with the list
                children += [p for m in self._goods(tok) if m.dep_ in ("conj", "appos") and m.i not in on_chain
                             for p in m.children if p.dep_ == "prep" and p.lower_ == "to"]
            if direction in ("win", "award", "both", "in", "out"):  # "won a contract with the Navy"
                children += [g for c in tok.children if c.dep_ == "dobj" and c.i not in on_chain
                             and self._is_cue(c) for g in c.children if g.dep_ == "prep"]
            if tok.pos_ in ("NOUN", "PROPN"):
                # "shipments of arms that would have gone to Israel", "arms bound for Yemen", "equipment worth
                # EUR 2 million that would have gone to Israel": where they were going is the buyer
                bound = [i for c in (*tok.children, *(g for w in tok.children if w.lower_ == "worth" for g in w.subtree))
                         if c.dep_ in ("relcl", "acl") and lemma_of(c) in DESTINED
                         for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                         for o in p.children if o.dep_ == "pobj" for i in self._states_in(o, states_at, places=False)]
                roles.recipient.extend(bound[:1])
                roles.co_recipients.extend(bound[1:])
            for child in children:
                dep, word = child.dep_, child.lower_
                if child.i in on_chain:
                    continue  # the preposition we climbed through: "back down from Ankara's purchase"
                if dep == "dobj" and tok.lemma_.lower() in ASKING and tok.pos_ == "VERB" and (
                        tok.i in cue_dirs or tok.lemma_.lower() not in URGING):  # not "pressured India out of buying"
                    asked = self._states_in(child, states_at, places=False)  # "asked Russia for drones"
                    (roles.recipient if asked_buys else roles.supplier).extend(asked[:1])
                    (roles.co_recipients if asked_buys else roles.co_suppliers).extend(asked[1:])
                    continue  # "approached Turkey and Pakistan about trainers": each
                if dep == "prep":
                    requested = self._sends_a_request(tok, on_chain)
                    objs = [g for g in child.children if g.dep_ == "pobj"]
                    isos = [i for o in objs for i in self._states_in(o, states_at, places=word not in ("to", "for", "into"))]
                    if word == "from" and lemma_of(tok) in ("request", "application") and not isos \
                            and any(self._unnamed_party(o) for o in objs):
                        roles.unnamed_buyers = True  # "requests from more than 20 African countries"
                    if word == "for" and any(lemma_of(o) in REASON_NOUNS for o in objs):
                        pass  # "cancelled the deal for fear of U.S. sanctions": a reason, not a buyer
                    elif word == "to" and direction == "both" and tok.pos_ == "VERB" and not self._passes_on_a_sale(tok, cues):
                        # "Pakistan is talking to Russia about tanks": the other party; not "make a Korean radar
                        # talk to a Russian missile"
                        roles.party.extend(i for o in objs if o.i in states_at for i in states_at[o.i].iso3s[:1])
                    elif word in ("to", "for", "into") and self._carries_the_transfer(tok, cue_dirs, on_chain, requested):
                        to_seller = word == "to" and (direction == "award" or tok.lemma_.lower() in ASKING or requested
                                                      or licence is not None)  # "built under licence to a Navantia design"
                        (roles.supplier if to_seller else roles.recipient).extend(isos[:1])
                        (roles.supplier if to_seller else roles.co_recipients).extend(isos[1:])
                        named = [i for o in objs for i in self._states_listed_after(o, tok, states_at)] \
                            if not isos and not to_seller else []
                        if named:  # "exported to six countries, including Indonesia, Iraq and Poland": each
                            roles.recipient.extend(named[:1])
                            roles.co_recipients.extend(named[1:])
                        elif not isos and not to_seller and any(self._unnamed_party(o) for o in objs):
                            roles.unnamed_buyers = True  # "ready to offer the Su-57 to partners in the region"
                        elif not isos and not to_seller:  # "Asked about Nigeria, he said Moscow had delivered
                            back = self._country_before(objs, states_at, roles)  # helicopters to the country"
                            roles.recipient.extend(back)
                            roles.discourse.extend(back)
                            pair = self._pair_before(objs or [g for g in child.children if g.dep_ == "pcomp"], states_at, roles)
                            roles.recipient.extend(pair[:1])
                            roles.co_recipients.extend(pair[1:])
                    elif word == "from" and (direction == "win" or lemma_of(tok) in ("request", "application") or any(
                            c.dep_ == "dobj" and lemma_of(c) in ("request", "application") for c in tok.children)
                            or (lemma_of(tok) in ("order", "contract") and isos and all(
                                o.lower_ in ARMED_FORCE_NOUNS or ((m := states_at.get(o.i)) is not None
                                                                   and m.kind == "service") for o in objs))):
                        # "won an order from Brazil"; "requests for arms from Kabul"; "an order from the
                        # Argentine Air Force": an armed force places orders, it does not fill them
                        roles.recipient.extend(isos)
                    elif word == "from":  # "from the Netherlands and Denmark": each supplies
                        plant = [i for o in objs if (m := states_at.get(o.i)) is not None and m.kind == "maker"
                                 for p in o.children if p.dep_ == "prep" and p.lower_ == "in"
                                 for g in p.children if g.dep_ == "pobj" for i in self._states_in(g, states_at)]
                        if plant:  # "from Airbus in Spain": the state the maker builds it in
                            isos = [*plant[:1], *(i for i in isos if i != states_at[objs[0].i].iso3s[0] and i not in plant)]
                        roles.supplier.extend(isos[:1])
                        roles.co_suppliers.extend(isos[1:])
                    elif word in ("in", "at") and tok.lemma_.lower() in ("arrive", "arrival", "land"):
                        roles.recipient.extend(isos)  # "has arrived in Ecuador"
                    elif word == "in" and any(lemma_of(o) in CONTESTS for o in objs):
                        # "pitched the F-35 in the Belgian tender": the buyer runs the contest
                        roles.recipient.extend(i for o in objs for i in self._states_in(o, states_at, shallow=True))
                    elif word == "with" and joint(tok):
                        roles.co_recipients.extend(isos)  # "bought K9s through a joint procurement with Finland": a co-buyer
                    elif word in ("with", "between", "among") and direction not in ("out", "in") \
                            and not (lemma_of(tok) == "be" and tok.i not in cue_dirs):
                        # not "sell missiles with American parts", not "is a topic, with debate over ..."
                        roles.party.extend(isos)
                        roles.with_party.extend(isos)
                        if not isos and any(self._unnamed_party(o) and o.tag_ == "NN" for o in objs):
                            roles.unnamed_buyers = True  # "completed the TB2 export contract with one more country"
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
                    found = self._antecedent(child, states_at, Roles(), made_in) \
                        if not objs and child.lower_ in ("them", "it") and dep in ("dative", "iobj") else []
                    if len(found) > 1 and child.lower_ == "them":
                        # "Saudi Arabia and the UAE ..., after Washington refused to sell them the MQ-9"
                        roles.recipient.extend(found[:1])
                        roles.co_recipients.extend(found[1:])
                    elif len(found) == 1 and child.lower_ == "it":  # "after Abu Dhabi ..., Washington agreed to sell it"
                        roles.recipient.extend(found)
                elif dep == "poss" and own_direction and tok.i in cue_dirs:
                    isos = self._states_in(child, states_at) or self._antecedent(child, states_at, roles, made_in)
                    if lemma_of(tok) in CLIENT_NOUNS:
                        roles.supplier.extend(isos)  # "Russia's biggest customer": Russia sells to it
                    elif lemma_of(tok) in SUPPLIER_NOUNS:
                        roles.recipient.extend(isos)  # "India's largest supplier": India buys from it
                    elif own_direction == "none" and cue_status.get(tok.i) is Status.CANCELLATION:
                        roles.party.extend(isos)  # "Australia's cancellation of a submarine deal with Paris"
                    else:
                        self._by_direction(roles).get(own_direction, []).extend(isos)
                elif dep in ("compound", "amod", "nmod") and tok.i in cue_dirs and tok.i != head.i:
                    isos = self._states_in(child, states_at, shallow=True)  # "a Brazilian order": the buyer
                    if any(c.dep_ == "compound" and c.i > child.i and (
                            lemma_of(c) in self._equipment_lemmas or c.i in self._weapon_tokens) for c in tok.children):
                        roles.origin.extend(isos)  # "an Israeli missile contract": the missiles' maker
                        continue
                    if lemma_of(tok) in PERMISSIONS and roles.origin \
                            and not set(isos) <= set(roles.origin):
                        continue  # "U.S. approval for French arms exports": a third state's leave, not a side
                    {"in": roles.recipient, "out": roles.supplier}.get(cue_dirs[tok.i], roles.party).extend(isos)
        for c in head.children:  # "gifted Dhruv helicopters to Nepal and the Maldives": the parser hung the
            mention = states_at.get(c.i)  # second buyer on the equipment
            if c.dep_ == "conj" and mention is not None and mention.kind in ("name", "capital", "alias") and any(
                    p.dep_ == "prep" and p.lower_ == "to" and p.i < c.i for p in head.children):
                roles.co_recipients.extend(mention.iso3s[:1])
        for tok, _ in cues:  # "India, another prospective S-400 buyer": the state the buyer noun is set beside
            if lemma_of(tok) in CLIENT_NOUNS and not roles.recipient:
                beside = [tok.head] if tok.dep_ == "appos" else [c for c in tok.children if c.dep_ == "appos"]
                roles.recipient.extend(i for b in beside for i in self._states_in(b, states_at, shallow=True))
        if not roles.recipient:  # "selling Scalp missiles with American components to Egypt": a "to"
            roles.recipient.extend(self._low_to(cues, states_at))  # the parser hung on a noun below the verb
        if any(i in roles.supplier for i in antecedents):  # "turned to France, which agreed to sell": France sells
            roles.recipient = [i for i in roles.recipient if i not in antecedents]
        if not roles.recipient and any(cue.direction == "out" for _, cue in cues):
            # "Armenia has turned to France, which agreed to sell howitzers": who turns to the seller buys
            for verb in (t.head.head.head for t in chain if t.dep_ == "relcl" and t.head.dep_ == "pobj"
                         and t.head.head.lower_ in ("to", "with") and t.head.head.head.pos_ == "VERB"):
                roles.recipient.extend(i for c in verb.children if c.dep_ == "nsubj"
                                       for i in self._states_in(c, states_at, places=False))
        if not roles.recipient and any(cue.direction == "out" for _, cue in cues):
            # "Sweden told Buenos Aires that it could not sell the Gripen": the one told is the buyer
            for verb in (t.head for t in chain if t.dep_ == "ccomp" and lemma_of(t.head) in ADDRESSING_VERBS):
                roles.recipient.extend(i for c in verb.children if c.dep_ in ("dobj", "dative")
                                       for i in self._states_in(c, states_at, places=False))
        for noun in head.doc:  # "X is Y's largest customer", "X is Y's main supplier", "X, Y's arms supplier",
            lemma = lemma_of(noun)  # "Y's biggest arms clients are X and Z"
            if noun.dep_ not in ("attr", "appos", "nsubj") or lemma not in CLIENT_NOUNS | SUPPLIER_NOUNS:
                continue
            subj = noun.head if noun.dep_ == "appos" else next(
                (c for c in noun.head.children if c.dep_ == ("attr" if noun.dep_ == "nsubj" else "nsubj")), None)
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            if subj is None or poss is None:
                continue
            sides = self._states_in(subj, states_at)
            for a in sides:  # "Yerevan and Moscow, once its main arms supplier": "its" is Yerevan's
                for b in self._states_in(poss, states_at) or self._antecedent(poss, states_at, roles,
                                                                              other_than=tuple(sides)):
                    roles.relations.append((b, a) if lemma in CLIENT_NOUNS else (a, b))
        partners = {i for v in chain for a in (v, *v.ancestors) if lemma_of(a) in TEAMING
                    for p in a.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj" for i in self._states_in(o, states_at)}
        if partners:  # "Raytheon has teamed with Rafael to build the Tamir": makers together, no buyer
            roles.party = [i for i in roles.party if i not in partners]
            roles.recipient = [i for i in roles.recipient if i not in partners]
            (roles.co_suppliers if roles.supplier else roles.supplier).extend(
                i for i in partners if i not in roles.supplier)
        top = chain[-1]
        cue = self._cue(top) if top.dep_ == "dobj" and top.pos_ == "NOUN" else None
        if cue is not None and cue.direction in ("out", "in", "none") and lemma_of(top.head) in ANNOUNCING:
            # "Germany announced the delivery of Patriot systems to Kyiv": who tells of its own deal; a
            # delivery's teller is the side it does not name ("the delivery of tanks from Germany")
            own = roles.supplier if cue.direction == "out" or (cue.direction == "none" and roles.recipient) \
                else roles.recipient if cue.direction == "in" or roles.supplier else None
            told = [i for c in top.head.children if c.dep_ == "nsubj" for i in self._states_in(c, states_at, places=False)]
            if own is not None and not own and told and told[0] not in (*roles.supplier, *roles.recipient):
                own.append(told[0])
        return roles

    def _holder(self, head: Token, states_at: dict[int, StateMention], roles: Roles) -> list[str]:
        """"Its most modern types were four A-29s delivered by Embraer and two Mi-35Ms supplied by
        Russia": equipment named as what a state's forces have, handed over by someone, is that state's."""
        while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if head.dep_ != "attr" or lemma_of(head.head) != "be":
            return []
        owner = next((p for c in head.head.children if c.dep_ == "nsubj" for p in c.children if p.dep_ == "poss"), None)
        if owner is None:
            return []
        return self._states_in(owner, states_at) or self._antecedent(owner, states_at, roles)

    @staticmethod
    def _governing(noun: Token) -> list[Token]:
        """The verb a noun is the object of, also through a count: "suspended 30 of its licences"."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj" and (
                noun.head.head.like_num or noun.head.head.lower_ in ("some", "all", "most", "many", "several")):
            noun = noun.head.head
        return [noun.head] if noun.dep_ == "dobj" else []

    def _antecedent(self, pron: Token, states_at: dict[int, StateMention], roles: Roles,
                    made_in: tuple[str, ...] = (), other_than: tuple[str, ...] = ()) -> list[str]:
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
            if self._discourse.voice:  # "“We are ready to supply the systems,” Martynov said": the state he speaks for
                roles.discourse.append(self._discourse.voice)
                return [self._discourse.voice]
        same = next((t for t in pron.doc[: pron.i] if t.lower_ == pron.lower_ and t.dep_ in ("nsubj", "nsubjpass")), None)
        if same is not None and pron.dep_ in ("nsubj", "nsubjpass"):
            return self._antecedent(same, states_at, roles, made_in)  # "it gave Ghana boats, and it supplied ...": the same "it"
        told = pron.head.head if pron.dep_ in ("nsubj", "nsubjpass") and pron.head.dep_ == "ccomp" \
            and lemma_of(pron.head.head) in WARNING_VERBS else None
        addressee = next((c for c in told.children if c.dep_ in ("dobj", "dative") and c.i < pron.i), None) \
            if told is not None else None
        if addressee is not None and len(found := self._states_in(addressee, states_at, places=False)) == 1:
            return found  # "the US had warned Serbia that it should not buy ...": the one warned
        first = pron.head.head if pron.dep_ in ("nsubj", "nsubjpass") and pron.head.dep_ == "conj" else None
        parallel = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None) if first is not None else None
        if parallel is not None and len(found := self._states_in(parallel, states_at, places=False)) == 1:
            return found  # "the Obama administration refused to let Israel sell ..., and it froze ...": the first subject
        for i in range(pron.i - 1, -1, -1):
            mention = states_at.get(i)
            if mention is None or mention.iso3s[0] in other_than:  # "Moscow, its supplier": not Moscow
                continue
            node = pron.doc[i]  # "Russia's cooperation with Pakistan ... it": Russia, not Pakistan
            while node.head.i != node.i and node.pos_ not in ("VERB", "AUX") and (
                    node.dep_ not in ("nsubj", "nsubjpass", "pobj") or (  # "the government in Bucharest ... it"
                    node.dep_ == "pobj" and node.head.lower_ in ("in", "from")
                    and lemma_of(node.head.head) in SEATS | DELEGATES)):
                node = node.head
            if pron.lower_ in ("it", "its") and node.tag_ == "NNS" and mention.kind == "demonym":
                continue  # "Israeli officials confirmed its order": "its" is not the officials' state
            if node.dep_ in ("nsubj", "nsubjpass") and pron.lower_ == "them":
                several = self._states_in(node, states_at, places=False)
                if len(several) > 1 and node.i not in self._own_subjects(pron):
                    return several  # "Saudi Arabia and the UAE bought ..., after Washington refused to sell them"
                continue  # not "neither Washington nor Paris has been willing to sell them": the sellers
            if node.dep_ in ("nsubj", "nsubjpass") and pron.dep_ in ("dobj", "dative", "pobj") \
                    and node.i in self._own_subjects(pron):
                continue  # "the Trump administration agreed to sell it 50 F-35s": "it" is not the seller
            if node.dep_ in ("nsubj", "nsubjpass"):
                return list(mention.iso3s[:1])
        service = next((t for t in reversed(pron.doc[: pron.i]) if t.dep_ in ("nsubj", "nsubjpass")
                        and pron.lower_ in ("it", "its") and not any(g.i in states_at for g in t.subtree)), None)
        if service is not None and (found := self._buyer_named_before(service, states_at, roles, made_in)):
            return found  # "The air force passed over that offer: it signed with Saab": the service named before
        prior = [p for p in self._discourse.prior if p not in made_in] if len(self._discourse.prior) > 1 else list(self._discourse.prior)
        if len(prior) == 1 and not any(i < pron.i for i in states_at):
            # "... from Russia, such as Algeria. It received Su-30MKAs": not Russia, which makes them
            roles.discourse.append(prior[0])
            return [prior[0]]
        return []

    @staticmethod
    def _own_subjects(tok: Token) -> set[int]:
        """The subjects of the clause a token sits in, up to the first clause boundary above it."""
        out: set[int] = set()
        node = tok
        while node.head.i != node.i and node.dep_ not in ("advcl", "relcl", "ccomp", "conj", "parataxis"):
            node = node.head
            out |= {c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")}
        return out

    def _fronted_place(self, verb: Token, subject: Token, states_at: dict[int, StateMention]) -> list[str]:
        """The state of a place phrase put before the clause's subject: "In Burkina Faso, the military
        government cancelled an order ... and has since received TB2 drones"."""
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return [i for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < subject.i
                for o in p.children if o.dep_ == "pobj" for i in self._states_in(o, states_at)][:1]

    def _buyer_named_before(self, subject: Token, states_at: dict[int, StateMention], roles: Roles,
                            made_in: tuple[str, ...]) -> list[str]:
        """A buyer phrase that names no state but points back to one: "its air force" to the state
        the possessive stands for, "the navy" or "the service" to the armed service the article
        named last ("the Bangladesh Navy commissioned ... The force also received ...")."""
        poss = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is not None and lemma_of(subject) in ANAPHORIC_NOUNS:
            return self._antecedent(poss, states_at, roles, made_in)
        if self._anaphor(subject) not in ARMED_FORCE_NOUNS:
            return []
        named = self._service_of_branch(subject)
        topic = self._discourse.topic
        if named is not None and named == self._discourse.seller and topic not in (None, named):
            named = topic  # "... once the Korean navy retires its frigates" in a story of Korean gifts to Colombia's navy
        named = named or topic  # "Greece's navy took delivery ... The air force has received": the article's buyer
        if named is None:
            return []
        roles.discourse.append(named)
        return [named]

    def _service_named_before(self, subject: Token, roles: Roles) -> list[str]:
        """A giver named only as "the navy" or "the Coast Guard": the armed service of that branch the
        article named last ("U.S. Coast Guard photo. ... The Coast Guard has transferred patrol boats
        to Costa Rica"); never the article's topic, which is mostly the buyer."""
        if self._anaphor(subject) not in ARMED_FORCE_NOUNS or subject.lower_ == "service":
            return []
        named = self._service_of_branch(subject)
        if named is None:
            return []
        roles.discourse.append(named)
        return [named]

    def _service_of_branch(self, noun: Token) -> str | None:
        """The state of the armed service of the branch `noun` names ("the air force", "the navy")
        that the article named last; of any branch for "the military" or "the forces"."""
        branch = "air" if any(c.lower_ == "air" for c in noun.children) else BRANCHES.get(lemma_of(noun), "")
        services = self._discourse.services
        return services.get(branch) if branch else next(reversed(services.values()), None)

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
        """"the jets", "these submarines", "its helicopters", "the six helicopters": a kind named as
        already known, with no words of its own but a number, or without a number, words that describe
        it in lower case ("the single-engine jet"). Not "the first two Rafale-class jets", "the eight
        light helicopters" (a new lot), "the other jets" nor "the helicopter carrier HMS Ocean" (a name)."""
        children = list(head.children)
        counted = any(c.dep_ == "nummod" for c in children)
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "its", "their")
                   for c in children) and not any(c.dep_ == "appos" or (c.dep_ in ("amod", "compound", "nmod") and (
                       counted or c.lower_ in ("other", "new") or not all(t.is_lower or t.is_punct for t in c.subtree)))
                       for c in children)

    @staticmethod
    def _goods(deal: Token) -> list[Token]:
        """What a deal or delivery noun is "of", the whole list: "the delivery of F-16 jets, Apache
        helicopters and tank kits" (however spaCy chained the list)."""
        return [g for c in deal.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children for g in conjuncts(o)]

    @staticmethod
    def _way(delivery: Token, *more: Token) -> str | None:
        """Which way a delivery noun goes for whoever owns or handles it: "out" where it goes "to"
        a place ("deliveries of tanks to Poland"), "in" where it comes "from" one; None for neither
        or both. `more`: other words the "to" may hang on."""
        ways = {c.lower_ for t in (delivery, *SideRules._goods(delivery), *more) for c in t.children if c.dep_ == "prep"} & {"to", "from"}
        return ("out" if ways == {"to"} else "in") if len(ways) == 1 else None

    @staticmethod
    def _country_before(objs: list[Token], states_at: dict[int, StateMention], roles: Roles) -> list[str]:
        """"the country" after a state the sentence has named, other than a side already read: that state."""
        if not any(lemma_of(o) in ("country", "nation", "kingdom") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in o.children)
                and not any(c.dep_ == "prep" for c in o.children) for o in objs):  # not "the country of the licensor"
            return []
        earlier = [states_at[i].iso3s[0] for i in sorted(states_at, reverse=True) if i < objs[0].i]
        return [iso for iso in earlier if iso not in roles.supplier][:1]

    @staticmethod
    def _carries_the_transfer(tok: Token, cue_dirs: dict[int, str], on_chain: set[int], requested: bool) -> bool:
        """Whether a "to" or "for" on `tok` can name a side: not on a verb or predicate adjective that
        says nothing of the transfer ("the risks the sale poses to the US", "the deal is sensitive for
        France"), unless the verb passes a cue through, has the delivery or deal as its object
        ("celebrated the delivery of Super Tucanos to two nations") or sends a request."""
        if not (tok.pos_ in ("VERB", "AUX") or tok.dep_ == "acomp") or tok.i in cue_dirs:
            return True
        return lemma_of(tok) in TRANSPARENT_VERBS or requested or any(
            c.dep_ == "dobj" and c.i in on_chain and cue_dirs.get(c.i) in ("out", "none", "both") for c in tok.children)

    @staticmethod
    def _sends_a_request(verb: Token, on_chain: set[int]) -> bool:
        """"India sent a request for S-400s to Russia": the "to" of a verb that sends a request is
        the one asked, who would sell."""
        return verb.pos_ == "VERB" and lemma_of(verb) in SENDING and any(
            c.dep_ == "dobj" and c.i in on_chain and lemma_of(c) in REQUESTS for c in verb.children)

    @staticmethod
    def _passes_on_a_sale(verb: Token, cues: list[tuple[Token, Cue]]) -> bool:
        """A two-party verb whose object is a sale ("approved arms sales to Slovakia, Spain and the UK"):
        its "to" names the buyers of the sale, each of them, not the other party to the verb; so too an
        amount of sales ("approved $4.7 billion of weapons sales to ...")."""
        def measured(t: Token) -> Token:  # "$4.7 billion of sales": the sales
            return t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.like_num else t
        return any(t.i == verb.i and cue.direction == "both" for t, cue in cues) and any(
            cue.direction == "out" and measured(t).dep_ == "dobj" and measured(t).head.i == verb.i for t, cue in cues)

    @staticmethod
    def _pair_before(objs: list[Token], states_at: dict[int, StateMention], roles: Roles) -> list[str]:
        """"either", "both" or "them" after the states the sentence has joined by "and" ("supplied to
        both Riyadh and Abu Dhabi, when Washington refused to sell Reapers to either"): those states."""
        if not any(o.lower_ in ("either", "both", "them") and o.pos_ in ("PRON", "DET", "ADV") for o in objs):
            return []
        doc = objs[0].doc
        heads = [doc[i].head if doc[i].dep_ == "compound" else doc[i] for i in sorted(states_at, reverse=True) if i < objs[0].i]
        joined = [t for t in heads if t.dep_ == "conj"]  # "Abu Dhabi": the name's head
        top = joined[0] if joined else None
        while top is not None and top.dep_ == "conj":
            top = top.head
        group = conjuncts(top) if top is not None else []
        isos = [i for t in group for i in SideRules._states_in(t, states_at, shallow=True)]
        return [i for i in dict.fromkeys(isos) if i not in roles.supplier] if len(isos) > 1 else []

    @staticmethod
    def _unnamed_party(tok: Token) -> bool:
        """"partners", "several countries", "an unnamed foreign customer", "many of the same
        customers": buyers left unnamed."""
        if tok.lower_ in ("many", "several", "some", "most") and tok.pos_ in ("ADJ", "PRON", "NOUN", "DET"):
            tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), tok)
        return lemma_of(tok) in PARTY_NOUNS and (tok.tag_ == "NNS" or any(
            c.dep_ in ("det", "amod", "nummod") and c.lower_ in ("a", "an", "one", "another", "foreign", "several", *UNDISCLOSED)
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
    def _by_direction(roles: Roles) -> dict[str, list[str]]:
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
                    # "Armenia has emerged as one of the largest buyers": the "as" of a copula-like verb
                    copula = current.head.lower_ == "as" and lemma_of(current.head.head) in AS_COPULAS
                    current = current.head.head
                elif current.dep_ in ("dobj", "attr", "oprd"):
                    copula = current.dep_ == "attr" and lemma_of(current.head) in ("be", "become", "remain")
                    current = current.head
                elif current.dep_ == "nsubjpass":  # "the deal to buy S-400s was signed by Ankara"
                    if lemma_of(current.head) in BROKERS:
                        return None  # "the sale was financed by Saudi Arabia": a helper, not a party
                    agent = next((g for c in current.head.children if c.dep_ == "agent"
                                  for g in c.children if g.dep_ == "pobj"), None)
                    return agent
                else:
                    return None
                if current.lower_ == "one" or (current.pos_ == "NOUN" and lemma_of(current) in PHASES | AMOUNTS):
                    continue  # "one of the largest customers", "in the final stage of talks", "a number of
                    # arms contracts": the phrase they head
                if current.lemma_.lower() not in LIGHT_VERBS | AWAITING_VERBS | DOING_VERBS | REFUSING_VERBS \
                        and not copula \
                        and not any(c.dep_ == "prt" and c.lower_ in ("off", "down") for c in current.children):
                    return None  # "Beijing dubbed the sale a red line": Beijing is not a party; but
                    # "called off the purchase", "turned down the offer" keep their subject
                continue
            passive = any(c.dep_ == "auxpass" for c in current.children) or (  # "the vessel gifted to Sri
                current.tag_ == "VBN" and any(c.dep_ == "agent" for c in current.children) and (  # Lanka by China
                    not SideRules._aux(current)  # has arrived": a participle, parsed as the verb; "Ukraine has
                    or (SideRules._aux(current) <= {"has", "have", "had"}  # NASAMS supplied by the US": what it has
                        and any(c.dep_ in ("dobj", "dep") and c.i < current.i for c in current.children))))
            subjects = [c for c in current.children if c.dep_ == "nsubj"]
            if passive and came_from_xcomp:  # "Egypt is set to receive", "India is expected to sign"
                raised = [c for c in current.children if c.dep_ == "nsubjpass"]
                if raised:  # the nearest: not a dateline parsed as a second subject
                    return min(raised, key=lambda c: abs(current.i - c.i))
            if not subjects and not passive and current.dep_ == "ROOT":
                subjects = SideRules._stray_subject(current)
            if subjects and not passive:  # the nearest: not a dateline parsed as a second subject
                subject = min(subjects, key=lambda c: abs(current.i - c.i))
                if current.dep_ == "relcl" and (subject.lower_ in ("which", "that", "who") or any(
                        c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)):
                    return current.head  # "... and France, which have supplied", "Britain, whose companies sold": the antecedent
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
                              and (c.pos_ == "PROPN" or c.text[:1].isupper())), None) \
                    if lemma_of(noun) not in PERMISSIONS else None  # "U.S. approval to buy": the US grants it
                owner = owner or next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                                       for g in c.children if g.dep_ == "pobj"), None)
                if owner is not None:
                    return owner  # "accepted a US offer to sell": the US sells; "an intention by Turkey to buy"
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
                if not any(c.dep_ == "auxpass" for c in current.head.children):
                    by = next((g for c in current.head.children if c.dep_ == "agent" and c.i < current.i
                               for g in c.children if g.dep_ == "pobj"), None)
                    if by is not None:  # "objected to plans by Brazil's Embraer to sell": the parser hung the
                        return by  # plan's "by" on the active verb; whoever plans sells
            if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN"):
                noun = current.head  # "the firm selling tanks"; "India is Russia's top customer, buying jets"
                if noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ == "among"
                                           and lemma_of(noun.head.head) in ("be", "remain")):
                    # "Malaysia and Peru are among the countries showing interest in the Tejas": the subject
                    return next((c for c in (noun.head if noun.dep_ == "attr" else noun.head.head).children
                                 if c.dep_ == "nsubj"), None)
                return noun
            if current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children) \
                    and not any(c.dep_ in ("mark", "nsubj") for c in current.children):
                obj = next((c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i), None)
                if obj is not None and lemma_of(current.head) in LETTING:
                    return obj  # "the State Department cleared Bahrain to buy Hellfires": Bahrain buys
                current = current.head  # "Manila scrapped a deal to buy Mi-17s": Manila would have bought
                continue
            if current.dep_ == "advcl" and current.tag_ == "VBG" and not any(
                    c.dep_ in ("mark", "nsubj") for c in current.children):
                current = current.head  # "Germany was the top client, purchasing weapons": Germany purchases
                continue
            if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
                verb = current.head.head
                obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < current.i), None)
                if obj is not None and lemma_of(verb) != "join":  # "warned India against buying", "stopped
                    return obj  # Turkey from buying": the object; but "Egypt joined other countries in buying"
                current = verb  # "Vietnam is looking at buying drones": Vietnam buys; and
                came_from_xcomp = True  # "Russia is accused of supplying drones": Russia supplies
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
        for tok in verb.doc[: verb.i] if verb.tag_ in ("VBD", "VBZ", "VBP") else ():
            if tok.dep_ == "appos" and tok.head.i < tok.i and tok.right_edge.i < verb.i \
                    and all(i in own for i in range(tok.right_edge.i + 1, verb.i)):
                return [tok]
        # "Turkey, along with Iran, has been supplying Ethiopia": a name opening the sentence, parsed
        # as a modifier of the verb
        first = verb.doc[verb.sent.start] if verb.doc[verb.sent.start].pos_ != "DET" else verb.doc[verb.sent.start + 1]
        if first.dep_ == "npadvmod" and first.head.i == verb.i and first.pos_ == "PROPN":
            return [first]
        return []

    @staticmethod
    def _states_in(tok: Token, states_at: dict[int, StateMention], shallow: bool = False,
                   places: bool = True) -> list[str]:
        """States named in a phrase: the phrase head's subtree, or only the head's own tokens;
        `places=False` leaves out where, when and by whom ("the government of Mali", "countries
        such as Iraq"; not "for use in operations in Mali", not "a move by Madrid")."""
        heads = conjuncts(tok)  # "Pakistan and Russia", "the US, Spain and France"
        if not places:
            heads = [h for h in heads if lemma_of(h) not in EDGES or h.i in states_at]  # "to South African waters": a place
            if not heads:
                return []
        mods = [c for head in heads for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        mods += [c for m in mods for c in conjuncts(m) if c.i != m.i]  # "the Kenyan and Rwandan armies"
        own = sorted([*heads, *mods], key=lambda t: abs(t.i - tok.i))
        if not shallow and not any(t.i in states_at for t in own):
            own = list(tok.subtree)  # "the government of Kenya": look further into the phrase
            if not places:
                away = {t.i for c in tok.subtree if c.dep_ == "agent" or (
                        c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                        and not (c.lower_ == "from" and lemma_of(c.head) in DELEGATES)  # "officials from Seoul"
                        and not (c.lower_ == "in" and lemma_of(c.head) in SEATS | SIDES | DELEGATES))  # "the government in Bucharest"
                        for t in c.subtree}
                own = [t for t in own if t.i not in away]
        tokens = own
        isos: list[str] = []
        for t in tokens:
            mention = states_at.get(t.i)
            if mention is not None:
                isos.extend(mention.iso3s[:1])
        return list(dict.fromkeys(isos))

    def _state_index(self, states: tuple[StateMention, ...]) -> dict[int, StateMention]:
        context = self._discourse.context
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

def joint(noun: Token) -> bool:
    """"a joint order", "a common procurement": whoever is joined "with" it buys alongside."""
    return any(c.dep_ == "amod" and c.lower_ in JOINT for c in noun.children)


def conjuncts(tok: Token) -> list[Token]:
    """A phrase head and every head coordinated with it, however spaCy chained them."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj" or (
            c.dep_ == "appos" and (lemma_of(c) == lemma_of(t) or c.pos_ == t.pos_ == "PROPN" or c.tag_ == t.tag_ == "NNS")
            and any(g.dep_ == "conj" for g in c.children)))
        # "to the Royal Malaysian Air Force, the Indonesian Air Force and the Philippine Air Force": a list
        # spaCy reads as an apposition with a conjunct
    return sorted(out, key=lambda t: t.i)
