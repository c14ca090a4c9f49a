"""Validate the air part of the weapon-system catalog (data/weapons/air.tsv).

The checks read the shipped files through importlib.resources, exactly as the
catalog loader does, and look across every ``*.tsv`` in the folder where the
rule spans the whole catalog (unique designations, names vs. designations).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import pytest

from armsledger.types import Category

HEADER = ("designation", "family", "category", "origin", "maker", "names")
CATEGORIES = frozenset(c.value for c in Category) - {"arms"}  # a system is never unspecified
ORIGIN = re.compile(r"[A-Z]{3}(\|[A-Z]{3})*")
MIN_ROWS = 330
MIN_PER_CATEGORY = {"aircraft": 150, "helicopter": 80, "uav": 45, "engine": 25, "sensor": 30}
OUR_FILE = "air.tsv"
_FOLD = str.maketrans("üÜöÖşŞçÇğĞıİéÉèóół", "uUoOsScCgGiIeEeool")


@dataclass(frozen=True)
class Row:
    file: str
    lineno: int
    designation: str
    family: str
    category: str
    origin: str
    maker: str
    names: tuple[str, ...]


def _folder() -> Traversable:
    return files("armsledger").joinpath("data/weapons")


def _lines(name: str) -> list[tuple[int, str]]:
    text = _folder().joinpath(name).read_text(encoding="utf-8")
    return [
        (i, ln)
        for i, ln in enumerate(text.splitlines(), 1)
        if ln.strip() and not ln.startswith("#")
    ]


@cache
def _rows(name: str) -> tuple[Row, ...]:
    out = []
    for lineno, line in _lines(name)[1:]:
        cells = line.split("\t")
        if len(cells) != 6:
            continue  # reported by test_every_line_has_six_columns (for our file)
        d, fam, cat, origin, maker, names = cells
        out.append(
            Row(name, lineno, d, fam, cat, origin, maker, tuple(n for n in names.split("|") if n))
        )
    return tuple(out)


def _catalog_files() -> list[str]:
    return sorted(p.name for p in _folder().iterdir() if p.name.endswith(".tsv"))


def _key(s: str) -> str:
    """Compare spellings as the catalog loader does: letters and digits only, case-insensitive.

    This is stricter than "ignoring '-' and spaces" (it also ignores '/', '(' and the like),
    so anything that passes here passes the looser rule too.
    """
    return re.sub(r"[^0-9A-Za-z]", "", s.lstrip("~")).upper()


def test_header_is_first_non_comment_line() -> None:
    first = _lines(OUR_FILE)[0][1]
    assert tuple(first.split("\t")) == HEADER


def test_every_line_has_six_columns() -> None:
    bad = [(n, ln) for n, ln in _lines(OUR_FILE) if len(ln.split("\t")) != 6]
    assert bad == []


def test_no_stray_whitespace_or_empty_names() -> None:
    bad = []
    for n, ln in _lines(OUR_FILE)[1:]:
        cells = ln.split("\t")
        if any(c != c.strip() for c in cells):
            bad.append((n, "whitespace"))
        names = cells[5].split("|") if cells[5] else []
        if any(not x or x != x.strip() or x == "~" or "~" in x[1:] for x in names):
            bad.append((n, "name"))
    assert bad == []


def test_categories_origins_makers() -> None:
    rows = _rows(OUR_FILE)
    assert [r.designation for r in rows if r.category not in CATEGORIES] == []
    assert [r.designation for r in rows if not ORIGIN.fullmatch(r.origin)] == []
    assert [r.designation for r in rows if not r.maker.strip()] == []
    assert [r.designation for r in rows if not r.family.strip() or not r.designation.strip()] == []


def test_no_duplicate_rows() -> None:
    lines = [ln for _, ln in _lines(OUR_FILE)[1:]]
    assert [ln for ln, c in Counter(lines).items() if c > 1] == []


def test_designations_unique_across_catalog() -> None:
    seen: dict[str, list[str]] = {}
    for f in _catalog_files():
        for r in _rows(f):
            seen.setdefault(_key(r.designation), []).append(f"{f}:{r.lineno}:{r.designation}")
    ours = {_key(r.designation) for r in _rows(OUR_FILE)}
    dupes = {k: v for k, v in seen.items() if len(v) > 1 and k in ours}
    assert dupes == {}


def test_family_base_rows_and_own_names() -> None:
    rows = _rows(OUR_FILE)
    # a name never just repeats its own designation
    assert [
        r.designation for r in rows if any(_key(n) == _key(r.designation) for n in r.names)
    ] == []
    # a row's names carry no duplicates
    assert [r.designation for r in rows if len({_key(n) for n in r.names}) != len(r.names)] == []


def test_no_name_equals_designation_of_another_family() -> None:
    family_of: dict[str, str] = {}
    for f in _catalog_files():
        for r in _rows(f):
            family_of.setdefault(_key(r.designation), r.family)
    clashes = [
        (r.designation, n, family_of[_key(n)])
        for r in _rows(OUR_FILE)
        for n in r.names
        if _key(n) in family_of and family_of[_key(n)] != r.family
    ]
    assert clashes == []


def test_size_and_category_minimums() -> None:
    rows = _rows(OUR_FILE)
    assert len(rows) >= MIN_ROWS
    counts = Counter(r.category for r in rows)
    short = {c: counts[c] for c, low in MIN_PER_CATEGORY.items() if counts[c] < low}
    assert short == {}
    # this file holds only air systems; the rest belongs to surface.tsv
    assert set(counts) <= set(MIN_PER_CATEGORY)


@pytest.mark.parametrize(
    ("designation", "family", "category", "origin"),
    [
        ("Su-30MKI", "Su-30", "aircraft", "RUS"),
        ("Mi-35M", "Mi-24", "helicopter", "RUS"),
        ("F-16V", "F-16", "aircraft", "USA"),
        ("Eurofighter Typhoon", "Eurofighter Typhoon", "aircraft", "DEU|GBR|ITA|ESP"),
        ("Bayraktar TB2", "Bayraktar TB2", "uav", "TUR"),
        ("Shahed-136", "Shahed-136", "uav", "IRN"),
        ("RD-93", "RD-33", "engine", "RUS"),
        ("AN/TPQ-37", "AN/TPQ-37", "sensor", "USA"),
    ],
)
def test_known_rows(designation: str, family: str, category: str, origin: str) -> None:
    by_designation = {r.designation: r for r in _rows(OUR_FILE)}
    row = by_designation[designation]
    assert (row.family, row.category, row.origin) == (family, category, origin)


def test_ambiguous_everyday_names_are_marked() -> None:
    names = {n for r in _rows(OUR_FILE) for n in r.names}
    for word in ("Apache", "Typhoon", "Hawk", "Viper", "Hind", "Tiger", "Predator", "Hercules"):
        assert f"~{word}" in names
        assert word not in names


def test_ascii_spelling_listed_for_non_ascii_names() -> None:
    """The loader's key drops non-ASCII letters, so `Hürjet` alone would key as `HRJET`."""
    rows = _rows(OUR_FILE)
    forms = {_key(x) for r in rows for x in (r.designation, *r.names) if x.isascii()}
    missing = [
        x
        for r in rows
        for x in (r.designation, *r.names)
        if not x.isascii() and _key(x.translate(_FOLD)) not in forms
    ]
    assert missing == []


def test_catalog_loader_reads_our_rows() -> None:
    from armsledger.nlp.catalog import catalog, key

    cat = catalog()
    ours = _rows(OUR_FILE)
    assert [r.designation for r in ours if r.designation not in cat.by_designation] == []
    # every designation of ours names exactly one catalog entry
    assert [r.designation for r in ours if len(cat.lookup(key(r.designation))) != 1] == []
    assert cat.family_of("Mi 35M") == "Mi-24"
    assert cat.category_of("Su30MKI") == "aircraft"
    weak = [e for e in cat.lookup(key("Apache")) if e.weapon.designation == "AH-64"]
    assert len(weak) == 1 and weak[0].weak
