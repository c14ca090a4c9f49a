"""The Parquet layout of a batch output, shared by the Spark writer and the ledger loader.

    OUT/documents/month=2020-01/part-*.parquet   one row per document, its claims nested
    OUT/claims/month=2020-01/part-*.parquet      one row per claim, flat, for SQL engines

``month`` is the document's publication month (``YYYY-MM``), or ``unknown`` when it has
no date. The documents dataset carries each document's claims in a nested ``claims``
column, so the loader needs no join and streams row group by row group; the flat claims
dataset repeats them with the document's ``doc_sha256`` for analysts.

The columns are declared once here and turned into both the Arrow schema and the Spark
DDL, so the two writers cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from armsledger.batch.local import Extracted
from armsledger.errors import BatchError, require
from armsledger.types import Category, Claim, DateSource, Document, Status

if TYPE_CHECKING:
    import pyarrow as pa

DOCUMENTS = "documents"
CLAIMS = "claims"
UNKNOWN_MONTH = "unknown"

CLAIM_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc", "string"), ("supplier", "string"), ("recipient", "string"), ("system", "string"),
    ("category", "string"), ("status", "string"), ("quantity", "int64"),
    ("value_usd", "double"), ("year", "int32"), ("attributed_to", "string"),
    ("evidence", "string"), ("span_start", "int64"), ("span_end", "int64"),
    ("inferred", "list<string>"), ("cues", "list<string>"), ("family", "string"),
    ("confidence", "double"),
)
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("title", "string"), ("url", "string"), ("outlet", "string"),
    ("published", "date"), ("date_source", "string"), ("language", "string"),
    ("source_path", "string"), ("sha256", "string"), ("words", "int64"), ("text", "string"),
    ("claims", "list<claim>"),
)
# the flat claims dataset: the claim columns plus the key of the document they came from
FLAT_CLAIM_COLUMNS = (*CLAIM_COLUMNS, ("doc_sha256", "string"))

_SPARK_TYPES = {"string": "STRING", "date": "DATE", "int64": "BIGINT", "int32": "INT",
                "double": "DOUBLE", "list<string>": "ARRAY<STRING>"}


def month_of(published: date | None) -> str:
    return published.strftime("%Y-%m") if published else UNKNOWN_MONTH


# --- records: tuples in column order (what Spark's createDataFrame takes) ------------------

def claim_record(claim: Claim) -> tuple[Any, ...]:
    return (claim.doc, claim.supplier, claim.recipient, claim.system, str(claim.category),
            str(claim.status), claim.quantity, claim.value_usd, claim.year,
            claim.attributed_to, claim.evidence, claim.span[0], claim.span[1],
            list(claim.inferred), list(claim.cues), claim.family, float(claim.confidence))


def document_record(result: Extracted) -> tuple[Any, ...]:
    """One documents row, with its ``month`` partition value last."""
    doc = result.document
    return (doc.id, doc.title, doc.url, doc.outlet, doc.published,
            str(doc.date_source) if doc.date_source else None, doc.language, doc.source_path,
            doc.sha256, doc.words, doc.text, [claim_record(c) for c in result.claims],
            month_of(doc.published))


def claim_from_row(row: dict[str, Any]) -> Claim:
    return Claim(
        doc=row["doc"], supplier=row["supplier"], recipient=row["recipient"],
        system=row["system"], category=Category(row["category"]), status=Status(row["status"]),
        quantity=row["quantity"], value_usd=row["value_usd"], year=row["year"],
        attributed_to=row["attributed_to"], evidence=row["evidence"],
        span=(int(row["span_start"]), int(row["span_end"])),
        inferred=tuple(row["inferred"] or ()), cues=tuple(row["cues"] or ()),
        family=row["family"], confidence=float(row["confidence"]),
    )


def extracted_from_row(row: dict[str, Any]) -> Extracted:
    doc = Document(
        id=row["id"], text=row["text"], title=row["title"], url=row["url"],
        outlet=row["outlet"], published=row["published"],
        date_source=DateSource(row["date_source"]) if row["date_source"] else None,
        language=row["language"], source_path=row["source_path"], sha256=row["sha256"],
    )
    return Extracted(doc, tuple(claim_from_row(c) for c in row["claims"] or ()))


# --- schemas -------------------------------------------------------------------------------

def spark_ddl(columns: Iterable[tuple[str, str]]) -> str:
    """The Spark DDL schema string for these columns (nested claims included)."""
    claim = "ARRAY<STRUCT<" + ", ".join(f"{n}: {_SPARK_TYPES[t]}" for n, t in CLAIM_COLUMNS)
    types = {**_SPARK_TYPES, "list<claim>": claim + ">>"}
    return ", ".join(f"`{name}` {types[kind]}" for name, kind in columns)


def arrow_schema(columns: Iterable[tuple[str, str]]) -> pa.Schema:
    pa = require("pyarrow", "parquet")
    scalar = {"string": pa.string(), "date": pa.date32(), "int64": pa.int64(),
              "int32": pa.int32(), "double": pa.float64(), "list<string>": pa.list_(pa.string())}
    claim = pa.list_(pa.struct([(n, scalar[t]) for n, t in CLAIM_COLUMNS]))
    types = {**scalar, "list<claim>": claim}
    return pa.schema([(name, types[kind]) for name, kind in columns])


# --- reading (the ledger loader) -----------------------------------------------------------

def read_output(out: str | Path, *, batch_rows: int = 256) -> Iterator[Extracted]:
    """Every document of a batch output with its claims, month by month, streaming.

    Only the documents dataset is read; memory holds one batch of ``batch_rows`` rows.
    """
    pq = require("pyarrow.parquet", "parquet")
    root = Path(out) / DOCUMENTS
    files = sorted(p for p in root.glob("month=*/*.parquet") if not p.name.startswith((".", "_")))
    if not root.is_dir() or not (files or (root / "_SUCCESS").exists()):
        raise BatchError(
            f"{out} is not a batch output: {root} has no month=*/ Parquet files",
            hint="pass the --out folder of `armsledger batch`",
            code="E510",
        )
    names = [name for name, _ in DOCUMENT_COLUMNS]
    for path in files:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=batch_rows, columns=names):
            for row in batch.to_pylist():
                yield extracted_from_row(row)
