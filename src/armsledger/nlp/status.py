"""Which words are transfer cues, and the stage of a transfer a clause states: the status part
of `nlp/reader.SentenceReader`.

The outermost framing cue on the path from the equipment up to its clause decides ("wants to
buy" is interest, "in talks to buy" negotiation, "offered to supply" offer, "denied" denial,
"cancelled" cancellation); tense and modality adjust a supply verb ("has delivered" delivery,
"will deliver" agreement, "is about to ship" delivery); negation on the path makes a denial.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from armsledger.nlp.lexicon import CLIENT_NOUNS, CLOSING_STOPS, REQUESTS, SENDING, Cue
from armsledger.types import Status

if TYPE_CHECKING:
    from spacy.tokens import Token

    from armsledger.nlp.lexicon import Lexicon

SUPPLY_VERBS = frozenset({"supply", "provide", "export", "transfer", "give", "gift", "donate", "deliver",
                          "ship", "hand", "send", "dispatch", "arm", "equip", "lease", "grant"})
FRAMING = (Status.INTEREST, Status.NEGOTIATION, Status.OFFER, Status.DENIAL, Status.CANCELLATION)
FUTURE_MARKERS = frozenset({"will", "shall", "'ll", "would", "going"})
# what a claim about a transfer is called when it is denied: "reports that ... are baseless"
FALSE_WORDS = frozenset({"false", "untrue", "baseless", "groundless", "incorrect", "unfounded", "inaccurate",
                         "fabricated", "fake", "wrong", "nonsense", "lie", "fiction", "speculation", "rumour", "rumor"})
# a delivery as their subject has not happened yet: "delivery has slipped to 2026", "deliveries are expected next year"
DELAYING = frozenset({"delay", "postpone", "defer", "push", "stall"})  # "postponed the delivery"
NOT_YET_VERBS = DELAYING | frozenset({"slip", "lag",
                           "expect", "schedule", "plan", "due", "set", "slate", "anticipate"})
# what is told about a transfer, and may be withheld without denying it: "gave no details about the order"
DETAILS = frozenset({"detail", "information", "comment", "indication", "timetable", "timeline", "date", "figure",
                     "price", "explanation", "breakdown", "specific"})
# what a rejected or dismissed statement is called: "rejected claims that Beijing had provided"
# a request goes to the seller: "a request to the U.S. for F-16s"
# urging is asking only with what is urged: "urged Ankara to buy", "pressed Washington for F-35s"
URGING = frozenset({"urge", "press", "pressure"})
ASKING = frozenset({"request", "ask", "appeal", "apply", "turn", "approach", "petition", "write"}) | URGING
REPORT_NOUNS = frozenset({"claim", "report", "allegation", "suggestion", "rumour", "rumor", "accusation", "speculation"})

# what makes buying a standing trade: "a major buyer", "its traditional customer"
STANDING_TRADE = frozenset({"major", "main", "key", "traditional", "regular", "loyal", "big", "large", "important",
                            "leading", "principal", "top", "longtime", "long-standing", "longstanding", "staunch"})
# what stands in a sale's way, whose end does not end the sale: "dropped its objection to the sale"
OBSTACLES = frozenset({"objection", "opposition", "veto", "ban", "embargo", "restriction", "freeze",
                       "moratorium", "sanction", "reservation", "resistance"})
# what a buyer wins to be allowed to buy: "won U.S. approval to buy 50 F-35s"
# verbs that let another party act, whose own framing ("refused to allow Israel to sell") governs the act
ENABLING = frozenset({"allow", "let", "permit", "authorise", "authorize", "enable"})
PERMISSIONS = frozenset({"approval", "permission", "clearance", "consent", "authorization", "authorisation",
                         "go-ahead", "nod", "licence", "license"})
# work a state does on equipment it has: wanting to do it is no wish to buy the equipment
UPKEEP = frozenset({"upgrade", "modernise", "modernize", "refurbish", "overhaul", "retrofit", "integrate", "maintain",
                    "repair", "service", "retire", "decommission", "replace", "extend"})
BUYING = frozenset({"buy", "purchase", "import", "acquire", "procure", "obtain"})

MAKE_VERBS = frozenset({"build", "make", "manufacture", "produce", "develop", "design", "supply", "assemble"})
TAKE_FROM = Cue("take", Status.DELIVERY, "in", "verb")  # "took 12 helicopters from Russia": received them
# making a foreign design at home is licensed production: "to assemble the jets locally"
LOCAL_MAKING = MAKE_VERBS - {"develop", "design", "supply"}
LOCALLY = frozenset({"locally", "domestically"})
LICENCE_CUE = Cue("licence", Status.AGREEMENT, "in", "verb")  # licensed production: the producer receives
LICENSED_PRODUCTION = Cue("production", Status.AGREEMENT, "none", "noun")  # the parties come from around it
ON_ORDER = Cue("order", Status.AGREEMENT, "in", "verb")  # "Taiwan has 66 F-16s on order": the holder bought them


class StatusRules:
    """Mixin of `SentenceReader`: which words are cues (`_cue`) and what stage they state."""

    lex: Lexicon  # set by SentenceReader
    _weapon_tokens: set[int]  # and these, for the sentence being read
    _equipment_lemmas: frozenset[str]

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
        if lemma == "build" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            return None  # "built up its F-16 fleet with jets it bought": grew it, the buying is told apart
        if lemma in ("intend", "design", "mean") and any(c.dep_ == "auxpass" for c in tok.children):
            return None  # "the helicopters are intended for civil use": what they are for, nobody's wish
        if lemma == "ask" and tok.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children):
            return None  # "Asked about reports that ...": a journalist's question, nobody's request
        if lemma == "approach" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return None  # "approached Egypt with an offer": the offer tells it; "approached Russia about": a request
        if lemma == "win" and not any(c.dep_ == "dobj" for c in tok.children) and any(
                c.lower_ in ("over", "against") and c.dep_ in ("prep", "prt", "advmod") for c in tok.children):
            return None  # "the Israeli guns won out over France's CAESAR": beat a rival, no contract with it
        if lemma in SENDING and any(
                c.dep_ == "dobj" and lemma_of(c) in REQUESTS for c in tok.children):
            return None  # "India sent a request for S-400s to Russia": the request tells who asks whom
        if any(c.dep_ == "dobj" and lemma_of(c) in OBSTACLES for c in tok.children):
            return None  # "dropped its objection to the sale": what ends is the obstacle, not the sale
        if lemma in ("arm", "equip") and pos == "verb" and any(c.dep_ == "nsubj" and (
                c.i in self._weapon_tokens or lemma_of(c) in self._equipment_lemmas) for c in tok.children):
            return None  # "the missiles would arm its missile boats": fitted, not supplied
        for child in tok.children:  # "take delivery", "open up", "call off", "turn down"
            phrase = self.lex.phrase_cues.get((lemma, child.lemma_.lower()))
            if phrase and child.dep_ in ("dobj", "prt", "advmod"):
                return phrase
        if lemma in MAKE_VERBS | {"assemble"} and pos == "verb" and self._licence(tok) is not None:
            return LICENCE_CUE  # "India will produce Su-30MKIs under licence from Russia"
        if lemma in LOCAL_MAKING and pos == "verb" and any(c.dep_ == "advmod" and c.lower_ in LOCALLY for c in tok.children) \
                and not any(c.dep_ == "auxpass" for c in tok.children):
            return LICENCE_CUE  # "Poland signed with Hanwha to produce K9s locally"; "offering arms to be produced locally" offers
        if lemma == "production" and tok.dep_ in ("pobj", "dobj") and any(
                c.dep_ == "amod" and c.lower_ in ("local", "licensed", "licenced") for c in tok.children):
            # "a deal with Egypt for the local production of its Px4 pistol"; not "licensed production keeps the F-16 alive"
            return LICENSED_PRODUCTION
        if lemma == "have" and pos == "verb" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
                lemma_of(g) == "order" for g in c.children) for c in tok.children):
            return ON_ORDER
        cue = self.lex.cue(lemma, pos)
        if cue is None and lemma == "take" and pos == "verb" and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and g.text[:1].isupper() for g in c.children)
                for c in tok.children) and any(c.dep_ == "dobj" and (c.i in self._weapon_tokens or lemma_of(
                    c) in self._equipment_lemmas) for c in tok.children):  # not "smugglers took them from Turkey"
            return TAKE_FROM  # "it also took 12 Mi-35M attack helicopters from Russia"
        receives = cue is not None and (cue.direction == "win" or (cue.direction == "in" and cue.status is Status.DELIVERY))
        if receives and any(c.dep_ == "dobj" and lemma_of(c) in PERMISSIONS for c in tok.children):
            # "the UAE won U.S. approval to buy F-35s": not a contractor; "Denmark received U.S. permission
            # to sell F-16s": what it received is the permission
            return Cue(lemma, Status.AGREEMENT, "none", pos)
        if cue is None and pos == "noun" and tok.tag_ in ("VBG", "VBN"):
            cue = self.lex.cue(lemma, "verb")
        if cue is not None and cue.needs and not any(
                c.dep_ in cue.needs or f"{c.dep_}:{c.lower_}" in cue.needs for c in tok.children):
            return None  # "urged Ankara to buy", not "pressed into service"; "exports declined by 20%": a fall
        return cue

    @staticmethod
    def _licence(tok: Token) -> Token | None:
        """The "licence" of "produced under (a Russian) licence"."""
        return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
                     if g.dep_ == "pobj" and (lemma_of(g) in ("licence", "license") or any(  # "a licence agreement"
                         m.dep_ == "compound" and lemma_of(m) in ("licence", "license") for m in g.children))), None)

    @staticmethod
    def _over_inner(tok: Token, chain: list[Token], cues: list[tuple[Token, Cue]]) -> str | None:
        """For a verb whose complement clause the chain climbs through ("decided to begin talks
        for the sale of"), the direction of the nearest cue below it that has one."""
        on_chain = {t.i for t in chain}
        if not any(c.dep_ == "xcomp" and c.i in on_chain for c in tok.children):
            return None
        below = [cue.direction for t, cue in cues if t.i != tok.i and chain.index(t) < chain.index(tok)
                 and cue.direction in ("out", "in")] if tok in chain else []
        return below[-1] if below else None

    @staticmethod
    def _asks_someone(tok: Token) -> bool:
        """"India asked the US to supply drones": the asker wants them; the one asked would supply."""
        return tok.lemma_.lower() in ASKING and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children)

    @staticmethod
    def _asks_to_buy(tok: Token, inner: Token, inner_cue: Cue) -> bool:
        """"Washington urged Ankara to buy Patriots", "... to consider NASAMS": the one asked would buy;
        not "requested to buy F-16s" (no one asked) nor "approached China about buying" (the asker buys)."""
        return StatusRules._asks_someone(tok) and inner_cue.direction == "in" and inner.dep_ == "xcomp" \
            and inner.head.i == tok.i and any(c.dep_ == "dobj" and c.i < inner.i for c in tok.children)

    def _status(self, cues: list[tuple[Token, Cue]], chain: list[Token]) -> Status | None:
        ready = cues[0][0] if cues and cues[0][1].pos == "adj" and cues[0][1].status is Status.OFFER else None
        if ready is not None and ready in chain and any(  # the innermost cue: not "ready to support an F-16 sale"
                t.dep_ == "xcomp" and t.head.i == ready.i and self._cue(t) is None for t in chain[: chain.index(ready)]):
            return None  # "Poland is willing to integrate the Rosomaks": ready to do something else than supply them
        if cues and cues[0][1].status is Status.INTEREST and cues[0][0] in chain and any(
                t.dep_ == "xcomp" and t.head.i == cues[0][0].i and lemma_of(t) in UPKEEP and prior.dep_ == "dobj"
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "from", "by") for c in t.children)
                and not any(w.dep_ == "prep" and w.lower_ == "with" for w in chain[: chain.index(prior)])
                for prior, t in pairwise(chain[: chain.index(cues[0][0])])):
            return None  # "Romania has been looking to modernise its fleet of MiG-21s": work on what it has;
            # but not what it is renewed with ("to replace its ageing fleet with Rafale jets")
        status: Status | None = None
        noun = False  # the status so far comes from a noun: "a contract for the delivery of ships"
        prev: tuple[Token, Cue] | None = None
        for tok, cue in cues:  # innermost first; outer framing cues override
            own = self._own_status(tok, cue)
            if own is Status.INTEREST and prev is not None and not self._asks_someone(tok) and ((prev[1].direction == "out" and (
                    (prev[0].dep_ == "xcomp" and prev[0].head.i == tok.i)
                    or (prev[0].dep_ == "pcomp" and prev[0].head.head.i == tok.i)))
                    or (cue.direction == "in" and self._over_inner(tok, chain, cues) == "out")):
                own = Status.OFFER  # "Lockheed is looking to offer", "Russia plans to sell": the seller's wish
            if own is Status.INTEREST and prev is not None and prev[1].status is Status.AGREEMENT \
                    and self._asks_to_buy(tok, *prev):
                own = Status.OFFER  # "Washington urged Ankara to buy Patriots": the seller pitches
            prev = (tok, cue)
            if status is None or own in FRAMING:
                status, noun = own, cue.pos == "noun"
            elif own is Status.AGREEMENT and status in (Status.OFFER, Status.INTEREST) and noun and cue.lemma in APPROVING:
                status = Status.AGREEMENT  # "approved a possible sale of HIMARS", "approved Bahrain's request to buy"
            elif own is Status.AGREEMENT and status in (Status.DELIVERY, Status.AGREEMENT):
                status = Status.AGREEMENT if not self._past(tok) or cue.direction == "both" or noun else status
            elif own is Status.DELIVERY and status is Status.AGREEMENT:
                status = Status.DELIVERY if cue.pos == "verb" or self._past(tok) else status
        if status is None:
            return None
        if any(c.dep_ in ("amod", "det") and c.lower_ in ("little", "few") and c.doc[c.i - 1].lower_ != "a"
               for c in chain[0].children):
            return None  # "has bought little Russian equipment": says no transfer happened
        # "Angola's interest in acquiring vessels is not new", "the purchase was not Turkey's preference":
        # a denied description of the transfer, not a denied transfer
        negated = any(self._negated(t) for t in chain if not (lemma_of(t) == "be" and self._described(t, chain)))
        if negated and any(c.status is Status.CANCELLATION for _, c in cues):
            return Status.AGREEMENT  # "no plans of scrapping the deal": the deal stands
        if negated and status is not Status.CANCELLATION:
            if any(c.lower_ == "yet" and c.dep_ == "advmod" for t in chain for c in t.children):
                # "has not yet signed the deal": still under way; "not yet delivered": agreed
                return {Status.DELIVERY: Status.AGREEMENT, Status.AGREEMENT: Status.NEGOTIATION}.get(status, status)
            return Status.DENIAL
        return status

    def _own_status(self, tok: Token, cue: Cue) -> Status:
        status = cue.status
        lemma = cue.lemma
        if cue.pos == "verb" and lemma in ("reject", "dismiss", "refute") and any(
                c.dep_ == "dobj" and lemma_of(c) in REPORT_NOUNS for c in tok.children):
            return Status.DENIAL  # "rejected claims that Beijing had provided drones"
        if lemma == "decide" and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
            return Status.CANCELLATION  # "after deciding against Boeing's F-18 and the Rafale": turned down
        if cue.pos == "verb" and lemma in SUPPLY_VERBS:
            if self._about_to(tok):
                return Status.DELIVERY
            if self._infinitive(tok) and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
                return Status.DELIVERY  # "is reported to have delivered"
            if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "ROOT") and not self._aux(tok):
                # "the S-300 systems supplied to Syria": already handed over; so too a headline's
                # "50 T-72s supplied to Nicaragua", or a reduced relative the parser took for one
                return Status.DELIVERY
            if self._under_way(tok):
                return Status.DELIVERY  # "Turkey continued to send drones to Tripoli": a supply under way
            if self._future(tok) or self._infinitive(tok):
                return Status.AGREEMENT
            if self._past(tok) or tok.tag_ == "VBG":
                return Status.DELIVERY
            if tok.tag_ in ("VBZ", "VBP") and not self._aux(tok) and lemma not in ("arm", "equip") and not any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):  # not "provides for the purchase"
                return Status.DELIVERY  # "Russia supplies the RD-93 engines": a supply under way
            return status
        if status is Status.AGREEMENT and cue.direction == "in" and self._habitual(tok, cue):
            return Status.DELIVERY  # "one of the largest buyers of Russian arms", "buys most of its weapons from China"
        if cue.pos == "noun" and status is Status.DELIVERY and (
                self._future(tok.head) or (tok.dep_ in ("nsubj", "nsubjpass") and lemma_of(tok.head) in NOT_YET_VERBS)
                or (tok.dep_ == "dobj" and lemma_of(tok.head) in DELAYING)):
            return Status.AGREEMENT  # "deliveries will start in 2020", "delivery has slipped to 2026", "postponed the delivery"
        if cue.pos == "verb" and status is Status.DELIVERY and (self._future(tok) or self._infinitive(tok)):
            return Status.DELIVERY if self._about_to(tok) or self._under_way(tok) else Status.AGREEMENT
        if lemma in ("interest", "interested") and any(c.lower_ in ("no", "little") for c in tok.children):
            return Status.DENIAL
        if status is Status.AGREEMENT and any(c.lower_ in ("proposed", "possible", "potential", "prospective")
                                              for c in tok.children):
            return Status.OFFER if cue.direction == "out" else Status.NEGOTIATION
        if status is Status.AGREEMENT and cue.pos == "noun" and any(
                c.lower_ in ("planned", "intended", "mooted", "desired", "envisaged") for c in tok.children):
            return Status.OFFER if cue.direction == "out" else Status.INTEREST  # "Colombia's planned purchase"
        if status is Status.AGREEMENT and cue.pos == "verb" and cue.direction in ("in", "out") and any(
                c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in tok.children):
            return Status.OFFER if cue.direction == "out" else Status.INTEREST  # "Serbia may buy 12 Rafales"
        if status is Status.AGREEMENT and cue.pos == "verb" and cue.direction == "in" and tok.tag_ == "VBG" \
                and tok.dep_ == "pcomp" and (tok.head.lower_ in ("about", "towards", "toward") or (
                    tok.head.lower_ == "of" and tok.head.head.pos_ == "VERB")):  # not "in the process of buying"
            return Status.INTEREST  # "asked about buying F-16s", "is thinking of buying": not yet bought
        return status

    @staticmethod
    def _habitual(tok: Token, cue: Cue) -> bool:
        """A trade told as a standing habit, which says transfers have happened: a big buyer or its
        imports ("Russia's biggest arms customer", "its arms imports from China"), or buying in the
        present tense outside a headline ("Kazakhstan buys Russian weapons at Russian prices")."""
        if cue.pos == "noun":
            return (tok.tag_ == "NNS" and cue.lemma == "import") or (cue.lemma in CLIENT_NOUNS and any(
                c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in STANDING_TRADE or c.lower_.endswith(
                    ("largest", "biggest"))) for c in tok.children))
        headline = tok.sent[-1].text not in (*CLOSING_STOPS, "'", "’")
        return cue.lemma in BUYING and tok.tag_ in ("VBZ", "VBP") and not headline and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and not any(
            c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in tok.children)

    def _under_way(self, tok: Token) -> bool:
        """A transfer told as begun or going on: "continued to send drones", "started to receive the
        A-29"; not "will start to deliver", "plans to begin receiving"."""
        head = tok.head
        return self._infinitive(tok) and tok.dep_ == "xcomp" and lemma_of(head) in ("continue", "resume", "start", "begin") \
            and not self._future(head) and not self._infinitive(head) and head.tag_ != "VB"

    @staticmethod
    def _aux(tok: Token) -> set[str]:
        return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}

    def _future(self, tok: Token) -> bool:
        aux = self._aux(tok)
        if aux & FUTURE_MARKERS:
            return True
        # "is to supply", "is set to deliver", "is expected to deliver", "due to"
        head = tok.head
        return tok.dep_ == "xcomp" and head.lemma_ in ("expect", "set", "schedule", "due", "plan", "go")

    @staticmethod
    def _infinitive(tok: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)

    def _past(self, tok: Token) -> bool:
        aux = self._aux(tok)
        if aux & FUTURE_MARKERS or "to" in aux:
            return False
        return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and bool(aux & {"has", "have", "had", "was", "were",
                                                                         "been", "'s", "is", "are"}))

    @staticmethod
    def _about_to(tok: Token) -> bool:
        return tok.head.lower_ == "about" or any(c.lower_ == "about" for c in tok.head.children
                                                 if c.i < tok.i and tok.head.i < tok.i)

    @staticmethod
    def _described(be: Token, chain: list[Token]) -> bool:
        """A copula that says what its subject is like, not whether it exists: "is not new", "was not
        a choice"; but not "is not true", nor "there was no deal" (no subject but "there"), nor a cue
        on the item's own path ("is not interested in buying")."""
        if any(c.dep_ == "acomp" and lemma_of(c) not in FALSE_WORDS and c not in chain for c in be.children):
            return True
        return any(c.dep_ == "nsubj" for c in be.children) and any(
            c.dep_ == "attr" and c not in chain and lemma_of(c) not in FALSE_WORDS and not any(
                d.dep_ == "det" and d.lower_ in ("no", "any") for d in c.children) for c in be.children)

    @staticmethod
    def _negated(tok: Token) -> bool:
        for child in tok.children:
            if child.dep_ == "neg" and tok.pos_ in ("NOUN", "PROPN") and child.i > tok.i:
                continue  # "the Su-35, not India's model": the "not" sets aside what follows
            if child.dep_ == "neg" and child.i + 1 < len(child.doc) \
                    and child.doc[child.i + 1].lower_ in ("just", "only", "merely", "simply"):
                continue  # "not just an F-35 purchaser": more, not less
            if child.dep_ == "neg" and child.i + 2 < len(child.doc) and child.doc[child.i + 1].lower_ == "the" \
                    and child.doc[child.i + 2].lower_ in ("first", "only", "last"):
                continue  # "would not be the first transfer": one more of them
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
                return True
            if child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
                return True  # "would no longer buy weapons from Paris"
            if child.dep_ == "det" and child.lower_ == "no" and lemma_of(tok) not in DETAILS:
                return True  # but "gave no details about the timetable for the order": the order stands
            if child.dep_ == "preconj" and child.lower_ == "neither":
                return True  # "Spain will neither buy weapons from Israel ..."
            if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.head.children):
                return True  # "... nor sell weapons to Israel"
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                    (d.dep_ == "det" and d.lower_ == "no") or (d.dep_ in ("preconj", "det") and d.lower_ == "neither")
                    for d in child.children):
                return True  # "no agreement has been reached", "neither Russia nor China has supplied"
            if child.dep_ == "prep" and any(g.dep_ == "pobj" and any(d.lower_ == "no" for d in g.children)
                                            for g in child.children):
                return True  # "at no point", "under no circumstances"
        return False


# verbs by which a government agrees a proposed sale: "the State Department approved a possible sale"
APPROVING = frozenset({"approve", "clear", "authorize", "authorise"})


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower()
