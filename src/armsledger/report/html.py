"""The dossier as one self-contained HTML file: inline styles, inline SVG charts, no scripts,
no external resources, so it can be mailed and opened anywhere."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from armsledger.report.charts import STATUS_COLOURS, TimelineRow, rows_timeline_svg
from armsledger.report.dossier import Dossier
from armsledger.report.highlight import mark_cues
from armsledger.report.markdown import GRADES
from armsledger.report.views import (
    attribution,
    claim_cues,
    deal_label,
    grade,
    joined,
    money,
    timeline_points,
)


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("armsledger.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(grade=grade, money=money, joined=joined, attribution=attribution,
                       evidence=lambda c: mark_cues(c.evidence, claim_cues(c)))
    env.globals.update(grades_note=GRADES,
                       status_colours={s.value: c for s, c in STATUS_COLOURS.items()})
    return env


def timeline_chart(dossier: Dossier) -> Markup:
    """One row per deal, a dot per claim linking to that claim's entry in the dossier."""
    rows = []
    for entry in dossier.deals:
        s = entry.summary
        label = f"{s.family or s.category} {s.supplier}→{s.recipient}"
        rows.append(TimelineRow(label, tuple(timeline_points(entry.claims, href="#claim-{}")),
                                href=f"#deal-{s.id}"))
    return rows_timeline_svg(rows, title=f"Claims on {dossier.a}–{dossier.b} deals over time")


def render(dossier: Dossier) -> str:
    deal_names = {x.deal: deal_label(x.deal) for x in dossier.contradictions}
    deal_names |= {e.summary.id: e.summary.family or f"unspecified {e.summary.category}"
                   for e in dossier.deals}
    return _environment().get_template("dossier.html").render(
        d=dossier, chart=timeline_chart(dossier), deal_names=deal_names)
