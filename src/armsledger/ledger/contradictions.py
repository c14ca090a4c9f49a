"""Contradictions within a deal, each between two claims (both evidence sentences are kept).

- denial: a denial (of the deal, or of a category covering it) against an offer, agreement or
  delivery of the deal;
- quantity / value / year: two claims of the same stage stating different figures;
- cancellation: a cancellation against a delivery of the same deal (either order).

Two claims from the same document (or its near-duplicate copies) never contradict each other:
the article presents them as compatible (a refusal of future sales next to an old delivery).
A denial does not contradict a claim whose stated year is before the year it was published.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from armsledger.ledger.deals import DealDraft
from armsledger.ledger.facts import Contradiction, StoredClaim

POSITIVE = ("offer", "agreement", "delivery")
VALUE_TOLERANCE = 0.05  # values within 5% of each other agree (currency conversion noise)


def _make(deal: str, kind: str, a: StoredClaim, b: StoredClaim, detail: str) -> Contradiction:
    return Contradiction(id=f"{deal}:{kind}:{a.id}:{b.id}", deal_id=deal, kind=kind,
                         detail=detail, claim_a=a.id, claim_b=b.id)


def _figure_conflicts(deal: DealDraft, kind: str, get: Callable[[StoredClaim], float | None],
                      same: Callable[[float, float], bool], show: Callable[[float], str],
                      article: Callable[[StoredClaim], int]) -> list[Contradiction]:
    out = []
    stages = sorted({c.status for c in deal.direct})
    for stage in stages:
        firsts: list[tuple[float, StoredClaim]] = []  # first claim of each distinct figure
        for c in sorted(deal.direct, key=lambda c: c.id):
            v = get(c)
            if c.status != stage or v is None:
                continue
            if any(same(v, w) for w, _ in firsts):
                continue
            firsts.append((v, c))
        for i, (va, a) in enumerate(firsts):
            for vb, b in firsts[i + 1:]:
                if article(a) == article(b):
                    continue
                out.append(_make(deal.id, kind, a, b,
                                 f"{stage}: {show(va)} against {show(vb)}"))
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b))


def find(deal: DealDraft, published: Mapping[int, date | None],
         origin: Mapping[int, int] | None = None) -> list[Contradiction]:
    """`origin` maps a document to its near-duplicate group's origin: copies are one article."""
    out: list[Contradiction] = []
    groups = origin or {}

    def article(c: StoredClaim) -> int:
        return groups.get(c.document_id, c.document_id)

    everything = sorted((*deal.direct, *deal.attached), key=lambda c: c.id)
    denials = [c for c in everything if c.status == "denial"]
    positives = [c for c in deal.direct if c.status in POSITIVE]
    for d in denials:
        denied_on = published.get(d.document_id)
        for p in positives:
            if article(p) == article(d):
                continue  # one article reporting both presents them as compatible
            if denied_on and p.year is not None and p.year < denied_on.year:
                continue  # a denial speaks of now and later, not of an earlier year's deal
            what = "the deal" if d in deal.direct else f"all {d.category.replace('_', ' ')}"
            out.append(_make(deal.id, "denial", d, p, f"denial of {what} against {p.status}"))
    out += _figure_conflicts(deal, "quantity", lambda c: c.quantity, lambda a, b: a == b,
                             lambda v: str(int(v)), article)
    out += _figure_conflicts(deal, "value", lambda c: c.value_usd, _close,
                             lambda v: f"US${v:,.0f}", article)
    out += _figure_conflicts(deal, "year", lambda c: c.year, lambda a, b: a == b,
                             lambda v: str(int(v)), article)
    cancels = [c for c in deal.direct if c.status == "cancellation"]
    deliveries = [c for c in deal.direct if c.status == "delivery"]
    for c in cancels:
        for dl in deliveries:
            if article(c) == article(dl):
                continue
            dc, dd = published.get(c.document_id), published.get(dl.document_id)
            if dc and dd and dd > dc:
                order = f"delivery reported {dd} after cancellation reported {dc}"
            elif dc and dd and dc > dd:
                order = f"cancellation reported {dc} after delivery reported {dd}"
            else:
                order = "cancellation and delivery both reported"
            out.append(_make(deal.id, "cancellation", c, dl, order))
    return out


def find_all(deals: Iterable[DealDraft], published: Mapping[int, date | None],
             origin: Mapping[int, int] | None = None) -> list[Contradiction]:
    return [x for d in deals for x in find(d, published, origin)]
