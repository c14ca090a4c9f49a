"""The stage a transfer word gives, read off its token."""

from __future__ import annotations

from armsledger.nlp.pipeline import load_pipeline
from armsledger.nlp.reader import SentenceReader
from armsledger.types import Status


def _cue_of(text: str, word: str) -> Status | None:
    reader = SentenceReader()
    reader._weapon_tokens = set()
    doc = load_pipeline(disable=("ner",))(text)
    cue = reader._cue(next(t for t in doc if t.text == word))
    return cue.status if cue is not None else None


def test_equipment_that_arms_a_ship_is_fitted_not_supplied() -> None:
    assert _cue_of("The new missiles would arm its patrol boats.", "arm") is None
    assert _cue_of("Russia will arm Syria with new missiles.", "arm") is Status.AGREEMENT
