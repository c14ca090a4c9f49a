import gzip
import io
from datetime import date

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from armsledger.ingest import read
from armsledger.types import DateSource, Document, Problem

ARTICLE = ("<html lang='en'><head><title>{title}</title></head><body><article>"
           "<p>{title} is the subject of this article, which reports that the ministry signed a "
           "contract for new equipment after talks that lasted for most of the year.</p>"
           "<p>Officials said that the first deliveries would follow within eighteen months.</p>"
           "</article></body></html>")


def record(writer: WARCWriter, uri: str, body: bytes, content_type: str = "text/html; charset=utf-8",
           status: str = "200 OK", kind: str = "response"):  # type: ignore[no-untyped-def]
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=http,
                                     warc_headers_dict={"WARC-Date": "2016-10-17T12:00:00Z"})


def build_warc(gzip: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))
    writer.write_record(record(writer, "https://example.org/a", ARTICLE.format(title="Alpha").encode()))
    writer.write_record(record(writer, "https://example.org/logo.png", b"\x89PNG\x00", "image/png"))
    writer.write_record(record(writer, "https://example.org/gone", b"<html>gone</html>", status="404 Not Found"))
    writer.write_record(record(writer, "https://example.org/2015/08/20/b",
                               ARTICLE.format(title="Bravo").encode()))
    return out.getvalue()


def test_html_responses_become_documents_and_others_are_skipped(write):
    path = write("crawl.warc", build_warc(gzip=False))
    items = list(read([str(path)]))
    assert all(isinstance(i, Document) for i in items)
    alpha, bravo = items
    assert (alpha.id, bravo.id) == ("crawl/2", "crawl/5")
    assert alpha.source_path == f"{path}#2"
    assert alpha.url == "https://example.org/a"
    assert alpha.title == "Alpha"
    assert alpha.text.startswith("Alpha is the subject of this article")
    assert alpha.language == "en"
    # no date on the page or in its URL: the crawl date, marked as such
    assert alpha.published == date(2016, 10, 17)
    assert alpha.date_source is DateSource.CRAWL
    assert bravo.published == date(2015, 8, 20)
    assert bravo.date_source is not DateSource.CRAWL


def test_gzipped_warc_is_read_by_extension_and_by_sniffing(write):
    data = build_warc(gzip=True)
    named = list(read([str(write("crawl.warc.gz", data))]))
    sniffed = list(read([str(write("crawl.bin", data))]))
    assert [d.id for d in named] == ["crawl/2", "crawl/5"]
    assert [d.text for d in sniffed] == [d.text for d in named]


def test_truncated_warc_keeps_what_came_before(write):
    data = build_warc(gzip=False)
    cut = data[: len(data) - 200]  # inside the last record's body
    path = write("cut.warc", cut)
    items = list(read([str(path)]))
    assert isinstance(items[0], Document) and items[0].id == "cut/2"
    assert isinstance(items[-1], Problem)
    assert items[-1].source == f"{path}#5"
    assert items[-1].reason.startswith("truncated record")
    assert len(items) == 2


def test_corrupt_gzip_warc_is_a_problem(write):
    data = build_warc(gzip=True)
    members = data[: len(data) // 2] + b"garbage that is not gzip" * 10
    path = write("bad.warc.gz", members)
    items = list(read([str(path)]))
    problems = [i for i in items if isinstance(i, Problem)]
    assert len(problems) == 1
    assert problems[0].source.startswith(f"{path}#")
    assert problems[0].code == "E105"
    assert [i.id for i in items if isinstance(i, Document)] == ["bad/2"]


def test_gzip_that_is_not_a_warc_is_unsupported(write):
    [item] = read([str(write("notes.gz", gzip.compress(b"hello")))])
    assert isinstance(item, Problem)
    assert item.reason == "unsupported format (gzip data that is not a WARC)"
