"""Admiralty grades: source reliability A-F (from the outlets file) and information
credibility 1-6 (from independent corroboration and contradiction). Rules: docs/ledger.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from armsledger.ledger.deals import DealDraft
from armsledger.ledger.facts import Contradiction, Grade, Source, StoredClaim
from armsledger.ledger.sources import ECHO

CONFIRMED, PROBABLE, POSSIBLE, DOUBTFUL, IMPROBABLE, UNJUDGED = 1, 2, 3, 4, 5, 6


def credibility(support: int, contra: int, other_sources: int, placed: bool) -> int:
    """The information-credibility rule.

    support: independent sources reporting the claim's stage of its deal (itself included);
    contra: independent sources of the claims contradicting it;
    other_sources: independent sources reporting any other stage of the deal;
    placed: whether the claim has both parties (and so a deal).
    """
    if not placed:
        return UNJUDGED
    if contra == 0:
        if support >= 2:
            return CONFIRMED
        return PROBABLE if other_sources > 0 else POSSIBLE
    if support > contra:
        return POSSIBLE
    return DOUBTFUL if support == contra else IMPROBABLE


def independent(keys: Iterable[str]) -> set[str]:
    """The source keys that count as independent: every key but echoes of unnamed reports."""
    return {k for k in keys if not k.startswith(ECHO)}


def grade_claims(claims: Sequence[StoredClaim], drafts: Iterable[DealDraft],
                 contradictions: Iterable[Contradiction], sources: Mapping[int, Source],
                 reliability: Mapping[int, str]) -> list[Grade]:
    home: dict[int, DealDraft] = {}
    for d in drafts:
        for c in d.direct:
            home[c.id] = d
    against: dict[int, set[str]] = defaultdict(set)
    for x in contradictions:
        against[x.claim_a].add(sources[x.claim_b].key)
        against[x.claim_b].add(sources[x.claim_a].key)
    out = []
    for c in claims:
        deal = home.get(c.id)
        own = sources[c.id].key
        if deal is None:
            cred = credibility(1, 0, 0, placed=False)
        else:
            # an echo of an unnamed report may be the report another claim is: it neither
            # corroborates nor is corroborated by counting itself
            same = independent(sources[o.id].key for o in deal.direct if o.status == c.status)
            other = independent(sources[o.id].key for o in deal.direct
                                if o.status != c.status) - {own}
            contra = against.get(c.id, set()) - {own}
            opposed = len(independent(contra)) or min(len(contra), 1)  # echoes: only as one
            cred = credibility(max(len(same), 1), opposed, len(other - contra), placed=True)
        out.append(Grade(claim_id=c.id, source=sources[c.id], reliability=reliability[c.id],
                         credibility=cred))
    return out
