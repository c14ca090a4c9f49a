"""A SIGKILLed ingest leaves a consistent database and the rerun completes; two ingests into
one PostgreSQL database at once neither fail nor duplicate."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ledger_worker import expected_claims
from sqlalchemy import func, select

from armsledger.ledger import Ledger, open_ledger
from armsledger.ledger import schema as s

WORKER = Path(__file__).with_name("ledger_worker.py")
COUNT = 12


def _worker(url: str, *extra: str, delay: float = 0.15) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WORKER), url, str(COUNT), str(delay), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _check_consistent(ledger: Ledger) -> int:
    """Every stored document has exactly the claims it was stored with; returns the count."""
    with ledger.store.engine.connect() as conn:
        per_doc = conn.execute(
            select(s.documents.c.doc_key, s.documents.c.claim_count,
                   func.count(s.claims.c.id))
            .select_from(s.documents.outerjoin(s.claims,
                                               s.claims.c.document_id == s.documents.c.id))
            .group_by(s.documents.c.doc_key, s.documents.c.claim_count)).all()
        orphans = conn.execute(select(func.count()).select_from(s.claims).where(
            s.claims.c.document_id.not_in(select(s.documents.c.id)))).scalar_one()
    assert orphans == 0
    assert all(stored == counted for _, stored, counted in per_doc), per_doc
    assert len({key for key, _, _ in per_doc}) == len(per_doc)
    return len(per_doc)


def test_sigkill_part_way_then_rerun_completes(db_url: str) -> None:
    proc = _worker(db_url)
    with open_ledger(db_url) as ledger:
        deadline = time.monotonic() + 60
        while ledger.stats().documents < 4:  # kill once a few documents are in
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        stored = _check_consistent(ledger)
        assert 4 <= stored < COUNT

    rerun = _worker(db_url, delay=0.0)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    # the rerun extracted only what the killed run had not stored
    assert out.splitlines()[0] == f"stored {COUNT - stored} unchanged {stored} extracted {COUNT - stored}"
    with open_ledger(db_url) as ledger:
        assert _check_consistent(ledger) == COUNT
        assert ledger.stats().claims == expected_claims(COUNT)
        # documents i%3==0 carry one T-90 claim, the others two; i%3==2 also the Mi-35M one
        assert ledger.deal("RUS-PAK-T-90").deal.claims == 4 + 8 + 8
        assert ledger.deal("RUS-PAK-Mi-35").deal.claims == 4


@pytest.mark.postgres
def test_two_concurrent_ingests_into_postgresql(pg_url: str) -> None:
    first, second = _worker(pg_url, delay=0.05), _worker(pg_url, "--reverse", delay=0.05)
    out1, err1 = first.communicate(timeout=120)
    out2, err2 = second.communicate(timeout=120)
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    stored = [int(o.split()[1]) for o in (out1, out2)]
    assert sum(stored) == COUNT  # every document stored by exactly one of them
    with open_ledger(pg_url) as ledger:
        assert _check_consistent(ledger) == COUNT
        assert ledger.stats().claims == expected_claims(COUNT)
