"""The ledger: stored documents and claims, consolidated into deals, sources and contradictions.

Library surface (the CLI and the web desk use only this)::

    from armsledger.ledger import open_ledger, ingest_documents, DealFilter
    with open_ledger("out/demo.db") as ledger:          # or "postgresql://..."; None: settings.db
        report = ingest_documents(ledger, armsledger.read(paths))   # -> IngestReport
        ledger.add(doc, claims) -> bool                  # one document + claims, one transaction
        ledger.rebuild() -> Stats                        # recompute derived data (after adds)
        ledger.deals(DealFilter(supplier="RUS", recipient="PAK", system="T-90",
                                status="agreement", since=2015)) -> list[DealSummary]
        ledger.deal("RUS-PAK-T-90") -> DealDetail        # timeline, claims (ClaimView), contradictions
        ledger.contradictions(deal_id=None) -> list[ContradictionView]
        ledger.sources() -> list[SourceView]             # independent sources, their copies
        ledger.search("T-90", limit=20) -> list[SearchHit]
        ledger.document("000_e20b720228bcf865") -> DocumentView   # text, versions, claims with spans
        ledger.pair("RUS", "PAK") -> PairView
        ledger.state("PAK") -> StateView
        ledger.flows(category=None, since=None, until=None) -> list[Flow]
        ledger.claims() -> list[ClaimView]
        ledger.stats() -> Stats

Every record is a frozen dataclass with `to_json()` (deterministic). Deal ids are
"SUPPLIER-RECIPIENT-FAMILY" ("RUS-PAK-T-90"); a pair's category-only claims form
"SUPPLIER-RECIPIENT-*category" ("RUS-PAK-*arms"). Missing deals/documents raise
`armsledger.errors.NotFound` (E304); database problems `LedgerError` (E300).
Rules for sources, contradictions and Admiralty grades: docs/ledger.md.
"""

from armsledger.ledger.api import Ledger, open_ledger
from armsledger.ledger.ingest import ingest_documents
from armsledger.ledger.records import (
    ClaimView,
    ContradictionView,
    DealDetail,
    DealFilter,
    DealSummary,
    DocumentView,
    Flow,
    IngestReport,
    PairView,
    SearchHit,
    SourceView,
    StateView,
    Stats,
    TimelineEntry,
)
from armsledger.ledger.store import Outcome

__all__ = [
    "ClaimView",
    "ContradictionView",
    "DealDetail",
    "DealFilter",
    "DealSummary",
    "DocumentView",
    "Flow",
    "IngestReport",
    "Ledger",
    "Outcome",
    "PairView",
    "SearchHit",
    "SourceView",
    "StateView",
    "Stats",
    "TimelineEntry",
    "ingest_documents",
    "open_ledger",
]
