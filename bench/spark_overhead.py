"""Spark `local[2]` against `--jobs 2` on the same input: the overhead of Spark itself.

    .venv/bin/python bench/spark_overhead.py [--docs N] [--parts 4]

The input is cut into part files (Spark runs one task per file, as with a crawl's WARC
parts). Both sides read those files with `ingest.read` and extract with the real extractor;
the local pool only consumes its results, while Spark also writes Parquet, so the ratio is
Spark's whole cost: JVM and session start-up, Python worker hand-off, the Parquet writes.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time
from pathlib import Path

from _common import NEWS, machine, timed

from armsledger.batch.local import extract_ordered
from armsledger.batch.spark import run_batch, start_session
from armsledger.ingest import read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", type=Path, default=NEWS)
    parser.add_argument("--docs", type=int, default=0, help="first N documents (0: all)")
    parser.add_argument("--parts", type=int, default=4)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        lines = list(itertools.islice(args.input.open(encoding="utf-8"), args.docs or None))
        files = []
        for part in range(args.parts):
            path = Path(tmp) / f"part-{part:03d}.jsonl"
            path.write_text("".join(lines[part :: args.parts]), encoding="utf-8")
            files.append(str(path))

        pool, docs = timed(lambda: extract_ordered(read(files), jobs=2))

        start = time.perf_counter()
        session = start_session("local[2]", {"spark.driver.memory": "1g"})
        started = time.perf_counter() - start
        summary = run_batch(files, str(Path(tmp) / "out"), spark=session)
        total = time.perf_counter() - start
        session.stop()

    print(f"machine: {machine()}")
    print(f"input: {docs} documents of {args.input.name} in {args.parts} part files")
    print(f"--jobs 2: {pool:.1f} s")
    print(f"Spark local[2]: {total:.1f} s (session start {started:.1f} s), "
          f"{summary.documents} documents, {summary.claims} claims written")
    print(f"Spark / --jobs 2: {total / pool:.2f}x; without session start "
          f"{(total - started) / pool:.2f}x")


if __name__ == "__main__":
    main()
