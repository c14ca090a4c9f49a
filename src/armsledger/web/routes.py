"""The pages (each with its JSON twin under /api) and the write API.

Handlers only call the ledger's read API and wrap its records for the page; no SQL here.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from armsledger.ledger.records import DealFilter
from armsledger.report.charts import FlowEdge, flow_svg
from armsledger.report.highlight import SpanMark, mark_spans
from armsledger.types import Category, Document, Status
from armsledger.web.templating import pair_url
from armsledger.web.twin import Page, Pages, to_jsonable
from armsledger.web.views import (
    DealTable,
    FlowGraph,
    ListOf,
    Order,
    PairDossier,
    SortKey,
    StateDossier,
    sort_deals,
)

pages = Pages()
api = APIRouter(prefix="/api")
_open_lock = threading.Lock()


def get_ledger(request: Request) -> Any:
    """The app's ledger, opened from ``settings.db`` on first use."""
    state = request.app.state
    if state.ledger is None:
        with _open_lock:
            if state.ledger is None:
                from armsledger.ledger import open_ledger

                state.ledger = open_ledger(state.settings.db)
    return state.ledger


LedgerDep = Annotated[Any, Depends(get_ledger)]
ISO3 = r"^[A-Za-z]{3}$"
Iso3Query = Annotated[str | None, Query(pattern=ISO3, description="ISO 3166-1 alpha-3 code")]
Iso3Path = Annotated[str, Path(pattern=ISO3, description="ISO 3166-1 alpha-3 code")]
Year = Annotated[int | None, Query(ge=1900, le=2100)]


def _upper(code: str | None) -> str | None:
    return code.upper() if code else None


@pages.page("/", "home.html")
def home(ledger: LedgerDep) -> Page:
    """What the ledger holds: documents, claims, deals, contradictions, sources."""
    stats = ledger.stats()
    return Page("Overview", stats, extra={"flows_svg": _flow_chart(ledger.flows())})


@pages.page("/deals", "deals.html")
def deals(
    ledger: LedgerDep,
    supplier: Iso3Query = None,
    recipient: Iso3Query = None,
    party: Iso3Query = None,
    system: Annotated[str | None, Query(max_length=100)] = None,
    category: Category | None = None,
    status: Status | None = None,
    since: Year = None,
    sort: SortKey = "last_reported",
    order: Order = "desc",
) -> Page:
    """Deals, filtered and sorted: supplier, recipient, system, status, credibility, sources."""
    flt = DealFilter(supplier=_upper(supplier), recipient=_upper(recipient), party=_upper(party),
                     system=system or None, category=category.value if category else None,
                     status=status.value if status else None, since=since)
    found = sort_deals(ledger.deals(flt), sort, order)
    filters = {k: v for k, v in to_jsonable(flt).items() if v is not None}
    return Page("Deals", DealTable(filters=filters, sort=sort, order=order, total=len(found),
                                   deals=found))


@pages.page("/deals/{deal_id:path}", "deal.html")
def deal(ledger: LedgerDep, deal_id: Annotated[str, Path(max_length=300)]) -> Page:
    """One deal: its status timeline, every claim with its evidence, its contradictions."""
    detail = ledger.deal(deal_id)
    return Page(f"Deal {detail.deal.id}", detail)


@pages.page("/states/{iso3}", "state.html")
def state(ledger: LedgerDep, iso3: Iso3Path) -> Page:
    """One state's dossier: deals it supplies and receives, and their contradictions."""
    code = iso3.upper()
    view = ledger.state(code)
    deal_ids = {d.id for d in (*view.supplying, *view.receiving)}
    contradictions = tuple(c for c in ledger.contradictions() if c.deal in deal_ids)
    return Page(f"State {code}", StateDossier(code, view, contradictions))


@pages.page("/pairs/{a}/{b}", "pair.html")
def pair(ledger: LedgerDep, a: Iso3Path, b: Iso3Path) -> Page:
    """A pair of states in both directions: deals, generic claims and contradictions."""
    a, b = a.upper(), b.upper()
    return Page(f"{a} ⇄ {b}", PairDossier(a, b, ledger.pair(a, b), ledger.pair(b, a)))


@pages.page("/flows", "flows.html")
def flows(
    ledger: LedgerDep,
    category: Category | None = None,
    since: Year = None,
    until: Year = None,
) -> Page:
    """Who supplies whom, weighted by deals; filter by category and years."""
    found = tuple(ledger.flows(category=category.value if category else None,
                               since=since, until=until))
    filters = {k: v for k, v in {"category": category.value if category else None,
                                 "since": since, "until": until}.items() if v is not None}
    return Page("Flows", FlowGraph(filters, found), extra={"flows_svg": _flow_chart(found)})


@pages.page("/contradictions", "contradictions.html")
def contradictions(
    ledger: LedgerDep,
    kind: Annotated[str | None, Query(pattern=r"^[a-z_]{1,30}$")] = None,
) -> Page:
    """Pairs of claims that cannot both be true, side by side."""
    found = tuple(c for c in ledger.contradictions() if kind is None or c.kind == kind)
    return Page("Contradictions", ListOf("contradictions", {"kind": kind}, found))


@pages.page("/sources", "sources.html")
def sources(ledger: LedgerDep) -> Page:
    """Independent sources: outlets and speakers, their grades, their documents."""
    return Page("Sources", ListOf("sources", {}, tuple(ledger.sources())))


@pages.page("/search", "search.html")
def search(ledger: LedgerDep,
           q: Annotated[str, Query(max_length=200)] = "") -> Page:
    """Full-text search over documents and claims."""
    text = q.strip()
    hits = tuple(ledger.search(text, limit=50)) if text else ()
    return Page("Search", ListOf("hits", {"q": text}, hits))


@pages.page("/documents/{doc_id:path}", "document.html")
def document(ledger: LedgerDep, doc_id: Annotated[str, Path(max_length=300)]) -> Page:
    """A document's text with every extracted claim highlighted and linked to its deal."""
    view = ledger.document(doc_id)
    marks = [SpanMark(c.span[0], c.span[1], href=f"#claim-{c.id}",
                      label=f"{c.status}: {c.supplier or '?'} → {c.recipient or '?'} "
                            f"{c.system or c.category}", css=f"claim status-{c.status}")
             for c in view.claims]
    return Page(view.title or view.id, view, extra={"marked_text": mark_spans(view.text, marks)})


def _flow_chart(found: Any) -> Any:
    edges = [FlowEdge(f.supplier, f.recipient, f.deals, href=pair_url(f.supplier, f.recipient))
             for f in found]
    return flow_svg(edges)


# --- writes -------------------------------------------------------------------------------

class DocumentIn(BaseModel):
    """A document to store: its text and what is known about it."""

    id: str = Field(pattern=r"^[\w.@:-]{1,200}$", description="document id (file name stem)")
    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://")
    outlet: str | None = Field(default=None, max_length=300)
    published: date | None = None
    language: str | None = Field(default=None, max_length=20)


class IngestIn(BaseModel):
    documents: list[DocumentIn] = Field(min_length=1, max_length=200)


@api.post("/ingest", tags=["write"], summary="Store documents (extracts their claims); "
          "needs the access token")
def ingest(body: IngestIn, request: Request, ledger: LedgerDep) -> dict[str, Any]:
    from armsledger.ledger import ingest_documents

    docs = [Document(id=d.id, text=d.text, title=d.title, url=d.url, outlet=d.outlet,
                     published=d.published, language=d.language, source_path="api")
            for d in body.documents]
    report = ingest_documents(ledger, docs, extract=request.app.state.extract)
    return dict(report.to_json())
