"""Validate the surface part of the weapon-system catalog (data/weapons/surface.tsv).

The file is read through importlib.resources, as the loader reads it. Rules that
span the whole catalog (unique designations, names against designations) are
checked against every ``*.tsv`` in ``data/weapons``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib.resources import files
from typing import NamedTuple

import pytest

from armsledger.types import Category

FILE = "surface.tsv"
HEADER = ["designation", "family", "category", "origin", "maker", "names"]
ALL_CATEGORIES = {c.value for c in Category}  # `arms` only for small arms, which have no category of their own
MINIMUMS = {
    "armoured_vehicle": 80,
    "artillery": 45,
    "air_defence": 45,
    "missile": 70,
    "ship": 50,
    "submarine": 25,
    "arms": 4,  # small arms and light weapons named by designation ("AK-203 rifles")
}
MIN_ROWS = 330
ORIGIN_RE = re.compile(r"^[A-Z]{3}(?:\|[A-Z]{3})*$")


class Entry(NamedTuple):
    source: str
    line: int
    designation: str
    family: str
    category: str
    origin: str
    maker: str
    names: tuple[str, ...]


def key(text: str) -> str:
    """Compare form, as strict as the loader's lookup key: letters and digits only, upper-cased.

    This ignores hyphens and spaces (and every other mark), so two spellings that the loader
    would treat as one are caught here as one.
    """
    return re.sub(r"[^0-9A-Za-z]+", "", text.removeprefix("~")).upper()


def _text(name: str) -> str:
    return files("armsledger").joinpath("data/weapons", name).read_text(encoding="utf-8")


def _data_lines(name: str) -> list[tuple[int, str]]:
    return [
        (number, line)
        for number, line in enumerate(_text(name).splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]


@cache
def _entries(name: str) -> tuple[Entry, ...]:
    entries = []
    for number, line in _data_lines(name)[1:]:
        cells = line.split("\t")
        if len(cells) == 6:
            names = tuple(n for n in cells[5].split("|") if n)
            entries.append(Entry(name, number, *cells[:5], names))
    return tuple(entries)


def _catalog() -> list[Entry]:
    folder = files("armsledger").joinpath("data/weapons")
    tsvs = sorted(p.name for p in folder.iterdir() if p.name.endswith(".tsv"))
    assert FILE in tsvs
    return [entry for tsv in tsvs for entry in _entries(tsv)]


OURS = _entries(FILE)


def test_source_comment_and_header_come_first() -> None:
    lines = _text(FILE).splitlines()
    assert lines[0].startswith("# ")
    assert any(line.startswith("# source: ") for line in lines if line.startswith("#"))
    assert _data_lines(FILE)[0][1].split("\t") == HEADER


def test_every_line_has_six_clean_cells() -> None:
    bad = []
    for number, line in _data_lines(FILE)[1:]:
        cells = line.split("\t")
        if len(cells) != 6 or any(c != c.strip() for c in cells) or not all(cells[:5]):
            bad.append(number)
    assert bad == []
    assert len(OURS) == len(_data_lines(FILE)) - 1


def test_categories_are_allowed_and_surface_only() -> None:
    assert {e.category for e in OURS} <= ALL_CATEGORIES
    assert {e.category for e in OURS} == set(MINIMUMS)


def test_origins_are_alpha3_codes_or_lists_of_them() -> None:
    bad = [(e.line, e.origin) for e in OURS if not ORIGIN_RE.match(e.origin)]
    assert bad == []
    repeated = [e.line for e in OURS if len(set(e.origin.split("|"))) != len(e.origin.split("|"))]
    assert repeated == []


def test_every_row_names_a_maker() -> None:
    assert [e.line for e in OURS if not e.maker.strip()] == []


def test_designations_unique_across_catalog() -> None:
    counts = Counter(key(e.designation) for e in _catalog())
    clashes = sorted(e.designation for e in OURS if counts[key(e.designation)] > 1)
    assert clashes == []


def test_no_name_matches_another_familys_designation() -> None:
    family_of = {key(e.designation): e.family for e in _catalog()}
    clashes = [
        (e.designation, name)
        for e in OURS
        for name in e.names
        if key(name) in family_of and family_of[key(name)] != e.family
    ]
    assert clashes == []


def test_names_are_not_routine_variants_of_own_designation() -> None:
    assert [e.designation for e in OURS if key(e.designation) in {key(n) for n in e.names}] == []


def test_names_are_well_formed_and_not_repeated_within_a_row() -> None:
    bad = []
    for e in OURS:
        keys = [key(n) for n in e.names]
        if len(keys) != len(set(keys)) or any(n != n.strip() or n in {"~"} for n in e.names):
            bad.append(e.designation)
    assert bad == []


def test_a_name_belongs_to_one_row_in_our_file() -> None:
    owners: dict[str, list[str]] = {}
    for e in OURS:
        for name in e.names:
            owners.setdefault(key(name), []).append(e.designation)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_base_rows_are_their_own_family() -> None:
    families = {e.family for e in OURS}
    assert [
        e.designation for e in OURS if e.designation in families and e.family != e.designation
    ] == []


def test_families_stay_within_one_category() -> None:
    categories: dict[str, set[str]] = {}
    for e in OURS:
        categories.setdefault(e.family, set()).add(e.category)
    assert {f: c for f, c in categories.items() if len(c) > 1} == {}


def test_no_duplicate_rows() -> None:
    counts = Counter(e[2:] for e in OURS)
    assert [row[0] for row, n in counts.items() if n > 1] == []


def test_row_count_and_category_minimums() -> None:
    assert len(OURS) >= MIN_ROWS
    per_category = Counter(e.category for e in OURS)
    short = {c: per_category[c] for c, n in MINIMUMS.items() if per_category[c] < n}
    assert short == {}


@pytest.mark.parametrize(
    ("designation", "family", "category", "origin", "maker"),
    [
        ("S-400", "S-400", "air_defence", "RUS", "Almaz-Antey"),
        ("T-90S", "T-90", "armoured_vehicle", "RUS", "Uralvagonzavod"),
        ("M142", "M142", "artillery", "USA", "Lockheed Martin"),
        ("BrahMos", "BrahMos", "missile", "IND|RUS", "BrahMos Aerospace"),
        ("Type 054A/P", "Type 054A", "ship", "CHN", "Hudong-Zhonghua Shipbuilding"),
        ("Project 636", "Kilo-class", "submarine", "RUS", "Admiralty Shipyards"),
    ],
)
def test_spot_checks(designation: str, family: str, category: str, origin: str, maker: str) -> None:
    (entry,) = [e for e in OURS if e.designation == designation]
    assert (entry.family, entry.category, entry.origin, entry.maker) == (
        family,
        category,
        origin,
        maker,
    )


def test_ambiguous_common_words_are_marked() -> None:
    names = {n.removeprefix("~"): n for e in OURS for n in e.names}
    for word in ("Patriot", "Leopard", "Harpoon", "Javelin", "Stinger", "Tomahawk", "Hellfire"):
        assert names[word] == "~" + word


def test_loader_resolves_our_rows_through_routine_spellings() -> None:
    from armsledger.nlp.catalog import catalog, family_of

    loaded = {w.designation: w for w in catalog().weapons}
    assert all(e.designation in loaded for e in OURS)
    assert family_of("Kilo class") == "Kilo-class"
    assert family_of("Varshavyanka") == "Kilo-class"
    assert family_of("S400") == "S-400"
    assert family_of("Alvaro de Bazan class") == "Álvaro de Bazán-class"
    assert loaded["MIM-104 Patriot"].weak_names == ("Patriot",)
