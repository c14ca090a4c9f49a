"""The Parquet layout shared by the Spark writer and the ledger loader (no Spark needed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest
from batch_fakes import write_like_spark

from armsledger.batch.local import Extracted
from armsledger.batch.parquet import (
    DOCUMENT_COLUMNS,
    arrow_schema,
    month_of,
    read_output,
    spark_ddl,
)
from armsledger.errors import BatchError
from armsledger.types import Category, Claim, DateSource, Document, Status


def sample() -> list[Extracted]:
    text = "Officials said Ruritania will deliver 12 howitzers to Freedonia in 2021."
    doc = Document(id="r1", text=text, title="Guns", url="https://example.org/r1",
                   outlet="example.org", published=date(2020, 3, 9),
                   date_source=DateSource.METADATA, language="en", source_path="a.jsonl#1")
    claim = Claim(doc="r1", supplier="RUR", recipient="FRE", system="M777",
                  category=Category.ARTILLERY, status=Status.AGREEMENT, quantity=12,
                  value_usd=1.5e8, year=2021, attributed_to="Officials", evidence=text,
                  span=(0, len(text)), inferred=("year",), cues=("will deliver",),
                  family="M777", confidence=0.875)
    undated = Document(id="r2", text="Nothing here.", source_path="a.jsonl#2")
    return [Extracted(doc, (claim,)), Extracted(undated, ())]


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    results = sample()
    write_like_spark(results, tmp_path)
    assert sorted(p.parent.name for p in (tmp_path / "documents").glob("*/*.parquet")) == [
        "month=2020-03", "month=unknown"]
    assert list(read_output(tmp_path)) == results


def test_month_of() -> None:
    assert month_of(date(2019, 11, 30)) == "2019-11"
    assert month_of(None) == "unknown"


def test_spark_schema_matches_the_arrow_schema() -> None:
    ddl = spark_ddl([("id", "string"), ("published", "date"), ("claims", "list<claim>")])
    assert ddl.startswith("`id` STRING, `published` DATE, `claims` ARRAY<STRUCT<doc: STRING, ")
    assert ddl.endswith("family: STRING, confidence: DOUBLE>>")
    schema = arrow_schema(DOCUMENT_COLUMNS)
    assert schema.field("claims").type.value_type.field("year").type == pa.int32()
    assert schema.names == [name for name, _ in DOCUMENT_COLUMNS]


def test_a_folder_that_is_not_a_batch_output_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BatchError) as caught:
        list(read_output(tmp_path))
    assert caught.value.code == "E510"
    assert "has no month=*/ Parquet files" in caught.value.message
