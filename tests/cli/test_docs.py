import json
from pathlib import Path

from typer.testing import CliRunner

from armsledger.cli.main import app

runner = CliRunner()
FIXTURES = Path(__file__).parent.parent / "ingest" / "fixtures"


def test_demo_corpus_lists_ten_documents(demo_dir):
    result = runner.invoke(app, ["docs", str(demo_dir), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 10
    by_id = {row["id"]: row for row in rows}
    assert by_id["dw-2018-india-s400-signed"]["outlet"] == "Defence Wire"
    assert by_id["dw-2018-india-s400-signed"]["published"] == "2018-10-05"
    assert by_id["pakistan-inducts-j10c"]["published"] == "2022-03-11"
    assert by_id["pakistan-inducts-j10c"]["date_source"] == "text"
    assert by_id["india-receives-first-rafales"]["outlet"] == "The Continental Defence Journal"
    assert "Related articles" not in by_id["india-receives-first-rafales"]["text"]
    assert all(120 <= row["words"] <= 250 for row in rows)
    assert result.stderr.strip().splitlines()[-1] == "read 10 documents; 0 inputs failed"


def test_table_and_problems_on_stderr(write, tmp_path):
    good = write("good.txt", "Alpha sold two ships to Beta.")
    bad = write("bad.jsonl", '{"id": "ok", "text": "Fine."}\n{broken\n')
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["docs", str(good), str(bad), str(missing)])
    assert result.exit_code == 1
    assert "good" in result.stdout and "ok" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"skipped {bad}:2: malformed JSON")
    assert lines[1] == f"skipped {missing}: no such file or directory"
    assert lines[-1] == "read 2 documents; 2 inputs failed"
    assert "Traceback" not in result.output


def test_json_array_output():
    result = runner.invoke(app, ["docs", str(FIXTURES / "defence.rss"), "-f", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == ["defence/1", "defence/2"]
    assert rows[0]["date_source"] == "feed"
    assert rows[0]["words"] == 15


def test_standard_input():
    result = runner.invoke(app, ["docs", "-", "-f", "jsonl"], input='{"id": "p", "text": "Piped in."}\n')
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "p"
