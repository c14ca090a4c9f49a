"""Frozen records the ledger's read API returns; each has `to_json()` for the CLI and web layer.

JSON output is deterministic: dates are ISO strings, tuples become lists, floats are rounded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from armsledger.types import Problem


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True, slots=True)
class DealFilter:
    """What `Ledger.deals()` keeps; None means any."""

    supplier: str | None = None
    recipient: str | None = None
    system: str | None = None  # a system or family name, case-insensitive
    category: str | None = None
    status: str | None = None  # the deal's current status
    since: int | None = None  # reported (or stated) in this year or later
    party: str | None = None  # supplier or recipient


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One stored claim with its document, source and grades."""

    id: int
    doc: str
    doc_title: str | None
    outlet: str | None
    published: date | None
    url: str | None
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
    span: tuple[int, int]
    source: str  # independent-source key: claims sharing it count once
    copy_of: str | None  # origin document when this claim's document is a near-duplicate copy
    reliability: str  # Admiralty A-F of the reporting outlet
    credibility: int  # Admiralty 1-6 of the information
    via: str = "direct"  # "direct" or "category" (a generic claim attached to a deal)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc": self.doc,
            "doc_title": self.doc_title,
            "outlet": self.outlet,
            "published": _d(self.published),
            "url": self.url,
            "supplier": self.supplier,
            "recipient": self.recipient,
            "system": self.system,
            "family": self.family,
            "category": self.category,
            "status": self.status,
            "quantity": self.quantity,
            "value_usd": self.value_usd,
            "year": self.year,
            "attributed_to": self.attributed_to,
            "evidence": self.evidence,
            "span": list(self.span),
            "source": self.source,
            "copy_of": self.copy_of,
            "reliability": self.reliability,
            "credibility": self.credibility,
            "via": self.via,
        }


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One stage of a deal: when it was first and last reported, by how many independent sources."""

    status: str
    first_reported: date | None
    last_reported: date | None
    years: tuple[int, ...]
    sources: int
    claims: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "first_reported": _d(self.first_reported),
            "last_reported": _d(self.last_reported),
            "years": list(self.years),
            "sources": self.sources,
            "claims": list(self.claims),
        }


@dataclass(frozen=True, slots=True)
class DealSummary:
    id: str  # "RUS-PAK-T-90"; a pair's generic claims: "RUS-PAK-*armoured_vehicle"
    supplier: str
    recipient: str
    family: str | None  # None for a generic (category-only) deal
    systems: tuple[str, ...]
    category: str
    status: str  # best-supported current status (docs/ledger.md)
    contested: bool  # has at least one contradiction
    first_reported: date | None
    last_reported: date | None
    years: tuple[int, ...]
    quantities: tuple[int, ...]
    values_usd: tuple[float, ...]
    claims: int
    documents: int
    sources: int  # independent sources behind the deal
    reliability: str
    credibility: int
    contradictions: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "supplier": self.supplier,
            "recipient": self.recipient,
            "family": self.family,
            "systems": list(self.systems),
            "category": self.category,
            "status": self.status,
            "contested": self.contested,
            "first_reported": _d(self.first_reported),
            "last_reported": _d(self.last_reported),
            "years": list(self.years),
            "quantities": list(self.quantities),
            "values_usd": [round(v, 2) for v in self.values_usd],
            "claims": self.claims,
            "documents": self.documents,
            "sources": self.sources,
            "reliability": self.reliability,
            "credibility": self.credibility,
            "contradictions": self.contradictions,
        }


@dataclass(frozen=True, slots=True)
class ContradictionView:
    """Two claims that cannot both be true, with both sides' evidence and sources."""

    id: str
    deal: str
    kind: str  # denial | quantity | value | year | cancellation
    detail: str
    a: ClaimView
    b: ClaimView

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "deal": self.deal,
            "kind": self.kind,
            "detail": self.detail,
            "a": self.a.to_json(),
            "b": self.b.to_json(),
        }


@dataclass(frozen=True, slots=True)
class DealDetail:
    deal: DealSummary
    timeline: tuple[TimelineEntry, ...]
    claims: tuple[ClaimView, ...]
    contradictions: tuple[ContradictionView, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            **self.deal.to_json(),
            "timeline": [t.to_json() for t in self.timeline],
            "evidence": [c.to_json() for c in self.claims],
            "contradiction_list": [c.to_json() for c in self.contradictions],
        }


@dataclass(frozen=True, slots=True)
class SourceView:
    """One independent source: an origin document, or a named speaker/outlet quoted in the texts."""

    key: str
    kind: str  # "document" | "outlet" | "speaker"
    label: str
    documents: tuple[str, ...]  # documents whose claims count as this source
    copies: tuple[str, ...]  # near-duplicate copies folded into it
    claims: int
    reliability: str

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind,
            "label": self.label,
            "documents": list(self.documents),
            "copies": list(self.copies),
            "claims": self.claims,
            "reliability": self.reliability,
        }


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "document" | "claim"
    doc: str
    claim: int | None
    title: str | None
    published: date | None
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "doc": self.doc,
            "claim": self.claim,
            "title": self.title,
            "published": _d(self.published),
            "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class DocumentView:
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: date | None
    source_path: str | None
    sha256: str
    version: int
    versions: tuple[str, ...]  # every stored version of this document, oldest first
    copy_of: str | None
    text: str
    claims: tuple[ClaimView, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": _d(self.published),
            "source_path": self.source_path,
            "sha256": self.sha256,
            "version": self.version,
            "versions": list(self.versions),
            "copy_of": self.copy_of,
            "text": self.text,
            "claims": [c.to_json() for c in self.claims],
        }


@dataclass(frozen=True, slots=True)
class PairView:
    supplier: str
    recipient: str
    deals: tuple[DealSummary, ...]
    generic: tuple[ClaimView, ...]  # claims naming only a category for this pair
    contradictions: tuple[ContradictionView, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "supplier": self.supplier,
            "recipient": self.recipient,
            "deals": [d.to_json() for d in self.deals],
            "generic": [c.to_json() for c in self.generic],
            "contradictions": [c.to_json() for c in self.contradictions],
        }


@dataclass(frozen=True, slots=True)
class StateView:
    iso3: str
    supplying: tuple[DealSummary, ...]
    receiving: tuple[DealSummary, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "iso3": self.iso3,
            "supplying": [d.to_json() for d in self.supplying],
            "receiving": [d.to_json() for d in self.receiving],
        }


@dataclass(frozen=True, slots=True)
class Flow:
    """Everything reported from one supplier to one recipient, for maps and graphs."""

    supplier: str
    recipient: str
    deals: int
    sources: int
    categories: tuple[str, ...]
    systems: tuple[str, ...]
    statuses: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "supplier": self.supplier,
            "recipient": self.recipient,
            "deals": self.deals,
            "sources": self.sources,
            "categories": list(self.categories),
            "systems": list(self.systems),
            "statuses": list(self.statuses),
        }


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    versions: int  # document rows that replaced an older version
    claims: int
    deals: int
    contradictions: int
    sources: int
    copies: int  # documents that are near-duplicate copies of another

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "versions": self.versions,
            "claims": self.claims,
            "deals": self.deals,
            "contradictions": self.contradictions,
            "sources": self.sources,
            "copies": self.copies,
        }


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest run did."""

    stored: int = 0  # new documents (including new versions)
    new_versions: int = 0  # of which replaced an older version at the same URL/id
    unchanged: int = 0  # already stored: skipped
    claims: int = 0
    problems: tuple[Problem, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "new_versions": self.new_versions,
            "unchanged": self.unchanged,
            "claims": self.claims,
            "problems": [{"source": p.source, "reason": p.reason, "code": p.code}
                         for p in self.problems],
        }
