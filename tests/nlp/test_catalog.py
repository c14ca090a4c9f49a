"""The weapon catalog's keys and the weapon matcher (`find_weapons`) on sentences written for these tests.

Only spaCy's blank English tokenizer is used: matching weapons needs no trained pipeline.
"""

from __future__ import annotations

from functools import cache

import pytest
import spacy
from spacy.language import Language

from armsledger.nlp.catalog import catalog, class_base, context_words, fold, key
from armsledger.nlp.mentions import find_weapons


@cache
def _nlp() -> Language:
    return spacy.blank("en")


def found(text: str) -> list[tuple[str, str]]:
    """(text as written, catalog designation) for each weapon mention."""
    doc = _nlp().make_doc(text)
    return [(m.text, m.weapon.designation) for m in find_weapons(doc)]


def test_key_folds_accents_and_separators() -> None:
    assert key("Hürjet") == key("Hurjet") == "HURJET"
    assert key("Álvaro de Bazán-class") == "ALVARODEBAZANCLASS"
    assert key("Mi-35 M") == key("MI35M") == "MI35M"
    assert fold("Łódź") == "Lodz"
    assert fold("Ejder Yalçın") == "Ejder Yalcin"


def test_class_base() -> None:
    assert class_base("Talwar-class") == "Talwar"
    assert class_base("Kilo class") == "Kilo"
    assert class_base("Type 054A") is None


def test_catalog_variant_lookup() -> None:
    cat = catalog()
    su30 = cat.lookup_variant(key("Su-30MK3"))
    t90 = cat.lookup_variant(key("T-90SM"))
    assert su30 is not None and su30.designation == "Su-30"
    assert t90 is not None and t90.designation == "T-90"
    assert cat.lookup_variant(key("Mistral")) is None


def test_context_words_load() -> None:
    words = context_words()
    assert "stealth" in words.modifiers
    assert words.generic == {"weapon", "system"}
    assert {"a", "at", "as"} <= words.prose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accent folding: a name written with or without its accents
        ("Ankara showed the Hurjet trainer at the fair.", [("Hurjet", "Hürjet")]),
        ("Ankara showed the Hürjet trainer at the fair.", [("Hürjet", "Hürjet")]),
        # plurals of designations and of names
        ("The air force flies F-16s and Su-30MKIs.", [("F-16s", "F-16"), ("Su-30MKIs", "Su-30MKI")]),
        ("Its Leopard 2A4s are to be upgraded.", [("Leopard 2A4s", "Leopard 2A4")]),
        ("Cairo took the last Rafales in June.", [("Rafales", "Rafale")]),
        # a bare class name needs an equipment noun next to it
        ("Yantar is building two more Talwar frigates.", [("Talwar", "Talwar-class")]),
        ("Two Talwar stealth frigates were handed over.", [("Talwar", "Talwar-class")]),
        ("Mr Talwar said the talks went well.", []),
        # uncatalogued variants fall back to their catalogued system
        ("Hanoi ordered more Su-30MK3 fighters.", [("Su-30MK3", "Su-30")]),
        ("The BTR-80B carriers arrived by sea.", [("BTR-80B", "BTR-80")]),
    ],
)
def test_names_plurals_classes_variants(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow will supply T-90S/MS tanks.", [("T-90S", "T-90S"), ("MS", "T-90MS")]),
        ("It flies Mi-24P/Mi-35P gunships.", [("Mi-24P", "Mi-24P"), ("Mi-35P", "Mi-35P")]),
        ("The F-16C/D jets need new radars.", [("F-16C", "F-16C"), ("D", "F-16D")]),
        ("It bought Su-30MK2/MKI fighters.", [("Su-30MK2", "Su-30MK2"), ("MKI", "Su-30MKI")]),
        ("Old Su-27/30 jets were grounded.", [("Su-27/30", "Su-27")]),
    ],
)
def test_combined_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short keys need an equipment noun of a fitting kind, or the maker just before
        ("The K8 trainers were delivered.", [("K8", "K-8")]),
        ("Hongdu K8 deliveries resumed.", [("K8", "K-8")]),
        ("The K8 model sold well.", []),
        ("Its P-3 Orion fleet is ageing.", [("P-3", "P-3")]),
        # weak names: the noun must fit the system's kind, over modifiers
        ("Kyiv asked for Apache attack helicopters.", [("Apache", "AH-64")]),
        ("It fields Hawk trainer jets and Hawk missiles.", [("Hawk", "BAE Hawk"), ("Hawk", "MIM-23 Hawk")]),
        ("The team sent Javelin anti-tank weapons.", [("Javelin", "FGM-148 Javelin")]),
        ("They bought German 'Boxer' armoured fighting vehicles.", [("Boxer", "Boxer MRAV")]),
        ("Moscow offered its Tor M SAM systems.", [("Tor", "9K330 Tor")]),
        ("The Tor M 1 batteries arrived.", [("Tor M 1", "Tor-M1")]),
        ("The Tiger operating system shipped late.", []),
        ("Alfa Romeo engines will no longer be made there.", []),
        ("The Patriot Act was renewed.", []),
        # spelled without the catalog's separator, a short designation needs context
        ("I lost my P800 phone.", []),
    ],
)
def test_context_for_weak_and_short_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He faces a 10-year sentence and sales rose a 10% in May.",
        "She led at 5-2 and served at 6-5 in the second set.",
        "Sales rose as much as 15% and the film made $5.4m (£2.8m).",
        "A 50-strong team left at 14 and returned as 21-year-olds.",
        "Shares in London Clubs International fell.",
    ],
)
def test_no_designations_in_prose(text: str) -> None:
    assert found(text) == []


def test_spaced_designations_still_match() -> None:
    assert found("China received the S 400 system.") == [("S 400", "S-400")]
    assert found("The ATR 72-500 landed.") == [("ATR 72", "ATR 72")]
    assert found("Two Type 45 destroyers sailed.") == [("Type 45", "Type 45")]
