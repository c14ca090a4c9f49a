"""Deals, contradictions, independent sources and grades over the hand-made corpus."""

from __future__ import annotations

from datetime import date

import pytest
from ledger_fakes import (
    CANCEL,
    DENY,
    EYE,
    HELI_DEAL,
    HELI_DONE,
    RULES,
    SUPPLY,
    FakeExtractor,
    corpus,
    doc,
)

from armsledger.errors import NotFound
from armsledger.ledger import DealFilter, Ledger, ingest_documents
from armsledger.types import Category, Status


@pytest.fixture
def built(ledger: Ledger) -> Ledger:
    ingest_documents(ledger, corpus(), FakeExtractor())
    return ledger


def test_deals_are_keyed_by_pair_and_family(built: Ledger) -> None:
    rows = [(d.id, d.status, d.sources, d.claims, d.documents, d.contradictions)
            for d in built.deals()]
    assert rows == [
        ("CHN-PAK-JF-17", "delivery", 1, 1, 1, 0),
        ("RUS-IND-S-400", "agreement", 1, 1, 1, 0),
        ("RUS-PAK-*armoured_vehicle", "denial", 1, 1, 1, 3),
        ("RUS-PAK-Mi-35", "delivery", 1, 2, 1, 0),
        ("RUS-PAK-T-90", "agreement", 3, 5, 4, 4),
    ]


def test_deal_detail_has_timeline_quantities_and_evidence(built: Ledger) -> None:
    t90 = built.deal("RUS-PAK-T-90")
    assert [(t.status, t.sources, len(t.claims), t.first_reported) for t in t90.timeline] == [
        ("interest", 1, 1, date(2019, 5, 3)),
        ("agreement", 2, 3, date(2019, 3, 1)),
        ("denial", 1, 1, date(2019, 4, 2)),
    ]
    assert t90.deal.quantities == (60, 100)
    assert [c.via for c in t90.claims] == ["direct", "direct", "category", "direct", "direct"]
    mi35 = built.deal("RUS-PAK-Mi-35")
    assert [(t.status, t.years) for t in mi35.timeline] == [("agreement", (2015,)),
                                                           ("delivery", ())]
    assert (mi35.deal.systems, mi35.deal.years, mi35.deal.quantities) == (("Mi-35M",), (2015,), (4,))
    with pytest.raises(NotFound):
        built.deal("RUS-PAK-nothing")


def test_denial_of_a_category_contradicts_supply_of_a_covered_system(built: Ledger) -> None:
    found = built.contradictions("RUS-PAK-T-90")
    assert [(x.kind, x.a.status, x.b.status, x.b.doc) for x in found] == [
        ("denial", "denial", "agreement", "a_supply"),
        ("denial", "denial", "agreement", "a_supply"),
        ("denial", "denial", "agreement", "e_other"),
        ("quantity", "agreement", "agreement", "e_other"),
    ]
    first = found[0]
    assert first.a.evidence.startswith("A Russian diplomat told the Daily Ledger")
    assert first.b.evidence == SUPPLY
    assert (first.a.source, first.b.source) == ("outlet:daily ledger", "doc:a_supply")
    assert found[3].detail == "agreement: 100 against 60"


def test_echo_of_an_outlet_counts_as_that_outlet(built: Ledger) -> None:
    sources = {s.key: s for s in built.sources()}
    assert sorted(sources) == ["doc:a_supply", "doc:d_india", "doc:e_other",
                               "outlet:daily ledger"]
    # the Daily Ledger's own article and another article quoting it are one source
    assert sources["outlet:daily ledger"].documents == ("b_denial", "c_eye")
    assert sources["outlet:daily ledger"].claims == 4


def test_credibility_grades_follow_the_documented_rules(built: Ledger) -> None:
    grades = {(c.doc, c.status, c.evidence[:12]): c.credibility for c in built.claims()}
    assert grades == {
        ("a_supply", "agreement", "Moscow will "): 3,  # 2 sources for, 1 against
        ("a_supply", "agreement", "The contract"): 4,  # 2 for; 2 against (denial, other quantity)
        ("b_denial", "denial", "A Russian di"): 5,  # 1 for, 2 against
        ("b_denial", "agreement", "Russia and P"): 3,  # single source
        ("b_denial", "delivery", "The four Mi-"): 3,
        ("c_eye", "interest", "Pakistan is "): 2,  # consistent with other sources on the deal
        ("d_india", "agreement", "India signed"): 3,
        ("d_india", "delivery", "China delive"): 3,
        ("e_other", "agreement", "Pakistan is "): 4,
    }


def test_corroboration_by_two_independent_sources_is_grade_1(ledger: Ledger) -> None:
    ingest_documents(ledger, [doc("x", HELI_DEAL, published=date(2020, 1, 1)),
                              doc("y", "Officials confirmed the order.", HELI_DEAL, filler=0,
                                  published=date(2020, 2, 1), outlet="Reuters")],
                     FakeExtractor())
    d = ledger.deal("RUS-PAK-Mi-35")
    assert [(c.source, c.reliability, c.credibility) for c in d.claims] == [
        ("doc:x", "F", 1), ("outlet:reuters", "B", 1)]
    assert (d.deal.sources, d.deal.reliability, d.deal.credibility) == (2, "B", 1)


def test_generic_claims_attach_but_only_their_denials_join_the_timeline(ledger: Ledger) -> None:
    arms = "Russia agreed an arms package for Pakistan, officials said."
    rules = {**RULES, arms: [{"supplier": "RUS", "recipient": "PAK", "system": None,
                              "category": Category.ARMS, "status": Status.AGREEMENT}]}
    ingest_documents(ledger, [doc("p", EYE, published=date(2019, 5, 3)),
                              doc("q", arms, published=date(2018, 1, 2), filler=1),
                              doc("r", DENY, published=date(2020, 2, 1), filler=0)],
                     FakeExtractor(rules))
    t90 = ledger.deal("RUS-PAK-T-90")
    # the arms package is listed with the deal but is no evidence that the T-90 was agreed
    assert [(c.doc, c.status, c.via) for c in t90.claims] == [
        ("p", "interest", "direct"), ("q", "agreement", "category"),
        ("r", "denial", "category")]
    assert [(t.status, t.first_reported) for t in t90.timeline] == [
        ("interest", date(2019, 5, 3)), ("denial", date(2020, 2, 1))]
    assert (t90.deal.first_reported, t90.deal.last_reported) == (date(2019, 5, 3),
                                                                 date(2020, 2, 1))


def test_cancellation_against_later_delivery(ledger: Ledger) -> None:
    ingest_documents(ledger, [doc("c1", CANCEL, published=date(2020, 1, 1)),
                              doc("c2", HELI_DONE, published=date(2021, 1, 1), filler=1)],
                     FakeExtractor())
    found = ledger.contradictions()
    assert [(x.kind, x.detail) for x in found] == [
        ("cancellation", "delivery reported 2021-01-01 after cancellation reported 2020-01-01")]
    assert ledger.deal("RUS-PAK-Mi-35").deal.status == "delivery"


def test_filters(built: Ledger) -> None:
    def ids(**kw: object) -> list[str]:
        return [d.id for d in built.deals(DealFilter(**kw))]  # type: ignore[arg-type]

    assert ids(supplier="rus", recipient="PAK", system="t90") == ["RUS-PAK-T-90"]
    assert ids(system="Mi-35M") == ["RUS-PAK-Mi-35"]
    assert ids(status="delivery") == ["CHN-PAK-JF-17", "RUS-PAK-Mi-35"]
    assert ids(since=2020) == ["CHN-PAK-JF-17", "RUS-IND-S-400"]
    assert ids(category="air_defence") == ["RUS-IND-S-400"]
    assert [d.id for d in built.state("IND").receiving] == ["RUS-IND-S-400"]
    pair = built.pair("RUS", "PAK")
    assert [d.id for d in pair.deals] == ["RUS-PAK-Mi-35", "RUS-PAK-T-90"]
    assert [c.status for c in pair.generic] == ["denial"]
    assert [(f.supplier, f.recipient, f.deals) for f in built.flows()] == [
        ("CHN", "PAK", 1), ("RUS", "IND", 1), ("RUS", "PAK", 3)]
    assert built.stats().to_json() == {"documents": 5, "versions": 0, "claims": 9, "deals": 5,
                                       "contradictions": 4, "sources": 4, "copies": 0}


def test_denial_does_not_contradict_its_own_article_or_an_earlier_years_deal(
        ledger: Ledger) -> None:
    arms_denial = "Moscow said it will not sell any weapons to Pakistan."
    rules = {**FakeExtractor().rules, arms_denial: [{
        "supplier": "RUS", "recipient": "PAK", "system": None, "category": Category.ARMS,
        "status": Status.DENIAL}]}
    fake = FakeExtractor(rules=rules)
    ingest_documents(ledger, [
        doc("same", arms_denial, HELI_DONE, published=date(2019, 6, 1)),
        doc("older", HELI_DEAL, published=date(2016, 1, 1), filler=1),  # a 2015 agreement
        doc("fresh", SUPPLY, published=date(2019, 7, 1), filler=0)], fake)
    found = ledger.contradictions()
    assert [(x.deal, x.a.doc, x.b.doc) for x in found] == [("RUS-PAK-T-90", "same", "fresh")]
    assert ledger.deal("RUS-PAK-Mi-35").deal.contested is False
