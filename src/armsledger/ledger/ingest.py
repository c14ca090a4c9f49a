"""Read -> extract -> store, one document per transaction, then rebuild the derived ledger.

A document whose content is already stored is skipped before extraction, so a rerun after
an interrupted one only does the remaining work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from armsledger.ledger.api import Ledger
from armsledger.ledger.records import IngestReport
from armsledger.ledger.store import Outcome
from armsledger.types import Claim, Document, Problem

log = logging.getLogger(__name__)

ExtractFn = Callable[[Document], list[Claim]]


def default_extract() -> ExtractFn:
    from armsledger.extract import default_extractor

    return default_extractor()


def ingest_documents(ledger: Ledger, items: Iterable[Document | Problem],
                     extract: ExtractFn | None = None, *, rebuild: bool = True) -> IngestReport:
    """Store every new document with its claims; collect problems; rebuild at the end."""
    extract_fn = extract or default_extract()
    stored = versions = unchanged = n_claims = 0
    problems: list[Problem] = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        if ledger.has(item.sha256):
            unchanged += 1
            continue
        claims = extract_fn(item)
        outcome = ledger.put(item, claims)
        if outcome is Outcome.UNCHANGED:  # another process stored it meanwhile
            unchanged += 1
            continue
        stored += 1
        versions += outcome is Outcome.VERSION
        n_claims += len(claims)
        log.info("stored %s (%s, %d claims)", item.id, outcome, len(claims))
    if rebuild:
        ledger.rebuild()
    return IngestReport(stored=stored, new_versions=versions, unchanged=unchanged,
                        claims=n_claims, problems=tuple(problems))
