"""Recompute the derived ledger from stored documents and claims, deterministically.

dedup groups -> independent sources -> deals -> contradictions -> grades -> deal summaries.
Only the latest version of each document takes part; older versions stay readable as history.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from armsledger.ledger import contradictions as contra
from armsledger.ledger import credibility, deals, dedup
from armsledger.ledger.facts import Derived, Source, StoredClaim, StoredDoc
from armsledger.ledger.outlets import Outlets
from armsledger.ledger.sources import outlet_of, source_of

log = logging.getLogger(__name__)


def derive(docs: Sequence[StoredDoc], claims: Sequence[StoredClaim], outlets: Outlets) -> Derived:
    by_id = {d.id: d for d in docs}
    groups = dedup.group(docs)
    origin = {g.document_id: by_id[g.origin_id] for g in groups}
    sources: dict[int, Source] = {}
    reliability: dict[int, str] = {}
    for c in claims:
        doc = by_id[c.document_id]
        src = source_of(c.attributed_to, doc, origin[doc.id], outlets)
        sources[c.id] = src
        rated = src.label if src.kind == "outlet" else outlet_of(origin[doc.id], outlets)
        reliability[c.id] = outlets.grade(outlets.canonical(rated) if rated else None)
    drafts = deals.draft_deals(claims)
    published = {d.id: d.published for d in docs}
    found = contra.find_all(drafts, published, {g.document_id: g.origin_id for g in groups})
    grades = credibility.grade_claims(claims, drafts, found, sources, reliability)
    grade_of = {g.claim_id: g for g in grades}
    per_deal = Counter[str]()
    for d in drafts:
        own = {c.id for c in d.direct}
        per_deal[d.id] = sum(1 for x in found if x.deal_id == d.id
                             or x.claim_a in own or x.claim_b in own)
    records = tuple(deals.summarise(d, by_id, grade_of, per_deal[d.id]) for d in drafts)
    log.info("derived %d groups, %d deals, %d contradictions from %d claims",
             len({g.origin_id for g in groups}), len(records), len(found), len(claims))
    return Derived(groups=tuple(groups), grades=tuple(grades), deals=records,
                   links=tuple(deals.links(drafts)), contradictions=tuple(found))
