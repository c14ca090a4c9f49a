"""The dossier as Markdown: summary table, contradictions, timeline, deals, numbered sources."""

from __future__ import annotations

from typing import Any

from armsledger.report.dossier import Dossier
from armsledger.report.highlight import mark_cues_md
from armsledger.report.views import (
    attribution,
    claim_cues,
    deal_label,
    grade,
    joined,
    money,
)

GRADES = ("Grades are Admiralty codes: source reliability A (completely reliable) to E "
          "(unreliable), F cannot be judged; information credibility 1 (confirmed by other "
          "sources) to 5 (improbable), 6 cannot be judged.")


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _system(summary: Any) -> str:
    if not summary.family:
        return f"unspecified {summary.category}"
    others = [x for x in summary.systems if x != summary.family]
    return f"{summary.family} ({', '.join(others)})" if others else summary.family


def _refs(dossier: Dossier, claims: Any) -> str:
    return "".join(f"[{n}]" for n in dossier.refs(claims))


def _status(summary: Any) -> str:
    return f"{summary.status}, contested" if summary.contested else summary.status


def _stated(summary: Any) -> str:
    parts = []
    if summary.quantities:
        parts.append("quantity " + joined(summary.quantities, " or "))
    if summary.values_usd:
        parts.append("value " + money(summary.values_usd))
    if summary.years:
        parts.append("year " + joined(summary.years, ", "))
    return "; ".join(parts) or "—"


def _claim_line(dossier: Dossier, c: Any, deal: str | None = None) -> str:
    when = c.published.isoformat() if c.published else "undated"
    who = f", according to {attribution(c)}" if c.attributed_to else ""
    evidence = mark_cues_md(c.evidence, claim_cues(c)).replace("\n", " ")
    about = f"{deal} · " if deal else ""
    return (f"- {about}{when} · **{c.status}** · {grade(c)} · {c.outlet or 'unknown outlet'}"
            f"{who} [{dossier.cite(c.doc)}]\n  > {evidence}")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def render(dossier: Dossier) -> str:
    lines: list[str] = [
        f"# Arms transfers between {dossier.a_name} and {dossier.b_name} "
        f"({dossier.a} ⇄ {dossier.b})",
        "",
        f"*First draft generated {dossier.generated.isoformat()} by armsledger from "
        f"{len(dossier.sources)} documents. Every claim cites the numbered source it was read "
        f"from; cue words are in bold. {GRADES}*",
        "",
        "## Summary",
        "",
    ]
    if dossier.deals:
        lines += ["| Supplier → recipient | System | Category | Current status | Grade | "
                  "Independent sources | Reported | Stated | Sources |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for entry in dossier.deals:
            s = entry.summary
            reported = (f"{s.first_reported} – {s.last_reported}"
                        if s.first_reported != s.last_reported
                        else f"{s.first_reported or 'undated'}")
            lines.append("| " + " | ".join(_cell(v) for v in (
                f"{s.supplier} → {s.recipient}", _system(s), s.category, _status(s), grade(s),
                s.sources, reported, _stated(s), _refs(dossier, entry.claims))) + " |")
    else:
        lines.append("The ledger holds no deal between these states.")
    lines += ["", "## Contradictions", ""]
    if not dossier.contradictions:
        lines.append("None recorded.")
    names = {e.summary.id: _system(e.summary) for e in dossier.deals}

    def name(deal: str) -> str:
        return names.get(deal, deal_label(deal))

    for g in dossier.contradiction_groups():
        pair = f"{g.a.supplier} → {g.a.recipient}"
        if g.kind == "denial":
            deals = {deal for deal, _ in g.against}
            lines += [f"### Denial: {', '.join(g.covers)} ({pair})", "", _claim_line(dossier, g.a),
                      "", f"stands against {_plural(len(g.against), 'claim')} on "
                      f"{_plural(len(deals), 'deal')}:", ""]
            lines += [_claim_line(dossier, c, f"**{name(deal)}**") for deal, c in g.against]
        else:
            lines += [f"### {name(g.against[0][0])} ({pair}): {g.kind}", "", g.detail + ":", "",
                      _claim_line(dossier, g.a), "",
                      f"contradicts {_plural(len(g.against), 'claim')}:", ""]
            lines += [_claim_line(dossier, c) for _, c in g.against]
        lines.append("")
    lines += ["", "## Timeline", ""]
    listed: set[str] = set()
    for c in dossier.claims:
        # a claim without a publication date is placed by the year it states, shown as a year
        when = (c.published.isoformat() if c.published
                else str(c.year) if c.year else "undated")
        label = c.system or f"unspecified {c.category}"
        line = (f"- {when} · {c.supplier} → "
                f"{c.recipient} {label} · **{c.status}** · {c.outlet or 'unknown outlet'} "
                f"[{dossier.cite(c.doc)}]")
        if line not in listed:
            listed.add(line)
            lines.append(line)
    for direction in dossier.directions:
        if not direction.deals and not direction.generic:
            continue
        lines += ["", f"## {direction.supplier} → {direction.recipient}: the evidence", ""]
        for entry in direction.deals:
            s = entry.summary
            lines += [f"### {_system(s)} ({_status(s)}, {grade(s)})", ""]
            stages = "; ".join(
                f"{t.status} {t.first_reported or 'undated'}"
                + (f" to {t.last_reported}" if t.last_reported != t.first_reported else "")
                + f" ({t.sources} source{'s' if t.sources != 1 else ''})"
                for t in entry.timeline)
            if stages:
                lines += [f"Stages: {stages}.", ""]
            lines += [_claim_line(dossier, c) for c in entry.claims]
            lines.append("")
        if direction.generic:
            lines += ["### Claims naming only a kind of equipment", ""]
            lines += [_claim_line(dossier, c) for c in direction.generic]
            lines.append("")
    lines += ["", "## Sources", ""]
    for cite in dossier.sources:
        date_text = cite.published.isoformat() if cite.published else "undated"
        title = f" “{cite.title}”" if cite.title else ""
        url = f" <{cite.url}>" if cite.url else ""
        lines.append(f"{cite.n}. {cite.outlet or 'unknown outlet'} (reliability "
                     f"{cite.reliability}), {date_text}.{title}{url} — document `{cite.doc}`")
    return "\n".join(lines).rstrip() + "\n"
