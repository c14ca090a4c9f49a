"""read(): folders, standard input, URLs, and inputs that cannot be read."""

import io
import sys
from pathlib import Path

import pytest

from armsledger.ingest import read
from armsledger.types import Document, Problem

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = (FIXTURES / "navy-frigates.html").read_text(encoding="utf-8")
FEED = (FIXTURES / "defence.rss").read_text(encoding="utf-8")


def ids(items: list[Document | Problem]) -> list[str]:
    return [i.id for i in items if isinstance(i, Document)]


def test_folder_is_walked_recursively_skipping_hidden_and_readme(write, tmp_path):
    write("a.txt", "First article text.")
    write("sub/b.md", "Second article text.")
    write("sub/deeper/c", "Third article, no extension, sniffed as text.")
    write(".hidden.txt", "not read")
    write(".git/d.txt", "not read either")
    write("README.md", "About this folder.")
    items = list(read([str(tmp_path)]))
    assert ids(items) == ["a", "b", "c"]
    assert not [i for i in items if isinstance(i, Problem)]


def test_missing_file_is_a_problem_and_reading_goes_on(write, tmp_path):
    good = write("good.txt", "Readable.")
    missing = str(tmp_path / "nope.txt")
    items = list(read([missing, str(good)]))
    assert isinstance(items[0], Problem)
    assert (items[0].source, items[0].reason, items[0].code) == (missing, "no such file or directory", "E101")
    assert ids(items) == ["good"]


def test_unreadable_file_is_a_problem(write, monkeypatch):
    path = write("locked.txt", "secret")
    real_open = Path.open

    def guarded(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    [item] = read([str(path)])
    assert isinstance(item, Problem)
    assert item.reason == "permission denied"


def test_standard_input_is_sniffed(monkeypatch):
    data = b'{"id": "in1", "text": "From a pipe."}\n{"id": "in2", "text": "Second."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    items = list(read(["-"]))
    assert ids(items) == ["in1", "in2"]
    assert items[0].source_path == "-:1"


def test_html_url_becomes_one_document(local_server, settings):
    url = local_server.add("/news/frigates.html", PAGE)
    [doc] = read([url], settings=settings)
    assert isinstance(doc, Document)
    assert doc.id == "frigates"
    assert doc.title == "Navy orders two frigates from a foreign yard"
    assert doc.source_path == url


def test_feed_url_becomes_its_entries(local_server, settings):
    url = local_server.add("/feed", FEED, content_type="application/rss+xml")
    items = list(read([url], settings=settings))
    assert ids(items) == ["feed/1", "feed/2"]
    assert items[0].outlet == "Quarterdeck Wire"


def test_charset_from_http_header(local_server, settings):
    page = ("<html><body><article><p>Le ministère a confirmé la commande de quatre frégates "
            "pour la marine, selon un communiqué publié mardi.</p></article></body></html>")
    url = local_server.add("/fr", page.encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    [doc] = read([url], settings=settings)
    assert isinstance(doc, Document)
    assert "Le ministère a confirmé" in doc.text


def test_url_404_is_a_problem(local_server, settings):
    url = local_server.url("/missing")
    [item] = read([url], settings=settings)
    assert isinstance(item, Problem)
    assert (item.source, item.reason, item.code) == (url, "HTTP 404 Not Found", "E110")


@pytest.mark.parametrize("delay", [1.5])
def test_url_timeout_is_a_problem(local_server, settings, delay):
    from dataclasses import replace

    url = local_server.add("/slow", PAGE, delay=delay)
    [item] = read([url], settings=replace(settings, http_timeout=0.3))
    assert isinstance(item, Problem)
    assert item.reason == "timed out after 0.3 s"


def test_connection_refused_is_a_problem(settings):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [item] = read([f"http://127.0.0.1:{port}/x"], settings=settings)
    assert isinstance(item, Problem)
    assert item.reason.startswith("cannot fetch")


def test_read_never_raises_on_a_reader_bug(write, monkeypatch):
    import armsledger.ingest.dispatch as dispatch

    def boom(data, origin):  # type: ignore[no-untyped-def]
        raise RuntimeError("kaput")

    monkeypatch.setattr(dispatch, "read_text", boom)
    path = write("x.txt", "text")
    [item] = read([str(path)])
    assert isinstance(item, Problem)
    assert item.reason == "unexpected error (RuntimeError: kaput)"
