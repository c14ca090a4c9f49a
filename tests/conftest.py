"""Cheap fixtures shared by every test module: no trained model, no internet, no big files."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path

import pytest

from armsledger.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a throwaway SQLite file and a short HTTP timeout."""
    return Settings(db=f"sqlite:///{tmp_path / 'test.db'}", http_timeout=2.0)


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """write("a/b.txt", "text" or b"bytes") -> the path, created under tmp_path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    """The packaged demo corpus (src/armsledger/samples/demo)."""
    return Path(str(files("armsledger") / "samples" / "demo"))


@dataclass(frozen=True, slots=True)
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds to wait before answering (for timeouts)


@dataclass
class LocalServer:
    """A tiny HTTP server on 127.0.0.1 in a thread; add routes, then fetch `url(path)`."""

    routes: dict[str, Route]
    port: int

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
            status: int = 200, delay: float = 0.0) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, status, delay)
        return self.url(path)


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    routes: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path) or Route(b"not found", "text/plain", 404)
            if route.delay:
                time.sleep(route.delay)
            try:
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
                pass

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalServer(routes, server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
