"""A pair dossier: everything the ledger holds on arms transfers between two states, with sources.

`build_dossier(ledger, a, b)` gathers it (both directions) from the ledger's read API into one
frozen record; `markdown.render` and `html.render` turn that record into a brief. Nothing is
added that the ledger does not hold: every claim carries the number of the document it was
read from, and the source list gives each number's outlet, date, title and address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from armsledger.ledger.grouping import ContradictionGroup, group_contradictions, sentence
from armsledger.report.views import claim_date, state_name


@dataclass(frozen=True, slots=True)
class Citation:
    """One numbered entry of the source list: a document claims were read from."""

    n: int
    doc: str
    title: str | None
    outlet: str | None
    published: date | None
    url: str | None
    reliability: str


@dataclass(frozen=True, slots=True)
class DealEntry:
    summary: Any  # DealSummary
    timeline: tuple[Any, ...]  # TimelineEntry
    claims: tuple[Any, ...]  # ClaimView, oldest first: the deal's own claims and covering denials


@dataclass(frozen=True, slots=True)
class Direction:
    supplier: str
    recipient: str
    deals: tuple[DealEntry, ...]
    generic: tuple[Any, ...]  # ClaimView naming only a category


@dataclass(frozen=True, slots=True)
class Dossier:
    a: str
    b: str
    a_name: str
    b_name: str
    generated: date
    directions: tuple[Direction, ...]
    contradictions: tuple[Any, ...]  # ContradictionView
    sources: tuple[Citation, ...]

    @property
    def deals(self) -> tuple[DealEntry, ...]:
        return tuple(d for direction in self.directions for d in direction.deals)

    @property
    def claims(self) -> tuple[Any, ...]:
        """Every claim in the dossier, once, oldest first."""
        seen: dict[int, Any] = {}
        for direction in self.directions:
            for entry in direction.deals:
                for c in entry.claims:
                    seen.setdefault(c.id, c)
            for c in direction.generic:
                seen.setdefault(c.id, c)
        return tuple(sorted(seen.values(), key=_claim_order))

    def cite(self, doc: str) -> int:
        """The source-list number of a document."""
        for citation in self.sources:
            if citation.doc == doc:
                return citation.n
        raise KeyError(doc)

    def contradiction_groups(self) -> list[ContradictionGroup]:
        """The contradictions grouped so each statement is read once (`group_contradictions`)."""
        return group_contradictions(self.contradictions, self.claims)

    def refs(self, claims: Any) -> list[int]:
        """The source-list numbers behind some claims, ascending."""
        return sorted({self.cite(c.doc) for c in claims})

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a, "b": self.b, "generated": self.generated.isoformat(),
            "directions": [{
                "supplier": d.supplier, "recipient": d.recipient,
                "deals": [{**e.summary.to_json(),
                           "claims": [c.to_json() for c in e.claims]} for e in d.deals],
                "generic": [c.to_json() for c in d.generic],
            } for d in self.directions],
            "contradictions": [c.to_json() for c in self.contradictions],
            "sources": [{"n": s.n, "doc": s.doc, "title": s.title, "outlet": s.outlet,
                         "published": s.published.isoformat() if s.published else None,
                         "url": s.url, "reliability": s.reliability} for s in self.sources],
        }


def _claim_order(c: Any) -> tuple[date, str, int]:
    return (claim_date(c) or date.max, c.doc, c.id)


def _distinct(claims: Any) -> tuple[Any, ...]:
    """Claims oldest first, one per sentence and status (the first: a direct claim before a
    generic one), so "tanks or aircraft" is not quoted once per category."""
    ordered = sorted(claims, key=lambda c: (c.via != "direct", c.id))
    seen: dict[tuple[str, str, str], Any] = {}
    for c in ordered:
        seen.setdefault(sentence(c), c)
    return tuple(sorted(seen.values(), key=_claim_order))


def build_dossier(ledger: Any, a: str, b: str, *, today: date | None = None) -> Dossier:
    """The dossier on `a` and `b`: deals a -> b and b -> a, their claims and contradictions."""
    a, b = a.upper(), b.upper()
    directions = []
    contradictions: dict[str, Any] = {}
    for supplier, recipient in ((a, b), (b, a)):
        view = ledger.pair(supplier, recipient)
        entries = []
        for summary in sorted(view.deals, key=lambda d: (d.family or "").lower()):
            detail = ledger.deal(summary.id)
            # a generic "arms deal" attached to every deal of the pair is listed once, with
            # the pair's generic claims; denials that cover the deal stay with it
            own = [c for c in detail.claims if c.via == "direct" or c.status == "denial"]
            entries.append(DealEntry(summary, tuple(detail.timeline), _distinct(own)))
            for x in detail.contradictions:
                contradictions.setdefault(x.id, x)
        for x in view.contradictions:
            contradictions.setdefault(x.id, x)
        named = {sentence(c) for e in entries for c in e.claims if c.via == "direct"}
        generic = [c for c in view.generic if sentence(c) not in named]
        directions.append(Direction(supplier, recipient, tuple(entries), _distinct(generic)))
    draft = Dossier(a=a, b=b, a_name=state_name(a), b_name=state_name(b),
                    generated=today or date.today(), directions=tuple(directions),
                    contradictions=tuple(contradictions.values()), sources=())
    claims = [*draft.claims, *(side for x in draft.contradictions for side in (x.a, x.b))]
    return Dossier(a=draft.a, b=draft.b, a_name=draft.a_name, b_name=draft.b_name,
                   generated=draft.generated, directions=draft.directions,
                   contradictions=draft.contradictions, sources=_citations(claims))


def _citations(claims: list[Any]) -> tuple[Citation, ...]:
    """One number per document, in order of publication (then id)."""
    docs: dict[str, Any] = {}
    for c in claims:
        docs.setdefault(c.doc, c)
    ordered = sorted(docs.values(), key=lambda c: (c.published or date.max, c.doc))
    return tuple(Citation(n=i, doc=c.doc, title=c.doc_title, outlet=c.outlet,
                          published=c.published, url=c.url, reliability=c.reliability)
                 for i, c in enumerate(ordered, start=1))
