"""Document -> list[Claim]: find candidate sentences cheaply, parse only those, read claims.

The public calls are `extract(text)` and `extract_document(doc)`; `Extractor` holds one
loaded pipeline and is what batch workers keep per process.
"""

from __future__ import annotations

from datetime import date

from armsledger.types import Claim, Document


class Extractor:
    """One loaded spaCy pipeline plus the reference data; reuse it across documents."""

    def __call__(self, doc: Document) -> list[Claim]:
        raise NotImplementedError  # being built: issue 3


_default: Extractor | None = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract_document(doc: Document) -> list[Claim]:
    return default_extractor()(doc)


def extract(text: str, *, published: date | None = None, doc_id: str = "text") -> list[Claim]:
    return extract_document(Document(id=doc_id, text=text, published=published))
