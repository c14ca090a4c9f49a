"""A standalone ingest process for the kill and concurrency tests.

    python ledger_worker.py DB_URL COUNT DELAY [--reverse]

Ingests COUNT generated documents through `ingest_documents` with the fake extractor
(sleeping DELAY seconds per extraction), then prints what it stored.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ledger_fakes import HELI_DEAL, SUPPLY, SUPPLY_QTY, FakeExtractor, doc

from armsledger.ledger import ingest_documents, open_ledger
from armsledger.types import Document

SENTENCES = (SUPPLY, SUPPLY_QTY, HELI_DEAL)


def documents(count: int) -> list[Document]:
    """Document i carries i % 3 + 1 of the fake sentences (so 1-3 claims) and a unique line."""
    return [doc(f"gen_{i:03d}", *SENTENCES[: i % 3 + 1],
                f"Dispatch number {i} was filed from desk {i * 7}.",
                published=date(2019, 1, 1 + i % 28), filler=0)
            for i in range(count)]


def expected_claims(count: int) -> int:
    return sum(i % 3 + 1 for i in range(count))


def main() -> None:
    url, count, delay = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    docs = documents(count)
    if "--reverse" in sys.argv:
        docs.reverse()
    fake = FakeExtractor()

    def slow(d: Document):  # type: ignore[no-untyped-def]
        time.sleep(delay)
        return fake(d)

    with open_ledger(url) as ledger:
        report = ingest_documents(ledger, docs, slow)
    print(f"stored {report.stored} unchanged {report.unchanged} extracted {len(fake.calls)}",
          flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
