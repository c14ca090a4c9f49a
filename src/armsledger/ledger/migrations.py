"""Schema migrations: numbered steps, recorded in `ledger_migrations`, applied automatically.

Each step runs in its own transaction. On PostgreSQL an advisory lock makes concurrent
openers apply them once; on SQLite the write lock does the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, inspect, select, text

from armsledger.ledger import schema

log = logging.getLogger(__name__)

MIGRATION_LOCK = 7_314_001  # pg_advisory_xact_lock key for applying migrations


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[t for t in schema.metadata.sorted_tables
                                             if t.name != "ledger_migrations"])


def _full_text(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text)"))
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts USING fts5(evidence)"))
    else:
        conn.execute(text(
            "ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED"))
        conn.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin (tsv)"))
        conn.execute(text(
            "ALTER TABLE claims ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', evidence)) STORED"))
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_claims_tsv ON claims USING gin (tsv)"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, claims and derived tables", _create_tables),
    Migration(2, "full-text search over documents and evidence", _full_text),
)


def applied(conn: Connection) -> set[int]:
    if not inspect(conn).has_table("ledger_migrations"):
        return set()
    return set(conn.execute(select(schema.migrations.c.version)).scalars())


def migrate(engine: Engine) -> list[int]:
    """Apply every migration not yet recorded; return the versions applied now."""
    done: list[int] = []
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
        schema.migrations.create(conn, checkfirst=True)
        have = applied(conn)
        for step in MIGRATIONS:
            if step.version in have:
                continue
            log.info("applying migration %d: %s", step.version, step.name)
            step.apply(conn)
            conn.execute(insert(schema.migrations).values(
                version=step.version, name=step.name, applied_at=datetime.now(UTC).replace(tzinfo=None)))
            done.append(step.version)
    return done
