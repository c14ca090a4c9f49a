"""The Spark batch job: the same ingest and extraction, mapped over partitions of input files.

    run_batch(["s3a://news/2020/*.warc.gz"], "s3a://news/armsledger/2020")

Input paths may be anything Hadoop reads (local, ``file://``, ``s3a://``, ``hdfs://``),
with globs and folders expanded on the driver through Hadoop's FileSystem. Each input file
is one task: an executor reads it with `armsledger.ingest.read` (streaming; remote files
are first copied to the executor's local disk) and extracts with one extractor per Python
worker, built once and reused for every partition that worker runs (`mapPartitions`).
Documents and claims are written as Parquet partitioned by publication month, in the
layout of `armsledger.batch.parquet`; `armsledger ingest --from-parquet OUT` loads it.

Run it with ``armsledger batch`` (``--master local[*]`` by default) or through
``spark-submit`` with ``armsledger/batch/__main__.py`` as the application (docs/spark.md).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from armsledger.batch.local import (
    Extracted,
    ExtractFn,
    ExtractorFactory,
    default_factory,
    extract_one,
)
from armsledger.batch.parquet import (
    CLAIM_COLUMNS,
    CLAIMS,
    DOCUMENT_COLUMNS,
    DOCUMENTS,
    document_record,
    spark_ddl,
)
from armsledger.errors import BatchError, require
from armsledger.types import Document, Problem

if TYPE_CHECKING:
    from pyspark import RDD, SparkContext
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

Reader = Callable[[list[str]], Iterable[Document | Problem]]  # like `ingest.read`

MAX_PROBLEMS_KEPT = 50  # problems reported back to the driver (all are counted)
LOCAL_SCHEMES = ("", "file")


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a batch run wrote."""

    out: str
    files: int
    documents: int
    claims: int
    problems: int
    first_problems: tuple[Problem, ...] = field(default=())


def run_batch(
    inputs: Sequence[str],
    out: str,
    *,
    master: str | None = None,
    conf: dict[str, str] | None = None,
    overwrite: bool = False,
    factory: ExtractorFactory = default_factory,
    reader: Reader | None = None,
    spark: SparkSession | None = None,
) -> BatchSummary:
    """Read, extract and write every input; returns counts. Starts a session unless given.

    ``reader`` defaults to `armsledger.ingest.read`; ``factory`` to the real extractor.
    Both are shipped to the executors, so they must be importable there (or picklable).
    """
    own = spark is None
    session = spark if spark is not None else start_session(master, conf or {})
    try:
        return _run(session, inputs, out, overwrite, factory, reader)
    finally:
        if own:
            session.stop()


def start_session(master: str | None, conf: dict[str, str]) -> SparkSession:
    """A SparkSession: the one spark-submit configured, or a local one (``local[*]``)."""
    sql = require("pyspark.sql", "spark")
    builder = sql.SparkSession.builder.appName("armsledger-batch")
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # launched by spark-submit
    if master or not submitted:
        builder = builder.master(master or "local[*]")
    if not submitted:
        # local runs: workers use this interpreter (and its armsledger), not `python3` on PATH
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    if not submitted:
        builder = builder.config("spark.ui.enabled", "false")
    for key, value in conf.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # the JVM did not start: no Java, bad master URL
        raise BatchError(
            f"could not start Spark ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})",
            hint="install Java 17+ (Debian: apt-get install default-jre-headless) "
                 "or check --master",
            code="E501",
        ) from exc
    session.sparkContext.setLogLevel("WARN")
    return session


def _run(session: SparkSession, inputs: Sequence[str], out: str, overwrite: bool,
         factory: ExtractorFactory, reader: Reader | None) -> BatchSummary:
    sc = session.sparkContext
    files = expand_inputs(sc, inputs)
    if not files:
        raise BatchError(f"no input files match {', '.join(inputs)}",
                         hint="check the paths and globs", code="E502")
    problems: Any = sc.accumulator([], _ProblemList())  # type: ignore[arg-type]
    problem_count = sc.accumulator(0)
    records = _records(sc, files, factory, reader, problems, problem_count)
    schema = spark_ddl([*DOCUMENT_COLUMNS, ("month", "string")])
    documents = session.createDataFrame(records, schema=schema, verifySchema=False)
    mode = "overwrite" if overwrite else "errorifexists"
    out = out.rstrip("/")
    try:
        documents.write.mode(mode).partitionBy("month").parquet(f"{out}/{DOCUMENTS}")
    except Exception as exc:
        if "already exists" in str(exc):
            raise BatchError(f"{out}/{DOCUMENTS} already exists",
                             hint="choose a new --out or pass --overwrite", code="E503") from exc
        raise
    written = session.read.schema(schema).parquet(f"{out}/{DOCUMENTS}")  # only claims is read
    claims = written.selectExpr("explode(claims) AS c", "sha256 AS doc_sha256", "month").select(
        *[f"c.{name}" for name, _ in CLAIM_COLUMNS], "doc_sha256", "month")
    claims.write.mode(mode).partitionBy("month").parquet(f"{out}/{CLAIMS}")
    counts = written.selectExpr(
        "count(*) AS documents", "coalesce(sum(size(claims)), 0) AS claims").first()
    assert counts is not None  # an aggregate always has one row
    return BatchSummary(out=out, files=len(files), documents=int(counts["documents"]),
                        claims=int(counts["claims"]), problems=problem_count.value,
                        first_problems=tuple(problems.value))


def expand_inputs(sc: SparkContext, inputs: Sequence[str]) -> list[str]:
    """Every file the inputs name: globs and folders expanded with Hadoop's FileSystem."""
    jvm: Any = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    files: list[str] = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        statuses = fs.globStatus(path)
        if statuses is None or len(statuses) == 0:
            raise BatchError(f"{given}: no such file", hint="check the path", code="E502")
        for status in statuses:
            files.extend(_walk(fs, status))
    return sorted(dict.fromkeys(files))


def _walk(fs: Any, status: Any) -> Iterator[str]:
    if not status.isDirectory():
        name = status.getPath().getName()
        if not name.startswith((".", "_")):
            yield _plain(str(status.getPath().toString()))
        return
    for child in sorted(fs.listStatus(status.getPath()), key=lambda s: str(s.getPath())):
        yield from _walk(fs, child)


def _plain(uri: str) -> str:
    """Local files as plain paths (what `armsledger extract` names them), others as URIs."""
    return uri[len("file:"):] if uri.startswith("file:/") else uri


def _is_local(path: str) -> bool:
    return "://" not in path


def _records(sc: SparkContext, files: list[str], factory: ExtractorFactory,
             reader: Reader | None, problems: Any, problem_count: Any
             ) -> RDD[tuple[Any, ...]]:
    local = [f for f in files if _is_local(f)]
    remote = [f for f in files if not _is_local(f)]
    parts: list[RDD[tuple[Any, ...]]] = []
    if local:
        paths = sc.parallelize(local, len(local))
        parts.append(paths.mapPartitions(
            lambda names: _extract_partition(((n, None) for n in names), factory, reader,
                                             problems, problem_count)))
    if remote:
        blobs = sc.binaryFiles(",".join(remote), minPartitions=len(remote))
        parts.append(blobs.mapPartitions(
            lambda pairs: _extract_partition(((_plain(n), b) for n, b in pairs), factory,
                                             reader, problems, problem_count)))
    return parts[0] if len(parts) == 1 else sc.union(parts)


# --- executor side -----------------------------------------------------------------------

_extractors: dict[ExtractorFactory, ExtractFn] = {}


def _extractor(factory: ExtractorFactory) -> ExtractFn:
    """One extractor per Python worker process, reused by every partition it runs."""
    if factory not in _extractors:
        _extractors[factory] = factory()
    return _extractors[factory]


def _extract_partition(files: Iterable[tuple[str, bytes | None]], factory: ExtractorFactory,
                       reader: Reader | None, problems: Any, problem_count: Any
                       ) -> Iterator[tuple[Any, ...]]:
    from armsledger.ingest import read

    extractor = _extractor(factory)
    for name, content in files:
        for item in _read_file(reader or read, name, content):
            result = item if isinstance(item, Problem) else extract_one(extractor, item)
            if isinstance(result, Extracted):
                yield document_record(result)
            else:
                problem_count.add(1)
                problems.add([result])


def _read_file(read: Reader, name: str, content: bytes | None) -> Iterator[Document | Problem]:
    """`ingest.read` over one file; remote content is staged in a local temporary file."""
    if content is None:
        yield from read([name])
        return
    folder = tempfile.mkdtemp(prefix="armsledger-")
    staged = os.path.join(folder, Path(name).name)
    try:
        with open(staged, "wb") as handle:
            handle.write(content)
        del content
        for item in read([staged]):
            yield _restore_source(item, staged, name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _restore_source(item: Document | Problem, staged: str, name: str) -> Document | Problem:
    if isinstance(item, Problem):
        return replace(item, source=item.source.replace(staged, name))
    if item.source_path:
        return replace(item, source_path=item.source_path.replace(staged, name))
    return item


class _ProblemList:
    """Accumulator of the first MAX_PROBLEMS_KEPT problems (pyspark AccumulatorParam)."""

    def zero(self, value: list[Problem]) -> list[Problem]:
        return []

    def addInPlace(self, a: list[Problem], b: list[Problem]) -> list[Problem]:
        room = MAX_PROBLEMS_KEPT - len(a)
        if room > 0:
            a.extend(b[:room])
        return a
