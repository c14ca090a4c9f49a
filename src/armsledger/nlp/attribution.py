"""Who said a quoted sentence that names no speaker itself: the speaker of the quote before it.

News runs quotes on: “The helicopters were for counter-terrorism,” the source said. “At no point
is Russia in talks to sell tanks.” The second sentence's claim belongs to the source named in the
first. Only a sentence that opens with a quotation mark inherits, and only from a sentence that
ends with a quote followed by its speaker and a speech verb; pronouns ("he said") are not names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from armsledger.nlp.mentions import StateMention, past_possessive

OPENING_QUOTES = ("“", '"', "‘", "'")
SPEECH = r"(?:said|says|added|stated|noted|explained|told\s+[A-Z][\w.&' -]*?)"
TRAILER = re.compile(
    rf"[”\"’']\s*,?\s*(?P<who>[^”\"“]{{3,120}}?)\s+(?P<verb>{SPEECH})\s*[.,]?\s*$"
    rf"|[”\"’']\s*,?\s*(?P<verb2>said|says|added)\s+(?P<who2>[^”\"“]{{3,120}}?)\s*\.?\s*$"
)
# a quoted speaker anywhere in a sentence: after the quote ("...," Martynov said, adding), or before it
# (Melkonyan said: "We are ...")
SPEAKER = re.compile(
    rf"[”\"]\s*,?\s*(?P<who>[^”\"“]{{2,80}}?)\s+{SPEECH}\b"
    rf"|[”\"]\s*,?\s*(?:said|says|added)\s+(?P<who2>[^”\"“,.]{{2,80}})"
    rf"|(?P<who3>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})\s+(?:said|says|added)\s*[:,]\s*[“\"]"
)
FIRST_PERSON = frozenset({"we", "We", "our", "Our", "us", "ours"})  # not "US", the United States
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "-"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "one"})


def quoted_speaker(sentence: Span, before: Span | None) -> str | None:
    """For a sentence that opens with a quotation mark: the speaker named after the quote in the
    sentence itself ("“...,” a source told ThePrint."), or else the speaker of the quote `before`."""
    if not sentence.text.startswith(OPENING_QUOTES):
        return None
    m = TRAILER.search(sentence.text)
    if m is None and before is not None:
        m = TRAILER.search(before.text)
    if m is None:
        return None
    who = (m.group("who") or m.group("who2") or "").strip()
    verb = m.group("verb") or m.group("verb2") or ""
    if not who or who.lower() in PRONOUNS:
        return None
    return f"{who} {verb}".strip() if verb.startswith("told") else who


def officials(doc: Doc, states: Sequence[StateMention], titles: frozenset[str]) -> dict[str, str]:
    """Surname -> state, for people the text introduces as a state's officials: a state, an office
    and a name ("Russian Ambassador to Burkina Faso Igor Martynov", "Armenia's Deputy Defence
    Minister Hovhannes Melkonyan") or a name, a comma and the office ("Igor Martynov, Russia's
    ambassador")."""
    at = {m.start: m for m in states}
    inside = {i for m in states for i in range(m.start, m.end)}
    found: dict[str, str] = {}
    for m in states:
        if m.kind not in ("name", "demonym", "capital", "maker", "agency") or len(m.iso3s) != 1:
            continue
        after = past_possessive(doc, m.end)
        i, titled, stop = after, False, min(len(doc), after + 12)
        name: list[Token] = []
        while i < stop:
            tok = doc[i]
            if tok.lower_.rstrip(".") in titles:  # "Gen." is one token
                titled, name = True, []
            elif i in at:
                i, name = at[i].end, []  # "Ambassador to Burkina Faso": the post, not the person
                continue
            elif tok.text[:1].isupper() and tok.is_alpha:
                name.append(tok)
            elif name and tok.lower_ in NAME_PARTICLES:
                pass  # "Hamid al-Zubaidi": the surname is the last capitalised part
            elif not name and (tok.lower_ in POST_WORDS or (titled and tok.text == ",")):
                pass  # "Sri Lanka's ambassador to Russia, Nalaka Jayawardena", "deputy chief of general
                # staff, Lieutenant General Tesfaye Alemu": the name after the post
            elif not (tok.lower_ in ("to", "of", "for", "and", "-", ".") and not name):
                break  # "Minister Lt. Gen. Hazem al-Obeidi": a rank's full stop comes before the name
            i += 1
        if titled and name:
            for part in {name[0].text, name[-1].text}:  # "Sjafrie Sjamsoeddin": "Sjafrie said" later
                found[part] = m.iso3s[0]
        elif m.kind == "demonym" and m.start > 0 and doc[m.start - 1].lower_ in ("a", "an", "senior") \
                and not name and m.end < len(doc):  # "a senior Russian diplomat told Sputnik": "the diplomat" later
            title = next((t for t in doc[m.end : m.end + 3] if t.lower_ in titles), None)
            if title is not None:
                found[f"the {title.lower_}"] = m.iso3s[0]
        before = m.start - 1  # "Igor Martynov, Russia's ambassador"
        if before > 0 and doc[before].text == "," and doc[before - 1].text[:1].isupper() \
                and before - 1 not in inside and any(t.lower_ in titles for t in doc[after: after + 4]):
            found[doc[before - 1].text] = m.iso3s[0]
        post = [t for t in doc[max(0, m.start - 6) : m.start]]  # "Yevgeny Ostrovsky, deputy director of the
        while post and post[0].text != ",":  # Federal Service for Military-Technical Cooperation"
            post.pop(0)
        if m.kind in ("agency", "maker") and len(post) > 1 and post[0].i > 0 and doc[post[0].i - 1].text[:1].isupper() \
                and any(t.lower_ in titles for t in post) and all(
                    t.lower_ in titles or t.lower_ in POST_WORDS or t.lower_ in ("of", ",") for t in post):
            found[doc[post[0].i - 1].text] = m.iso3s[0]
    return found


def voices(sentences: Sequence[Span], states: Sequence[StateMention], people: dict[str, str],
           resuming: frozenset[str]) -> dict[int, str]:
    """Sentence start -> the state whose official is quoted in it, for "we" and "our" inside the
    quote: the speaker named after the quote ("“We are ready to supply the systems,” Martynov
    said"), in the sentence itself or, for a quote that runs on, in the sentence that closes it;
    "he said", or "the official said" with a title in `resuming`, is the last official quoted
    before. A speaker phrase naming a state speaks for it ("a Russian defence source told ThePrint")."""
    spoken: dict[int, str] = {}
    last: str | None = None
    for s in sentences:
        m = SPEAKER.search(s.text)
        if m is None:
            named = [people[t.text] for t in s if t.text in people] if people else []
            last = named[-1] if named else last  # "General Alemu told Sputnik that ...": "he" is Alemu now
            continue
        group = next(g for g in ("who", "who2", "who3") if m.group(g))
        who, start = m.group(group).strip(), s.start_char + m.start(group)
        place = re.search(r"\b(?:at|in|of|from|for|to)\b", who)  # not "an analyst at a London think tank"
        in_who = [x.iso3s[0] for x in states if len(x.iso3s) == 1
                  and start <= s.doc[x.start].idx < start + (place.start() if place else len(who))]
        words = who.lower().split()
        title = f"the {words[-1]}" if words and words[0] == "the" else ""
        state = people.get(title) or next((people[w] for w in reversed(re.split(r"[\s-]+", who)) if w in people), None) \
            or (in_who[0] if in_who else None)
        if who.lower() in ("he", "she") or (title and title not in people and words[-1] in resuming):
            state = state or last  # "he said", "the official said": the official quoted last
        else:
            last = state
        if state is not None:
            spoken[s.start] = state
    out = _turns(sentences, people)
    pending: list[int] = []  # sentences of a quote still open, waiting for its speaker
    last_voice: str | None = None  # the voice of the sentence before, if it was a quote
    for s in sentences:
        text = s.text
        if s.start in spoken:
            for p in (*pending, s.start):
                out[p] = spoken[s.start]
            pending, last_voice = [], spoken[s.start]
            continue
        opens = text.count("“") > text.count("”") or text.count('"') % 2 == 1
        closes = text.count("”") > text.count("“") or text.count('"') % 2 == 1
        whole = text.startswith(OPENING_QUOTES[:2]) and text.rstrip().endswith(("”", '"'))
        if pending and not closes and len(pending) < 4:
            pending.append(s.start)  # a sentence in the middle of a quote
        elif not pending and opens:
            pending = [s.start]
        elif whole and last_voice is not None:
            out[s.start] = last_voice  # a quote right after one of the same speaker's: '... ," he said. "We ..."'
            continue
        else:
            pending = []  # the quote closed without naming a speaker this knows
        last_voice = None
    return out


# words of a post between a title and the name: "deputy chief of general staff"
POST_WORDS = frozenset({"deputy", "general", "staff", "defence", "defense", "foreign", "affairs", "armed",
                        "forces", "air", "force", "navy", "army", "first", "vice", "the"})


# the speaker's label that opens a turn of an interview: "Jayawardena: We want to buy ..."
TURN = re.compile(r"\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*):\s")


def _turns(sentences: Sequence[Span], people: dict[str, str]) -> dict[int, str]:
    """Sentence start -> the state of the official whose turn of a question-and-answer interview
    it is in: from a paragraph opened by his name ("Jayawardena: ...") to the next paragraph. The
    interviewer's turns ("Sputnik: ...") speak for no state."""
    out: dict[int, str] = {}
    if not people or not sentences:
        return out  # no official named, no turn of his
    turn: str | None = None
    text = sentences[0].doc.text
    for s in sentences:
        label = TURN.match(s.text)
        if label is not None:
            turn = people.get(label.group(1).split()[-1])
        elif "\n" in text[max(0, s.start_char - 2) : s.start_char] or s.start_char == 0:
            turn = None  # a new paragraph with no label: the interview is over
        if turn is not None:
            out[s.start] = turn
    return out
