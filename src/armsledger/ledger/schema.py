"""The ledger's tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL.

Stored facts: `documents` (one row per content version) and `claims`. Derived data, rebuilt
from them after every ingest: `doc_groups`, `claim_grades`, `deals`, `deal_claims`,
`contradictions`. Full-text indexes are created by migrations (FTS5 / tsvector).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

migrations = Table(
    "ledger_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_key", String(300), nullable=False, unique=True),  # public id: "name" or "name@v2"
    Column("identity", String(1000), nullable=False),  # URL, else the Document id: versions share it
    Column("version", Integer, nullable=False),
    Column("name", String(300), nullable=False),  # Document.id as read
    Column("sha256", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", String(300)),
    Column("published", Date),
    Column("date_source", String(20)),
    Column("language", String(20)),
    Column("source_path", Text),
    Column("words", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("claim_count", Integer, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    UniqueConstraint("identity", "version", name="uq_documents_identity_version"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("supplier", String(3)),
    Column("recipient", String(3)),
    Column("system", String(200)),
    Column("family", String(200)),
    Column("category", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("quantity", Integer),
    Column("value_usd", Float),
    Column("year", Integer),
    Column("attributed_to", Text),
    Column("evidence", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("inferred", Text, nullable=False),  # JSON list
    Column("cues", Text, nullable=False),  # JSON list
    Column("confidence", Float, nullable=False),
    UniqueConstraint("document_id", "ordinal", name="uq_claims_document_ordinal"),
)
Index("ix_claims_pair", claims.c.supplier, claims.c.recipient)

# ---- derived ----

doc_groups = Table(
    "doc_groups",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id"), primary_key=True,
           autoincrement=False),
    Column("origin_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("similarity", Float, nullable=False),  # estimated Jaccard to the origin (1.0 for it)
)

claim_grades = Table(
    "claim_grades",
    metadata,
    Column("claim_id", Integer, ForeignKey("claims.id"), primary_key=True, autoincrement=False),
    Column("source_key", String(400), nullable=False),
    Column("source_kind", String(20), nullable=False),
    Column("source_label", Text, nullable=False),
    Column("reliability", String(1), nullable=False),
    Column("credibility", Integer, nullable=False),
)

deals = Table(
    "deals",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("supplier", String(3), nullable=False),
    Column("recipient", String(3), nullable=False),
    Column("family", String(200)),
    Column("category", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("first_year", Integer),  # earliest reported/stated year, for --since
    Column("last_year", Integer),
    Column("summary", Text, nullable=False),  # JSON of DealSummary
    Column("timeline", Text, nullable=False),  # JSON list of TimelineEntry
)

deal_claims = Table(
    "deal_claims",
    metadata,
    Column("deal_id", String(300), ForeignKey("deals.id"), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id"), primary_key=True),
    Column("via", String(20), nullable=False),
)

contradictions = Table(
    "contradictions",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("deal_id", String(300), ForeignKey("deals.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("detail", Text, nullable=False),
    Column("claim_a", Integer, ForeignKey("claims.id"), nullable=False),
    Column("claim_b", Integer, ForeignKey("claims.id"), nullable=False),
)

DERIVED = (contradictions, deal_claims, deals, claim_grades, doc_groups)  # delete in this order
