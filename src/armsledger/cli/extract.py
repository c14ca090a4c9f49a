"""`armsledger extract`: write claims as JSONL, JSON or a table."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Annotated

import typer

from armsledger.cli.app import Format, app, emit_json, emit_table, err, progress
from armsledger.types import Claim, Problem


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for standard input.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="table, json or jsonl")] = Format.table,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="worker processes [default: one per CPU, up to 4, for 16 or more inputs]",
        show_default=False)] = None,
) -> None:
    """Extract arms-transfer claims from articles."""
    from armsledger.batch.local import Extracted, extract_ordered
    from armsledger.ingest import read

    counts = {"read": 0, "failed": 0}

    def claims() -> Iterator[Claim]:
        for item in progress(extract_ordered(read(paths), jobs=jobs), "extracting"):
            if isinstance(item, Problem):
                counts["failed"] += 1
                err.print(f"skipped {item}", markup=False, highlight=False)
            elif isinstance(item, Extracted):
                counts["read"] += 1
                yield from item.claims

    if format is Format.table:
        rows = list(claims())
        emit_table(f"{len(rows)} claims", ["doc", "supplier", "recipient", "system / category", "status",
                                             "qty", "value (USD)", "year", "evidence"],
                   (_row(c) for c in rows))
    else:
        emit_json((c.to_json() for c in claims()), format)
    err.print(f"read {counts['read']} documents; {counts['failed']} inputs failed", highlight=False)
    if counts["failed"]:
        raise typer.Exit(1)


def _row(c: Claim) -> list[object]:
    what = c.system or f"({c.category})"
    value = f"{c.value_usd:,.0f}" if c.value_usd else None
    evidence = c.evidence if len(c.evidence) <= 160 else c.evidence[:157] + "..."
    return [c.doc, c.supplier, c.recipient, what, c.status, c.quantity, value, c.year, evidence]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
