"""Ledger fixtures: every ledger test runs against SQLite and against PostgreSQL.

PostgreSQL tests use ARMSLEDGER_TEST_PG (set by `.ci/services.sh`), each in a fresh schema
dropped afterwards; without it they are skipped, except under CI=true where that is a failure.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from armsledger.ledger import Ledger, open_ledger


def pg_base_url() -> str:
    url = os.environ.get("ARMSLEDGER_TEST_PG")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but ARMSLEDGER_TEST_PG is unset: run `bash .ci/services.sh`")
        pytest.skip("ARMSLEDGER_TEST_PG is unset (run `bash .ci/services.sh && source .ci/services.env`)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped after the test."""
    psycopg = pytest.importorskip("psycopg")
    base = pg_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def open_db(db_url: str) -> Iterator[Callable[[], Ledger]]:
    """open_db() -> a Ledger on this test's database (closed after the test)."""
    opened: list[Ledger] = []

    def _open() -> Ledger:
        ledger = open_ledger(db_url)
        opened.append(ledger)
        return ledger

    yield _open
    for ledger in opened:
        ledger.close()


@pytest.fixture
def ledger(open_db: Callable[[], Ledger]) -> Ledger:
    return open_db()
