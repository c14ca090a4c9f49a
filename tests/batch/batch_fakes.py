"""Cheap stand-in extractors for the batch tests: no spaCy, deterministic, picklable."""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from armsledger.batch.local import Extracted
from armsledger.batch.parquet import CLAIM_COLUMNS, DOCUMENT_COLUMNS, arrow_schema, document_record
from armsledger.errors import ExtractionError
from armsledger.types import Category, Claim, Document, Problem, Status

_SOLD = re.compile(r"(\w+) sold (\d+) (\w+) to (\w+)\.")
_instances = itertools.count(1)


class SoldExtractor:
    """One claim per "<A> sold <n> <things> to <B>." sentence; raises on the word BROKEN."""

    def __call__(self, doc: Document) -> list[Claim]:
        if "BROKEN" in doc.text:
            raise ExtractionError("cannot read this document")
        return [
            Claim(doc=doc.id, supplier=m[1][:3].upper(), recipient=m[4][:3].upper(), system=None,
                  category=Category.ARMS, status=Status.DELIVERY, quantity=int(m[2]),
                  value_usd=None, year=doc.published.year if doc.published else None,
                  attributed_to=None, evidence=m[0], span=(m.start(), m.end()))
            for m in _SOLD.finditer(doc.text)
        ]


class PidExtractor:
    """Says which process and which extractor instance read each document."""

    def __init__(self) -> None:
        self.instance = next(_instances)

    def __call__(self, doc: Document) -> list[Claim]:
        return [Claim(doc=doc.id, supplier=None, recipient=None, system=None,
                      category=Category.ARMS, status=Status.INTEREST, quantity=None,
                      value_usd=None, year=None, attributed_to=f"{os.getpid()}:{self.instance}",
                      evidence=doc.text, span=(0, len(doc.text)))]


def read_jsonl(paths: list[str]) -> Iterator[Document | Problem]:
    """A tiny JSONL reader standing in for `ingest.read`: id, text and published fields."""
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    record = json.loads(line)
                except ValueError:
                    yield Problem(f"{path}:{number}", "not JSON", "E101")
                    continue
                published = date.fromisoformat(record["published"]) if record.get(
                    "published") else None
                yield Document(id=record["id"], text=record["text"], published=published,
                               source_path=f"{path}#{number}")


def write_like_spark(results: list[Extracted], out: Path) -> None:
    """A batch output written with pyarrow, one file per document, in the Spark layout."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(DOCUMENT_COLUMNS)
    claim_names = [name for name, _ in CLAIM_COLUMNS]
    for i, result in enumerate(results):
        record = document_record(result)
        row = dict(zip(schema.names, record[:-1], strict=True))
        row["claims"] = [dict(zip(claim_names, c, strict=True)) for c in row["claims"]]
        folder = out / "documents" / f"month={record[-1]}"
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist([row], schema=schema), folder / f"part-{i}.parquet")
