"""Extract in N worker processes on one machine; yield the results in input order.

Each worker builds its extractor once (the pool's initializer), so the spaCy pipeline is
loaded once per process. Documents go to the workers in small chunks and at most
``window`` chunks are in flight at any time, so memory stays flat however long the input
is; the single consumer in the parent (the writer) receives results in input order, which
makes ``--jobs N`` output identical to ``--jobs 1``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice

from armsledger.errors import ArmsledgerError, BatchError
from armsledger.types import Claim, Document, Problem

log = logging.getLogger(__name__)

ExtractFn = Callable[[Document], list[Claim]]
ExtractorFactory = Callable[[], ExtractFn]  # must be picklable: a class or module-level function

CHUNK_DOCS = 8  # documents per task sent to a worker
CHUNK_CHARS = 200_000  # ... or fewer, when the documents are long
WINDOW_PER_JOB = 4  # chunks in flight per worker
AUTO_MAX_JOBS = 4  # each worker holds its own spaCy pipeline (about 200 MB)
AUTO_MIN_DOCS = 2 * CHUNK_DOCS  # a smaller input is read in this process: no pool to start


@dataclass(frozen=True, slots=True)
class Extracted:
    """One document with the claims read from it."""

    document: Document
    claims: tuple[Claim, ...]


def default_factory() -> ExtractFn:
    """The real extractor; imported here so workers pay for spaCy only when they use it."""
    from armsledger.extract import Extractor

    return Extractor()


def extract_ordered(
    items: Iterable[Document | Problem],
    *,
    jobs: int | None = 1,
    factory: ExtractorFactory = default_factory,
    chunk_docs: int = CHUNK_DOCS,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Extracted | Problem]:
    """Extract claims from every document, in ``jobs`` processes, yielding in input order.

    ``jobs=None`` chooses: one process per CPU, up to `AUTO_MAX_JOBS`, for an input of at
    least `AUTO_MIN_DOCS` items, and this process alone for a smaller one. Problems from
    ingest pass through in their place. An `ArmsledgerError` raised for one
    document becomes a `Problem` (code E200 unless the error has its own) and the run goes
    on; any other exception is a bug and propagates.
    """
    if jobs is None:
        jobs, items = _auto_jobs(items)
    if jobs < 1:
        raise BatchError(f"--jobs must be at least 1, not {jobs}", hint="pass --jobs 1 or more")
    if jobs == 1:
        extractor = factory()
        for item in items:
            yield item if isinstance(item, Problem) else extract_one(extractor, item)
        return
    yield from _pooled(items, jobs, factory, chunk_docs, chunk_chars)


def _auto_jobs(items: Iterable[Document | Problem]) -> tuple[int, Iterator[Document | Problem]]:
    """The number of processes for this input, and the input itself, its first items read ahead."""
    rest = iter(items)
    head = list(islice(rest, AUTO_MIN_DOCS))
    jobs = 1 if len(head) < AUTO_MIN_DOCS else min(usable_cpus(), AUTO_MAX_JOBS)
    return jobs, chain(head, rest)


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _pooled(
    items: Iterable[Document | Problem],
    jobs: int,
    factory: ExtractorFactory,
    chunk_docs: int,
    chunk_chars: int,
) -> Iterator[Extracted | Problem]:
    context = multiprocessing.get_context("spawn")  # no inherited threads or open handles
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                               initargs=(factory,))
    window = jobs * WINDOW_PER_JOB
    pending: deque[tuple[list[Document | Problem], Future[list[Extracted | Problem]] | None]]
    pending = deque()
    try:
        for chunk in _chunks(items, chunk_docs, chunk_chars):
            docs = [item for item in chunk if isinstance(item, Document)]
            pending.append((chunk, pool.submit(_run_chunk, docs) if docs else None))
            while len(pending) >= window:
                yield from _merge(*pending.popleft())
        while pending:
            yield from _merge(*pending.popleft())
    except BrokenProcessPool as exc:
        raise BatchError(
            "a worker process died (out of memory or killed)",
            hint="run with fewer --jobs, or check the system log for the killed process",
        ) from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(
    items: Iterable[Document | Problem], max_docs: int, max_chars: int
) -> Iterator[list[Document | Problem]]:
    chunk: list[Document | Problem] = []
    docs = chars = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            docs += 1
            chars += len(item.text)
        if docs >= max_docs or chars >= max_chars:
            yield chunk
            chunk, docs, chars = [], 0, 0
    if chunk:
        yield chunk


def _merge(
    chunk: list[Document | Problem], future: Future[list[Extracted | Problem]] | None
) -> Iterator[Extracted | Problem]:
    results = iter(future.result() if future is not None else ())
    for item in chunk:
        yield item if isinstance(item, Problem) else next(results)


def extract_one(extractor: ExtractFn, doc: Document) -> Extracted | Problem:
    """Claims of one document, or the Problem its `ArmsledgerError` describes."""
    try:
        return Extracted(doc, tuple(extractor(doc)))
    except ArmsledgerError as exc:
        log.warning("extraction failed for %s: %s", doc.id, exc)
        code = exc.code if exc.code != "E000" else "E200"
        return Problem(doc.source_path or doc.id, f"extraction failed: {exc.message}", code)


# --- worker side: one extractor per process, built by the pool's initializer ---------------

_worker_extractor: ExtractFn | None = None


def _init_worker(factory: ExtractorFactory) -> None:
    global _worker_extractor
    _worker_extractor = factory()


def _run_chunk(docs: list[Document]) -> list[Extracted | Problem]:
    if _worker_extractor is None:  # the initializer always runs first; guard for mypy
        raise BatchError("worker started without an extractor")
    return [extract_one(_worker_extractor, doc) for doc in docs]


class Replay:
    """Feeds results extracted elsewhere (a pool, a batch output) to a per-document consumer.

    Iterate it for the documents and problems in order; call it with the document just
    yielded to get that document's claims. This is how `ledger.ingest_documents(ledger,
    replay, replay)` stores what `--jobs N` or `--from-parquet` extracted.
    """

    def __init__(self, results: Iterable[Extracted | Problem]):
        self._results = results
        self._last: Extracted | None = None

    def __iter__(self) -> Iterator[Document | Problem]:
        for result in self._results:
            if isinstance(result, Problem):
                yield result
            else:
                self._last = result
                yield result.document

    def __call__(self, doc: Document) -> list[Claim]:
        if self._last is None or self._last.document is not doc:
            raise BatchError(f"claims asked for {doc.id} out of order",
                             hint="ask for each document's claims right after it is yielded")
        return list(self._last.claims)
