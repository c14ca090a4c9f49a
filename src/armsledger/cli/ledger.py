"""Ledger commands: `ingest`, `deals`, `deal`, `contradictions`, `sources`, `search`, `export`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from armsledger.cli.app import Format, app, emit_json, emit_table, err, fail, out, progress
from armsledger.errors import ConfigError, LedgerError
from armsledger.ledger import DealFilter, ingest_documents, open_ledger
from armsledger.ledger.export import FORMATS, export
from armsledger.ledger.grouping import group_contradictions
from armsledger.ledger.records import ClaimView, ContradictionView
from armsledger.settings import Settings

DbOption = Annotated[str | None, typer.Option(
    "--db", help="SQLite file or postgresql://... URL (default: ARMSLEDGER_DB or ./armsledger.db).")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table or json.")]


def _settings(db: str | None) -> Settings:
    return Settings.from_env(db=db)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, folders, URLs, or - for standard input.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="worker processes")] = 1,
    from_parquet: Annotated[str | None, typer.Option(
        "--from-parquet", help="load the --out folder of `armsledger batch` instead")] = None,
) -> None:
    """Read, extract and store documents with their claims; then rebuild deals and grades."""
    from armsledger.batch.local import Replay, extract_ordered
    from armsledger.batch.parquet import read_output
    from armsledger.ingest import read

    settings = _settings(db)
    if bool(paths) == bool(from_parquet):
        raise fail(ConfigError("give input paths or --from-parquet DIR, not both or neither",
                               hint="armsledger ingest FILE... or armsledger ingest --from-parquet DIR"))
    with open_ledger(settings=settings) as ledger:
        if from_parquet or jobs > 1:  # extracted elsewhere: in workers or by the Spark job
            replay = Replay(read_output(from_parquet) if from_parquet
                            else extract_ordered(read(paths or [], settings=settings), jobs=jobs))
            report = ingest_documents(ledger, progress(replay, "ingesting"), replay)
        else:  # extracts only documents the ledger does not have yet
            report = ingest_documents(ledger, progress(read(paths or [], settings=settings),
                                                       "ingesting"))
        stats = ledger.stats()
    for p in report.problems:
        err.print(f"skipped {p}", markup=False, highlight=False)
    if fmt is Format.table:
        out.print(f"stored {report.stored} documents ({report.new_versions} new versions, "
                  f"{report.unchanged} unchanged) with {report.claims} claims; ledger now has "
                  f"{stats.documents} documents, {stats.deals} deals, {stats.contradictions} "
                  f"contradictions", markup=False, highlight=False)
    else:
        emit_json([{**report.to_json(), "ledger": stats.to_json()}], Format.json)
    raise typer.Exit(1 if report.problems else 0)


@app.command()
def deals(
    supplier: Annotated[str | None, typer.Option(help="Supplier ISO3 code (RUS).")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient ISO3 code (PAK).")] = None,
    system: Annotated[str | None, typer.Option(help="System or family (T-90).")] = None,
    status: Annotated[str | None, typer.Option(help="Current status (agreement).")] = None,
    category: Annotated[str | None, typer.Option(help="Category (helicopter).")] = None,
    since: Annotated[int | None, typer.Option(help="Reported or dated in this year or later.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List deals with their current status, sources and Admiralty grades."""
    with open_ledger(settings=_settings(db)) as ledger:
        rows = ledger.deals(DealFilter(supplier=supplier, recipient=recipient, system=system,
                                       status=status, category=category, since=since))
    if fmt is not Format.table:
        emit_json((d.to_json() for d in rows), fmt)
        return
    emit_table(None, ("id", "supplier", "recipient", "systems", "category", "status", "years",
                      "qty", "sources", "grade", "contradictions"),
               [(d.id, d.supplier, d.recipient, ", ".join(d.systems) or "-", d.category,
                 d.status, ", ".join(map(str, d.years)), ", ".join(map(str, d.quantities)),
                 d.sources, f"{d.reliability}{d.credibility}", d.contradictions) for d in rows])


def _claim_rows(claims: tuple[ClaimView, ...] | list[ClaimView]) -> list[tuple[object, ...]]:
    return [(c.id, c.status, c.doc, c.published, c.source, f"{c.reliability}{c.credibility}",
             c.via, _short(c.evidence)) for c in claims]


@app.command()
def deal(
    deal_id: Annotated[str, typer.Argument(help="Deal id, as `armsledger deals` lists it.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show one deal: its status timeline, every claim behind it, and its contradictions."""
    with open_ledger(settings=_settings(db)) as ledger:
        detail = ledger.deal(deal_id)
    if fmt is not Format.table:
        emit_json([detail.to_json()], Format.json)
        return
    d = detail.deal
    out.print(f"{d.id}: {d.supplier} -> {d.recipient}, {', '.join(d.systems) or d.category}; "
              f"status {d.status}{' (contested)' if d.contested else ''}; {d.sources} independent "
              f"sources; grade {d.reliability}{d.credibility}", markup=False, highlight=False)
    emit_table("timeline", ("status", "first reported", "last reported", "years", "sources",
                            "claims"),
               [(t.status, t.first_reported, t.last_reported, ", ".join(map(str, t.years)),
                 t.sources, len(t.claims)) for t in detail.timeline])
    emit_table("evidence", ("claim", "status", "doc", "published", "source", "grade", "via",
                            "evidence"), _claim_rows(detail.claims))
    _contradiction_table(list(detail.contradictions))


def _contradiction_table(rows: list[ContradictionView]) -> None:
    """One row per statement (a denial sentence, or a claim in a figure conflict) with every
    claim it contradicts; `--format json` keeps the ledger's one record per pair of claims."""
    groups = group_contradictions(rows)
    emit_table(f"contradictions ({len(rows)} pairs of claims, {len(groups)} statements)",
               ("kind", "statement", "source", "against", "deals"),
               [(g.kind if g.kind != "denial" else f"denial: {', '.join(g.covers)}",
                 _short(g.a.evidence, 90), g.a.source,
                 "\n".join(f"{_short(c.evidence, 70)} ({c.source})" for _, c in g.against),
                 ", ".join(g.deals) if g.kind == "denial" else g.detail) for g in groups])


@app.command()
def contradictions(
    deal_id: Annotated[str | None, typer.Option("--deal", help="Only this deal.")] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List contradictions with both sides' evidence sentences and sources."""
    with open_ledger(settings=_settings(db)) as ledger:
        rows = ledger.contradictions(deal_id)
    if fmt is not Format.table:
        emit_json((x.to_json() for x in rows), fmt)
        return
    _contradiction_table(rows)


@app.command()
def sources(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """List independent sources: which documents, copies and echoes each one stands for."""
    with open_ledger(settings=_settings(db)) as ledger:
        rows = ledger.sources()
    if fmt is not Format.table:
        emit_json((s.to_json() for s in rows), fmt)
        return
    emit_table(None, ("source", "kind", "reliability", "claims", "documents", "copies"),
               [(s.label, s.kind, s.reliability, s.claims, ", ".join(s.documents),
                 ", ".join(s.copies)) for s in rows])


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find in documents and evidence.")],
    limit: Annotated[int, typer.Option(help="At most this many hits of each kind.")] = 20,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Full-text search over stored documents and claim evidence."""
    with open_ledger(settings=_settings(db)) as ledger:
        hits = ledger.search(text, limit)
    if fmt is not Format.table:
        emit_json((h.to_json() for h in hits), fmt)
        return
    emit_table(None, ("kind", "doc", "claim", "published", "snippet"),
               [(h.kind, h.doc, h.claim, h.published, _short(h.snippet, 110)) for h in hits])


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    db: DbOption = None,
) -> None:
    """Export claims (csv, jsonl, parquet: one row per claim and deal) or deals (graphml)."""
    if fmt not in FORMATS:
        raise LedgerError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    with open_ledger(settings=_settings(db)) as ledger:
        n = export(ledger, fmt, out_path)
    err.print(f"wrote {n} rows to {out_path}", markup=False, highlight=False)
