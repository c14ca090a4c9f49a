"""The ledger commands end to end (real readers, fake extractor), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger_fakes import FakeExtractor, corpus
from typer.testing import CliRunner

from armsledger.cli import app as cli_app
from armsledger.cli.main import app
from armsledger.ledger import ingest as ledger_ingest

Run = Callable[..., str]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The fake corpus written as text files (the file name is the document id)."""
    root = tmp_path / "articles"
    root.mkdir()
    for d in corpus():
        (root / f"{d.id}.txt").write_text(d.text, encoding="utf-8")
    return root


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setattr(ledger_ingest, "default_extract", FakeExtractor)
    monkeypatch.setattr(cli_app.out, "width", 220)  # tables not folded to the test's 80 columns
    runner = CliRunner()

    def _run(*args: str, code: int = 0) -> str:
        result = runner.invoke(app, list(args))
        assert result.exit_code == code, result.output
        return result.stdout

    return _run


def _ingest_and_list(run: Run, folder: Path, db: str) -> str:
    run("ingest", str(folder), "--db", db)
    return run("deals", "--db", db, "--format", "json")


def test_ingest_then_read_back(run: Run, folder: Path, db_url: str) -> None:
    report = json.loads(run("ingest", str(folder), "--db", db_url, "--format", "json"))[0]
    assert (report["stored"], report["claims"], report["ledger"]["deals"]) == (5, 9, 5)
    again = json.loads(run("ingest", str(folder), "--db", db_url, "--format", "json"))[0]
    assert (again["stored"], again["unchanged"]) == (0, 5)

    deals = json.loads(run("deals", "--db", db_url, "--supplier", "RUS", "--recipient", "PAK",
                           "--system", "T-90", "--format", "json"))
    assert [(d["id"], d["status"], d["sources"]) for d in deals] == [("RUS-PAK-T-90", "agreement", 3)]
    detail = json.loads(run("deal", "RUS-PAK-T-90", "--db", db_url, "--format", "json"))[0]
    assert [t["status"] for t in detail["timeline"]] == ["interest", "agreement", "denial"]
    assert len(detail["evidence"]) == 5
    contra = json.loads(run("contradictions", "--db", db_url, "--format", "json"))
    assert [x["kind"] for x in contra] == ["denial", "denial", "denial", "quantity"]
    assert contra[0]["a"]["doc"] == "b_denial" and contra[0]["b"]["doc"] == "a_supply"
    sources = json.loads(run("sources", "--db", db_url, "--format", "json"))
    # files carry no outlet: b_denial's own claims count as the document, its quoted denial
    # and c_eye's "according to the Daily Ledger" as the outlet
    assert [s["key"] for s in sources] == ["doc:a_supply", "doc:b_denial", "doc:d_india",
                                           "doc:e_other", "outlet:daily ledger"]
    hits = json.loads(run("search", "Mi-35M", "--db", db_url, "--format", "json"))
    assert {h["doc"] for h in hits} == {"b_denial"}

    table = run("deals", "--db", db_url)
    assert "RUS-PAK-T-90" in table and "agreement" in table
    assert "timeline" in run("deal", "RUS-PAK-T-90", "--db", db_url)
    # the table reads each statement once: one denial against three claims, one figure conflict
    assert "contradictions (4 pairs of claims, 2 statements)" in run("contradictions", "--db",
                                                                       db_url)


def test_unknown_deal_is_one_error_line(run: Run, folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    run("ingest", str(folder), "--db", db)
    runner = CliRunner()
    result = runner.invoke(app, ["deal", "NOPE", "--db", db])
    assert result.exit_code != 0
    assert isinstance(result.exception, Exception)
    assert str(result.exception) == ("Error [E304]: no deal 'NOPE'. Hint: list what exists with "
                                     "`armsledger deals`")


@pytest.mark.postgres
def test_sqlite_and_postgresql_give_identical_deals_json(run: Run, folder: Path, tmp_path: Path,
                                                          pg_url: str) -> None:
    on_sqlite = _ingest_and_list(run, folder, str(tmp_path / "same.db"))
    on_postgres = _ingest_and_list(run, folder, pg_url)
    assert json.loads(on_sqlite)  # not trivially empty
    assert on_sqlite == on_postgres
    for deal_id in ("RUS-PAK-T-90", "RUS-PAK-Mi-35"):
        assert run("deal", deal_id, "--db", str(tmp_path / "same.db"), "--format", "json") == \
            run("deal", deal_id, "--db", pg_url, "--format", "json")


def test_export_formats(run: Run, folder: Path, db_url: str, tmp_path: Path) -> None:
    run("ingest", str(folder), "--db", db_url)
    run("export", "--format", "csv", "--out", str(tmp_path / "c.csv"), "--db", db_url)
    rows = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8")))
    assert len(rows) == 10  # 9 claims; the generic denial is in two deals
    assert {r["deal"] for r in rows} == {"CHN-PAK-JF-17", "RUS-IND-S-400",
                                         "RUS-PAK-*armoured_vehicle", "RUS-PAK-Mi-35",
                                         "RUS-PAK-T-90"}
    run("export", "--format", "jsonl", "--out", str(tmp_path / "c.jsonl"), "--db", db_url)
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["deal"] for x in lines] == [r["deal"] for r in rows]
    run("export", "--format", "graphml", "--out", str(tmp_path / "d.graphml"), "--db", db_url)
    graph = (tmp_path / "d.graphml").read_text(encoding="utf-8")
    assert graph.count("<edge ") == 5 and '<node id="RUS"/>' in graph
    pq = pytest.importorskip("pyarrow.parquet")
    run("export", "--format", "parquet", "--out", str(tmp_path / "c.parquet"), "--db", db_url)
    assert pq.read_table(tmp_path / "c.parquet").num_rows == 10
