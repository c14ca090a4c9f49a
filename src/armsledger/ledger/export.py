"""Export the ledger: claims as CSV / JSONL / Parquet (one row per claim and deal), deals as GraphML."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from armsledger.errors import LedgerError, require
from armsledger.ledger.api import Ledger

FORMATS = ("csv", "jsonl", "graphml", "parquet")
CLAIM_COLUMNS = ("deal", "via", "id", "doc", "published", "outlet", "url", "supplier", "recipient",
                 "system", "family", "category", "status", "quantity", "value_usd", "year",
                 "attributed_to", "source", "copy_of", "reliability", "credibility", "evidence")


def claim_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """One row per (claim, deal) link; claims in no deal appear once with deal empty."""
    deal_of: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    for d in ledger.deals():
        for c in ledger.deal(d.id).claims:
            deal_of[c.id].append((d.id, c.via))
    rows = []
    for c in ledger.claims():
        j = c.to_json()
        for deal, via in deal_of.get(c.id) or [(None, None)]:
            rows.append({k: (deal if k == "deal" else via if k == "via" else j.get(k))
                         for k in CLAIM_COLUMNS})
    return rows


def _graphml(ledger: Ledger) -> str:
    deals = ledger.deals()
    states = sorted({d.supplier for d in deals} | {d.recipient for d in deals})
    keys = [("status", "string"), ("family", "string"), ("category", "string"),
            ("sources", "int"), ("claims", "int"), ("reliability", "string"),
            ("credibility", "int"), ("contested", "boolean")]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    lines += [f'  <key id="{k}" for="edge" attr.name="{k}" attr.type="{t}"/>' for k, t in keys]
    lines.append('  <graph id="armsledger" edgedefault="directed">')
    lines += [f"    <node id={quoteattr(s)}/>" for s in states]
    for d in deals:
        lines.append(f"    <edge id={quoteattr(d.id)} source={quoteattr(d.supplier)} "
                     f"target={quoteattr(d.recipient)}>")
        values = {"status": d.status, "family": d.family or "", "category": d.category,
                  "sources": d.sources, "claims": d.claims, "reliability": d.reliability,
                  "credibility": d.credibility, "contested": str(d.contested).lower()}
        for k, _ in keys:
            lines.append(f'      <data key="{k}">{_xml(str(values[k]))}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def _xml(value: str) -> str:
    return quoteattr(value)[1:-1]


def export(ledger: Ledger, fmt: str, out: Path) -> int:
    """Write the ledger to `out` in `fmt`; return the number of rows (claims) or edges (deals)."""
    if fmt not in FORMATS:
        raise LedgerError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        out.write_text(_graphml(ledger), encoding="utf-8")
        return len(ledger.deals())
    rows = claim_rows(ledger)
    if fmt == "csv":
        with out.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=CLAIM_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        pa = require("pyarrow", "parquet")
        pq = require("pyarrow.parquet", "parquet")
        table = pa.Table.from_pylist(rows) if rows else pa.table(
            {k: pa.array([], pa.string()) for k in CLAIM_COLUMNS})
        pq.write_table(table, out)
    return len(rows)
