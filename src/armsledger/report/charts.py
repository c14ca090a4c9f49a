"""Server-side SVG charts: a deal's status timeline and the supplier -> recipient flow graph.

Plain functions from small frozen records to an SVG string (escaped, no scripts, no external
references), so the same chart goes into a web page and into a dossier that is mailed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from armsledger.types import Status

STATUS_ORDER: tuple[Status, ...] = tuple(Status)
STATUS_COLOURS: dict[Status, str] = {
    Status.INTEREST: "#7a8793",
    Status.NEGOTIATION: "#4f7cac",
    Status.OFFER: "#6a5acd",
    Status.AGREEMENT: "#2e7d32",
    Status.DELIVERY: "#1b5e20",
    Status.DENIAL: "#c62828",
    Status.CANCELLATION: "#8e24aa",
}
FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif"


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One claim on a deal's timeline: when it was reported, what it said, where it links."""

    when: date
    status: Status
    label: str = ""
    href: str | None = None


@dataclass(frozen=True, slots=True)
class FlowEdge:
    """Deals from one supplier to one recipient."""

    supplier: str
    recipient: str
    weight: int
    href: str | None = None


def _x_scale(days: Sequence[date], left: float,
             right: float) -> tuple[Callable[[date], float], date, date]:
    lo, hi = min(days).toordinal(), max(days).toordinal()
    if hi - lo < 60:  # a single day or a few weeks: widen to a readable span
        lo, hi = lo - 45, hi + 45

    def x(d: date) -> float:
        return left + (d.toordinal() - lo) / (hi - lo) * (right - left)

    return x, date.fromordinal(lo), date.fromordinal(hi)


def _linked(inner: Markup, href: str | None) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, inner) if href else inner


def timeline_svg(points: Sequence[TimelinePoint], *, width: int = 760, title: str = "") -> Markup:
    """Status lanes (interest ... cancellation) against time; one marker per claim."""
    if not points:
        return Markup("")
    lane_h, top, left, right_pad, bottom = 26, 14, 112, 16, 30
    height = top + lane_h * len(STATUS_ORDER) + bottom
    x, lo, hi = _x_scale([p.when for p in points], left + 10, width - right_pad - 10)
    lane_y = {s: top + lane_h * i + lane_h / 2 for i, s in enumerate(STATUS_ORDER)}
    out: list[Markup] = [
        Markup(
            '<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" viewBox="0 0 {w} {h}" '
            'width="{w}" height="{h}" role="img" aria-label="{t}" font-family="{f}" font-size="12">'
        ).format(w=width, h=height, t=title or "status timeline", f=FONT)
    ]
    if title:
        out.append(Markup("<title>{}</title>").format(title))
    for status, y in lane_y.items():
        out.append(Markup(
            '<line x1="{l}" x2="{r}" y1="{y}" y2="{y}" stroke="#e3e6ea"/>'
            '<text x="{tx}" y="{ty}" text-anchor="end" fill="#333">{s}</text>'
        ).format(l=left, r=width - right_pad, y=y, tx=left - 8, ty=y + 4, s=str(status)))
    axis_y = top + lane_h * len(STATUS_ORDER) + 4
    out.append(Markup('<line x1="{l}" x2="{r}" y1="{y}" y2="{y}" stroke="#999"/>').format(
        l=left, r=width - right_pad, y=axis_y))
    years = range(lo.year + (0 if lo.month == 1 and lo.day == 1 else 1), hi.year + 1)
    step = max(1, len(years) // 8)
    for year in list(years)[::step]:
        tx = x(date(year, 1, 1))
        out.append(Markup(
            '<line x1="{x}" x2="{x}" y1="{t}" y2="{b}" stroke="#eef0f2"/>'
            '<text x="{x}" y="{ty}" text-anchor="middle" fill="#555">{yr}</text>'
        ).format(x=round(tx, 1), t=top, b=axis_y + 4, ty=axis_y + 18, yr=year))
    ordered = sorted(points, key=lambda p: p.when)
    if len(ordered) > 1:  # a faint path through the claims in time order
        path = " ".join(f"{round(x(p.when), 1)},{lane_y[p.status]}" for p in ordered)
        out.append(Markup('<polyline points="{}" fill="none" stroke="#b0b8c0" '
                          'stroke-dasharray="3 3"/>').format(path))
    for p in ordered:
        cx, cy = round(x(p.when), 1), lane_y[p.status]
        tip = f"{p.when.isoformat()} · {p.status}" + (f" · {p.label}" if p.label else "")
        colour = STATUS_COLOURS[p.status]
        if p.status in (Status.DENIAL, Status.CANCELLATION):
            shape = Markup(
                '<path d="M{a},{b} L{c},{d} M{a},{d} L{c},{b}" stroke="{col}" stroke-width="3"/>'
            ).format(a=cx - 6, b=cy - 6, c=cx + 6, d=cy + 6, col=colour)
        else:
            shape = Markup('<circle cx="{x}" cy="{y}" r="6" fill="{col}"/>').format(
                x=cx, y=cy, col=colour)
        out.append(_linked(Markup('<g class="point"><title>{}</title>{}</g>').format(tip, shape),
                           p.href))
    out.append(Markup("</svg>"))
    return Markup("").join(out)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One deal's claims on a multi-deal timeline."""

    label: str
    points: tuple[TimelinePoint, ...]
    href: str | None = None


def rows_timeline_svg(rows: Sequence[TimelineRow], *, width: int = 760,
                      title: str = "timeline") -> Markup:
    """One row per deal against time, a marker per claim coloured by its status, and a legend."""
    rows = [r for r in rows if r.points]
    if not rows:
        return Markup("")
    row_h, top, left, right_pad = 24, 10, 190, 16
    legend_y = top + row_h * len(rows) + 34
    height = legend_y + 18
    days = [p.when for r in rows for p in r.points]
    x, lo, hi = _x_scale(days, left + 10, width - right_pad - 10)
    out: list[Markup] = [Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline-rows" viewBox="0 0 {w} {h}" '
        'width="{w}" height="{h}" role="img" aria-label="{t}" font-family="{f}" font-size="12">'
        '<title>{t}</title>').format(w=width, h=height, t=title, f=FONT)]
    axis_y = top + row_h * len(rows) + 4
    years = list(range(lo.year + (0 if (lo.month, lo.day) == (1, 1) else 1), hi.year + 1))
    for year in years[:: max(1, len(years) // 8)]:
        tx = round(x(date(year, 1, 1)), 1)
        out.append(Markup(
            '<line x1="{x}" x2="{x}" y1="{t}" y2="{b}" stroke="#eef0f2"/>'
            '<text x="{x}" y="{ty}" text-anchor="middle" fill="#555">{yr}</text>'
        ).format(x=tx, t=top, b=axis_y + 4, ty=axis_y + 18, yr=year))
    out.append(Markup('<line x1="{l}" x2="{r}" y1="{y}" y2="{y}" stroke="#999"/>').format(
        l=left, r=width - right_pad, y=axis_y))
    for i, row in enumerate(rows):
        y = top + row_h * i + row_h / 2
        label = row.label if len(row.label) <= 30 else row.label[:29] + "…"
        out.append(Markup('<line x1="{l}" x2="{r}" y1="{y}" y2="{y}" stroke="#e3e6ea"/>').format(
            l=left, r=width - right_pad, y=y))
        out.append(_linked(Markup('<text x="{x}" y="{y}" text-anchor="end" fill="#222">{t}</text>'
                                  ).format(x=left - 8, y=y + 4, t=label), row.href))
        for p in sorted(row.points, key=lambda p: p.when):
            tip = f"{p.when.isoformat()} · {p.status}" + (f" · {p.label}" if p.label else "")
            dot = Markup('<g class="point"><title>{t}</title><circle cx="{x}" cy="{y}" r="5.5" '
                         'fill="{c}" stroke="#fff"/></g>').format(
                t=tip, x=round(x(p.when), 1), y=y, c=STATUS_COLOURS[p.status])
            out.append(_linked(dot, p.href))
    lx = left
    for status in STATUS_ORDER:
        out.append(Markup('<circle cx="{x}" cy="{y}" r="5" fill="{c}"/>'
                          '<text x="{tx}" y="{ty}" fill="#333">{s}</text>').format(
            x=lx, y=legend_y, c=STATUS_COLOURS[status], tx=lx + 8, ty=legend_y + 4, s=str(status)))
        lx += 14 + 7 * len(str(status)) + 12
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def flow_svg(edges: Sequence[FlowEdge], *, width: int = 760, names: dict[str, str] | None = None,
             node_href: str | None = "/states/{}") -> Markup:
    """Suppliers on the left, recipients on the right, a band per pair as wide as its deals."""
    edges = [e for e in edges if e.weight > 0]
    if not edges:
        return Markup("")
    names = names or {}
    out_w: dict[str, int] = {}
    in_w: dict[str, int] = {}
    for e in edges:
        out_w[e.supplier] = out_w.get(e.supplier, 0) + e.weight
        in_w[e.recipient] = in_w.get(e.recipient, 0) + e.weight
    suppliers = sorted(out_w, key=lambda s: (-out_w[s], s))
    recipients = sorted(in_w, key=lambda s: (-in_w[s], s))
    row, top = 26, 24
    height = top + row * max(len(suppliers), len(recipients)) + 10
    lx, rx = 150, width - 150
    sy = {s: top + row * i + row / 2 for i, s in enumerate(suppliers)}
    ry = {r: top + row * i + row / 2 for i, r in enumerate(recipients)}
    heaviest = max(e.weight for e in edges)
    out: list[Markup] = [
        Markup(
            '<svg xmlns="http://www.w3.org/2000/svg" class="chart flows" viewBox="0 0 {w} {h}" '
            'width="{w}" height="{h}" role="img" aria-label="arms flows" font-family="{f}" '
            'font-size="12">'
            '<text x="{lx}" y="14" text-anchor="end" fill="#555">supplier</text>'
            '<text x="{rx}" y="14" fill="#555">recipient</text>'
        ).format(w=width, h=height, f=FONT, lx=lx - 10, rx=rx + 10)
    ]
    for e in sorted(edges, key=lambda e: -e.weight):
        y1, y2 = sy[e.supplier], ry[e.recipient]
        stroke = 1.5 + 10.5 * e.weight / heaviest
        mid = (lx + rx) / 2
        tip = f"{e.supplier} → {e.recipient}: {e.weight} deal{'s' if e.weight != 1 else ''}"
        band = Markup(
            '<g class="edge"><title>{t}</title><path d="M{lx},{y1} C{m},{y1} {m},{y2} {rx},{y2}" '
            'fill="none" stroke="#4f7cac" stroke-opacity="0.45" stroke-width="{s}"/></g>'
        ).format(t=tip, lx=lx, rx=rx, y1=y1, y2=y2, m=mid, s=round(stroke, 1))
        out.append(_linked(band, e.href))
    for code, y in sy.items():
        label = Markup('<text x="{x}" y="{y}" text-anchor="end" fill="#222">{n} ({w})</text>'
                       ).format(x=lx - 10, y=y + 4, n=names.get(code, code), w=out_w[code])
        out.append(_linked(label, node_href.format(code) if node_href else None))
        out.append(Markup('<rect x="{x}" y="{y}" width="6" height="16" fill="#333"/>').format(
            x=lx - 6, y=y - 8))
    for code, y in ry.items():
        label = Markup('<text x="{x}" y="{y}" fill="#222">{n} ({w})</text>').format(
            x=rx + 10, y=y + 4, n=names.get(code, code), w=in_w[code])
        out.append(_linked(label, node_href.format(code) if node_href else None))
        out.append(Markup('<rect x="{x}" y="{y}" width="6" height="16" fill="#333"/>').format(
            x=rx, y=y - 8))
    out.append(Markup("</svg>"))
    return Markup("").join(out)


__all__ = ["STATUS_COLOURS", "FlowEdge", "TimelinePoint", "TimelineRow", "flow_svg",
           "rows_timeline_svg", "timeline_svg"]
