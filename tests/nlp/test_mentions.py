"""How much a document is about each state: the context that fills a side the grammar leaves open."""

from __future__ import annotations

import spacy

from armsledger.nlp.mentions import NAME_WEIGHT, context_states, find_states


def test_context_counts_a_demonym_far_below_a_name_and_a_maker_not_at_all() -> None:
    doc = spacy.blank("en")("Peru wants jets. Chinese, Chinese and Chinese drones from Dassault. Peru said so.")
    counts = context_states(find_states(doc))
    assert counts["PER"] == 2 * NAME_WEIGHT
    assert counts["CHN"] < NAME_WEIGHT
    assert "FRA" not in counts


def test_a_title_abbreviation_does_not_end_a_sentence() -> None:
    from armsledger.nlp.mentions import sentences

    doc = spacy.blank("en").make_doc("Minister Lt. Gen. Hazem al-Obeidi spoke. Dr. Singh agreed.")
    assert [s.text for s in sentences(doc)] == ["Minister Lt. Gen. Hazem al-Obeidi spoke.", "Dr. Singh agreed."]


def test_a_designation_s_last_letter_with_the_stop_on_it_ends_a_sentence() -> None:
    from armsledger.nlp.mentions import sentences

    doc = spacy.blank("en").make_doc("Saab has pitched the Gripen E/F. An earlier offer was of F-16s. John F. Kennedy agreed.")
    assert [s.text for s in sentences(doc)] == ["Saab has pitched the Gripen E/F.", "An earlier offer was of F-16s.",
                                                "John F. Kennedy agreed."]


def test_one_spaced_dash_splits_two_clauses_and_a_pair_of_dashes_does_not() -> None:
    from armsledger.nlp.mentions import sentences

    nlp = spacy.blank("en")
    one = nlp.make_doc("Kenya and Chad have ordered CN235s \u2013 the Kenyan deal for two was signed in May.")
    assert [s.text for s in sentences(one)] == ["Kenya and Chad have ordered CN235s \u2013",
                                                "the Kenyan deal for two was signed in May."]
    pair = nlp.make_doc("Chad \u2013 a new customer \u2013 ordered two CN235s.")
    assert len(sentences(pair)) == 1


def test_a_list_s_lead_lines_and_an_entry_s_buyer_label() -> None:
    from armsledger.nlp.discourse import entry_label, list_leads
    from armsledger.nlp.mentions import find_states, sentences

    doc = spacy.blank("en").make_doc("Deliveries\n- Kenya: two Z-9 helicopters from China.\n"
                                     "- Chad: Lima signed for two boats from Peru.\n- Niger: the F-16s it pledged.\n")
    every = sentences(doc)
    leads = list_leads(every)
    assert [[s.text for s in lines] for lines in leads.values()] == [["Deliveries"]] * 3
    states = find_states(doc)
    labels = [entry_label(s, states, set()) for s in every[1:]]
    assert labels[0] is not None and (labels[0][0].text, labels[0][1].text) == ("Kenya", "two Z-9 helicopters from China.")
    assert labels[1] is None  # a clause of its own after the colon
    assert labels[2] is None  # no seller named: the state may be a donor


def test_a_system_s_abbreviation_needs_its_first_letter_and_brackets() -> None:
    from armsledger.nlp.mentions import defined_weapons, find_weapons, with_abbreviations

    doc = spacy.blank("en").make_doc("The Guardian Class Patrol Boat (GCPB) and the Rafale (XR). Two GCPBs and the XR.")
    weapons = find_weapons(doc)
    abbreviations = defined_weapons(doc, weapons)
    assert set(abbreviations) == {"GCPB"}  # "XR" does not start with the name's letter
    assert [w.text for w in with_abbreviations(doc, weapons, abbreviations)] == ["Guardian Class", "Rafale", "GCPBs"]


def test_a_weak_name_is_the_system_of_the_maker_a_few_words_before() -> None:
    from armsledger.nlp.mentions import find_weapons

    found = find_weapons(spacy.blank("en")("Germany's Rheinmetall has offered the Lynx to Bulgaria."))
    assert [(m.text, m.weapon.category.value) for m in found] == [("Lynx", "armoured_vehicle")]
    assert find_weapons(spacy.blank("en")("The Lynx was seen near the border.")) == []
