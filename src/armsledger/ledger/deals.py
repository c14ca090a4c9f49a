"""Consolidation: claims -> deals keyed by (supplier, recipient, system family).

A claim naming a system joins the deal of its family (`Claim.family`, else the system). A
claim naming only a category ("tanks", "war equipment") forms its pair's generic deal for that
category and is also attached (via="category") to every deal of the pair whose category it
covers (`arms` covers all). Claims without both parties are kept but join no deal. A deal's
timeline and reporting dates come from its own claims and the attached denials.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from armsledger.ledger.facts import DealLink, DealRecord, Grade, StoredClaim, StoredDoc
from armsledger.ledger.records import DealSummary, TimelineEntry

PROGRESSION = ("interest", "negotiation", "offer", "agreement", "delivery")
STAGE_ORDER = (*PROGRESSION, "cancellation", "denial")
GENERIC = "*"


def deal_key(claim: StoredClaim) -> str | None:
    if not claim.supplier or not claim.recipient or claim.supplier == claim.recipient:
        return None
    family = claim.family or claim.system
    if family:
        slug = re.sub(r"\s+", "_", family.strip())
        return f"{claim.supplier}-{claim.recipient}-{slug}"
    return f"{claim.supplier}-{claim.recipient}-{GENERIC}{claim.category}"


def covers(generic_category: str, deal_category: str) -> bool:
    return generic_category in ("arms", deal_category)


@dataclass(frozen=True, slots=True)
class DealDraft:
    id: str
    supplier: str
    recipient: str
    family: str | None
    category: str
    direct: tuple[StoredClaim, ...]
    attached: tuple[StoredClaim, ...]  # generic claims of a covering category


def draft_deals(claims: Sequence[StoredClaim]) -> list[DealDraft]:
    direct: dict[str, list[StoredClaim]] = defaultdict(list)
    for c in claims:
        key = deal_key(c)
        if key:
            direct[key].append(c)
    drafts: list[DealDraft] = []
    generic_by_pair: dict[tuple[str, str], list[StoredClaim]] = defaultdict(list)
    for members in direct.values():
        first = members[0]
        if first.system is None and first.family is None:
            generic_by_pair[(first.supplier or "", first.recipient or "")].extend(members)
    for key in sorted(direct):
        members = direct[key]
        first = members[0]
        family = first.family or first.system
        counts = Counter(c.category for c in members)
        category = min(counts, key=lambda k: (-counts[k], k))
        attached: tuple[StoredClaim, ...] = ()
        if family is not None:
            pair = (first.supplier or "", first.recipient or "")
            attached = tuple(c for c in generic_by_pair.get(pair, ()) if covers(c.category, category))
        drafts.append(DealDraft(id=key, supplier=first.supplier or "",
                                recipient=first.recipient or "",
                                family=family.strip() if family else None, category=category,
                                direct=tuple(members), attached=attached))
    return drafts


def links(drafts: Iterable[DealDraft]) -> list[DealLink]:
    out = []
    for d in drafts:
        out += [DealLink(d.id, c.id, "direct") for c in d.direct]
        out += [DealLink(d.id, c.id, "category") for c in d.attached]
    return out


def current_status(direct: Sequence[StoredClaim], published: Mapping[int, date | None]) -> str:
    """The best-supported current status (docs/ledger.md, "Current status")."""
    statuses = {c.status for c in direct}
    reached = [s for s in PROGRESSION if s in statuses]

    def last(status: str) -> date:
        dates = [published.get(c.document_id) for c in direct if c.status == status]
        return max((d for d in dates if d), default=date.min)

    if "cancellation" in statuses and (not reached or last("cancellation") >= last(reached[-1])):
        return "cancellation"
    if reached:
        return reached[-1]
    return "denial" if "denial" in statuses else direct[0].status


def summarise(draft: DealDraft, docs: Mapping[int, StoredDoc], grades: Mapping[int, Grade],
              contradictions: int) -> DealRecord:
    everything = (*draft.direct, *draft.attached)
    # A generic claim ("an arms deal", "helicopters") attached to every covering deal says
    # nothing about which deal reached its stage: only its denials (which cover the deal)
    # join the timeline and the reporting dates; the others stay listed as evidence.
    staged = (*draft.direct, *(c for c in draft.attached if c.status == "denial"))
    published = {d.id: d.published for d in docs.values()}
    status = current_status(draft.direct, published)

    def source(c: StoredClaim) -> str:
        return grades[c.id].source.key

    def count(claims: Iterable[StoredClaim]) -> int:
        """Independent sources; echoes of unnamed reports count only when nothing else does."""
        keys = {source(c) for c in claims}
        return len({k for k in keys if not k.startswith("echo:")}) or min(len(keys), 1)

    timeline = []
    for stage in STAGE_ORDER:
        members = [c for c in staged if c.status == stage]
        if not members:
            continue
        dates = sorted(d for d in (published.get(c.document_id) for c in members) if d)
        timeline.append(TimelineEntry(
            status=stage, first_reported=dates[0] if dates else None,
            last_reported=dates[-1] if dates else None,
            years=tuple(sorted({c.year for c in members if c.year is not None})),
            sources=count(members),
            claims=tuple(sorted(c.id for c in members))))
    at_status = [c for c in draft.direct if c.status == status]
    # an echo of an unnamed report does not grade the deal when a source of its own does
    at_status = [c for c in at_status if not source(c).startswith("echo:")] or at_status
    all_dates = sorted(d for d in (published.get(c.document_id) for c in staged) if d)
    summary = DealSummary(
        id=draft.id, supplier=draft.supplier, recipient=draft.recipient, family=draft.family,
        systems=tuple(sorted({c.system for c in draft.direct if c.system})),
        category=draft.category, status=status, contested=contradictions > 0,
        first_reported=all_dates[0] if all_dates else None,
        last_reported=all_dates[-1] if all_dates else None,
        years=tuple(sorted({c.year for c in draft.direct if c.year is not None})),
        quantities=tuple(sorted({c.quantity for c in draft.direct if c.quantity is not None})),
        values_usd=tuple(sorted({round(c.value_usd, 2) for c in draft.direct
                                 if c.value_usd is not None})),
        claims=len(everything),
        documents=len({c.document_id for c in everything}),
        sources=count(draft.direct),
        reliability=min(grades[c.id].reliability for c in at_status),
        credibility=min(grades[c.id].credibility for c in at_status),
        contradictions=contradictions)
    return DealRecord(summary=summary, timeline=tuple(timeline))
