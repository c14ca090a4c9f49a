"""Internal records of the consolidation stage: what the store hands it and what it returns.

Consolidation (dedup -> sources -> deals -> contradictions -> credibility) is a chain of
plain functions over these; `consolidate.rebuild()` runs it and the store writes the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from armsledger.ledger.records import DealSummary, TimelineEntry


@dataclass(frozen=True, slots=True)
class StoredDoc:
    id: int
    key: str  # public document id
    outlet: str | None
    url: str | None
    published: date | None
    text: str


@dataclass(frozen=True, slots=True)
class StoredClaim:
    id: int
    document_id: int
    supplier: str | None
    recipient: str | None
    system: str | None
    family: str | None
    category: str
    status: str
    quantity: int | None
    value_usd: float | None
    year: int | None
    attributed_to: str | None
    evidence: str


@dataclass(frozen=True, slots=True)
class Group:
    """A document's near-duplicate group: its origin (itself when it is the origin)."""

    document_id: int
    origin_id: int
    similarity: float


@dataclass(frozen=True, slots=True)
class Source:
    """The independent source a claim counts as."""

    key: str
    kind: str  # "document" | "outlet" | "speaker" | "echo" (an unnamed report: never corroborates)
    label: str


@dataclass(frozen=True, slots=True)
class Grade:
    claim_id: int
    source: Source
    reliability: str
    credibility: int


@dataclass(frozen=True, slots=True)
class DealLink:
    deal_id: str
    claim_id: int
    via: str  # "direct" | "category"


@dataclass(frozen=True, slots=True)
class Contradiction:
    id: str
    deal_id: str
    kind: str
    detail: str
    claim_a: int
    claim_b: int


@dataclass(frozen=True, slots=True)
class DealRecord:
    summary: DealSummary
    timeline: tuple[TimelineEntry, ...]


@dataclass(frozen=True, slots=True)
class Derived:
    groups: tuple[Group, ...]
    grades: tuple[Grade, ...]
    deals: tuple[DealRecord, ...]
    links: tuple[DealLink, ...]
    contradictions: tuple[Contradiction, ...]
