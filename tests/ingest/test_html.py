from datetime import date
from pathlib import Path

from armsledger.ingest import read
from armsledger.types import DateSource, Document, Problem

FIXTURES = Path(__file__).parent / "fixtures"


def test_page_keeps_the_article_and_drops_boilerplate():
    [doc] = read([str(FIXTURES / "navy-frigates.html")])
    assert isinstance(doc, Document)
    assert doc.id == "navy-frigates"
    assert doc.text.startswith("Navy orders two frigates from a foreign yard\n"
                               "The navy of Ruritania has ordered two frigates")
    assert doc.text.endswith("according to the ministry's published schedule.")
    for noise in ("ZEBRA-COMMENT", "RELATED-LINK", "FOOTER-TEXT", "Front page"):
        assert noise not in doc.text
    assert doc.title == "Navy orders two frigates from a foreign yard"
    assert doc.outlet == "Harbour Gazette"
    assert doc.url == "https://harbourgazette.example.org/news/navy-orders-two-frigates"
    assert doc.published == date(2021, 4, 6)
    assert doc.date_source is DateSource.METADATA
    assert doc.language == "en"


def test_declared_latin1_charset_is_used(write):
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
            "<title>T</title></head><body><article><p>Le ministère de la défense a commandé "
            "quatre hélicoptères neufs pour la marine nationale, selon un communiqué publié "
            "mardi matin à Paris par les services du ministère.</p></article></body></html>")
    [doc] = read([str(write("fr.html", page.encode("latin-1")))])
    assert isinstance(doc, Document)
    assert "Le ministère de la défense a commandé quatre hélicoptères" in doc.text


def test_page_without_article_text_is_a_problem(write):
    page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    [item] = read([str(write("menu.html", page))])
    assert isinstance(item, Problem)
    assert item.reason == "no article text on the page"
    assert item.source.endswith("menu.html")


def test_date_in_url_is_the_last_resort(write):
    page = ("<html><body><article><p>Officials confirmed that the contract for the engines was "
            "signed after months of talks between the two ministries and the manufacturer, and "
            "that the first engines would be shipped within a year of signature.</p>"
            "</article></body></html>")
    from armsledger.ingest.html import page_document

    doc = page_document(page, doc_id="x", source_path="x",
                        url="https://example.org/2018/07/09/engines")
    assert doc.published == date(2018, 7, 9)
    assert doc.outlet == "example.org"
