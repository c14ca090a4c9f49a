"""Near-duplicate grouping and source independence: pure functions, then through the store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from ledger_fakes import DENY, HELI_DEAL, RULES, SUPPLY, FakeExtractor, doc

from armsledger.errors import DataError
from armsledger.ledger import Ledger, ingest_documents
from armsledger.ledger.dedup import group, shingles
from armsledger.ledger.facts import StoredDoc
from armsledger.ledger.outlets import load_outlets, parse
from armsledger.ledger.sources import is_generic, source_of
from armsledger.types import Status

WIRE = ("The defence ministry in Islamabad said on Tuesday that the first batch of attack "
        "helicopters ordered from Moscow had arrived at an army aviation base near the capital, "
        "and that crews trained in Russia over the winter would fly them in the coming weeks. "
        "The ministry gave no figure for the cost of the order.")


def _d(i: int, text: str, published: date | None = None) -> StoredDoc:
    return StoredDoc(id=i, key=f"d{i}", outlet=None, url=None, published=published, text=text)


def test_shingles() -> None:
    assert shingles("One two three four five") == {"one two three four", "two three four five"}
    assert shingles("Too short") == {"too short"}


def test_wire_copies_group_and_the_earliest_is_origin() -> None:
    edited = WIRE.replace("on Tuesday", "on Tuesday, officials said,") + " Reporting by staff."
    other = "A completely different story about a shipyard strike in the south of the country."
    groups = group([_d(1, edited, date(2020, 5, 2)), _d(2, WIRE, date(2020, 5, 1)),
                    _d(3, other, date(2020, 4, 1))])
    assert [(g.document_id, g.origin_id) for g in groups] == [(1, 2), (2, 2), (3, 3)]
    assert 0.5 <= groups[0].similarity < 1.0
    assert groups[1].similarity == 1.0


def test_undated_documents_fall_back_to_the_lowest_id() -> None:
    groups = group([_d(5, WIRE), _d(4, WIRE + " Updated.")])
    assert {g.origin_id for g in groups} == {4}


def test_generic_speakers() -> None:
    assert is_generic("a high-ranking source in the defence ministry")
    assert is_generic("Russian sources")
    assert is_generic("intelligence reports")
    assert not is_generic("Prime Minister Imran Khan")
    assert is_generic("officials familiar with the army's plans")
    assert not is_generic("the Russian ambassador")


def test_source_keys() -> None:
    outlets = load_outlets()
    d = _d(1, "x")
    assert source_of("Prime Minister Imran Khan told Sputnik News", d, d, outlets).key == \
        "outlet:sputnik"
    assert source_of("according to ThePrint", d, d, outlets).key == "outlet:theprint"
    assert source_of("a source told the Daily Bugle", d, d, outlets).key == "outlet:daily bugle"
    assert source_of("Defence Minister Khawaja Asif", d, d, outlets).key == \
        "speaker:defence minister khawaja asif"
    assert source_of("officials", d, d, outlets).key == "doc:d1"
    echo = source_of("one outlet", d, d, outlets)
    assert (echo.key, echo.kind) == ("echo:d1", "echo")
    assert source_of("Reports over the past year", d, d, outlets).key == "echo:d1"
    wire = StoredDoc(id=2, key="d2", outlet=None, url="https://www.reuters.com/x", published=None,
                     text="x")
    assert source_of(None, d, wire, outlets).key == "outlet:reuters"  # a copy counts as its origin


def test_outlets_file_parsing_and_grades(tmp_path: Path) -> None:
    o = parse("outlet\tgrade\taliases\nDaily Bugle\tb\tbugle.example|The Bugle\n", "t.tsv")
    assert o.grade(o.canonical("the bugle")) == "B"
    assert o.of_url("https://news.bugle.example/a") == "Daily Bugle"
    assert o.grade(None) == "F"
    path = tmp_path / "outlets.tsv"
    path.write_text("Daily Bugle\tZ\n")
    with pytest.raises(DataError, match=r"outlets\.tsv:1"):
        load_outlets(path)


def test_renamed_or_reposted_copy_is_one_source(ledger: Ledger) -> None:
    original = doc("seed", HELI_DEAL, published=date(2019, 1, 1), filler=3)
    renamed = replace(original, id="seed_renamed")
    repost = doc("repost", HELI_DEAL, published=date(2019, 1, 5), filler=3)  # new footer line
    fake = FakeExtractor()
    report = ingest_documents(ledger, [original, renamed, repost], fake)
    assert (report.stored, report.unchanged) == (2, 1)
    d = ledger.deal("RUS-PAK-Mi-35")
    assert d.deal.sources == 1
    assert [(c.doc, c.copy_of, c.source) for c in d.claims] == [
        ("seed", None, "doc:seed"), ("repost", "seed", "doc:seed")]
    assert [c.credibility for c in d.claims] == [3, 3]  # a copy is no corroboration
    assert [(s.key, s.documents, s.copies) for s in ledger.sources()] == [
        ("doc:seed", ("seed",), ("repost",))]
    assert ledger.document("repost").copy_of == "seed"


def test_a_copy_does_not_contradict_its_origin(ledger: Ledger) -> None:
    original = doc("orig", DENY, SUPPLY, published=date(2019, 1, 1), filler=3)
    repost = doc("repost", DENY, SUPPLY, published=date(2019, 1, 2), filler=3)
    ingest_documents(ledger, [original, repost], FakeExtractor())
    assert ledger.document("repost").copy_of == "orig"
    assert ledger.contradictions() == []


def test_an_unnamed_report_echoed_elsewhere_does_not_corroborate(ledger: Ledger) -> None:
    echo = "One outlet said that Moscow would supply T-90 tanks to Islamabad."
    rules = {SUPPLY: RULES[SUPPLY],
             echo: [{**RULES[SUPPLY][0], "attributed_to": "One outlet"}]}
    ingest_documents(ledger, [doc("first", SUPPLY, published=date(2019, 3, 1)),
                              doc("later", echo, published=date(2019, 9, 1), filler=1)],
                     FakeExtractor(rules))
    t90 = ledger.deal("RUS-PAK-T-90")
    # the later article may be repeating the first: one independent source, "possibly true"
    assert [(c.doc, c.source, c.credibility) for c in t90.claims] == [
        ("first", "doc:first", 3), ("later", "echo:later", 3)]
    assert (t90.deal.sources, [t.sources for t in t90.timeline]) == (1, [1])
    denied = "Moscow denied that it would supply T-90 tanks; one outlet said it had agreed to."
    rules[denied] = [{**RULES[SUPPLY][0], "status": Status.DENIAL},
                     {**RULES[SUPPLY][0], "attributed_to": "one outlet"}]
    ingest_documents(ledger, [doc("denied", denied, published=date(2020, 1, 1), filler=3)],
                     FakeExtractor(rules))
    t90 = ledger.deal("RUS-PAK-T-90")
    # the echo in the denying article is not contradicted by it (same article), but the deal is
    # graded by the claim that has a source of its own: one for, one against
    assert [(c.doc, c.status, c.credibility) for c in t90.claims] == [
        ("first", "agreement", 4), ("later", "agreement", 4), ("denied", "denial", 4),
        ("denied", "agreement", 2)]
    assert (t90.deal.status, t90.deal.credibility) == ("agreement", 4)
