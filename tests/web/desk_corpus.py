"""A small hand-made ledger for the desk's tests: five made-up articles and a rule extractor.

The sentences are written for these tests. `RuleExtractor` emits the listed claims for each
sentence it finds, with real spans, so the ledger is built without spaCy in well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from armsledger.ledger import Ledger, open_ledger
from armsledger.types import Category, Claim, Document, Status

TALKS = "Pakistan is negotiating with Russia over T-90 tanks, two officials said."
SIGNED = "Russia signed a contract to supply 300 T-90 tanks to Pakistan, the ministry confirmed."
DENIED = "Moscow denied that it would sell T-90 tanks to Pakistan."
HELIS = "Four Mi-35M helicopters were delivered by Russia to Pakistan in 2017."
JETS = "China delivered J-10C fighters to Pakistan last spring."
TOKEN = "test-token-0123456789"  # an access token for write tests
FILLER = "Officials from both capitals also discussed training and spare parts."


@dataclass(frozen=True)
class Rule:
    supplier: str
    recipient: str
    system: str | None
    category: Category
    status: Status
    quantity: int | None = None
    year: int | None = None
    attributed_to: str | None = None
    cues: tuple[str, ...] = ()


RULES: dict[str, Rule] = {
    TALKS: Rule("RUS", "PAK", "T-90", Category.ARMOURED_VEHICLE, Status.NEGOTIATION,
                attributed_to="two officials", cues=("negotiating",)),
    SIGNED: Rule("RUS", "PAK", "T-90", Category.ARMOURED_VEHICLE, Status.AGREEMENT,
                 quantity=300, attributed_to="the ministry", cues=("signed a contract",)),
    DENIED: Rule("RUS", "PAK", "T-90", Category.ARMOURED_VEHICLE, Status.DENIAL,
                 attributed_to="Moscow", cues=("denied",)),
    HELIS: Rule("RUS", "PAK", "Mi-35M", Category.HELICOPTER, Status.DELIVERY, quantity=4,
                year=2017, cues=("delivered",)),
    JETS: Rule("CHN", "PAK", "J-10C", Category.AIRCRAFT, Status.DELIVERY, cues=("delivered",)),
}


def rule_extract(doc: Document) -> list[Claim]:
    """Claims for every known sentence in the document, in text order."""
    found = []
    for sentence, rule in RULES.items():
        start = doc.text.find(sentence)
        if start < 0:
            continue
        found.append((start, Claim(
            doc=doc.id, supplier=rule.supplier, recipient=rule.recipient, system=rule.system,
            category=rule.category, status=rule.status, quantity=rule.quantity, value_usd=None,
            year=rule.year, attributed_to=rule.attributed_to, evidence=sentence,
            span=(start, start + len(sentence)), cues=rule.cues, family=rule.system)))
    return [c for _, c in sorted(found, key=lambda pair: pair[0])]


DOCUMENTS: tuple[Document, ...] = (
    Document(id="dawn_talks", title="Tank talks with Moscow", outlet="Dawn",
             url="https://example.org/dawn/talks", published=date(2017, 3, 14),
             text=f"ISLAMABAD: {TALKS} {FILLER}"),
    Document(id="reuters_signed", title="Russia signs T-90 contract", outlet="Reuters",
             url="https://example.org/reuters/signed", published=date(2018, 6, 2),
             text=f"MOSCOW: {SIGNED}\n\n{HELIS}"),
    Document(id="tass_denial", title="Moscow rejects tank reports", outlet="TASS",
             url="https://example.org/tass/denial", published=date(2018, 9, 20),
             text=f"{DENIED} {FILLER}"),
    Document(id="gt_jets", title="Fighters for Pakistan", outlet="Global Times",
             url="https://example.org/gt/jets", published=date(2019, 4, 8),
             text=f"BEIJING: {JETS}"),
    Document(id="bbc_general", title="Regional round-up", outlet="BBC",
             url="https://example.org/bbc/general", published=date(2019, 5, 1),
             text="Nothing about arms transfers appears in this short round-up text."),
)


def build_ledger(path: Path) -> Ledger:
    """A ledger at `path` filled with DOCUMENTS through the library API and rebuilt."""
    ledger = open_ledger(f"sqlite:///{path}")
    for doc in DOCUMENTS:
        ledger.add(doc, rule_extract(doc))
    ledger.rebuild()
    return ledger


def as_json(record: Any) -> Any:
    return record.to_json()
