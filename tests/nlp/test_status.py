"""The stage a transfer word gives, read off its token."""

from __future__ import annotations

import pytest

from armsledger.errors import DataError
from armsledger.nlp import lexicon as lexicon_module
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


def test_a_cue_needing_an_unknown_dependency_label_is_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = lexicon_module._rows
    monkeypatch.setattr(lexicon_module, "_rows", lambda path, columns: [["urge", "interest", "in", "verb", "xcmop"]]
                        if path == "cues/status.tsv" else rows(path, columns))
    with pytest.raises(DataError, match=r"'urge' needs 'xcmop'"):
        lexicon_module.lexicon.__wrapped__()
