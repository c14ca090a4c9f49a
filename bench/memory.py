"""Peak resident memory of every process while reading and extracting a 1 GB JSONL file.

    .venv/bin/python bench/memory.py [--size-mb 1024] [--jobs 2] [--budget 180] [--full]

`../shared/bench/news.jsonl` is replicated (ids made unique) into a temporary file of the
given size, never kept. Phase 1 streams the whole file through `ingest.read`. Phase 2
reads and extracts it with `extract_ordered(..., jobs=N)` as `armsledger extract --jobs N`
does, for `--budget` seconds (extracting all of 1 GB takes hours on 2 cores) or to the end
with `--full`. The peak RSS (VmHWM) of the parent and of each worker is sampled every half
second; the ratio printed is the largest peak over the 1 GB limit.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import tempfile
import threading
import time
from pathlib import Path

from _common import NEWS, descendants, machine, peak_rss_mib

from armsledger.batch.local import extract_ordered
from armsledger.ingest import read

LIMIT_MIB = 1024


def replicate(target: Path, size: int) -> int:
    lines = NEWS.read_text(encoding="utf-8").splitlines()
    written = copies = 0
    with target.open("w", encoding="utf-8") as out:
        while written < size:
            copies += 1
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record['id']}#{copies}"
                data = json.dumps(record, ensure_ascii=False) + "\n"
                out.write(data)
                written += len(data.encode("utf-8"))
    return copies


class Sampler(threading.Thread):
    """Records the peak RSS of this process and of every descendant, every half second."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.5):
            with contextlib.suppress(OSError):  # a process may end while we look
                for pid in [os.getpid(), *descendants(os.getpid())]:
                    self.peaks[pid] = max(self.peaks.get(pid, 0.0), peak_rss_mib(pid))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--budget", type=float, default=180.0)
    parser.add_argument("--full", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "news-1g.jsonl"
        copies = replicate(big, args.size_mb * 1024 * 1024)
        size = big.stat().st_size / 2**20
        baseline = peak_rss_mib(os.getpid())

        start = time.perf_counter()
        docs = sum(1 for _ in read([str(big)]))
        read_s = time.perf_counter() - start
        after_read = peak_rss_mib(os.getpid())

        sampler = Sampler()
        sampler.start()
        start = time.perf_counter()
        done = 0
        for _ in extract_ordered(read([str(big)]), jobs=args.jobs):
            done += 1
            if not args.full and time.perf_counter() - start > args.budget:
                break
        extract_s = time.perf_counter() - start
        sampler.stop.set()
        sampler.join()

    parent = sampler.peaks.pop(os.getpid(), after_read)
    workers = sorted(sampler.peaks.values(), reverse=True)
    worst = max([parent, *workers])
    print(f"machine: {machine()}")
    print(f"input: {size:,.0f} MiB JSONL ({copies} copies of {NEWS.name}), {docs:,} documents")
    print(f"phase 1, ingest.read over the whole file: {read_s:.0f} s, parent peak RSS "
          f"{after_read:.0f} MiB (before reading {baseline:.0f} MiB)")
    print(f"phase 2, read + extract --jobs {args.jobs}: {done:,} documents "
          f"({100 * done / docs:.1f}%) in {extract_s:.0f} s")
    print(f"peak RSS: parent {parent:.0f} MiB; workers "
          + ", ".join(f"{w:.0f} MiB" for w in workers))
    print(f"largest peak / 1 GiB limit: {worst / LIMIT_MIB:.2f}")


if __name__ == "__main__":
    main()
