from datetime import date
from pathlib import Path

from armsledger.ingest import read
from armsledger.types import DateSource, Document, Problem


def only(path: Path) -> Document | Problem:
    items = list(read([str(path)]))
    assert len(items) == 1
    return items[0]


def test_text_is_kept_exactly_with_id_title_and_dateline(write):
    body = "Navy buys boats\n\n  LISBON, 3 May 2021 - The navy bought two boats.  \n\n\nMore text.\n"
    doc = only(write("boats-2021.txt", body))
    assert isinstance(doc, Document)
    assert doc.id == "boats-2021"
    assert doc.text == body
    assert doc.title == "Navy buys boats"
    assert doc.published == date(2021, 5, 3)
    assert doc.date_source is DateSource.TEXT
    assert doc.source_path.endswith("boats-2021.txt")
    assert doc.words == 15


def test_markdown_counts_as_text_and_a_sentence_is_no_title(write):
    doc = only(write("note.md", "One sentence only.\nAnother line."))
    assert isinstance(doc, Document)
    assert doc.id == "note"
    assert doc.title is None
    assert doc.published is None and doc.date_source is None


def test_utf8_bom_is_decoded_away(write):
    doc = only(write("bom.txt", b"\xef\xbb\xbfCaf\xc3\xa9 talks"))
    assert isinstance(doc, Document)
    assert doc.text == "Café talks"


def test_latin1_without_declaration_is_guessed(write):
    text = "Le ministère a commandé des hélicoptères à la société française."
    doc = only(write("fr.txt", text.encode("latin-1")))
    assert isinstance(doc, Document)
    assert doc.text == text


def test_empty_and_blank_files_are_problems(write):
    empty = only(write("empty.txt", b""))
    blank = only(write("blank.txt", "  \n\t\n"))
    assert isinstance(empty, Problem) and empty.reason == "empty file" and empty.code == "E103"
    assert isinstance(blank, Problem) and blank.reason == "no text (only whitespace)"


def test_binary_file_is_a_problem(write):
    item = only(write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))))
    assert isinstance(item, Problem)
    assert item.reason == "binary file"
    assert item.code == "E102"
