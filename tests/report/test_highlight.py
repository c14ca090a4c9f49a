from __future__ import annotations

from armsledger.report.highlight import SpanMark, mark_cues, mark_cues_md, mark_spans


def test_cues_are_marked_in_escaped_text_with_inflections() -> None:
    html = mark_cues("Russia supplied <b>4</b> jets & will deliver more; Armoured cars too.",
                     ["supply", "deliver", "arm"])
    assert str(html) == ('Russia <mark class="cue">supplied</mark> &lt;b&gt;4&lt;/b&gt; jets '
                         '&amp; will <mark class="cue">deliver</mark> more; Armoured cars too.')


def test_phrases_win_over_their_words_and_case_is_kept() -> None:
    assert str(mark_cues("Moscow Called Off the sale.", ["call off", "sale"])) == (
        'Moscow <mark class="cue">Called Off</mark> the <mark class="cue">sale</mark>.')
    assert mark_cues_md("It was shipped in May.", ["ship"]) == "It was **shipped** in May."
    assert str(mark_cues("No cues here.", [])) == "No cues here."


def test_spans_are_marked_and_overlaps_split() -> None:
    text = "Alpha beta <gamma> delta."
    marks = [SpanMark(0, 10, href="#claim-1", label="one"),
             SpanMark(6, 18, href=None, label="two", css="claim other"),
             SpanMark(30, 40, label="out of range")]
    assert str(mark_spans(text, marks)) == (
        '<a href="#claim-1"><mark class="claim" title="one">Alpha </mark></a>'
        '<a href="#claim-1"><mark class="claim" title="one; two">beta</mark></a>'
        '<mark class="claim other" title="two"> &lt;gamma&gt;</mark> delta.')
