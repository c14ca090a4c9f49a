"""Contradictions grouped for reading: each statement once, with everything it contradicts.

The ledger records a contradiction per pair of claims, so one denial of "war equipment" stands
in a row against every offer, agreement and delivery of every deal of the pair, and a denial
sentence read as two categories ("tanks or aircraft") appears twice. `group_contradictions`
folds those rows: a denial sentence (all its categories) against each claim it contradicts,
a claim listed once even when a named deal and the pair's generic deal both hold it; figure
and cancellation conflicts stay grouped per deal and first claim.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from armsledger.ledger.records import ClaimView, ContradictionView


@dataclass(frozen=True, slots=True)
class ContradictionGroup:
    kind: str
    a: ClaimView  # the denial (or the first claim of a figure conflict)
    covers: tuple[str, ...]  # what the statement is about: systems or categories
    detail: str  # the ledger's wording of the first row ("agreement: 5 against 4")
    against: tuple[tuple[str, ClaimView], ...]  # (deal id, claim), each claim once, oldest first

    @property
    def deals(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(deal for deal, _ in self.against))


def sentence(c: ClaimView) -> tuple[str, str, str]:
    """A claim as a reader sees it: one status read from one sentence of one document."""
    return (c.doc, c.evidence, c.status)


def _order(c: ClaimView) -> tuple[date, str, int]:
    when = c.published or (date(c.year, 7, 1) if c.year else None)
    return (when or date.max, c.doc, c.id)


def group_contradictions(rows: Iterable[ContradictionView],
                         claims: Iterable[ClaimView] = ()) -> list[ContradictionGroup]:
    """Groups, denials first, each in order of its statement's date. `claims` (optional) are
    other claims known to the caller, so a denial's `covers` names every category its
    sentence was read as, not only those that contradicted something."""
    groups: dict[tuple[str, ...], list[ContradictionView]] = {}
    for x in rows:
        key = ((x.kind, x.a.doc, x.a.evidence) if x.kind == "denial"
               else (x.kind, x.deal, str(x.a.id)))
        groups.setdefault(key, []).append(x)
    known = list(claims)
    out = []
    for xs in groups.values():
        seen: dict[tuple[str, str, str], tuple[str, ClaimView]] = {}
        # a claim held by a named system's deal and by the pair's generic deal: the named one
        for x in sorted(xs, key=lambda x: ("-*" in x.deal, x.deal, x.b.id)):
            seen.setdefault(sentence(x.b), (x.deal, x.b))
        said = [c for c in (*known, *(x.a for x in xs)) if sentence(c) == sentence(xs[0].a)]
        covers = sorted({c.system or c.category.replace("_", " ") for c in said})
        against = tuple(sorted(seen.values(), key=lambda pair: _order(pair[1])))
        out.append(ContradictionGroup(kind=xs[0].kind, a=xs[0].a, covers=tuple(covers),
                                      detail=xs[0].detail, against=against))
    return sorted(out, key=lambda g: (g.kind != "denial", _order(g.a)))
