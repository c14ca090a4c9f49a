"""`Ledger`: the typed read/write surface over one ledger database (see ledger/__init__.py)."""

from __future__ import annotations

import re
from collections import defaultdict

from armsledger.ledger.consolidate import derive
from armsledger.ledger.outlets import Outlets, load_outlets
from armsledger.ledger.records import (
    ClaimView,
    ContradictionView,
    DealDetail,
    DealFilter,
    DealSummary,
    DocumentView,
    Flow,
    PairView,
    SearchHit,
    SourceView,
    StateView,
    Stats,
)
from armsledger.ledger.store import Outcome, Store
from armsledger.settings import Settings
from armsledger.types import Claim, Document


def _squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _active_years(d: DealSummary) -> list[int]:
    years = list(d.years)
    years += [x.year for x in (d.first_reported, d.last_reported) if x]
    return years


def _matches(d: DealSummary, f: DealFilter) -> bool:
    if f.supplier and d.supplier != f.supplier.upper():
        return False
    if f.recipient and d.recipient != f.recipient.upper():
        return False
    if f.party and f.party.upper() not in (d.supplier, d.recipient):
        return False
    if f.status and d.status != f.status.lower():
        return False
    if f.category and d.category != f.category.lower():
        return False
    if f.system:
        want = _squash(f.system)
        names = [_squash(n) for n in (*d.systems, d.family or "")]
        if not any(n and (n == want or n.startswith(want)) for n in names):
            return False
    if f.since is not None:
        years = _active_years(d)
        if not years or max(years) < f.since:
            return False
    return True


class Ledger:
    """One ledger database: store documents with their claims, rebuild, read back."""

    def __init__(self, store: Store, outlets: Outlets):
        self.store = store
        self.outlets = outlets

    @property
    def url(self) -> str:
        return self.store.url

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- writing ----

    def has(self, sha256: str) -> bool:
        return self.store.has(sha256)

    def add(self, doc: Document, claims: list[Claim]) -> bool:
        """Store one document with its claims in one transaction; False when already there."""
        return self.store.add(doc, claims)

    def put(self, doc: Document, claims: list[Claim]) -> Outcome:
        return self.store.put(doc, claims)

    def rebuild(self) -> Stats:
        """Recompute dedup groups, sources, deals, contradictions and grades."""
        docs = self.store.current_documents()
        claims = self.store.claims_of(d.id for d in docs)
        self.store.replace_derived(derive(docs, claims, self.outlets))
        return self.stats()

    # ---- reading ----

    def deals(self, filters: DealFilter | None = None) -> list[DealSummary]:
        f = filters or DealFilter()
        rows = self.store.deal_summaries(f.supplier, f.recipient, f.status)
        return [d for d in rows if _matches(d, f)]

    def deal(self, deal_id: str) -> DealDetail:
        summary, timeline = self.store.deal_row(deal_id)
        return DealDetail(deal=summary, timeline=timeline,
                          claims=tuple(self.store.claim_views(deal_id=deal_id)),
                          contradictions=tuple(self.store.contradiction_views(deal_id)))

    def contradictions(self, deal_id: str | None = None) -> list[ContradictionView]:
        return self.store.contradiction_views(deal_id)

    def claims(self) -> list[ClaimView]:
        """Every claim of the current document versions, with grades."""
        current = {d.key for d in self.store.current_documents()}
        return [c for c in self.store.claim_views() if c.doc in current]

    def sources(self) -> list[SourceView]:
        by_key: dict[str, list[ClaimView]] = defaultdict(list)
        for c in self.claims():
            by_key[c.source].append(c)
        labels = self.store.source_labels()
        out = []
        for key in sorted(by_key):
            members = by_key[key]
            kind, label = labels.get(key, ("document", key))
            out.append(SourceView(
                key=key, kind=kind, label=label,
                documents=tuple(sorted({c.copy_of or c.doc for c in members})),
                copies=tuple(sorted({c.doc for c in members if c.copy_of})),
                claims=len(members), reliability=min(c.reliability for c in members)))
        return out

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(text, limit)

    def document(self, doc_id: str) -> DocumentView:
        return self.store.document_view(doc_id)

    def pair(self, supplier: str, recipient: str) -> PairView:
        deals = self.deals(DealFilter(supplier=supplier, recipient=recipient))
        specific = [d for d in deals if d.family is not None]
        generic: list[ClaimView] = []
        for d in deals:
            if d.family is None:
                generic += self.store.claim_views(deal_id=d.id)
        contradictions = [x for d in deals for x in self.store.contradiction_views(d.id)]
        return PairView(supplier=supplier.upper(), recipient=recipient.upper(),
                        deals=tuple(specific), generic=tuple(sorted(generic, key=lambda c: c.id)),
                        contradictions=tuple(contradictions))

    def state(self, iso3: str) -> StateView:
        code = iso3.upper()
        deals = self.deals(DealFilter(party=code))
        return StateView(iso3=code,
                         supplying=tuple(d for d in deals if d.supplier == code),
                         receiving=tuple(d for d in deals if d.recipient == code))

    def flows(self, category: str | None = None, since: int | None = None,
              until: int | None = None) -> list[Flow]:
        pairs: dict[tuple[str, str], list[DealSummary]] = defaultdict(list)
        for d in self.deals(DealFilter(category=category, since=since)):
            if until is not None and min(_active_years(d), default=until) > until:
                continue
            pairs[(d.supplier, d.recipient)].append(d)
        return [Flow(supplier=s, recipient=r, deals=len(ds),
                     sources=max(d.sources for d in ds),
                     categories=tuple(sorted({d.category for d in ds})),
                     systems=tuple(sorted({x for d in ds for x in d.systems})),
                     statuses=tuple(sorted({d.status for d in ds})))
                for (s, r), ds in sorted(pairs.items())]

    def stats(self) -> Stats:
        return Stats(**self.store.counts())


def open_ledger(url: str | None = None, *, settings: Settings | None = None) -> Ledger:
    """Open (and migrate) the ledger at `url`, else settings.db (ARMSLEDGER_DB, ./armsledger.db)."""
    settings = settings or Settings.from_env()
    return Ledger(Store(url or settings.db), load_outlets(settings.outlets_file))
