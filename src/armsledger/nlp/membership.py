"""The buyers a sentence counts up: "Iraq becomes the ninth customer for the H225M, following
countries such as Hungary and Mexico", "Azerbaijan joins Myanmar and Nigeria as purchasers of JF-17
jets from Pakistan and China", "Serbia joins the list of Rafale customers, which includes Egypt and
Greece", "Austria will become the fifth operator of the Brazilian plane alongside Hungary".

A state that is, becomes or joins the customers (buyers, operators, users) of a system has bought
it, and so has each state named beside it as one before it. Defence reporting writes a system's
earlier buyers this way, and the grammar reader (`nlp/reader.py`) follows each piece of equipment
to its verb, where these states are in no role. The seller is a state the clause names after
"from", or else the system's state of origin; one of the states counted up that is the seller
(France among the H225M's users) is its home service, not a buyer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from armsledger.nlp.lexicon import CLIENT_NOUNS, OPERATORS
from armsledger.nlp.status import lemma_of
from armsledger.types import Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from armsledger.nlp.catalog import Weapon
    from armsledger.nlp.mentions import StateMention
    from armsledger.nlp.reader import Item

# who has bought a system, and the stage that says: a customer has signed, an operator flies it
MEMBERS = {**dict.fromkeys(CLIENT_NOUNS, Status.AGREEMENT), **dict.fromkeys(OPERATORS | {"recipient"}, Status.DELIVERY)}
# "the sixth NATO country to acquire the K9": a counted state, by the verb that makes it a buyer
COUNTED = frozenset({"country", "nation", "state", "member"})
GETTING = frozenset({"acquire", "buy", "purchase", "order", "procure", "receive", "operate", "field", "get", "fly"})
HOLDING = frozenset({"receive", "operate", "field", "fly"})  # ... of which these say it has been delivered
# what makes a state one of them: "Iraq becomes the ninth customer", "Azerbaijan joins ... as purchasers"
JOINING = frozenset({"be", "become", "join", "remain"})
# what sets earlier buyers beside it: "after Chad and Morocco", "alongside Brazil", "such as Hungary"
BESIDE = frozenset({"after", "following", "alongside", "like", "besides", "including"})
# a state that does as others did: "Hungary has followed Brazil and Portugal in acquiring the KC-390"
FOLLOWING = frozenset({"follow", "join"})
LISTS = frozenset({"list", "club", "group", "ranks", "number"})
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "eleventh", "twelfth", "latest", "last", "newest"})
FUTURE = frozenset({"will", "shall", "'ll"})
HOPED = frozenset({"potential", "possible", "prospective", "likely", "would-be"})
HYPOTHETICAL = frozenset({"would", "could", "might", "may"})


@dataclass(frozen=True, slots=True)
class Member:
    supplier: str
    recipient: str
    item: Item
    weapon: Weapon  # the item's, which a counted-up buyer always has
    status: Status
    cue: Token


def members(sent: Doc, items: list[Item], states_at: dict[int, StateMention],
            states_in: Callable[[Token], list[str]]) -> list[Member]:
    """The buyers the sentence counts up, each with the system they bought and its seller."""
    out: list[Member] = []
    for noun in sent:
        lemma = lemma_of(noun)
        counted = lemma in COUNTED and any(
            c.dep_ in ("amod", "compound") and (_ordinal(c) or lemma_of(c) in MEMBERS) for c in noun.children)
        if noun.pos_ != "NOUN" or (lemma not in MEMBERS and not counted) or (noun.dep_ == "compound" and lemma_of(noun.head) in COUNTED):
            continue  # "customer country": read at "country"
        verb = _joining_verb(noun)
        if verb is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        clause = verb
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("advcl", "xcomp"):
            clause = verb.head  # "ordered two C-27Js, to become the third African customer after Chad"
        subject = [i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for i in states_in(c)] \
            if lemma_of(verb) in JOINING else []
        status = MEMBERS.get(lemma, MEMBERS.get(next((lemma_of(c) for c in noun.children if lemma_of(c) in MEMBERS), ""),
                                                Status.AGREEMENT))
        out += _counted(sent, items, noun, verb, clause, subject, _beside(clause, verb, noun, states_at, states_in),
                        status, states_in)
    for noun in sent:  # "Other buyers of the Rafale are Egypt and Qatar", "Others that have ordered it are ..."
        verb = noun.head
        if noun.dep_ != "nsubj" or lemma_of(verb) not in ("be", "include") or any(c.dep_ == "neg" for c in verb.children):
            continue
        getting = next((c for c in noun.children if c.dep_ == "relcl" and lemma_of(c) in GETTING), None)
        if lemma_of(noun) in MEMBERS and getting is None:
            if lemma_of(verb) == "include":
                continue  # read above, as "customers include"
            status, through = MEMBERS[lemma_of(noun)], noun
        elif getting is not None and (lemma_of(noun) in COUNTED | MEMBERS.keys() or lemma_of(noun) == "other"):
            status, through = _getting_status(getting), getting
        else:
            continue
        listed = [i for c in verb.children if c.dep_ in ("attr", "dobj") for i in states_in(c)]
        out += _counted(sent, items, through, verb, verb, [], listed, status, states_in)
    for verb in sent:  # "Hungary has followed Brazil and Portugal in acquiring the KC-390"
        if lemma_of(verb) not in FOLLOWING or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        getting = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                        for g in p.children if g.dep_ == "pcomp" and lemma_of(g) in GETTING), None)
        if getting is None:
            continue
        subject = [i for c in verb.children if c.dep_ == "nsubj" for i in states_in(c)]
        before = [i for c in verb.children if c.dep_ == "dobj" and c.i in states_at for i in states_in(c)]
        out += _counted(sent, items, getting, verb, verb, subject, before, _getting_status(getting), states_in)
    return out


def _counted(sent: Doc, items: list[Item], noun: Token, verb: Token, clause: Token, subject: list[str],
             beside: list[str], status: Status, states_in: Callable[[Token], list[str]]) -> list[Member]:
    """The claims of the members (`subject`) and of those counted before them (`beside`), for each
    system the clause says they get through `noun`, from the state after "from" or the maker's."""
    bought = [(item, item.weapon) for item in items if item.weapon is not None and _bought(sent, item, noun, clause)]
    if not bought:
        return []
    sellers = [i for p in clause.subtree if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children if o.dep_ == "pobj" for i in states_in(o)]
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children)
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children) or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in verb.children):
        subject = []  # "if the deal is concluded, Botswana would become the first operator": not yet
    if any(c.dep_ == "amod" and c.lower_ in HOPED for c in noun.children):
        status = Status.INTEREST  # "another potential customer for the Su-35 is Egypt": not yet one
    out = []
    for item, weapon in bought:
        for seller in (sellers or list(weapon.origin[:1])):
            for buyer in dict.fromkeys(subject):
                if buyer != seller:
                    out.append(Member(seller, buyer, item, weapon, Status.AGREEMENT if future else status, noun))
            for buyer in dict.fromkeys(beside):
                if buyer != seller and buyer not in subject:
                    out.append(Member(seller, buyer, item, weapon, status, noun))
    return out


def _getting_status(verb: Token) -> Status:
    """"have ordered" is agreed, "operate" delivered."""
    return Status.DELIVERY if lemma_of(verb) in HOLDING else Status.AGREEMENT


def _ordinal(tok: Token) -> bool:
    """"ninth", "10th", "first": a place in a count."""
    word = tok.lower_
    return word in ORDINALS or (word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"))


def _joining_verb(noun: Token) -> Token | None:
    """The verb that makes states members: "becomes the ninth customer", "joins Nigeria as
    purchasers", "join the list of Rafale customers", "customers include"."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in LISTS:
        tok = tok.head.head  # "the list of Rafale customers"
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "attr" or (tok.dep_ == "dobj" and lemma_of(tok.head) == "join"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and lemma_of(tok.head.head) == "join":
        return tok.head.head
    if tok.dep_ == "nsubj" and lemma_of(tok.head) == "include":
        return tok.head
    return None


def _bought(sent: Doc, item: Item, noun: Token, clause: Token) -> bool:
    """The item is what the members bought: named in the member noun's phrase ("customers of the
    H225M", "Rafale customers"), or the thing the clause says they get ("the sixth country to acquire
    the K9", "by acquiring the H225M, Iraq becomes ...")."""
    tok = sent[item.end - 1]
    seen = 0
    while tok.i != clause.i and seen < 12:
        if tok.i == noun.i:
            return True
        tok, seen = tok.head, seen + 1
        if tok.pos_ == "VERB" and lemma_of(tok) not in GETTING | JOINING:
            return False  # "... the K9, which it builds at home": another verb's
    return tok.i == clause.i


def _beside(clause: Token, verb: Token, noun: Token, states_at: dict[int, StateMention],
            states_in: Callable[[Token], list[str]]) -> list[str]:
    """States the clause sets beside the members: after "after", "following", "alongside", "such as",
    as what "include" lists, or as those a state "joins"."""
    out: list[str] = []
    for tok in clause.subtree:
        word = tok.lower_
        if tok.dep_ in ("prep", "mark") and (word in BESIDE or (word == "as" and tok.i and tok.nbor(-1).lower_ == "such")):
            out += [i for o in tok.children if o.dep_ == "pobj" for i in states_in(o)]
            if tok.dep_ == "mark" and lemma_of(tok.head) in GETTING:  # "the second nation after the Philippines to acquire"
                out += [i for o in tok.head.children if o.dep_ == "nsubj" for i in states_in(o)]
        elif lemma_of(tok) == "include" and tok.pos_ == "VERB" and (
                (tok.dep_ == "relcl" and (tok.head.i == noun.i or lemma_of(tok.head) in LISTS)) or tok.i == verb.i):
            out += [i for o in tok.children if o.dep_ == "dobj" for i in states_in(o)]
        elif tok.i == verb.i and lemma_of(tok) == "join":
            out += [i for o in tok.children if o.dep_ == "dobj" and o.i in states_at for i in states_in(o)]
    return out
