"""The ordered multi-process pool behind --jobs N."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from batch_fakes import PidExtractor, SoldExtractor

from armsledger.batch import local
from armsledger.batch.local import AUTO_MIN_DOCS, Extracted, Replay, extract_ordered
from armsledger.errors import BatchError
from armsledger.types import Document, Problem

COUNTRIES = ["Russia", "France", "Turkey", "India", "Brazil"]


def make_items(n: int) -> list[Document | Problem]:
    items: list[Document | Problem] = []
    for i in range(n):
        a, b = COUNTRIES[i % 5], COUNTRIES[(i + 2) % 5]
        text = f"Filler sentence {i}. {a} sold {i + 1} tanks to {b}. More filler."
        if i % 7 == 3:
            text += " Also " + f"{b} sold {i} jets to {a}."
        if i == 11:
            text = "This one is BROKEN."
        items.append(Document(id=f"d{i:03d}", text=text, published=date(2020, 1 + i % 12, 1),
                              source_path=f"news.jsonl#{i + 1}"))
        if i % 10 == 5:
            items.append(Problem(f"news.jsonl:{i + 100}", "not JSON", "E101"))
    return items


def test_jobs_2_output_equals_jobs_1() -> None:
    items = make_items(60)
    one = list(extract_ordered(items, jobs=1, factory=SoldExtractor))
    two = list(extract_ordered(items, jobs=2, factory=SoldExtractor, chunk_docs=3))
    assert two == one
    assert len(one) == 66  # 60 documents and 6 problems, each in its place
    assert isinstance(one[6], Problem) and one[6].source == "news.jsonl:105"
    first = one[0]
    assert isinstance(first, Extracted) and first.document.id == "d000"
    assert [(c.supplier, c.recipient, c.quantity, c.year, c.span) for c in first.claims] == [
        ("RUS", "TUR", 1, 2020, (19, 49))
    ]
    assert sum(len(r.claims) for r in one if isinstance(r, Extracted)) == 59 + 9  # one per document but d011, and a second in 9 of them


def test_extraction_error_becomes_a_problem_in_place() -> None:
    results = list(extract_ordered(make_items(13), jobs=2, factory=SoldExtractor, chunk_docs=2))
    broken = results[12]  # d011, after one ingest problem at position 6
    assert broken == Problem("news.jsonl#12", "extraction failed: cannot read this document",
                             "E200")
    assert isinstance(results[13], Extracted) and results[13].document.id == "d012"


def test_each_worker_builds_its_extractor_once() -> None:
    items = [Document(id=f"p{i}", text=f"text {i}") for i in range(40)]
    results = list(extract_ordered(items, jobs=2, factory=PidExtractor, chunk_docs=2))
    readers = {r.claims[0].attributed_to for r in results if isinstance(r, Extracted)}
    pids = {reader.split(":")[0] for reader in readers if reader}
    assert str(os.getpid()) not in pids
    assert 1 <= len(pids) <= 2
    assert len(readers) == len(pids)  # one extractor instance per process
    assert [r.document.id for r in results if isinstance(r, Extracted)] == [
        f"p{i}" for i in range(40)
    ]


def test_input_is_pulled_lazily_so_memory_stays_flat() -> None:
    pulled = 0

    def endless() -> Iterator[Document]:
        nonlocal pulled
        while True:
            pulled += 1
            yield Document(id=f"e{pulled}", text="Russia sold 2 tanks to Brazil.")

    results = extract_ordered(endless(), jobs=2, factory=SoldExtractor, chunk_docs=4)
    first = [next(results) for _ in range(10)]
    results.close()
    assert [r.document.id for r in first if isinstance(r, Extracted)] == [
        f"e{i}" for i in range(1, 11)
    ]
    # the window (jobs x 4 chunks of 4 documents) plus the 3 chunks consumed since it filled
    assert pulled <= 2 * 4 * 4 + 3 * 4


def _pids(results: list[Extracted | Problem]) -> set[str]:
    return {r.claims[0].attributed_to.split(":")[0] for r in results
            if isinstance(r, Extracted) and r.claims[0].attributed_to}


def test_jobs_none_uses_the_cpus_for_a_large_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "usable_cpus", lambda: 2)
    items = [Document(id=f"a{i}", text=f"text {i}") for i in range(AUTO_MIN_DOCS + 5)]
    results = list(extract_ordered(items, jobs=None, factory=PidExtractor, chunk_docs=2))
    assert [r.document.id for r in results if isinstance(r, Extracted)] == [d.id for d in items]
    assert str(os.getpid()) not in _pids(results)


def test_jobs_none_stays_in_this_process_for_a_small_input_or_one_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "usable_cpus", lambda: 4)
    small = [Document(id=f"s{i}", text=f"text {i}") for i in range(AUTO_MIN_DOCS - 1)]
    results = list(extract_ordered(small, jobs=None, factory=PidExtractor))
    assert len(results) == len(small) and _pids(results) == {str(os.getpid())}
    monkeypatch.setattr(local, "usable_cpus", lambda: 1)
    large = (Document(id=f"l{i}", text=f"text {i}") for i in range(AUTO_MIN_DOCS * 2))
    results = list(extract_ordered(large, jobs=None, factory=PidExtractor))
    assert len(results) == AUTO_MIN_DOCS * 2 and _pids(results) == {str(os.getpid())}


def test_jobs_below_one_is_an_error() -> None:
    with pytest.raises(BatchError) as caught:
        list(extract_ordered([], jobs=0, factory=SoldExtractor))
    assert str(caught.value) == "Error [E500]: --jobs must be at least 1, not 0. Hint: pass --jobs 1 or more"


def test_replay_hands_each_document_its_own_claims() -> None:
    items = make_items(8)
    replay = Replay(extract_ordered(items, jobs=1, factory=SoldExtractor))
    seen = []
    for item in replay:
        seen.append(item if isinstance(item, Problem) else (item.id, replay(item)))
    assert [s[0] for s in seen if isinstance(s, tuple)] == [f"d{i:03d}" for i in range(8)]
    assert seen[3][1] == SoldExtractor()(items[3])  # type: ignore[index]
    assert len(seen[3][1]) == 2  # type: ignore[index]
    assert isinstance(seen[6], Problem)
    with pytest.raises(BatchError):
        replay(items[0])  # type: ignore[arg-type]
