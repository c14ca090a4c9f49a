"""docs/ledger.md documents every rule the code applies and every ledger command."""

from __future__ import annotations

from pathlib import Path

from armsledger.ledger.credibility import (
    CONFIRMED,
    DOUBTFUL,
    IMPROBABLE,
    POSSIBLE,
    PROBABLE,
    UNJUDGED,
    credibility,
)

DOC = (Path(__file__).parents[2] / "docs" / "ledger.md").read_text(encoding="utf-8")


def test_every_command_and_rule_is_documented() -> None:
    for command in ("ingest", "deals", "deal ID", "contradictions", "sources", "search TEXT",
                    "export"):
        assert f"`{command}" in DOC or f"armsledger {command}" in DOC, command
    for kind in ("`denial`", "`quantity`", "`value`", "`year`", "`cancellation`"):
        assert kind in DOC
    for grade, meaning in ((1, "confirmed"), (2, "probably true"), (3, "possibly true"),
                           (4, "doubtful"), (5, "improbable"), (6, "cannot be judged")):
        assert f"| {grade} | {meaning} |" in DOC
    assert "ARMSLEDGER_OUTLETS" in DOC


def test_credibility_rule_table() -> None:
    assert credibility(2, 0, 0, placed=True) == CONFIRMED
    assert credibility(1, 0, 1, placed=True) == PROBABLE
    assert credibility(1, 0, 0, placed=True) == POSSIBLE
    assert credibility(2, 1, 0, placed=True) == POSSIBLE
    assert credibility(1, 1, 3, placed=True) == DOUBTFUL
    assert credibility(1, 2, 0, placed=True) == IMPROBABLE
    assert credibility(5, 0, 0, placed=False) == UNJUDGED
