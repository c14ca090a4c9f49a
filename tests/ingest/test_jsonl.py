import io
from datetime import date
from pathlib import Path

from armsledger.ingest import read
from armsledger.ingest.dispatch import read_stream
from armsledger.ingest.origin import Origin
from armsledger.ingest.sniff import Format
from armsledger.types import DateSource, Document, Problem

FIXTURES = Path(__file__).parent / "fixtures"


def test_records_with_fields_and_fallbacks():
    path = str(FIXTURES / "articles.jsonl")
    first, second, third = read([path])
    assert isinstance(first, Document) and isinstance(second, Document) and isinstance(third, Document)
    assert (first.id, first.title, first.outlet, first.url) == (
        "a1", "First", "Wire One", "https://example.org/2019/01/02/first")
    assert first.published == date(2019, 3, 4)  # the record's own date beats the URL's
    assert first.date_source is DateSource.METADATA
    assert first.source_path == f"{path}:1"
    # no id: file stem and line; `source` and `date` as fallbacks
    assert second.id == "articles/2"
    assert second.outlet == "Wire Two"
    assert second.published == date(2018, 6, 5)
    # a blank line is skipped, line numbers still count it; text untouched
    assert third.id == "a3"
    assert third.source_path == f"{path}:4"
    assert third.text == "  leading spaces kept  "
    assert third.language == "en"


def test_bad_lines_are_problems_and_reading_goes_on(write):
    lines = [
        '{"id": "ok1", "text": "Fine."}',
        '{"id": "broken", "text": ',
        '["not", "an", "object"]',
        '{"id": "notext", "title": "no body"}',
        '{"id": "emptytext", "text": "   "}',
        '{"id": "ok2", "text": "Also fine."}',
    ]
    path = write("mixed.jsonl", "\n".join(lines) + "\n")
    items = list(read([str(path)]))
    assert [i.id for i in items if isinstance(i, Document)] == ["ok1", "ok2"]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [p.source for p in problems] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"]
    assert problems[0].reason.startswith("malformed JSON")
    assert problems[1].reason == "a JSON list, not an object"
    assert problems[2].reason == "no 'text' field"
    assert problems[3].reason == "'text' is empty"
    assert {p.code for p in problems} == {"E105"}


class CountingRaw(io.RawIOBase):
    """A byte stream that records how far it has been read."""

    def __init__(self, data: bytes) -> None:
        self.inner = io.BytesIO(data)
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = self.inner.readinto(buffer)
        self.consumed += n
        return n


def test_jsonl_is_streamed_line_by_line():
    data = "".join(f'{{"id": "d{n}", "text": "text number {n}"}}\n' for n in range(5000)).encode()
    raw = CountingRaw(data)
    items = read_stream(raw, Origin(name="big.jsonl", stem="big"), Format.JSONL)
    first = next(items)
    assert isinstance(first, Document) and first.id == "d0"
    assert raw.consumed <= 2 * 8192 < len(data)
    assert sum(1 for _ in items) == 4999
    assert raw.consumed == len(data)


def test_jsonl_sniffed_without_extension(write):
    path = write("export", '{"id": "x", "text": "Sniffed as JSON lines."}\n')
    [doc] = read([str(path)])
    assert isinstance(doc, Document) and doc.id == "x"
