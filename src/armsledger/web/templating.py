"""The Jinja2 environment shared by the pages: autoescaping, links, grades, evidence markup."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from armsledger import __version__
from armsledger.ledger.grouping import group_contradictions
from armsledger.report import views
from armsledger.report.charts import STATUS_COLOURS
from armsledger.report.highlight import mark_cues
from armsledger.types import Category, Status


def deal_url(deal_id: str) -> str:
    return "/deals/" + quote(deal_id, safe="")


def doc_url(doc_id: str, claim: int | None = None) -> str:
    return "/documents/" + quote(doc_id, safe="") + (f"#claim-{claim}" if claim else "")


def state_url(iso3: str) -> str:
    return "/states/" + quote(iso3, safe="")


def pair_url(a: str, b: str) -> str:
    return f"/pairs/{quote(a, safe='')}/{quote(b, safe='')}"


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else "—"


def evidence(claim: Any) -> Markup:
    """A claim's evidence sentence with its cue words marked."""
    return mark_cues(claim.evidence, views.claim_cues(claim))


def query_with(params: dict[str, Any], **changes: Any) -> str:
    """The current query string with some parameters changed (None removes one)."""
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("armsledger.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        version=__version__,
        deal_url=deal_url,
        doc_url=doc_url,
        state_url=state_url,
        pair_url=pair_url,
        query_with=query_with,
        statuses=[s.value for s in Status],
        categories=[c.value for c in Category],
        status_colours={s.value: c for s, c in STATUS_COLOURS.items()},
        timeline=views.deal_timeline_svg,
    )
    env.filters.update(
        date=fmt_date,
        grade=views.grade,
        evidence=evidence,
        money=views.money,
        joined=views.joined,
        grouped=group_contradictions,
        attribution=views.attribution,
    )
    return env
