"""Formatting shared by the web pages and the dossiers: grades, money, dates, timeline points."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any, Protocol

from markupsafe import Markup

from armsledger.report.charts import TimelinePoint, timeline_svg
from armsledger.types import Status


class Graded(Protocol):
    reliability: str
    credibility: int


NEGATIONS = ("not", "no", "never", "nor")


def claim_cues(claim: Any) -> tuple[str, ...]:
    """The words that signal a claim's status: its own cues when the record carries them,
    else the packaged status cue lexicon's entries for its status (with negations for denials)."""
    own = tuple(getattr(claim, "cues", ()) or ())
    if own:
        return own
    return _lexicon_cues(str(claim.status))


@cache
def _lexicon_cues(status: str) -> tuple[str, ...]:
    from armsledger.nlp.lexicon import lexicon

    lex = lexicon()
    words = {c.lemma for c in (*lex.cues.values(), *lex.phrase_cues.values())
             if c.status.value == status}
    if status == Status.DENIAL.value:
        words |= set(NEGATIONS)
    return tuple(sorted(words))


# first words of generic attributions ("The source", "Officials") that read lower-case mid-line
_COMMON = frozenset({"the", "a", "an", "one", "two", "three", "some", "several", "officials",
                     "official", "sources", "source", "reports", "report", "people", "analysts",
                     "experts", "diplomats"})


def attribution(claim: Any) -> str | None:
    """Who the text says made the claim, to follow "according to": "The source" reads "the
    source"; names ("Prime Minister Imran Khan", "TASS") are kept as written."""
    who: str | None = getattr(claim, "attributed_to", None)
    if not who:
        return None
    first = who.split(maxsplit=1)[0]
    return who[0].lower() + who[1:] if first.lower() in _COMMON and first[1:].islower() else who


def state_name(iso3: str) -> str:
    """The display name of a state ("Russia") from the packaged gazetteer; the code if unknown."""
    from armsledger.nlp.gazetteer import states

    state = states().get(iso3)
    return state.name if state else iso3


def deal_label(deal_id: str) -> str:
    """A short name for a deal id: its family ("T-90"), or "unspecified arms" for "RUS-PAK-*arms"."""
    rest = deal_id[8:] if len(deal_id) > 8 and deal_id[3] == "-" and deal_id[7] == "-" else deal_id
    return f"unspecified {rest[1:]}" if rest.startswith("*") else rest


def grade(item: Graded) -> str:
    """The Admiralty grade: source reliability letter and information credibility digit (B2)."""
    return f"{item.reliability}{item.credibility}"


def money(values: Iterable[float]) -> str:
    """US dollar amounts, short: $1.2bn, $450m."""
    parts = []
    for v in values:
        if v >= 1e9:
            parts.append(f"${v / 1e9:.1f}bn")
        elif v >= 1e6:
            parts.append(f"${v / 1e6:.0f}m")
        else:
            parts.append(f"${v:,.0f}")
    return ", ".join(parts)


def joined(values: Iterable[Any], sep: str = ", ") -> str:
    return sep.join(str(v) for v in values if v not in (None, ""))


def claim_date(claim: Any) -> date | None:
    """When a claim was reported: its document's date, else mid-year of the year it states."""
    published: date | None = getattr(claim, "published", None)
    if published:
        return published
    year = getattr(claim, "year", None)
    return date(year, 7, 1) if year else None


def timeline_points(claims: Sequence[Any], href: str = "#claim-{}") -> list[TimelinePoint]:
    points = []
    for c in claims:
        when = claim_date(c)
        if when is None:
            continue
        label = " · ".join(x for x in (c.outlet or c.doc, grade(c)) if x)
        points.append(TimelinePoint(when=when, status=Status(c.status), label=label,
                                    href=href.format(c.id) if href else None))
    return points


def deal_timeline_svg(detail: Any, href: str = "#claim-{}") -> Markup:
    """A deal's status timeline from its claims (each a marker linking to its evidence)."""
    return timeline_svg(timeline_points(detail.claims, href),
                        title=f"status timeline of {detail.deal.id}")
