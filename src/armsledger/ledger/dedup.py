"""Near-duplicate documents: MinHash over word shingles, grouped with an LSH index.

Syndicated wire copies and lightly edited reposts fall in one group; the earliest published
document (then the lowest document id) is the group's origin and the rest are its copies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from datasketch import MinHash, MinHashLSH

from armsledger.ledger.facts import Group, StoredDoc

SHINGLE = 4  # words per shingle
PERMUTATIONS = 128
THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets to count as a copy

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=PERMUTATIONS, seed=1)
    for sh in sorted(shingles(text)):
        m.update(sh.encode("utf-8"))
    return m


def _order(doc: StoredDoc) -> tuple[date, str, int]:
    return (doc.published or date.max, doc.key, doc.id)


def group(docs: Sequence[StoredDoc], threshold: float = THRESHOLD) -> list[Group]:
    """One `Group` per document: its origin and its estimated similarity to it."""
    hashes = {d.id: minhash(d.text) for d in docs}
    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    parent = {d.id: d.id for d in docs}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in sorted(docs, key=lambda d: d.id):
        m = hashes[d.id]
        for other in sorted(lsh.query(m)):
            if m.jaccard(hashes[other]) >= threshold:
                a, b = find(d.id), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        lsh.insert(d.id, m)

    members: dict[int, list[StoredDoc]] = {}
    for d in docs:
        members.setdefault(find(d.id), []).append(d)
    out: list[Group] = []
    for docs_in in members.values():
        origin = min(docs_in, key=_order)
        for d in docs_in:
            sim = 1.0 if d.id == origin.id else hashes[d.id].jaccard(hashes[origin.id])
            out.append(Group(document_id=d.id, origin_id=origin.id, similarity=round(sim, 3)))
    return sorted(out, key=lambda g: g.document_id)
