"""The web's own page records: ledger records combined for one page (and its JSON twin)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

SortKey = Literal["supplier", "recipient", "system", "category", "status", "credibility",
                  "sources", "claims", "last_reported"]
Order = Literal["asc", "desc"]


@dataclass(frozen=True, slots=True)
class DealTable:
    """The deals page: the filters applied, the sort, and the matching deals."""

    filters: dict[str, Any]
    sort: str
    order: str
    total: int
    deals: tuple[Any, ...]  # DealSummary

    def to_json(self) -> dict[str, Any]:
        return {"filters": self.filters, "sort": self.sort, "order": self.order,
                "total": self.total, "deals": [d.to_json() for d in self.deals]}


@dataclass(frozen=True, slots=True)
class StateDossier:
    iso3: str
    state: Any  # StateView
    contradictions: tuple[Any, ...]  # ContradictionView

    def to_json(self) -> dict[str, Any]:
        return {**self.state.to_json(),
                "contradictions": [c.to_json() for c in self.contradictions]}


@dataclass(frozen=True, slots=True)
class PairDossier:
    """A pair of states in both directions: a -> b and b -> a."""

    a: str
    b: str
    forward: Any  # PairView a -> b
    backward: Any  # PairView b -> a

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "forward": self.forward.to_json(),
                "backward": self.backward.to_json()}


@dataclass(frozen=True, slots=True)
class FlowGraph:
    filters: dict[str, Any]
    flows: tuple[Any, ...]  # Flow

    def to_json(self) -> dict[str, Any]:
        return {"filters": self.filters, "flows": [f.to_json() for f in self.flows]}


@dataclass(frozen=True, slots=True)
class ListOf:
    """A plain list page (contradictions, sources, search hits)."""

    kind: str
    query: dict[str, Any]
    items: tuple[Any, ...]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "query": self.query, "count": len(self.items),
                self.kind: [i.to_json() for i in self.items]}


def _sort_value(deal: Any, key: str) -> Any:
    if key == "credibility":
        return (deal.credibility, deal.reliability)
    if key == "system":
        return (deal.family or "~" + deal.category).lower()
    if key == "last_reported":
        return deal.last_reported or date.min
    return getattr(deal, key)


def sort_deals(deals: Sequence[Any], key: str, order: str) -> tuple[Any, ...]:
    """Deals sorted by a column; ties broken by deal id so the order is stable."""
    by_id = sorted(deals, key=lambda d: d.id)
    return tuple(sorted(by_id, key=lambda d: _sort_value(d, key), reverse=order == "desc"))
