"""The states and organisations gazetteer: who a name in the news stands for.

Two packaged data files, loaded once per process:

- ``data/states.tsv``: every sovereign state with its name, official name, aliases,
  demonyms and capitals (the capitals stand for the state as metonyms: "Moscow said").
- ``data/organisations.tsv``: armed services, arms makers, agencies and seats of
  government, each standing for one state or, ambiguously, several.

`surface_forms()` joins both into one table from a string as written in text to what
it refers to. Keys keep their case: match short abbreviations (`is_abbreviation`)
case-sensitively and everything else case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from armsledger.errors import DataError

STATES_FILE = "states.tsv"
ORGANISATIONS_FILE = "organisations.tsv"
STATE_COLUMNS = ("iso3", "name", "official", "aliases", "demonyms", "capitals")
ORGANISATION_COLUMNS = ("name", "states", "kind", "aliases")
STATE_KINDS = ("name", "alias", "demonym", "capital")
ORGANISATION_KINDS = ("service", "maker", "agency", "government")
KINDS = STATE_KINDS + ORGANISATION_KINDS

_ISO3 = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class State:
    iso3: str
    name: str  # the short English name used for display: "Russia"
    official: str  # "Russian Federation"
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]  # capitals and seats of government used as metonyms


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    states: tuple[str, ...]  # ISO alpha-3; more than one: ambiguous, or multinational (lead first)
    kind: str  # service | maker | agency | government
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reference:
    """What one surface form refers to."""

    iso3s: tuple[str, ...]  # more than one: resolve from context
    kind: str  # one of KINDS
    canonical: str  # the state's display name or the organisation's name


def _lines(text: str, source: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Data lines of a TSV text as (line number, fields), after checking the header."""
    header_seen = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(fields) != columns:
                raise DataError(
                    f"{source} line {lineno}: expected the header {'<TAB>'.join(columns)}",
                    hint="the first line that is not a # comment must name the columns",
                )
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise DataError(
                f"{source} line {lineno}: {len(fields)} tab-separated fields, expected {len(columns)}"
            )
        yield lineno, fields
    if not header_seen:
        raise DataError(f"{source}: no header line", hint=f"start with {'<TAB>'.join(columns)}")


def _items(value: str, source: str, lineno: int, column: str) -> tuple[str, ...]:
    if not value:
        return ()
    items = tuple(value.split("|"))
    for item in items:
        if not item or item != item.strip():
            raise DataError(f"{source} line {lineno}: empty or padded item in {column} {value!r}")
    return items


def _text(value: str, source: str, lineno: int, column: str) -> str:
    if not value or value != value.strip() or "|" in value:
        raise DataError(f"{source} line {lineno}: {column} must be one non-empty value, got {value!r}")
    return value


def parse_states(text: str, source: str = STATES_FILE) -> dict[str, State]:
    """States keyed by ISO alpha-3 code, in file order."""
    out: dict[str, State] = {}
    for lineno, (iso3, name, official, aliases, demonyms, capitals) in _lines(text, source, STATE_COLUMNS):
        if not _ISO3.fullmatch(iso3):
            raise DataError(f"{source} line {lineno}: iso3 {iso3!r} is not three capital letters")
        if iso3 in out:
            raise DataError(f"{source} line {lineno}: iso3 {iso3} is listed twice")
        out[iso3] = State(
            iso3=iso3,
            name=_text(name, source, lineno, "name"),
            official=_text(official, source, lineno, "official"),
            aliases=_items(aliases, source, lineno, "aliases"),
            demonyms=_items(demonyms, source, lineno, "demonyms"),
            capitals=_items(capitals, source, lineno, "capitals"),
        )
    return out


def parse_organisations(
    text: str, known_states: Collection[str], source: str = ORGANISATIONS_FILE
) -> tuple[Organisation, ...]:
    """Organisations in file order; every state code must be in `known_states`."""
    out: list[Organisation] = []
    for lineno, (name, codes, kind, aliases) in _lines(text, source, ORGANISATION_COLUMNS):
        iso3s = _items(codes, source, lineno, "states")
        if not iso3s:
            raise DataError(f"{source} line {lineno}: {name!r} names no state")
        unknown = [code for code in iso3s if code not in known_states]
        if unknown:
            raise DataError(
                f"{source} line {lineno}: unknown state code(s) {', '.join(unknown)}",
                hint=f"use ISO alpha-3 codes listed in {STATES_FILE}",
            )
        if kind not in ORGANISATION_KINDS:
            raise DataError(
                f"{source} line {lineno}: kind {kind!r} is not one of {', '.join(ORGANISATION_KINDS)}"
            )
        out.append(
            Organisation(
                name=_text(name, source, lineno, "name"),
                states=iso3s,
                kind=kind,
                aliases=_items(aliases, source, lineno, "aliases"),
            )
        )
    return tuple(out)


def _read(filename: str) -> str:
    return resources.files("armsledger.data").joinpath(filename).read_text(encoding="utf-8")


@cache
def states() -> dict[str, State]:
    """Every state in the gazetteer, keyed by ISO alpha-3 code. Do not mutate."""
    return parse_states(_read(STATES_FILE))


@cache
def organisations() -> tuple[Organisation, ...]:
    return parse_organisations(_read(ORGANISATIONS_FILE), states().keys())


def build_surface_forms(
    state_table: dict[str, State], orgs: tuple[Organisation, ...]
) -> dict[str, tuple[Reference, ...]]:
    """Surface string -> what it refers to. States come before organisations in each entry;
    a string listed twice for the same state(s) keeps only its first reference."""
    table: dict[str, list[Reference]] = {}

    def add(surface: str, ref: Reference) -> None:
        refs = table.setdefault(surface, [])
        if all(r.iso3s != ref.iso3s for r in refs):
            refs.append(ref)

    for state in state_table.values():
        one = (state.iso3,)
        for surface in (state.name, state.official):
            add(surface, Reference(one, "name", state.name))
        for kind, surfaces in (("alias", state.aliases), ("demonym", state.demonyms),
                               ("capital", state.capitals)):
            for surface in surfaces:
                add(surface, Reference(one, kind, state.name))
    for org in orgs:
        for surface in (org.name, *org.aliases):
            add(surface, Reference(org.states, org.kind, org.name))
            if " & " in surface:  # "Larsen & Toubro" is also written "Larsen and Toubro"
                add(surface.replace(" & ", " and "), Reference(org.states, org.kind, org.name))
    return {surface: tuple(refs) for surface, refs in table.items()}


@cache
def surface_forms() -> dict[str, tuple[Reference, ...]]:
    """Every name, alias, demonym, capital and organisation name, as written in text. Do not mutate."""
    return build_surface_forms(states(), organisations())


def is_abbreviation(surface: str) -> bool:
    """True for forms to match case-sensitively: one word whose letters are mostly capitals.

    `US`, `U.S.`, `IAF`, `DRC`, `BiH`, `MiG`, `DoD`, `R&AW` are; `Russia`, `Lao`, `PLA Navy`,
    `QinetiQ` are not (they are matched case-insensitively).
    """
    if any(c.isspace() for c in surface):
        return False
    upper = sum(c.isupper() for c in surface)
    lower = sum(c.islower() for c in surface)
    return upper >= 2 and upper >= lower


def state_name(iso3: str) -> str:
    """The display name of a state (`RUS` -> `Russia`); an unknown code is returned unchanged."""
    state = states().get(iso3)
    return state.name if state else iso3
