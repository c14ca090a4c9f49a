"""Shared helpers for the scale benchmarks: the input, timing, the machine, process memory."""

from __future__ import annotations

import os
import platform
import resource
import time
from collections.abc import Callable, Iterable
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "news.jsonl"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text()
                .splitlines() if line.startswith("model name")), platform.processor())
    mem = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))) // 1024
    load = os.getloadavg()
    return (f"{cpu}, {os.cpu_count()} cores, {mem} MiB RAM, Python {platform.python_version()}, "
            f"load average at start {load[0]:.1f}")


def timed(run: Callable[[], Iterable[object]]) -> tuple[float, int]:
    """Seconds to consume everything `run()` yields, and how many items it yielded."""
    start = time.perf_counter()
    count = sum(1 for _ in run())
    return time.perf_counter() - start, count


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its ended children so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident set size (VmHWM) so far, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found.append(child)
            found.extend(descendants(child))
    return found
