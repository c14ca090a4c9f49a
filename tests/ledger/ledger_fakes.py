"""Hand-made documents and a fake extractor for ledger tests (no spaCy).

The texts are short made-up articles written for these tests. `FakeExtractor` emits the
claims listed for each sentence it finds in a document, with real spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from armsledger.types import Category, Claim, Document, Status

SUPPLY = "Moscow will supply T-90 tanks to Islamabad under a new contract."
SUPPLY_QTY = "The contract covers 100 T-90 tanks for the Pakistani army."
SUPPLY_QTY_OTHER = "Pakistan is to receive 60 T-90 tanks under the contract."
DENY = "A Russian diplomat told the Daily Ledger that Russia will not sell tanks to Pakistan."
EYE = "Pakistan is eyeing the T-90 tank, according to the Daily Ledger."
HELI_DEAL = "Russia and Pakistan signed a contract for four Mi-35M helicopters in 2015."
HELI_DONE = "The four Mi-35M helicopters have since been handed over to Pakistan."
S400 = "India signed for five S-400 regiments from Russia in 2018."
JF17 = "China delivered a batch of JF-17 fighters to Pakistan."
CANCEL = "The Mi-35M helicopter order was cancelled by Pakistan last year."
FILLER = ("Analysts in both capitals watched the talks closely while officials met for three days "
          "to discuss training, spare parts and joint exercises along the border region. ")


def _c(supplier: str | None, recipient: str | None, system: str | None, category: Category,
       status: Status, **kw: Any) -> dict[str, Any]:
    return {"supplier": supplier, "recipient": recipient, "system": system,
            "category": category, "status": status, **kw}


RULES: dict[str, list[dict[str, Any]]] = {
    SUPPLY: [_c("RUS", "PAK", "T-90", Category.ARMOURED_VEHICLE, Status.AGREEMENT)],
    SUPPLY_QTY: [_c("RUS", "PAK", "T-90", Category.ARMOURED_VEHICLE, Status.AGREEMENT,
                    quantity=100)],
    SUPPLY_QTY_OTHER: [_c("RUS", "PAK", "T-90", Category.ARMOURED_VEHICLE, Status.AGREEMENT,
                          quantity=60)],
    DENY: [_c("RUS", "PAK", None, Category.ARMOURED_VEHICLE, Status.DENIAL,
              attributed_to="A Russian diplomat told the Daily Ledger")],
    EYE: [_c("RUS", "PAK", "T-90", Category.ARMOURED_VEHICLE, Status.INTEREST,
             attributed_to="according to the Daily Ledger")],
    HELI_DEAL: [_c("RUS", "PAK", "Mi-35M", Category.HELICOPTER, Status.AGREEMENT, quantity=4,
                   year=2015, family="Mi-35")],
    HELI_DONE: [_c("RUS", "PAK", "Mi-35M", Category.HELICOPTER, Status.DELIVERY, quantity=4,
                   family="Mi-35")],
    S400: [_c("RUS", "IND", "S-400", Category.AIR_DEFENCE, Status.AGREEMENT, quantity=5,
              year=2018)],
    JF17: [_c("CHN", "PAK", "JF-17", Category.AIRCRAFT, Status.DELIVERY)],
    CANCEL: [_c("RUS", "PAK", "Mi-35M", Category.HELICOPTER, Status.CANCELLATION,
                family="Mi-35")],
}


@dataclass
class FakeExtractor:
    rules: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: RULES)
    calls: list[str] = field(default_factory=list)

    def __call__(self, doc: Document) -> list[Claim]:
        self.calls.append(doc.id)
        out = []
        for sentence in sorted(self.rules, key=lambda s: doc.text.find(s)):
            start = doc.text.find(sentence)
            if start < 0:
                continue
            for spec in self.rules[sentence]:
                out.append(Claim(doc=doc.id, quantity=spec.get("quantity"),
                                 value_usd=spec.get("value_usd"), year=spec.get("year"),
                                 attributed_to=spec.get("attributed_to"), evidence=sentence,
                                 span=(start, start + len(sentence)),
                                 family=spec.get("family") or spec["system"],
                                 supplier=spec["supplier"], recipient=spec["recipient"],
                                 system=spec["system"], category=spec["category"],
                                 status=spec["status"]))
        return out


def doc(doc_id: str, *sentences: str, published: date | None = None, url: str | None = None,
        outlet: str | None = None, filler: int = 2) -> Document:
    text = " ".join([FILLER * filler, *sentences, f"Reported for {doc_id}."])
    return Document(id=doc_id, text=text, title=f"Story {doc_id}", url=url, outlet=outlet,
                    published=published)


def corpus() -> list[Document]:
    """Five small articles covering the cases the ledger must handle."""
    return [
        doc("a_supply", SUPPLY, SUPPLY_QTY, published=date(2019, 3, 1)),
        doc("b_denial", DENY, HELI_DEAL, HELI_DONE, published=date(2019, 4, 2),
            outlet="Daily Ledger", filler=3),
        doc("c_eye", EYE, published=date(2019, 5, 3), filler=1),
        doc("d_india", S400, JF17, published=date(2020, 1, 4), filler=0),
        doc("e_other", SUPPLY_QTY_OTHER, "Officials in Rawalpindi welcomed the news.",
            published=date(2019, 6, 5), filler=0),
    ]
