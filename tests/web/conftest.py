"""Fixtures for the desk: a small ledger built from hand-made documents, and apps over it."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient deprecation

from desk_corpus import build_ledger, rule_extract  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from armsledger.ledger import Ledger  # noqa: E402
from armsledger.settings import Settings  # noqa: E402
from armsledger.web.app import create_app  # noqa: E402
from armsledger.web.security import Access  # noqa: E402


@pytest.fixture(scope="session")
def desk_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("desk") / "desk.db"
    build_ledger(path).close()
    return path


@pytest.fixture(scope="session")
def ledger(desk_db: Path) -> Iterator[Ledger]:
    from armsledger.ledger import open_ledger

    with open_ledger(f"sqlite:///{desk_db}") as opened:
        yield opened


@pytest.fixture
def make_client(desk_db: Path, tmp_path: Path) -> Callable[..., TestClient]:
    """make_client(access=..., fresh=True) -> a TestClient; fresh: a writable copy of the ledger."""

    def _make(access: Access | None = None, fresh: bool = False) -> TestClient:
        db = tmp_path / "fresh.db" if fresh else desk_db
        if not db.exists():
            build_ledger(db).close()
        app = create_app(Settings(db=f"sqlite:///{db}"), access=access or Access(),
                         extract=rule_extract)
        return TestClient(app, base_url="http://127.0.0.1")

    return _make


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """A read-only client (loopback, no token) over the shared desk ledger."""
    return make_client()
