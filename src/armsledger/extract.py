"""Document -> list[Claim]: find candidate sentences cheaply, parse only those, read claims.

Most news says nothing about arms transfers, so a document is first only tokenised; sentences
that name equipment (a catalogued system or a kind such as "tanks") next to a transfer cue are
the candidates, and only they go through the trained parser. The public calls are
`extract(text)` and `extract_document(doc)`; `Extractor` holds one loaded pipeline and is what
batch workers keep per process.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from armsledger.types import Claim, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from armsledger.nlp.reader import Reading

log = logging.getLogger(__name__)


class Extractor:
    """One loaded spaCy pipeline plus the reference data; reuse it across documents.

    `parse_all=True` parses every sentence instead of only the candidates: the reference the
    speed benchmark measures recall against.
    """

    def __init__(self, *, parse_all: bool = False):
        from armsledger.nlp.catalog import catalog
        from armsledger.nlp.lexicon import lexicon
        from armsledger.nlp.mentions import state_forms
        from armsledger.nlp.pipeline import load_pipeline
        from armsledger.nlp.reader import SentenceReader

        self.nlp = load_pipeline()
        self.catalog = catalog()
        self.lexicon = lexicon()
        state_forms()  # build the gazetteer index now, not on the first document
        self.reader = SentenceReader(self.lexicon)
        self.parse_all = parse_all

    def __call__(self, doc: Document) -> list[Claim]:
        from armsledger.nlp.mentions import (
            context_states,
            find_all,
            find_states,
            find_weapons,
            sentences,
        )

        tokens = self.nlp.make_doc(doc.text)
        spans = sentences(tokens)
        states = find_states(tokens)
        context = context_states(states)
        weapon_starts = {m.start for m in find_weapons(tokens, lex=self.lexicon, cat=self.catalog)}
        candidates = [s for s in spans if self.parse_all or self._candidate(s, weapon_starts)]
        claims: list[Claim] = []
        for span, parsed in zip(candidates, self.nlp.pipe(s.text for s in candidates), strict=True):
            mentions = find_all(parsed)
            if not mentions.weapons and not mentions.categories:
                continue
            for reading in self.reader.read(parsed, mentions, context, doc.published):
                claims.append(_claim(doc, span, reading))
        return claims

    def _candidate(self, span: Span, weapon_starts: set[int]) -> bool:
        lex = self.lexicon
        equipment = cue = False
        for tok in span:
            low = tok.lower_
            if tok.i in weapon_starts or low in lex.category_forms:
                equipment = True
            if low in lex.cue_forms:
                cue = True
            if equipment and cue:
                return True
        return False

    def parse(self, text: str) -> Doc:
        return self.nlp(text)


def _claim(doc: Document, span: Span, r: Reading) -> Claim:
    return Claim(
        doc=doc.id,
        supplier=r.supplier,
        recipient=r.recipient,
        system=r.weapon.designation if r.weapon else None,
        category=r.category,
        status=r.status,
        quantity=r.quantity,
        value_usd=r.value_usd,
        year=r.year,
        attributed_to=r.attributed_to,
        evidence=span.text,
        span=(span.start_char, span.end_char),
        inferred=r.inferred,
        cues=r.cues,
        family=r.weapon.family if r.weapon else None,
        confidence=r.confidence,
    )


_default: Extractor | None = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract_document(doc: Document) -> list[Claim]:
    """The claims one document makes, in text order."""
    return default_extractor()(doc)


def extract(text: str, *, published: date | None = None, doc_id: str = "text") -> list[Claim]:
    """The claims a text makes; `published` anchors relative years ("last year")."""
    return extract_document(Document(id=doc_id, text=text, published=published))
