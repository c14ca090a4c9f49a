"""`armsledger extract`: the JSONL record of the spec, the table, bad input and exit codes."""

import json

import pytest
from typer.testing import CliRunner

from armsledger.cli.main import app

pytestmark = pytest.mark.slow  # loads the trained pipeline
runner = CliRunner()
SPEC_FIELDS = {"doc", "supplier", "recipient", "system", "category", "status", "quantity", "value_usd",
               "year", "attributed_to", "evidence", "span"}


def test_jsonl_records_follow_the_spec(write):
    path = write("ru-pk.txt", "Moscow talks.\nRussia has delivered four Mi-35M helicopters to Pakistan.\n")
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(row) >= SPEC_FIELDS
    assert (row["doc"], row["supplier"], row["recipient"], row["system"], row["category"], row["status"],
            row["quantity"]) == ("ru-pk", "RUS", "PAK", "Mi-35M", "helicopter", "delivery", 4)
    text = path.read_text()
    assert text[row["span"][0] : row["span"][1]] == row["evidence"]
    assert result.stderr.strip().splitlines()[-1] == "read 1 documents; 0 inputs failed"


def test_table_and_a_missing_input(write, tmp_path):
    path = write("a.txt", "India signed a deal with France for 36 Rafale fighters.")
    result = runner.invoke(app, ["extract", str(path), str(tmp_path / "nope.txt")], env={"COLUMNS": "250"})
    assert result.exit_code == 1
    assert "Rafale" in result.stdout and "agreement" in result.stdout
    assert f"skipped {tmp_path / 'nope.txt'}" in result.stderr
    assert "Traceback" not in result.output
