"""The CLI ends of crawl scale: ingest --from-parquet, extract --jobs 2."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from batch_fakes import write_like_spark
from typer.testing import CliRunner

from armsledger.batch.local import Extracted
from armsledger.cli.main import app
from armsledger.types import Category, Claim, DateSource, Document, Status

runner = CliRunner()

TEXTS = {  # written for these tests
    "n1": "Russia has delivered four Mi-35M helicopters to Pakistan, the ministry said.",
    "n2": "The town council approved a new budget for its libraries on Tuesday.",
    "n3": "India signed a contract with Russia for five S-400 systems in 2018. "
          "France offered Rafale jets to Colombia last week.",
}


def test_ingest_from_parquet_stores_documents_and_claims(tmp_path: Path) -> None:
    text = TEXTS["n1"]
    doc = Document(id="n1", text=text, published=date(2019, 6, 1),
                   date_source=DateSource.METADATA, outlet="example.org", source_path="a#1")
    claim = Claim(doc="n1", supplier="RUS", recipient="PAK", system="Mi-35M",
                  category=Category.HELICOPTER, status=Status.DELIVERY, quantity=4,
                  value_usd=None, year=2019, attributed_to="the ministry", evidence=text,
                  span=(0, len(text)), family="Mi-24", confidence=0.9)
    other = Document(id="n2", text=TEXTS["n2"], source_path="a#2")
    write_like_spark([Extracted(doc, (claim,)), Extracted(other, ())], tmp_path / "batch")
    db = tmp_path / "ledger.db"
    args = ["ingest", "--from-parquet", str(tmp_path / "batch"), "--db", str(db),
            "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)[0]
    assert (report["stored"], report["claims"]) == (2, 1)
    assert report["ledger"]["documents"] == 2
    again = json.loads(runner.invoke(app, args).stdout)[0]
    assert (again["stored"], again["unchanged"]) == (0, 2)


def test_ingest_needs_paths_or_parquet_not_both(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "x.txt", "--from-parquet", str(tmp_path),
                                 "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 2
    assert "Error [E900]: give input paths or --from-parquet DIR, not both or neither" in (
        result.stderr)


@pytest.mark.slow
def test_extract_jobs_2_prints_what_jobs_1_prints(tmp_path: Path) -> None:
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    one = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl", "--jobs", "1"])
    two = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout == one.stdout
    claims = [json.loads(line) for line in one.stdout.splitlines()]
    assert ("n1", "RUS", "PAK", "Mi-35M", "delivery") in {
        (c["doc"], c["supplier"], c["recipient"], c["system"], c["status"]) for c in claims}


@pytest.mark.slow
def test_ingest_jobs_2_stores_what_jobs_1_stores(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in TEXTS.items():
        (articles / f"{name}.txt").write_text(text, encoding="utf-8")
    reports, deals = [], []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"ledger{jobs}.db")
        result = runner.invoke(app, ["ingest", str(articles), "--db", db, "--jobs", jobs,
                                     "--format", "json"])
        assert result.exit_code == 0, result.output
        reports.append(json.loads(result.stdout)[0])
        deals.append(runner.invoke(app, ["deals", "--db", db, "--format", "json"]).stdout)
    assert reports[0]["stored"] == reports[1]["stored"] == 3
    assert reports[0]["claims"] == reports[1]["claims"] >= 1
    assert deals[0] == deals[1]
