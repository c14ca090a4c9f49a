"""Desk commands: `serve` (the dashboard and JSON API) and `report` (a pair dossier)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from armsledger.cli.app import app, err
from armsledger.errors import InputError, LedgerError, require
from armsledger.settings import Settings

DbOption = Annotated[str | None, typer.Option(
    "--db", help="SQLite file or postgresql://... URL (default: ARMSLEDGER_DB or ./armsledger.db).")]


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


def _existing_ledger(settings: Settings) -> None:
    """Refuse to open (and so create) a SQLite ledger file that is not there."""
    prefix = "sqlite:///"
    if settings.db.startswith(prefix) and not settings.db.endswith(":memory:"):
        path = Path(settings.db[len(prefix):])
        if not path.exists():
            raise LedgerError(f"no ledger at {path}",
                              hint="fill one with `armsledger ingest PATH --db FILE`")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; beyond loopback needs a token.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    token: Annotated[str | None, typer.Option(
        help="Access token (default: ARMSLEDGER_TOKEN). Without one the server is read-only.")]
    = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="Refuse writes even with a token.")]
    = False,
) -> None:
    """Serve the dashboard and its JSON API (OpenAPI at /api/openapi.json)."""
    require("fastapi", "web")
    require("uvicorn", "web")
    from armsledger.web.app import create_app
    from armsledger.web.security import Access, check_bind
    from armsledger.web.server import run

    settings = Settings.from_env(db=db, token=token)
    check_bind(host, settings.token)
    _existing_ledger(settings)
    access = Access(host=host, token=settings.token, writes=not read_only)
    mode = "read-write with the token" if access.can_write else "read-only"
    err.print(f"armsledger desk on http://{host}:{port}/ ({mode}); Ctrl-C stops it.",
              markup=False, highlight=False)
    run(create_app(settings, access=access), host=host, port=port)


@app.command()
def report(
    pair: Annotated[tuple[str, str], typer.Option(
        "--pair", metavar="A B", help="Two ISO 3166-1 alpha-3 codes: RUS PAK (both directions).")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="md, html or json.")]
    = ReportFormat.md,
    output: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Write to this file (default: standard output).")] = None,
    db: DbOption = None,
) -> None:
    """Write the dossier on a pair of states: deals, contradictions, timeline, sources."""
    import json

    from armsledger.ledger import open_ledger
    from armsledger.report import html, markdown
    from armsledger.report.dossier import build_dossier

    a, b = (code.upper() for code in pair)
    for code in (a, b):
        if len(code) != 3 or not code.isalpha():
            raise InputError(f"--pair takes ISO 3166-1 alpha-3 codes, not {code!r}",
                             hint="e.g. --pair RUS PAK")
    settings = Settings.from_env(db=db)
    _existing_ledger(settings)
    with open_ledger(settings.db) as ledger:
        dossier = build_dossier(ledger, a, b)
    if fmt is ReportFormat.html:
        text = html.render(dossier)
    elif fmt is ReportFormat.json:
        text = json.dumps(dossier.to_json(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = markdown.render(dossier)
    if output is None:
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    err.print(f"wrote {output} ({len(dossier.deals)} deals, {len(dossier.contradictions)} "
              f"contradictions, {len(dossier.sources)} sources)", markup=False, highlight=False)
