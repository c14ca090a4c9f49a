from datetime import date
from pathlib import Path

from armsledger.ingest import read
from armsledger.types import DateSource, Document, Problem

FIXTURES = Path(__file__).parent / "fixtures"


def test_rss_entries_become_documents_with_html_stripped():
    path = str(FIXTURES / "defence.rss")
    first, second = read([path])
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == "defence/1"
    assert first.text == "Freedonia has sold four patrol boats to Ruritania.\n\nThe boats will be delivered next year."
    assert first.title == "Freedonia sells patrol boats to Ruritania"
    assert first.url == "https://quarterdeck.example.org/2020/05/14/patrol-boats"
    assert first.outlet == "Quarterdeck Wire"
    assert first.published == date(2020, 5, 14)
    assert first.date_source is DateSource.FEED
    assert first.language == "en"
    assert first.source_path == f"{path}#1"
    # no pubDate: the date in the link is used, and entities are resolved
    assert second.text == "Plain summary & no markup."
    assert second.published == date(2019, 2, 3)
    assert second.date_source is DateSource.URL


def test_atom_feed_with_language():
    [doc] = read([str(FIXTURES / "tanks.atom")])
    assert isinstance(doc, Document)
    assert doc.text == "Das Heer hat zwölf neue Panzer bestellt."
    assert doc.outlet == "Panzer Nachrichten"
    assert doc.language == "de"
    assert doc.url == "https://panzer.example.org/artikel/1"
    assert doc.published == date(2021, 3, 2)


def test_xml_extension_is_sniffed_as_a_feed(write):
    xml = (FIXTURES / "defence.rss").read_bytes()
    items = list(read([str(write("news.xml", xml))]))
    assert [i.id for i in items if isinstance(i, Document)] == ["news/1", "news/2"]


def test_unparsable_feed_is_a_problem(write):
    path = write("broken.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti')
    [item] = read([str(path)])
    assert isinstance(item, Problem)
    assert item.reason.startswith("feed does not parse")
    assert item.code == "E105"


def test_other_xml_is_unsupported(write):
    path = write("sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>')
    [item] = read([str(path)])
    assert isinstance(item, Problem)
    assert item.reason == "unsupported format (XML that is not an RSS/Atom feed)"
