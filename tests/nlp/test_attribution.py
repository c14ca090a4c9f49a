"""Who speaks a quote, and for which state."""

from __future__ import annotations

import spacy

from armsledger.nlp.attribution import officials, voices
from armsledger.nlp.lexicon import lexicon
from armsledger.nlp.mentions import find_states, sentences


def read(text: str) -> tuple[dict[str, str], list[tuple[str, str | None]]]:
    """The officials a text introduces, and each sentence with the state whose official speaks it."""
    doc = spacy.blank("en").make_doc(text)
    states = find_states(doc)
    people = officials(doc, states, lexicon().titles)
    spoken = voices(sentences(doc), states, people)
    return people, [(s.text, spoken.get(s.start)) for s in sentences(doc)]


def test_officials_and_the_state_each_quote_speaks_for() -> None:
    text = ('Armenian Deputy Defence Minister Hovhannes Melkonyan spoke on Monday. Hamid al-Zubaidi, Iraq\'s '
            'deputy minister, also spoke. "We buy what works. We pay on time," Melkonyan said. '
            '"Talks go on," he added. Zubaidi said: "We are interested."\n"Nothing is signed," a source said.')
    people, spoken = read(text)
    assert people == {"Melkonyan": "ARM", "Zubaidi": "IRQ"}
    assert spoken[2:] == [
        ('"We buy what works.', "ARM"), ('We pay on time," Melkonyan said.', "ARM"),
        ('"Talks go on," he added.', "ARM"), ('Zubaidi said: "We are interested."', "IRQ"),
        ('"Nothing is signed," a source said.', None)]


def test_ranks_before_the_name_and_a_quote_right_after_the_same_speaker_s() -> None:
    text = ('Iraq is buying, Iraqi Deputy Defence Minister Lt. Gen. Hazem al-Obeidi said on Monday. '
            '"We need air defence," al-Obeidi said.\n"We are in talks with Moscow."\nThe weather was fine.\n'
            '"Nothing is signed."')
    people, spoken = read(text)
    assert people == {"Obeidi": "IRQ"}
    assert [state for _, state in spoken] == [None, "IRQ", "IRQ", None, None]
