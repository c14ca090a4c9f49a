"""The report tests share the desk's hand-made ledger (tests/web/desk_corpus.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))

from desk_corpus import build_ledger

from armsledger.ledger import Ledger


@pytest.fixture(scope="module")
def desk_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    with build_ledger(tmp_path_factory.mktemp("report") / "desk.db") as ledger:
        yield ledger
