"""All of the ledger's SQL: open/migrate, store one document with its claims, read back.

SQLite (default, FTS5) and PostgreSQL (psycopg 3, tsvector) through one SQLAlchemy schema.
Each `add()` is one transaction: a killed process leaves whole documents or none. Writers
serialise on `BEGIN IMMEDIATE` (SQLite) or a transaction-scoped advisory lock (PostgreSQL),
so concurrent ingests neither fail nor duplicate; unique constraints back that up.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Row,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from armsledger.errors import LedgerError, NotFound, require
from armsledger.ledger import schema as s
from armsledger.ledger.facts import Derived, StoredClaim, StoredDoc
from armsledger.ledger.migrations import migrate
from armsledger.ledger.records import (
    ClaimView,
    ContradictionView,
    DealSummary,
    DocumentView,
    SearchHit,
    TimelineEntry,
)
from armsledger.settings import normalise_db_url
from armsledger.types import Claim, Document

log = logging.getLogger(__name__)

WRITE_LOCK = 7_314_002  # pg_advisory_xact_lock key held by every writing transaction


class Outcome(StrEnum):
    STORED = "stored"
    VERSION = "version"  # stored as a new version of a document already there
    UNCHANGED = "unchanged"  # the same content is already stored


def make_engine(url: str) -> Engine:
    url = normalise_db_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql"):
        require("psycopg", "postgres")
        return create_engine(url, pool_pre_ping=True)
    raise LedgerError(f"unsupported database URL {url!r}",
                      hint="use a SQLite file path or postgresql://user:pass@host/db")


def _fts_query(text_: str) -> str:
    words = re.findall(r"\w+", text_)
    return " ".join(f'"{w}"' for w in words)


class Store:
    """One ledger database. Create with `Store(url)`: migrations are applied on open."""

    def __init__(self, url: str):
        self.url = normalise_db_url(url)
        self.engine = make_engine(self.url)
        try:
            migrate(self.engine)
        except OperationalError as exc:
            raise LedgerError(f"cannot open the ledger database {_safe(self.url)}: {exc.orig}",
                              hint="check --db or ARMSLEDGER_DB, and that the server is running"
                              ) from exc
        self.dialect = self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def _lock(self, conn: Connection) -> None:
        if self.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})

    # ---- writing ----

    def has(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(s.documents.c.id).where(
                s.documents.c.sha256 == sha256)).first() is not None

    def add(self, doc: Document, claims: Sequence[Claim]) -> bool:
        """Store one document and its claims in one transaction; False when already stored."""
        return self.put(doc, claims) is not Outcome.UNCHANGED

    def put(self, doc: Document, claims: Sequence[Claim]) -> Outcome:
        try:
            with self.engine.begin() as conn:
                self._lock(conn)
                return self._put(conn, doc, claims)
        except SQLAlchemyError as exc:
            raise LedgerError(f"could not store document {doc.id}: {exc}") from exc

    def _put(self, conn: Connection, doc: Document, claims: Sequence[Claim]) -> Outcome:
        d = s.documents.c
        if conn.execute(select(d.id).where(d.sha256 == doc.sha256)).first() is not None:
            return Outcome.UNCHANGED
        identity = doc.url or doc.id
        prev = conn.execute(select(func.max(d.version)).where(d.identity == identity)).scalar()
        version = (prev or 0) + 1
        key = doc.id if version == 1 else f"{doc.id}@v{version}"
        if conn.execute(select(d.id).where(d.doc_key == key)).first() is not None:
            key = f"{key}~{doc.sha256[:8]}"  # same name, different identity (another URL)
        doc_id: int = conn.execute(insert(s.documents).values(
            doc_key=key, identity=identity, version=version, name=doc.id, sha256=doc.sha256,
            url=doc.url, title=doc.title, outlet=doc.outlet, published=doc.published,
            date_source=str(doc.date_source) if doc.date_source else None,
            language=doc.language, source_path=doc.source_path, words=doc.words, text=doc.text,
            claim_count=len(claims), ingested_at=datetime.now(UTC).replace(tzinfo=None),
        ).returning(d.id)).scalar_one()
        rows = [{
            "document_id": doc_id, "ordinal": i, "supplier": c.supplier,
            "recipient": c.recipient, "system": c.system, "family": c.family,
            "category": str(c.category), "status": str(c.status), "quantity": c.quantity,
            "value_usd": c.value_usd, "year": c.year, "attributed_to": c.attributed_to,
            "evidence": c.evidence, "span_start": c.span[0], "span_end": c.span[1],
            "inferred": json.dumps(list(c.inferred)), "cues": json.dumps(list(c.cues)),
            "confidence": c.confidence,
        } for i, c in enumerate(claims)]
        if rows:
            conn.execute(insert(s.claims), rows)
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts(rowid, title, text) VALUES (:i, :t, :x)"),
                         {"i": doc_id, "t": doc.title or "", "x": doc.text})
            ids = conn.execute(select(s.claims.c.id, s.claims.c.evidence).where(
                s.claims.c.document_id == doc_id)).all()
            if ids:
                conn.execute(text("INSERT INTO evidence_fts(rowid, evidence) VALUES (:i, :e)"),
                             [{"i": i, "e": e} for i, e in ids])
        return Outcome.VERSION if version > 1 else Outcome.STORED

    # ---- consolidation input and output ----

    def current_documents(self) -> list[StoredDoc]:
        """The latest version of every document, by id."""
        d = s.documents.c
        latest = (select(d.identity, func.max(d.version).label("v"))
                  .group_by(d.identity).subquery())
        q = (select(d.id, d.doc_key, d.outlet, d.url, d.published, d.text)
             .join(latest, and_(d.identity == latest.c.identity, d.version == latest.c.v))
             .order_by(d.id))
        with self.engine.connect() as conn:
            return [StoredDoc(id=r.id, key=r.doc_key, outlet=r.outlet, url=r.url,
                              published=r.published, text=r.text) for r in conn.execute(q)]

    def claims_of(self, document_ids: Iterable[int]) -> list[StoredClaim]:
        wanted = set(document_ids)
        c = s.claims.c
        q = select(c.id, c.document_id, c.supplier, c.recipient, c.system, c.family, c.category,
                   c.status, c.quantity, c.value_usd, c.year, c.attributed_to,
                   c.evidence).order_by(c.id)
        with self.engine.connect() as conn:
            return [StoredClaim(**r._asdict()) for r in conn.execute(q)
                    if r.document_id in wanted]

    def replace_derived(self, derived: Derived) -> None:
        """Swap in freshly computed derived data in one transaction."""
        with self.engine.begin() as conn:
            self._lock(conn)
            for table in s.DERIVED:
                conn.execute(delete(table))
            if derived.groups:
                conn.execute(insert(s.doc_groups), [
                    {"document_id": g.document_id, "origin_id": g.origin_id,
                     "similarity": g.similarity} for g in derived.groups])
            if derived.grades:
                conn.execute(insert(s.claim_grades), [
                    {"claim_id": g.claim_id, "source_key": g.source.key,
                     "source_kind": g.source.kind, "source_label": g.source.label,
                     "reliability": g.reliability, "credibility": g.credibility}
                    for g in derived.grades])
            if derived.deals:
                conn.execute(insert(s.deals), [{
                    "id": r.summary.id, "supplier": r.summary.supplier,
                    "recipient": r.summary.recipient, "family": r.summary.family,
                    "category": r.summary.category, "status": r.summary.status,
                    "first_year": min(r.summary.years) if r.summary.years else None,
                    "last_year": max(r.summary.years) if r.summary.years else None,
                    "summary": json.dumps(r.summary.to_json(), sort_keys=True),
                    "timeline": json.dumps([t.to_json() for t in r.timeline], sort_keys=True),
                } for r in derived.deals])
            if derived.links:
                conn.execute(insert(s.deal_claims), [
                    {"deal_id": x.deal_id, "claim_id": x.claim_id, "via": x.via}
                    for x in derived.links])
            if derived.contradictions:
                conn.execute(insert(s.contradictions), [
                    {"id": x.id, "deal_id": x.deal_id, "kind": x.kind, "detail": x.detail,
                     "claim_a": x.claim_a, "claim_b": x.claim_b}
                    for x in derived.contradictions])

    # ---- reading ----

    def deal_summaries(self, supplier: str | None = None, recipient: str | None = None,
                       status: str | None = None) -> list[DealSummary]:
        q = select(s.deals.c.summary).order_by(s.deals.c.id)
        if supplier:
            q = q.where(s.deals.c.supplier == supplier.upper())
        if recipient:
            q = q.where(s.deals.c.recipient == recipient.upper())
        if status:
            q = q.where(s.deals.c.status == status.lower())
        with self.engine.connect() as conn:
            values: list[str] = list(conn.execute(q).scalars())
        return [summary_from_json(json.loads(v)) for v in values]

    def deal_row(self, deal_id: str) -> tuple[DealSummary, tuple[TimelineEntry, ...]]:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.deals.c.summary, s.deals.c.timeline).where(
                s.deals.c.id == deal_id)).first()
        if row is None:
            raise NotFound(f"no deal {deal_id!r}")
        return (summary_from_json(json.loads(row.summary)),
                tuple(timeline_from_json(t) for t in json.loads(row.timeline)))

    def _claim_query(self) -> Any:
        c, d, g, grp = s.claims.c, s.documents.c, s.claim_grades.c, s.doc_groups.c
        origin = s.documents.alias("origin")
        return (select(c.id, d.doc_key, d.title, d.outlet, d.published, d.url, c.supplier,
                       c.recipient, c.system, c.family, c.category, c.status, c.quantity,
                       c.value_usd, c.year, c.attributed_to, c.evidence, c.span_start,
                       c.span_end, g.source_key, g.reliability, g.credibility,
                       grp.origin_id, origin.c.doc_key.label("origin_key"))
                .select_from(s.claims.join(s.documents, c.document_id == d.id)
                             .outerjoin(s.claim_grades, g.claim_id == c.id)
                             .outerjoin(s.doc_groups, grp.document_id == d.id)
                             .outerjoin(origin, origin.c.id == grp.origin_id)))

    def claim_views(self, ids: Iterable[int] | None = None, *, deal_id: str | None = None,
                    document_id: int | None = None) -> list[ClaimView]:
        q = self._claim_query()
        vias: dict[int, str] = {}
        with self.engine.connect() as conn:
            if deal_id is not None:
                links = conn.execute(select(s.deal_claims.c.claim_id, s.deal_claims.c.via)
                                     .where(s.deal_claims.c.deal_id == deal_id)).all()
                vias = {int(r.claim_id): str(r.via) for r in links}
                q = q.where(s.claims.c.id.in_(list(vias)))
            if ids is not None:
                q = q.where(s.claims.c.id.in_(list(ids)))
            if document_id is not None:
                q = q.where(s.claims.c.document_id == document_id)
            rows = conn.execute(q.order_by(s.claims.c.id)).all()
        return [_claim_view(r, vias.get(r.id, "direct")) for r in rows]

    def contradiction_views(self, deal_id: str | None = None) -> list[ContradictionView]:
        x = s.contradictions.c
        q = select(x.id, x.deal_id, x.kind, x.detail, x.claim_a, x.claim_b).order_by(x.id)
        if deal_id is not None:  # the deal's own, and those against its direct claims elsewhere
            dc = s.deal_claims.c
            direct = select(dc.claim_id).where(dc.deal_id == deal_id, dc.via == "direct")
            q = q.where(or_(x.deal_id == deal_id, x.claim_a.in_(direct), x.claim_b.in_(direct)))
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        views = {v.id: v for v in self.claim_views({r.claim_a for r in rows}
                                                   | {r.claim_b for r in rows})}
        return [ContradictionView(id=r.id, deal=r.deal_id, kind=r.kind, detail=r.detail,
                                  a=views[r.claim_a], b=views[r.claim_b]) for r in rows]

    def document_view(self, key: str) -> DocumentView:
        d = s.documents.c
        with self.engine.connect() as conn:
            row = conn.execute(select(s.documents).where(d.doc_key == key)).first()
            if row is None:
                raise NotFound(f"no document {key!r}",
                               hint="search for it with `armsledger search TEXT`")
            versions: tuple[str, ...] = tuple(conn.execute(select(d.doc_key).where(d.identity == row.identity)
                                          .order_by(d.version)).scalars())
            origin = conn.execute(
                select(s.documents.c.doc_key).select_from(
                    s.doc_groups.join(s.documents, s.documents.c.id == s.doc_groups.c.origin_id))
                .where(s.doc_groups.c.document_id == row.id)).scalar()
        return DocumentView(
            id=row.doc_key, title=row.title, url=row.url, outlet=row.outlet,
            published=row.published, source_path=row.source_path, sha256=row.sha256,
            version=row.version, versions=versions,
            copy_of=origin if origin and origin != row.doc_key else None, text=row.text,
            claims=tuple(self.claim_views(document_id=row.id)))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        if not query.strip():
            return []
        hits: list[SearchHit] = []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                q = _fts_query(query)
                if not q:
                    return []
                docs = conn.execute(text(
                    "SELECT documents.doc_key, documents.title, documents.published, "
                    "snippet(documents_fts, 1, '[', ']', '…', 16) AS snip "
                    "FROM documents_fts JOIN documents ON documents.id = documents_fts.rowid "
                    "WHERE documents_fts MATCH :q ORDER BY rank, documents.id LIMIT :n"),
                    {"q": q, "n": limit}).all()
                evid = conn.execute(text(
                    "SELECT claims.id, documents.doc_key, documents.title, documents.published, "
                    "snippet(evidence_fts, 0, '[', ']', '…', 16) AS snip "
                    "FROM evidence_fts JOIN claims ON claims.id = evidence_fts.rowid "
                    "JOIN documents ON documents.id = claims.document_id "
                    "WHERE evidence_fts MATCH :q ORDER BY rank, claims.id LIMIT :n"),
                    {"q": q, "n": limit}).all()
            else:
                docs = conn.execute(text(
                    "SELECT doc_key, title, published, ts_headline('english', text, "
                    "plainto_tsquery('english', :q), 'StartSel=[,StopSel=],MaxWords=20') AS snip "
                    "FROM documents WHERE tsv @@ plainto_tsquery('english', :q) "
                    "ORDER BY ts_rank(tsv, plainto_tsquery('english', :q)) DESC, id LIMIT :n"),
                    {"q": query, "n": limit}).all()
                evid = conn.execute(text(
                    "SELECT claims.id, documents.doc_key, documents.title, documents.published, "
                    "ts_headline('english', evidence, plainto_tsquery('english', :q), "
                    "'StartSel=[,StopSel=],MaxWords=20') AS snip FROM claims "
                    "JOIN documents ON documents.id = claims.document_id "
                    "WHERE claims.tsv @@ plainto_tsquery('english', :q) "
                    "ORDER BY ts_rank(claims.tsv, plainto_tsquery('english', :q)) DESC, claims.id "
                    "LIMIT :n"), {"q": query, "n": limit}).all()
        for r in docs:
            hits.append(SearchHit(kind="document", doc=r.doc_key, claim=None, title=r.title,
                                  published=_date(r.published), snippet=r.snip))
        for r in evid:
            hits.append(SearchHit(kind="claim", doc=r.doc_key, claim=r.id, title=r.title,
                                  published=_date(r.published), snippet=r.snip))
        return hits

    def source_labels(self) -> dict[str, tuple[str, str]]:
        g = s.claim_grades.c
        q = select(g.source_key, g.source_kind, func.min(g.source_label)).group_by(
            g.source_key, g.source_kind)
        with self.engine.connect() as conn:
            return {str(k): (str(kind), str(label)) for k, kind, label in conn.execute(q)}

    def counts(self) -> dict[str, int]:
        d = s.documents.c
        with self.engine.connect() as conn:
            def n(q: Any) -> int:
                return int(conn.execute(q).scalar() or 0)
            return {
                "documents": n(select(func.count()).select_from(s.documents)),
                "versions": n(select(func.count()).where(d.version > 1)),
                "claims": n(select(func.count()).select_from(s.claims)),
                "deals": n(select(func.count()).select_from(s.deals)),
                "contradictions": n(select(func.count()).select_from(s.contradictions)),
                "sources": n(select(func.count(func.distinct(s.claim_grades.c.source_key)))),
                "copies": n(select(func.count()).where(
                    s.doc_groups.c.origin_id != s.doc_groups.c.document_id)),
            }


def _safe(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _claim_view(r: Row[Any], via: str) -> ClaimView:
    copy_of = r.origin_key if r.origin_key and r.origin_key != r.doc_key else None
    return ClaimView(
        id=r.id, doc=r.doc_key, doc_title=r.title, outlet=r.outlet, published=_date(r.published),
        url=r.url, supplier=r.supplier, recipient=r.recipient, system=r.system, family=r.family,
        category=r.category, status=r.status, quantity=r.quantity, value_usd=r.value_usd,
        year=r.year, attributed_to=r.attributed_to, evidence=r.evidence,
        span=(r.span_start, r.span_end), source=r.source_key or f"doc:{r.doc_key}",
        copy_of=copy_of, reliability=r.reliability or "F", credibility=r.credibility or 6,
        via=via)


def summary_from_json(d: dict[str, Any]) -> DealSummary:
    return DealSummary(
        id=d["id"], supplier=d["supplier"], recipient=d["recipient"], family=d["family"],
        systems=tuple(d["systems"]), category=d["category"], status=d["status"],
        contested=d["contested"], first_reported=_date(d["first_reported"]),
        last_reported=_date(d["last_reported"]), years=tuple(d["years"]),
        quantities=tuple(d["quantities"]), values_usd=tuple(d["values_usd"]),
        claims=d["claims"], documents=d["documents"], sources=d["sources"],
        reliability=d["reliability"], credibility=d["credibility"],
        contradictions=d["contradictions"])


def timeline_from_json(d: dict[str, Any]) -> TimelineEntry:
    return TimelineEntry(status=d["status"], first_reported=_date(d["first_reported"]),
                         last_reported=_date(d["last_reported"]), years=tuple(d["years"]),
                         sources=d["sources"], claims=tuple(d["claims"]))
