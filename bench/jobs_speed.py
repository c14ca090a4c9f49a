"""`--jobs 2` against `--jobs 1`: the same input read and extracted, results consumed in order.

    .venv/bin/python bench/jobs_speed.py [--docs N] [--jobs 2]

Both runs go through `armsledger.batch.local.extract_ordered(ingest.read(...))`, exactly what
`armsledger extract --jobs N` does, including worker start-up (each loads spaCy once). It
prints the two times and their ratio, measured in this one run, and checks that both runs
produced the same claims.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import tempfile
from pathlib import Path

from _common import NEWS, cpu_seconds, machine, timed

from armsledger.batch.local import Extracted, extract_ordered
from armsledger.ingest import read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", type=Path, default=NEWS)
    parser.add_argument("--docs", type=int, default=0, help="first N documents (0: all)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        source = args.input
        if args.docs:
            source = Path(tmp) / "input.jsonl"
            with args.input.open(encoding="utf-8") as handle:
                source.write_text("".join(itertools.islice(handle, args.docs)), encoding="utf-8")
        words = sum(len(json.loads(line)["text"].split())
                    for line in source.open(encoding="utf-8"))
        claims: dict[int, list[str]] = {}

        def run(jobs: int):  # type: ignore[no-untyped-def]
            claims[jobs] = []
            for result in extract_ordered(read([str(source)]), jobs=jobs):
                if isinstance(result, Extracted):
                    claims[jobs].extend(json.dumps(c.to_json()) for c in result.claims)
                yield result

        cpu0 = cpu_seconds()
        one, items = timed(lambda: run(1))
        cpu1 = cpu_seconds()
        many, _ = timed(lambda: run(args.jobs))
        cpu2 = cpu_seconds()

    print(f"machine: {machine()}")
    print(f"input: {source.name if not args.docs else f'first {args.docs} of {args.input.name}'}"
          f", {items} documents, {words:,} words")
    print(f"--jobs 1: {one:.1f} s ({words / one:,.0f} words/s), {cpu1 - cpu0:.1f} CPU s")
    print(f"--jobs {args.jobs}: {many:.1f} s ({words / many:,.0f} words/s), "
          f"{cpu2 - cpu1:.1f} CPU s in all processes")
    print(f"CPU share this run got: --jobs 1 {(cpu1 - cpu0) / one:.2f} cores, "
          f"--jobs {args.jobs} {(cpu2 - cpu1) / many:.2f} cores (of {os.cpu_count()})")
    print(f"speed-up --jobs {args.jobs} / --jobs 1: {one / many:.2f}x")
    print(f"same claims in the same order: {claims[1] == claims[args.jobs]} "
          f"({len(claims[1])} claims)")


if __name__ == "__main__":
    main()
