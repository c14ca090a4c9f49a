"""The Typer application and what every command shares: consoles, errors, output formats."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from armsledger.errors import ArmsledgerError

app = typer.Typer(
    name="armsledger",
    help="Who is arming whom, according to whom, and who denies it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

out = Console(soft_wrap=True)
err = Console(stderr=True)

T = TypeVar("T")


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def fail(exc: ArmsledgerError, code: int = 2) -> typer.Exit:
    """Print one error line and return the Exit to raise."""
    err.print(str(exc), markup=False, highlight=False)
    return typer.Exit(code)


def progress(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """A progress bar on stderr when it is a terminal; silent otherwise."""
    if not err.is_terminal:
        yield from items
        return
    columns = [TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}"),
               TimeElapsedColumn()]
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)


def emit_json(rows: Iterable[dict[str, Any]], fmt: Format) -> None:
    """Write rows as one JSON array (json) or one object per line (jsonl) to stdout."""
    if fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def emit_table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)
