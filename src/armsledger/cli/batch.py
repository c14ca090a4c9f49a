"""`armsledger batch`: the Spark job over many input files, writing Parquet (spark extra)."""

from __future__ import annotations

from typing import Annotated

import typer

from armsledger.cli.app import Format, app, emit_json, emit_table, err, fail
from armsledger.errors import ConfigError


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="JSONL, WARC, feed or HTML files, folders or globs; local, file://, s3a://, hdfs://")],
    out: Annotated[str, typer.Option("--out", help="output folder (any Hadoop path)")],
    master: Annotated[str | None, typer.Option(
        help="Spark master, e.g. local[2]; default local[*], or spark-submit's")] = None,
    conf: Annotated[list[str] | None, typer.Option(
        "--conf", help="a Spark setting KEY=VALUE; repeatable")] = None,
    overwrite: Annotated[bool, typer.Option(help="replace an existing output")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="how to print the summary")] = Format.table,
) -> None:
    """Extract claims from every input with Apache Spark and write Parquet by month."""
    from armsledger.batch.spark import run_batch  # needs pyspark: imported only here

    settings: dict[str, str] = {}
    for item in conf or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise fail(ConfigError(f"--conf {item!r} is not KEY=VALUE",
                                   hint="write it like --conf spark.driver.memory=2g"))
        settings[key.strip()] = value.strip()
    summary = run_batch(inputs, out, master=master, conf=settings, overwrite=overwrite)
    for problem in summary.first_problems:
        err.print(f"Problem [{problem.code}]: {problem}", markup=False, highlight=False)
    row = {"out": summary.out, "files": summary.files, "documents": summary.documents,
           "claims": summary.claims, "problems": summary.problems}
    if fmt is Format.table:
        emit_table("batch", list(row), [list(row.values())])
    else:
        emit_json([row], fmt)
