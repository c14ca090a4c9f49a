"""`armsledger docs`: list what was read."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Annotated

import typer

from armsledger.cli.app import Format, app, emit_json, emit_table, err, progress
from armsledger.ingest import read
from armsledger.settings import Settings
from armsledger.types import Document, Problem

COLUMNS = ("id", "date", "outlet", "words", "title")
TITLE_WIDTH = 80


@app.command()
def docs(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders, URLs, or - for standard input.", show_default=False)],
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", help="table, or json / jsonl with each document's text.")] = Format.table,
) -> None:
    """List the documents read from PATHs (id, date, outlet, words, title); report what was skipped."""
    counts = {"documents": 0, "problems": 0}

    def documents() -> Iterator[Document]:
        for item in progress(read(paths, settings=Settings.from_env()), "reading"):
            if isinstance(item, Problem):
                counts["problems"] += 1
                err.print(f"skipped {item.source}: {item.reason}", markup=False, highlight=False,
                          soft_wrap=True)
            else:
                counts["documents"] += 1
                yield item

    try:
        if fmt is Format.table:
            emit_table(None, COLUMNS, [_row(d) for d in documents()])
        else:
            emit_json((d.to_json() for d in documents()), fmt)
    except BrokenPipeError:  # `armsledger docs ... | head`: the reader has gone, stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1 if counts["problems"] else 0) from None
    err.print(f"read {counts['documents']} documents; {counts['problems']} inputs failed",
              markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(1 if counts["problems"] else 0)


def _row(document: Document) -> tuple[str, str, str, int, str]:
    title = document.title or ""
    if len(title) > TITLE_WIDTH:
        title = title[: TITLE_WIDTH - 1] + "…"
    published = document.published.isoformat() if document.published else ""
    return (document.id, published, document.outlet or "", document.words, title)
