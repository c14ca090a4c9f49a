"""Storage: one transaction per document, no-op re-ingest, versions, migrations, full text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ledger_fakes import DENY, HELI_DEAL, SUPPLY, FakeExtractor, corpus, doc
from sqlalchemy import func, select

from armsledger.ledger import Ledger, Outcome, ingest_documents, open_ledger
from armsledger.ledger import schema as s
from armsledger.ledger.migrations import MIGRATIONS


def _count(ledger: Ledger, table: object) -> int:
    with ledger.store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_migrations_are_recorded_once(ledger: Ledger, db_url: str) -> None:
    with ledger.store.engine.connect() as conn:
        versions = list(conn.execute(select(s.migrations.c.version)
                                     .order_by(s.migrations.c.version)).scalars())
    assert versions == [m.version for m in MIGRATIONS] == [1, 2]
    with open_ledger(db_url) as again:  # reopening applies nothing new
        assert _count(again, s.migrations) == 2


def test_add_stores_document_and_claims_then_same_content_is_a_noop(ledger: Ledger) -> None:
    d = doc("one", SUPPLY, HELI_DEAL, published=date(2019, 1, 2))
    claims = FakeExtractor()(d)
    assert ledger.put(d, claims) is Outcome.STORED
    assert ledger.put(d, claims) is Outcome.UNCHANGED
    renamed = replace(d, id="one_copy", source_path="elsewhere/one_copy.txt")
    assert ledger.add(renamed, FakeExtractor()(renamed)) is False  # same sha256
    assert _count(ledger, s.documents) == 1
    assert _count(ledger, s.claims) == 2
    view = ledger.document("one")
    assert [c.evidence for c in view.claims] == [SUPPLY, HELI_DEAL]
    assert [view.text[c.span[0]:c.span[1]] for c in view.claims] == [SUPPLY, HELI_DEAL]


def test_changed_document_at_same_url_is_a_new_version_and_history_is_kept(ledger: Ledger) -> None:
    url = "https://example.org/story"
    v1 = doc("story", SUPPLY, url=url, published=date(2019, 1, 2))
    v2 = doc("story", SUPPLY, DENY, url=url, published=date(2019, 1, 3))
    fake = FakeExtractor()
    report1 = ingest_documents(ledger, [v1], fake)
    report2 = ingest_documents(ledger, [v2, v1], fake)
    assert (report1.stored, report1.new_versions) == (1, 0)
    assert (report2.stored, report2.new_versions, report2.unchanged) == (1, 1, 1)
    view = ledger.document("story@v2")
    assert view.versions == ("story", "story@v2")
    assert view.version == 2
    assert ledger.document("story").claims[0].evidence == SUPPLY  # the old version is readable
    # only the current version counts in the ledger: its two claims, not three
    assert [c.doc for c in ledger.claims()] == ["story@v2", "story@v2"]


def test_ingesting_the_same_documents_twice_changes_nothing(ledger: Ledger) -> None:
    fake = FakeExtractor()
    ingest_documents(ledger, corpus(), fake)
    before = ([d.to_json() for d in ledger.deals()],
              [x.to_json() for x in ledger.contradictions()], ledger.stats())
    report = ingest_documents(ledger, corpus(), fake)
    after = ([d.to_json() for d in ledger.deals()],
             [x.to_json() for x in ledger.contradictions()], ledger.stats())
    assert (report.stored, report.unchanged, report.claims) == (0, 5, 0)
    assert len(fake.calls) == 5  # the second run extracted nothing
    assert after == before


def test_full_text_search_finds_documents_and_evidence(ledger: Ledger) -> None:
    ingest_documents(ledger, corpus(), FakeExtractor())
    hits = ledger.search("helicopters handed over")
    assert [(h.kind, h.doc) for h in hits] == [("document", "b_denial"), ("claim", "b_denial")]
    assert hits[1].claim is not None
    assert "[" in hits[1].snippet
    assert ledger.search("submarine") == []
    assert ledger.search("   ") == []
