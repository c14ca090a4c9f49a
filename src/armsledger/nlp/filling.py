"""Filling the sides a sentence's grammar leaves open: the filling part of `nlp/reader.SentenceReader`.

`SideRules._roles` reads which states the grammar puts in each role; `_sides` here settles one
supplier and one recipient from them, filling a side still open from the catalog's state of
origin, the rest of the sentence, and then the article around it (the speaker's state, the
state the article is about, the list entry or contest the sentence belongs to), and says in
`how` where each side came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from armsledger.nlp.lexicon import STANDING_CUE, exporter_rank
from armsledger.nlp.mentions import BRANCHES, NAME_WEIGHT, StateMention
from armsledger.nlp.sides import (
    ARMED_FORCE_NOUNS,
    BROKERS,
    CHOICE_VERBS,
    NOT_BUYERS,
    Roles,
    SideRules,
    joint,
)
from armsledger.nlp.status import lemma_of
from armsledger.types import Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from armsledger.nlp.lexicon import Cue
    from armsledger.nlp.reader import Item


@dataclass(slots=True)
class _Pair:
    """The sides of one item as `SideFilling._sides` fills them, and how each was found."""

    supplier: str | None
    recipient: str | None
    how: dict[str, str] = field(default_factory=lambda: {"supplier": "text", "recipient": "text"})


class SideFilling(SideRules):
    """Mixin of `SentenceReader`: from the roles to one supplier and one recipient."""

    def _sides(self, roles: Roles, item: Item, states_at: dict[int, StateMention],
               cues: list[tuple[Token, Cue]],
               hint: tuple[str, str] | None = None,
               clause_states: dict[int, StateMention] | None = None) -> tuple[str | None, str | None, dict[str, str]]:
        """Supplier and recipient of the item, and how each was found ("text", "origin", "clause",
        "sentence", "discourse", "context", ...): first from the grammar's roles, then from the
        catalog and the rest of the sentence, then from the article around it.

        `clause_states`: the states of the item's own clause, which alone may fill a side the
        grammar leaves open ("X offered the KSS-III, while Spain's Navantia ...": not Spain)."""
        supplier = roles.supplier[0] if roles.supplier else None
        pair = _Pair(supplier, next((r for r in roles.recipient if r != supplier), None))
        # "EDGE Group handed over 40 Rabdan vehicles to the UAE Land Forces": at home, so not to the article's buyer
        home = pair.supplier is not None and pair.recipient is None and pair.supplier in roles.recipient
        if home and not roles.co_recipients and cues and _names_own_service(cues[0][0].doc, states_at, pair.supplier):
            return None, None, pair.how  # "HAL is racing to hand over 83 Tejas to the Indian Air Force": at home
        origin = item.weapon.origin if item.weapon else ()
        if roles.fleet and pair.recipient is not None and pair.recipient in roles.origin and pair.recipient not in origin:
            return None, None, pair.how  # "a South African group acquired the South African Mirage fleet": it stays home
        self._grammar_sides(pair, roles, origin, states_at, cues)
        self._sentence_sides(pair, roles, origin, states_at, cues, hint,
                             self._discourse.sold_by.get(item.weapon.family) if item.weapon else None)
        if not self._discourse_sides(pair, roles, origin, states_at if clause_states is None else clause_states, cues, home):
            return pair.supplier, pair.recipient, pair.how  # written with the buyer left open, as the text leaves it
        supplier, recipient, how = pair.supplier, pair.recipient, pair.how
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

    def _grammar_sides(self, pair: _Pair, roles: Roles, origin: tuple[str, ...],
                       states_at: dict[int, StateMention], cues: list[tuple[Token, Cue]]) -> None:
        """Sides from the roles the grammar gave states: makers and demonyms on the equipment, the
        parties to a deal, and relations ("Germany was Spain's top client")."""
        how = pair.how
        built = [o for o in roles.origin if o in origin and o != pair.recipient]
        if built and pair.supplier is not None and pair.supplier not in origin and all(
                m.kind == "maker" for m in states_at.values() if pair.supplier in m.iso3s):
            roles.not_buyers.append(pair.supplier)  # the maker's home state neither sells it here nor buys it
            pair.supplier = built[0]  # "Leonardo offered the British-built AW159": the state it is built in sells
        # not a co-buyer of a system neither builds: "Albania and Kyrgyzstan have shown interest in striking a deal to
        # procure TB2s"; but "Kenyan and South Korean officials held talks on a purchase of FA-50s": Korea sells
        buyers = roles.co_recipients if pair.recipient not in origin else []
        parties = [p for p in dict.fromkeys(roles.party) if p not in (pair.supplier, pair.recipient, *buyers)]
        maker = next((p for p in roles.with_party if p in origin and p in parties), None)
        if maker is not None and pair.recipient is None and pair.supplier is not None and pair.supplier not in origin \
                and pair.supplier in roles.party and pair.supplier not in roles.discourse:
            # "Egypt has never signed a contract with the Russian military for the supply of MiG-35s": the
            # party that makes the system supplies it, whichever of the two is the subject
            pair.supplier, pair.recipient = maker, pair.supplier
            parties.remove(maker)
        for m in roles.makers:
            if pair.supplier is None and m != pair.recipient and not roles.second_hand:
                pair.supplier = m if not origin or m in origin else origin[0]
                how["supplier"] = "text" if pair.supplier == m else "origin"
        for o in roles.origin:
            if roles.second_hand and pair.supplier is None and o != pair.recipient and o not in origin:
                pair.supplier = o  # "bought four ex-Norwegian P-3Cs": the former owner sells
            elif roles.unnamed_recipient and origin and o not in origin:
                continue  # "the group acquired the South African Mirage fleet": the former owner
            elif origin and o not in origin and pair.recipient is None and o != pair.supplier:
                pair.recipient = o  # "Egyptian Type 209 submarines": the operator, not the maker
            elif pair.supplier is None and o != pair.recipient:
                pair.supplier = o
            elif pair.recipient is None and o != pair.supplier and o not in origin:
                pair.recipient = o
        if pair.recipient in origin and pair.supplier is None and parties and not any(p in origin for p in parties):
            # "KAI has been in talks with Saudi officials about buying 40 KF-21s": the maker's state does not
            # buy its own make from a state that does not build it; the other party buys
            pair.supplier, pair.recipient = pair.recipient, parties.pop(0)
        with_only = bool(origin) and set(parties) <= set(roles.with_party)
        if pair.supplier is None and pair.recipient is None and len(parties) >= 2 and not any(p in origin for p in parties) \
                and not with_only:
            # "Russia and Egypt signed an arms deal": the larger exporter supplies, if one is; not "the company
            # signed FA-50 contracts with Poland and Malaysia", where the states named after "with" both buy
            by_rank = sorted(parties[:2], key=lambda p: exporter_rank().get(p, 999))
            seller, buyer = self._discourse.seller, self._discourse.topic
            if seller != buyer and {seller, buyer} == set(by_rank):
                # "Both Russia and North Korea dismissed the shipment accusations", in a story of North Korea
                # sending shells to Russia: the way the article has the trade going
                pair.supplier, pair.recipient = seller, buyer
                how["supplier"] = "discourse"
            elif exporter_rank().get(by_rank[0], 999) < exporter_rank().get(by_rank[1], 999):
                pair.supplier, pair.recipient = by_rank
                how["supplier"] = "exporter"
            parties = []
        if pair.supplier is None and pair.recipient is None and parties and not origin:
            parties = self._deal_with_one_state(pair, parties, states_at, cues)
        if pair.supplier is None and pair.recipient is None and roles.unnamed_buyers and len(parties) == 1 \
                and parties[0] in origin:
            pair.supplier = parties.pop()  # "Baykar completed the TB2 export contract with one more country"
        parties.sort(key=lambda p: p not in origin)  # "Senegal and Mauritania are in talks with Brazil over the Super Tucano"
        buyer_from_parties = False
        for p in parties:
            if buyer_from_parties and p not in origin and (pair.supplier in origin or (pair.supplier is None and with_only)):
                if not (p in roles.with_party and pair.supplier in roles.with_party):
                    roles.co_recipients.append(p)  # ... Mauritania is a buyer too; not "talks with Sweden and
                continue  # France over the Gripen and the Rafale", where France is the other seller
            if pair.supplier is None and (p in origin or (pair.recipient is not None and p != pair.recipient)):
                pair.supplier = p
            elif pair.recipient is None and p != pair.supplier and not (p in origin and pair.supplier in origin):
                pair.recipient, buyer_from_parties = p, True  # not "BrahMos Aerospace, the Indian-Russian venture": co-makers
            elif pair.supplier is None and p != pair.recipient:
                pair.supplier = p
        if pair.supplier is None and pair.recipient is not None:
            pair.supplier = next((a for a, b in roles.relations if b == pair.recipient), None)
            how["supplier"] = "clause" if pair.supplier else "text"
            roles.co_suppliers.extend(a for a, b in roles.relations if b == pair.recipient and a != pair.supplier)
        if pair.recipient is None and pair.supplier is not None:
            pair.recipient = next((b for a, b in roles.relations if a == pair.supplier), None)
            how["recipient"] = "clause" if pair.recipient else how["recipient"]
            # "Spain's other major arms clients were Britain, France and Turkey": each
            roles.co_recipients.extend(b for a, b in roles.relations if a == pair.supplier and b != pair.recipient)

    def _deal_with_one_state(self, pair: _Pair, parties: list[str], states_at: dict[int, StateMention],
                             cues: list[tuple[Token, Cue]]) -> list[str]:
        """The other side of a deal "with" the one state a sentence names is the article's seller
        where the seller's official speaks ('"We are not holding any negotiations with Argentina on
        combat aircraft," he said') or, when denied, its buyer ('"No agreement has been signed with
        the Russian Federation for tanks," a ministry spokesman said' in a story about Pakistan's
        buying). The parties still to place are returned."""
        topic, seller = self._discourse.topic, self._discourse.seller
        named = {m.iso3s[0] for m in states_at.values()}
        if named != {parties[0]} or (topic or seller) in (None, parties[0]) or not cues or not any(
                w.lower_ == "with" and o.dep_ == "pobj" and any(t.i in states_at for t in o.subtree)
                for i in states_at for w in cues[0][0].doc[i].ancestors for o in w.children):
            return parties
        if seller is not None and seller != parties[0] and self._discourse.voice == seller:
            pair.supplier, pair.recipient, pair.how["supplier"] = seller, parties[0], "discourse"
        elif topic is not None and any(self._negated(t) for t, _ in cues):
            pair.supplier, pair.recipient, pair.how["recipient"] = parties[0], topic, "discourse"
        return [] if pair.supplier else parties

    def _sentence_sides(self, pair: _Pair, roles: Roles, origin: tuple[str, ...], states_at: dict[int, StateMention],
                        cues: list[tuple[Token, Cue]], hint: tuple[str, str] | None, sold_by: str | None) -> None:
        """Sides the grammar left open, from the catalog's makers of the system, the one buyer the
        rest of the sentence names (`hint`), or the state a list entry is about. `sold_by`: the
        seller an earlier sentence named for the system."""
        how = pair.how
        if pair.supplier is None and origin and origin[0] != pair.recipient and not roles.second_hand:
            # a system built in two states: the one the sentence names ("the U.S. aid programme ...
            # delivery of six A-29s"), else the first
            named = {m.iso3s[0] for m in states_at.values()}
            seller = self._discourse.seller
            named |= {sold_by} if sold_by in origin[1:] else set()  # "24 Typhoons from Britain ... the Typhoon deal"
            pair.supplier = next((o for o in origin if o in named and o != pair.recipient), None) or (
                seller if seller in origin[1:] and seller != pair.recipient else origin[0])
            # "the last of 28 NH90s for Qatar" in a story about Leonardo: Italy, of NH90's four makers
            how["supplier"] = "origin"
        if pair.recipient is None and pair.supplier is not None and hint is not None and hint[0] != pair.supplier:
            pair.recipient, how["recipient"] = hint
        if roles.label and how["supplier"] == "origin" and roles.label[0] not in origin and pair.recipient is None \
                and any(cue.direction == "out" for _, cue in cues):
            pair.supplier, how["supplier"] = roles.label[0], "discourse"  # "- Belgium: a commitment to send 30 F-16s": a donor

    def _discourse_sides(self, pair: _Pair, roles: Roles, origin: tuple[str, ...],
                         clause_states: dict[int, StateMention], cues: list[tuple[Token, Cue]], home: bool) -> bool:
        """Sides still open, from the article around the sentence: the speaker's state, the state
        the article is about, the other state of the clause, the contest or list entry it is in, the
        article's buyer. False where the text leaves the buyer open on purpose ("to partners in
        the region"): then nothing more is filled."""
        how, context = pair.how, self._discourse.context
        voice = self._discourse.voice  # set only for a sentence in the first person
        if voice and pair.supplier is None and pair.recipient is not None and voice != pair.recipient:
            pair.supplier, how["supplier"] = voice, "discourse"  # a Russian envoy: "our Bangladeshi partners want helicopters"
        if voice and pair.recipient is None and pair.supplier is not None and voice != pair.supplier \
                and not roles.unnamed_buyers:
            pair.recipient, how["recipient"] = voice, "discourse"  # an Armenian minister: "India delivered on time"
        supplier, recipient = pair.supplier, pair.recipient
        if recipient is None and supplier is not None and roles.unnamed_buyers:
            how["recipient"] = "unnamed"
            return False
        if recipient is None and supplier is not None and roles.label and roles.label[0] != supplier:
            recipient, how["recipient"] = roles.label[0], "discourse"  # "- Saudi Arabia: ... first THAAD battery delivered"
        section = self._discourse.section
        if recipient is None and supplier is not None and roles.unnamed_recipient and section not in (None, supplier):
            recipient, how["recipient"] = section, "discourse"  # under "Kazakhstan": "the region's richest state"
        top = context.most_common(2)
        if recipient is None and supplier is not None and roles.unnamed_recipient and not (
                roles.anaphor in ARMED_FORCE_NOUNS and top and top[0][0] == supplier
                and (len(top) == 1 or top[0][1] > top[1][1])):  # "the Army will receive NASAMS" in Norway's own news
            # "the navy" buys: not the state the article sells from, however often it is named
            seller = self._discourse.seller if roles.anaphor in ARMED_FORCE_NOUNS else None
            ranked = [(s, n) for s, n in context.most_common(4) if s not in (supplier, seller)
                      and s not in self._discourse.sellers_only][:3]  # "... received from France": France sells here
            topic = self._discourse.topic
            if roles.anaphor and topic not in (None, supplier) and len(ranked) > 1 and ranked[1][0] == topic \
                    and ranked[1][1] >= 2 * NAME_WEIGHT:
                ranked = [ranked[1], ranked[0]]  # "the country is discussing with Seoul": the buyer the article follows
            if ranked and ranked[0][1] >= 2 * NAME_WEIGHT and (len(ranked) == 1 or ranked[0][1] != ranked[1][1]):
                recipient, how["recipient"] = ranked[0][0], "context"
                if roles.anaphor and ranked[0][1] >= 3 * NAME_WEIGHT and (
                        len(ranked) == 1 or 2 * ranked[0][1] >= 3 * ranked[1][1]):
                    how["recipient"] = "discourse"  # "the country" in an article that is plainly about one state
        if recipient is None and supplier is not None:  # not "Indian-supplied": that names a seller
            doc = cues[0][0].doc if cues else None
            no_buyers = self._named_as_no_buyers(doc, clause_states) if doc is not None else set()
            ruled_out = {supplier, *origin, *roles.co_suppliers, *roles.makers, *roles.not_buyers}
            others = [s for s in dict.fromkeys(m.iso3s[0] for m in clause_states.values() if m.start not in no_buyers)
                      if s not in ruled_out]
            if len(others) == 1:
                recipient, how["recipient"] = others[0], "sentence"
                if others[0] in roles.label:
                    how["recipient"] = "discourse"  # "Uruguay: two patrol vessels ordered from Spain ...": the entry's buyer
        if supplier is None and recipient is not None:
            doc = cues[0][0].doc if cues else None
            others = [s for s in dict.fromkeys(m.iso3s[0] for m in clause_states.values()
                                               if doc is None or not _fellow_buyer(doc[m.end - 1]))
                      if s != recipient and s not in roles.co_recipients]
            if len(others) == 1:
                supplier, how["supplier"] = others[0], "sentence"
        if recipient is None and how["supplier"] == "text" and not home:
            # the article's subject state when it dominates the document ("the country purchased")
            ranked = [(s, n) for s, n in context.most_common(3) if s != supplier and s not in self._discourse.sellers_only]
            if ranked and ranked[0][1] >= 3 * NAME_WEIGHT and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                recipient, how["recipient"] = ranked[0][0], "context"
        contest = {r for _, r, _ in self._discourse.recent if r and r != supplier}
        if recipient is None and len(contest) == 1 and any(c is STANDING_CUE for _, c in cues):
            recipient, how["recipient"] = contest.pop(), "discourse"  # "... are also in the running": that contest
        elif recipient is None and not contest and any(c is STANDING_CUE for _, c in cues):
            # in a story about Canada's fighter competition, "contenders in the competition include ...": its buyer
            here = {iso for m in clause_states.values() for iso in m.iso3s}  # the entrants' makers
            ranked = [(s, n) for s, n in context.most_common(5) if s != supplier and s not in here
                      and s not in self._discourse.sellers_only]
            if ranked and ranked[0][1] >= NAME_WEIGHT and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                recipient, how["recipient"] = ranked[0][0], "context"
        if recipient is None and (how["supplier"] == "text" or supplier in roles.label) and not home \
                and section not in (None, supplier):
            recipient, how["recipient"] = section, "context"  # under the heading "LITHUANIA": "CV90s from Sweden"
        if recipient is None and supplier is not None and how["supplier"] == "origin" and not home \
                and section not in (None, supplier) and any(cue.status is Status.DELIVERY for _, cue in cues):
            # under the heading "Algeria", "Deliveries reported this year include:" then "- 14 Su-30MKA fighters"
            recipient, how["recipient"] = section, "discourse"
        if recipient is None and (how["supplier"] == "text" or supplier in roles.label) and self._discourse.topic \
                and self._discourse.topic != supplier and not home:
            recipient, how["recipient"] = self._discourse.topic, "context"  # "Sikorsky has also offered the MH-60R": to the article's buyer
        pair.supplier, pair.recipient = supplier, recipient
        return True

    def _named_as_no_buyers(self, doc: Doc, clause_states: dict[int, StateMention]) -> set[int]:
        """Starts of the states the sentence names only as something other than a buyer: where a system
        was made ("Indian-supplied"), a maker that built or delivered it ("by Singapore's ST Engineering",
        but not one assembling under licence for the buyer), the maker in a system's name ("an Antonov
        An-124"), a border, design or embargo ("the Libyan and Algerian borders"), a comparison ("as fast
        as Korea's"), a seller chosen ("before choosing China") or who pays for a delivery ("the Dutch government funded the delivery")."""
        licensed = any(t.lower_.startswith("licen") for t in doc)
        agents = {i for n in clause_states.values() if n.kind == "maker" and not licensed
                  and doc[n.end - 1].dep_ == "pobj" and doc[n.end - 1].head.dep_ == "agent" for i in range(n.start, n.end)}
        out: set[int] = set()
        for m in clause_states.values():
            last = doc[m.end - 1]
            if (m.kind == "made" or m.start in agents or (last.dep_ == "poss" and last.head.i in agents)
                    or (m.kind == "maker" and m.end in self._weapon_tokens)
                    or (lemma_of(_governor(last)) in NOT_BUYERS and (
                        m.kind == "demonym" or last.dep_ in ("compound", "poss", "nmod", "amod")))
                    or (last.dep_ == "pobj" and last.head.lower_ in ("as", "than", "like"))
                    or (last.dep_ == "dobj" and lemma_of(last.head) in CHOICE_VERBS)  # "before choosing China": the seller
                    or _funder(last)):
                out.add(m.start)
        return out

def _fellow_buyer(tok: Token) -> bool:
    """"bought used K9s through a joint procurement with Finland": a partner in the buying, not the seller."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and joint(tok.head.head)


def _governor(tok: Token) -> Token:
    """The word a name qualifies, past the names coordinated with it: "borders" in "the Libyan and Algerian borders"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head


def _funder(tok: Token) -> bool:
    """"The Dutch government funded the delivery of T-72s from the Czech Republic": who pays is not who gets them."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and lemma_of(tok.head) in BROKERS


def _names_own_service(doc: Doc, states_at: dict[int, StateMention], iso: str | None) -> bool:
    """Does the sentence hand over to an armed service of the state `iso` ("to the Indian Air
    Force", "to the Egyptian Navy"; not "built for the French Navy")?"""
    def after_to(m: StateMention) -> bool:
        before = [t.lower_ for t in doc[max(0, m.start - 2) : m.start]]
        return before[-1:] == ["to"] or before == ["to", "the"]
    return any(m.iso3s[0] == iso and after_to(m) and (m.kind == "service" or (
        m.kind == "demonym" and m.end < len(doc) and doc[m.end].lower_ in BRANCHES)) for m in states_at.values())
