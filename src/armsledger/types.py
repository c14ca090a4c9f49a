"""Typed records passed between the stages: ingest -> extract -> ledger -> report.

`Claim` mirrors ``shared/spec/claims.md`` field for field; extra fields
(`inferred`, `cues`, `confidence`) are allowed by the spec and ignored by readers
that do not know them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    INTEREST = "interest"
    NEGOTIATION = "negotiation"
    OFFER = "offer"
    AGREEMENT = "agreement"
    DELIVERY = "delivery"
    DENIAL = "denial"
    CANCELLATION = "cancellation"


class Category(StrEnum):
    AIRCRAFT = "aircraft"
    HELICOPTER = "helicopter"
    ARMOURED_VEHICLE = "armoured_vehicle"
    ARTILLERY = "artillery"
    AIR_DEFENCE = "air_defence"
    MISSILE = "missile"
    SHIP = "ship"
    SUBMARINE = "submarine"
    ENGINE = "engine"
    SENSOR = "sensor"
    UAV = "uav"
    ARMS = "arms"


class DateSource(StrEnum):
    """Where a document's publication date was read from, best first."""

    METADATA = "metadata"  # the page's or record's own publication date
    FEED = "feed"  # the feed entry's published/updated field
    TEXT = "text"  # a dateline in the text
    URL = "url"  # a date in the URL path
    CRAWL = "crawl"  # the crawl/capture date (WARC-Date): not a publication date
    FILE = "file"  # the file's modification time: weakest


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """One article, whatever format it came from."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    date_source: DateSource | None = None
    language: str | None = None
    source_path: str | None = None  # file, URL or "-" it was read from; with "#n" for a record
    sha256: str = field(default="")

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", sha256_text(self.text))

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "date_source": str(self.date_source) if self.date_source else None,
            "language": self.language,
            "source_path": self.source_path,
            "sha256": self.sha256,
            "words": self.words,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read; ingest yields these and goes on."""

    source: str  # file path or URL, with ":LINE" or "#RECORD" where known
    reason: str
    code: str = "E100"

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement in one document about an arms transfer between two states."""

    doc: str
    supplier: str | None
    recipient: str | None
    system: str | None
    category: Category
    status: Status
    quantity: int | None
    value_usd: float | None
    year: int | None
    attributed_to: str | None
    evidence: str
    span: tuple[int, int]
    # beyond the spec: which fields were inferred rather than read, the cue words, a score
    inferred: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    family: str | None = None  # the catalog family of `system` (the ledger's deal key)
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "supplier": self.supplier,
            "recipient": self.recipient,
            "system": self.system,
            "category": str(self.category),
            "status": str(self.status),
            "quantity": self.quantity,
            "value_usd": self.value_usd,
            "year": self.year,
            "attributed_to": self.attributed_to,
            "evidence": self.evidence,
            "span": list(self.span),
            "inferred": list(self.inferred),
            "cues": list(self.cues),
            "family": self.family,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Claim:
        return cls(
            doc=d["doc"],
            supplier=d.get("supplier"),
            recipient=d.get("recipient"),
            system=d.get("system"),
            category=Category(d["category"]),
            status=Status(d["status"]),
            quantity=d.get("quantity"),
            value_usd=d.get("value_usd"),
            year=d.get("year"),
            attributed_to=d.get("attributed_to"),
            evidence=d["evidence"],
            span=(int(d["span"][0]), int(d["span"][1])),
            inferred=tuple(d.get("inferred") or ()),
            cues=tuple(d.get("cues") or ()),
            family=d.get("family"),
            confidence=float(d.get("confidence", 1.0)),
        )
