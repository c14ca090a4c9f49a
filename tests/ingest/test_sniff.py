import gzip

import pytest

from armsledger.ingest.sniff import Format, by_extension, from_content_type, sniff


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.txt", Format.TEXT), ("a.MD", Format.TEXT), ("a.html", Format.HTML), ("a.htm", Format.HTML),
    ("a.jsonl", Format.JSONL), ("a.ndjson", Format.JSONL), ("a.rss", Format.FEED),
    ("a.atom", Format.FEED), ("a.warc", Format.WARC), ("a.warc.gz", Format.WARC),
    ("a.xml", None), ("dir.v2/noext", None), ("a.csv", None),
])
def test_by_extension(name, fmt):
    assert by_extension(name) is fmt


@pytest.mark.parametrize(("head", "fmt"), [
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", Format.WARC),
    (gzip.compress(b"WARC/1.1\r\n"), Format.WARC),
    (gzip.compress(b"hello"), None),
    (b'{"text": "x"}\n{"text": "y"}\n', Format.JSONL),
    (b"{not json at all\n", Format.TEXT),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel><description><![CDATA[<p>x</p>]]>', Format.FEED),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', Format.FEED),
    (b"<!DOCTYPE html><html><head><title>x</title>", Format.HTML),
    (b'<?xml version="1.0"?><urlset>', None),
    (b"Plain words in a file.", Format.TEXT),
])
def test_sniff(head, fmt):
    assert sniff(head) is fmt


def test_content_type():
    assert from_content_type("text/html; charset=utf-8") is Format.HTML
    assert from_content_type("application/atom+xml") is Format.FEED
    assert from_content_type("application/octet-stream") is None
    assert from_content_type(None) is None
