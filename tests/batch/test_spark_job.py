"""The Spark batch job in local[2]: same claims as the local path, Parquet by month."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java (.ci/services.sh installs it)", allow_module_level=True)

import batch_fakes
from pyspark import cloudpickle
from pyspark.sql import SparkSession

from armsledger.batch.local import Extracted, extract_ordered
from armsledger.batch.parquet import read_output
from armsledger.batch.spark import run_batch, start_session
from armsledger.errors import BatchError

pytestmark = pytest.mark.spark

ARTICLES = [  # written for these tests
    ("k1", "2021-04-02", "Ruritania sold 8 howitzers to Freedonia. The guns arrived by sea."),
    ("k2", "2021-05-20", "Borduria sold 2 frigates to Syldavia. Nobody objected."),
    ("k3", None, "A quiet week in parliament."),
    ("k4", "2021-04-30", "Syldavia sold 30 rifles to Borduria. Then Freedonia sold 4 jets to Syldavia."),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    cloudpickle.register_pickle_by_value(batch_fakes)  # executors cannot import tests/
    session = start_session("local[2]", {"spark.sql.shuffle.partitions": "2"})
    yield session
    session.stop()


def write_jsonl(path: Path, rows: list[tuple[str, str | None, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": i, "published": p, "text": t}) for i, p, t in rows]
    path.write_text("\n".join([*lines[:2], "{broken", *lines[2:]]) + "\n", encoding="utf-8")
    return path


def by_doc(results: list[Extracted]) -> dict[str, Extracted]:
    return {r.document.id: r for r in results}


def test_spark_output_equals_the_local_pool(spark: SparkSession, tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "in" / "a.jsonl", ARTICLES[:2])
    write_jsonl(tmp_path / "in" / "b.jsonl", ARTICLES[2:])
    out = tmp_path / "out"
    summary = run_batch([str(tmp_path / "in")], str(out), factory=batch_fakes.SoldExtractor,
                        reader=batch_fakes.read_jsonl, spark=spark)
    local = [r for r in extract_ordered(batch_fakes.read_jsonl(
        [str(first), str(tmp_path / "in" / "b.jsonl")]), factory=batch_fakes.SoldExtractor)
        if isinstance(r, Extracted)]
    assert (summary.files, summary.documents, summary.claims, summary.problems) == (2, 4, 4, 2)
    assert {p.source for p in summary.first_problems} == {f"{first}:3",
                                                          str(tmp_path / "in" / "b.jsonl:3")}
    assert by_doc(list(read_output(out))) == by_doc(local)
    months = sorted(p.name for p in (out / "documents").iterdir() if p.is_dir())
    assert months == ["month=2021-04", "month=2021-05", "month=unknown"]
    flat = pq.read_table(out / "claims", columns=["doc", "quantity", "month"]).to_pylist()
    assert sorted((r["doc"], r["quantity"], r["month"]) for r in flat) == [
        ("k1", 8, "2021-04"), ("k2", 2, "2021-05"), ("k4", 4, "2021-04"), ("k4", 30, "2021-04")]


def test_existing_output_is_refused_unless_overwritten(spark: SparkSession,
                                                       tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1])
    kwargs = {"factory": batch_fakes.SoldExtractor, "reader": batch_fakes.read_jsonl,
              "spark": spark}
    run_batch([str(source)], str(tmp_path / "out"), **kwargs)  # type: ignore[arg-type]
    with pytest.raises(BatchError) as caught:
        run_batch([str(source)], str(tmp_path / "out"), **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == "E503"
    again = run_batch([str(source)], str(tmp_path / "out"), overwrite=True,
                      **kwargs)  # type: ignore[arg-type]
    assert again.documents == 1


def test_missing_input_is_an_error(spark: SparkSession, tmp_path: Path) -> None:
    with pytest.raises(BatchError) as caught:
        run_batch([str(tmp_path / "nothing*.jsonl")], str(tmp_path / "out"), spark=spark)
    assert caught.value.code == "E502"


# --- the real reader and extractor: the same claims as `armsledger extract` ------------------

REAL_TEXT = ("Russia has delivered four Mi-35M helicopters to Pakistan, the defence ministry "
             "said on Monday. India signed a contract for five S-400 systems with Russia in 2018.")


def write_warc(path: Path, url: str, html: str) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                           http_headers=headers)
        writer.write_record(record)
    return path


@pytest.mark.slow
def test_real_pipeline_matches_armsledger_extract(spark: SparkSession, tmp_path: Path) -> None:
    from armsledger.ingest import read

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.jsonl").write_text(json.dumps(
        {"id": "j1", "title": "Helicopters", "text": REAL_TEXT}) + "\n", encoding="utf-8")
    html = (f"<html><head><title>Deliveries</title></head><body><article><h1>Deliveries</h1>"
            f"<p>{REAL_TEXT}</p></article></body></html>")
    write_warc(folder / "crawl.warc.gz", "https://news.example.org/2020/05/deliveries", html)
    inputs = [str(folder / "news.jsonl"), str(folder / "crawl.warc.gz")]

    summary = run_batch(inputs, str(tmp_path / "out"), spark=spark)
    local = [r for r in extract_ordered(read(inputs), jobs=1) if isinstance(r, Extracted)]
    expected = sorted(json.dumps(c.to_json(), sort_keys=True) for r in local for c in r.claims)
    got = sorted(json.dumps(c.to_json(), sort_keys=True)
                 for r in read_output(tmp_path / "out") for c in r.claims)
    assert summary.documents == len(local) == 2
    assert len({r.document.id for r in local if r.claims}) == 2  # claims from both formats
    assert got == expected


def test_remote_file_content_is_staged_and_named_by_its_uri(tmp_path: Path) -> None:
    from armsledger.batch.spark import _read_file

    data = (json.dumps({"id": "r1", "published": None, "text": "Ruritania sold 1 tank to Syldavia."})
            + "\n{broken\n").encode()
    items = list(_read_file(batch_fakes.read_jsonl, "hdfs://head/crawl/x.jsonl", data))
    assert [getattr(i, "source_path", None) or getattr(i, "source", None) for i in items] == [
        "hdfs://head/crawl/x.jsonl#1", "hdfs://head/crawl/x.jsonl:2"]
