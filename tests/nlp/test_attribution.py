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
    spoken = voices(sentences(doc), states, people, lexicon().resuming_titles)
    return people, [(s.text, spoken.get(s.start)) for s in sentences(doc)]


def test_officials_and_the_state_each_quote_speaks_for() -> None:
    text = ('Armenian Deputy Defence Minister Hovhannes Melkonyan spoke on Monday. Hamid al-Zubaidi, Iraq\'s '
            'deputy minister, also spoke. "We buy what works. We pay on time," Melkonyan said. '
            '"Talks go on," he added. Zubaidi said: "We are interested."\n"Nothing is signed," a source said.')
    people, spoken = read(text)
    assert people == {"Hovhannes": "ARM", "Melkonyan": "ARM", "Zubaidi": "IRQ"}  # first and last names
    assert spoken[2:] == [
        ('"We buy what works.', "ARM"), ('We pay on time," Melkonyan said.', "ARM"),
        ('"Talks go on," he added.', "ARM"), ('Zubaidi said: "We are interested."', "IRQ"),
        ('"Nothing is signed," a source said.', None)]


def test_ranks_before_the_name_and_a_quote_right_after_the_same_speaker_s() -> None:
    text = ('Iraq is buying, Iraqi Deputy Defence Minister Lt. Gen. Hazem al-Obeidi said on Monday. '
            '"We need air defence," al-Obeidi said.\n"We are in talks with Moscow."\nThe weather was fine.\n'
            '"Nothing is signed."')
    people, spoken = read(text)
    assert people == {"Hazem": "IRQ", "Obeidi": "IRQ"}
    assert [state for _, state in spoken] == [None, "IRQ", "IRQ", None, None]


def test_a_post_before_the_name_and_the_turns_of_a_question_and_answer_interview() -> None:
    text = ("Peru's deputy chief of general staff, Lieutenant General Ana Quispe, met Korean officials. "
            "Hanwha Aerospace General Manager Kim Dong-su also spoke.\n"
            "Reporter: What does the army need?\nQuispe: We need tanks. We want more of them.\n"
            "Reporter: And the company?\nKim: We will deliver on time.\nThe talks ended on Monday.")
    people, spoken = read(text)
    assert people["Quispe"] == "PER" and people["Kim"] == "KOR"  # a maker's manager speaks for its state
    assert [state for _, state in spoken[2:]] == [None, "PER", "PER", None, "KOR", None]


def test_he_is_the_official_a_sentence_without_quotes_named_last() -> None:
    text = ("Russia's ambassador, Pavel Volkov, spoke first. Chile's army chief, General Rosa Soto, told reporters "
            'that talks went well. "We are interested in the tanks," he said.')
    _, spoken = read(text)
    assert spoken[-1] == ('"We are interested in the tanks," he said.', "CHL")
