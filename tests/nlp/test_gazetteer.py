from __future__ import annotations

import dataclasses
import re

import pytest

from armsledger.errors import DataError
from armsledger.nlp.gazetteer import (
    KINDS,
    ORGANISATION_KINDS,
    Organisation,
    Reference,
    State,
    build_surface_forms,
    is_abbreviation,
    organisations,
    parse_organisations,
    parse_states,
    state_name,
    states,
    surface_forms,
)

# Surface forms that name two different states on purpose; the extractor resolves them from context.
DELIBERATELY_SHARED = {
    "Congolese": {"COD", "COG"},
    "Dominican": {"DMA", "DOM"},
    "Dominicans": {"DMA", "DOM"},
    "Korea": {"KOR", "PRK"},
    "Korean": {"KOR", "PRK"},
    "Koreans": {"KOR", "PRK"},
}

STATES_HEADER = "iso3\tname\tofficial\taliases\tdemonyms\tcapitals\n"
ORGS_HEADER = "name\tstates\tkind\taliases\n"


def iso3s_of(surface: str) -> set[str]:
    return {code for ref in surface_forms()[surface] for code in ref.iso3s}


# --- the packaged data ---------------------------------------------------------------------------


def test_counts() -> None:
    assert len(states()) == 197  # 193 UN members + TWN, XKX, PSE, VAT
    assert {"TWN", "XKX", "PSE", "VAT"} <= states().keys()
    assert len(organisations()) >= 150


def test_iso3_codes_are_three_capitals_and_keys_match() -> None:
    for code, state in states().items():
        assert re.fullmatch(r"[A-Z]{3}", code)
        assert state.iso3 == code


def test_every_organisation_names_known_states_and_a_valid_kind() -> None:
    known = states().keys()
    for org in organisations():
        assert org.states and set(org.states) <= known, org
        assert org.kind in ORGANISATION_KINDS, org
    assert len({org.name for org in organisations()}) == len(organisations())


def test_records_are_frozen_tuples() -> None:
    russia = states()["RUS"]
    assert isinstance(russia.aliases, tuple) and isinstance(russia.capitals, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        russia.name = "x"  # type: ignore[misc]
    assert isinstance(organisations()[0].states, tuple)


def test_state_records() -> None:
    assert states()["RUS"] == State(
        "RUS", "Russia", "Russian Federation", ("Soviet Union", "USSR", "U.S.S.R."),
        ("Russian", "Russians", "Soviet"), ("Moscow",),
    )
    usa = states()["USA"]
    assert usa.aliases == ("US", "U.S.", "USA", "U.S.A.", "America")
    assert states()["GBR"].aliases == ("UK", "U.K.", "Britain", "Great Britain")


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Moscow", Reference(("RUS",), "capital", "Russia")),
        ("Pakistani", Reference(("PAK",), "demonym", "Pakistan")),
        ("IAF", Reference(("IND", "ISR"), "service", "IAF")),
        ("Rosoboronexport", Reference(("RUS",), "maker", "Rosoboronexport")),
        ("U.S.", Reference(("USA",), "alias", "United States")),
        ("Russian Federation", Reference(("RUS",), "name", "Russia")),
        ("Burma", Reference(("MMR",), "alias", "Myanmar")),
        ("Ivory Coast", Reference(("CIV",), "alias", "Côte d'Ivoire")),
        ("Republic of China", Reference(("TWN",), "name", "Taiwan")),
        ("People's Republic of China", Reference(("CHN",), "name", "China")),
        ("DPRK", Reference(("PRK",), "alias", "North Korea")),
        ("ROK", Reference(("KOR",), "alias", "South Korea")),
        ("Türkiye", Reference(("TUR",), "alias", "Turkey")),
        ("KSA", Reference(("SAU",), "alias", "Saudi Arabia")),
        ("Soviet", Reference(("RUS",), "demonym", "Russia")),
        ("Kiev", Reference(("UKR",), "capital", "Ukraine")),
        ("Tel Aviv", Reference(("ISR",), "capital", "Israel")),
        ("DRC", Reference(("COD",), "alias", "DR Congo")),
        ("Congo-Brazzaville", Reference(("COG",), "alias", "Republic of the Congo")),
        ("MBDA", Reference(("FRA", "GBR", "ITA"), "maker", "MBDA")),
        ("BrahMos Aerospace", Reference(("IND", "RUS"), "maker", "BrahMos Aerospace")),
        ("DSCA", Reference(("USA",), "agency", "Defense Security Cooperation Agency")),
        ("Kremlin", Reference(("RUS",), "government", "Kremlin")),
        ("PLAAF", Reference(("CHN",), "service", "People's Liberation Army Air Force")),
        ("Raytheon", Reference(("USA",), "maker", "RTX")),
        ("Larsen and Toubro", Reference(("IND",), "maker", "Larsen & Toubro")),
        ("Heckler and Koch", Reference(("DEU",), "maker", "Heckler & Koch")),
    ],
)
def test_exact_lookups(surface: str, expected: Reference) -> None:
    assert surface_forms()[surface] == (expected,)


def test_ambiguous_strings_left_out() -> None:
    forms = surface_forms()
    assert "Congo" not in forms
    assert iso3s_of("Niger") == {"NER"}
    assert iso3s_of("Nigeria") == {"NGA"}
    assert iso3s_of("Guinea") == {"GIN"}
    assert iso3s_of("Georgia") == {"GEO"}


def test_no_surface_form_names_two_states_unless_deliberate() -> None:
    shared: dict[str, set[str]] = {}
    for surface, refs in surface_forms().items():
        codes = {code for ref in refs if ref.kind in ("name", "alias", "demonym", "capital")
                 for code in ref.iso3s}
        if len(codes) > 1:
            shared[surface] = codes
    assert shared == DELIBERATELY_SHARED
    # and no organisation reuses a state's form (or another organisation's) for a different state
    several = {surface for surface, refs in surface_forms().items() if len(refs) > 1}
    assert several == set(DELIBERATELY_SHARED)


def test_no_two_states_collide_when_case_is_folded() -> None:
    # the extractor matches non-abbreviations case-insensitively
    folded: dict[str, set[str]] = {}
    for surface, refs in surface_forms().items():
        if not is_abbreviation(surface):
            folded.setdefault(surface.lower(), set()).update(c for r in refs for c in r.iso3s)
    shared = {s: codes for s, codes in folded.items() if len(codes) > 1}
    expected = {s.lower(): codes for s, codes in DELIBERATELY_SHARED.items()}
    multinational = {org.name.lower() for org in organisations() if len(org.states) > 1}
    multinational |= {a.lower() for org in organisations() if len(org.states) > 1 for a in org.aliases}
    assert {s: c for s, c in shared.items() if s not in multinational} == expected


def test_every_reference_kind_is_known_and_surface_forms_are_clean() -> None:
    for surface, refs in surface_forms().items():
        assert surface == surface.strip() and surface
        for ref in refs:
            assert ref.kind in KINDS
            assert ref.iso3s


def test_state_name() -> None:
    assert state_name("RUS") == "Russia"
    assert state_name("CIV") == "Côte d'Ivoire"
    assert state_name("XYZ") == "XYZ"


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("US", True), ("U.S.", True), ("IAF", True), ("DRC", True), ("BiH", True), ("MiG", True),
        ("R&AW", True), ("Russia", False), ("Lao", False), ("PLA Navy", False), ("QinetiQ", False),
        ("Moscow", False), ("I-Kiribati", False),
    ],
)
def test_is_abbreviation(surface: str, expected: bool) -> None:
    assert is_abbreviation(surface) is expected


# --- parsing and malformed lines -----------------------------------------------------------------


def test_parse_states_lists_and_comments() -> None:
    text = "# source note\n" + STATES_HEADER + "AAA\tAland\tRepublic of Aland\t\tAlander|Alanders\tAport\n"
    assert parse_states(text, "t.tsv") == {
        "AAA": State("AAA", "Aland", "Republic of Aland", (), ("Alander", "Alanders"), ("Aport",))
    }


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("AAA\tAland\tRepublic of Aland\t\t\n", "t.tsv line 3: 5 tab-separated fields, expected 6"),
        ("aaa\tAland\tRepublic of Aland\t\t\t\n", "t.tsv line 3: iso3 'aaa' is not three capital letters"),
        ("AAA\tAland\tRepublic\t\t\t\nAAA\tAgain\tRepublic\t\t\t\n", "t.tsv line 4: iso3 AAA is listed twice"),
        ("AAA\t\tRepublic\t\t\t\n", "t.tsv line 3: name must be one non-empty value, got ''"),
        ("AAA\tAland\tRepublic\tA||B\t\t\n", "t.tsv line 3: empty or padded item in aliases 'A||B'"),
    ],
)
def test_parse_states_rejects_malformed_lines(body: str, message: str) -> None:
    with pytest.raises(DataError) as info:
        parse_states("# note\n" + STATES_HEADER + body, "t.tsv")
    assert info.value.message == message
    assert info.value.code == "E210"


def test_parse_states_rejects_a_wrong_header() -> None:
    with pytest.raises(DataError, match=r"t.tsv line 1: expected the header"):
        parse_states("iso\tname\n", "t.tsv")


def test_parse_organisations() -> None:
    text = ORGS_HEADER + "Acme Arms\tAAA|BBB\tmaker\tAcme|AA\n"
    assert parse_organisations(text, {"AAA", "BBB"}, "o.tsv") == (
        Organisation("Acme Arms", ("AAA", "BBB"), "maker", ("Acme", "AA")),
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Acme\tCCC\tmaker\t\n", "o.tsv line 2: unknown state code(s) CCC"),
        ("Acme\tAAA\tshop\t\n", "o.tsv line 2: kind 'shop' is not one of service, maker, agency, government"),
        ("Acme\t\tmaker\t\n", "o.tsv line 2: 'Acme' names no state"),
        ("Acme\tAAA\tmaker\n", "o.tsv line 2: 3 tab-separated fields, expected 4"),
    ],
)
def test_parse_organisations_rejects_malformed_lines(line: str, message: str) -> None:
    with pytest.raises(DataError) as info:
        parse_organisations(ORGS_HEADER + line, {"AAA"}, "o.tsv")
    assert info.value.message == message


def test_build_surface_forms_orders_states_first_and_drops_repeats() -> None:
    table = {"AAA": State("AAA", "Aland", "Aland", ("Aport",), (), ("Aport",))}
    orgs = (Organisation("Aport", ("AAA", "BBB"), "government", ()),
            Organisation("Aland Navy", ("AAA",), "service", ("Aland",)))
    assert build_surface_forms(table, orgs) == {
        "Aland": (Reference(("AAA",), "name", "Aland"),),
        "Aport": (Reference(("AAA",), "alias", "Aland"),
                  Reference(("AAA", "BBB"), "government", "Aport")),
        "Aland Navy": (Reference(("AAA",), "service", "Aland Navy"),),
    }
