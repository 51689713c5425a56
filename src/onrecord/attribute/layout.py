"""Attributions marked by layout rather than by a verb.

A line that opens with a short name and a colon gives the rest of the line to that name:
interview transcripts ("PENCE: Well, look ...", "Q: ...") and headlines ("Trump: I Will
Win", "Poll: Clinton leads in Ohio"). A name, then a horizontal bar or an em dash, does
the same in vox-pop lists ("Sonya Herridge ― Mr. Trump embodies ..."), but only for a
person's name: "WASHINGTON —" opens a dateline, not a statement.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Token

from .boundaries import widen_to_quotes
from .found import Found
from .headline import SAYING_VERBS
from .initials import initial_turns
from .interview import turn_of
from .lexicon import AUXILIARIES
from .quotes import OPENING_ANY_MARKS, Quote, text_of

# "Name: text" with the name at most 60 characters into its line; "10:30" is not a cue.
_LINE = re.compile(r"(?m)^[ \t]*(?P<name>[^\n:―—]{1,60}?)[ \t]*(?P<mark>:|―|—)[ \t]+(?P<content>\S[^\n]*)$")
# Lower-case words a name or a role may hold: "Secretary of State", "Rep. Trey Gowdy (R-S.C.)".
_CONNECTORS = frozenset("of on for the and de da del van von der la le in at to".split())
# Labels of a page's furniture, never a speaker.
_LABELS = frozenset("""
photo photos image images video videos watch listen read related source sources credit credits
caption update updated updates note editor correction corrections disclosure tags topics
share follow email contact subscribe advertisement sponsored warning breaking exclusive
analysis opinion live transcript filed posted published written by more see also click
chart map graphic getty reuters ap afp file latest bonus tip tips
""".split())
# Owners of a page's label: "Editor's Note", "Readers' comments".
_LABEL_OWNERS = frozenset("editor editors reader readers publisher publishers".split())
# Verbs a headline kicker holds and a name never does ("may" is also a name: Theresa May).
_VERB_WORDS = AUXILIARIES | frozenset("will would can could".split())
_MAX_NAME_WORDS = 6
# Verbs that open an inverted label, "Added Smith: ...", "Continued Stone: ...": the verb is
# the cue and the name after it speaks.
LABEL_VERBS: frozenset[str] = frozenset("""
said added continued explained wrote asked replied noted insisted recalled concluded declared
argued answered countered responded quipped warned stated remarked observed commented joked
admitted conceded cautioned
""".split())
_MIN_CONTENT_WORDS = 3


def colon_findings(doc: Doc, quotes: list[Quote], found: list[Found]) -> list[Found]:
    """Lines that a name opens with a colon (or, for a person, a dash). A line whose content
    another finding already covers is left to it, except the text's first line: there
    "Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket" is Gingrich's claim, and
    the clause finding on "Decide" (no saying verb) is taken out of ``found``.
    RETURNS (list[Found])."""
    text = text_of(doc)
    first_line_end = text.find("\n", len(text) - len(text.lstrip()))
    out = []
    for match in _LINE.finditer(text):
        name = match.group("name")
        words = name.split()
        if not words or len(words) > _MAX_NAME_WORDS or not _looks_like_a_name(words):
            continue
        if len(match.group("content").split()) < _MIN_CONTENT_WORDS:
            continue
        start, end = match.start("content"), match.end("content")
        while end > start and text[end - 1] in " \t\r":
            end -= 1
        content = widen_to_quotes((start, end), quotes)
        inside = [f for f in found if f.content[0] < content[1] and content[0] < f.content[1]]
        if inside and not (match.start("name") <= first_line_end and _only_headline_clauses(doc, inside, content)):
            continue
        mark = doc.char_span(match.start("mark"), match.end("mark"))
        name_start = match.start("name")
        verb = None
        if match.group("mark") == ":" and len(words) > 1 and words[0].lower() in LABEL_VERBS:
            verb = doc.char_span(name_start, name_start + len(words[0]))
            name_start = text.index(words[1], name_start + len(words[0]))
            name = name[name_start - match.start("name"):]
        if verb is None and _a_heading(doc, name_start, name_start + len(name)):
            continue
        speaker = _speaker(doc, name_start, name_start + len(name))
        if verb is not None and speaker is not None and speaker.tag_ in ("NNS", "NNPS"):
            continue  # "Stated Aims:", "Observed Trends:": a heading (a plural after the verb), no one speaking
        if mark is None or speaker is None or _is_a_list(doc, content) or _a_title(doc, first_line_end, content):
            continue
        if match.group("mark") != ":" and (not _is_personal_name(doc, speaker, words) or _runs_on(doc, content)):
            continue
        cue = verb if verb is not None else mark
        if inside and not _names_someone(speaker, text[first_line_end:]):
            continue
        for f in inside:
            found.remove(f)  # the headline's own verb is the label's claim, not a second statement
        found_here = Found(content, cue[0], (cue.start_char, cue.end_char), speaker, rule="line-label", confidence=0.6)
        found_here.speaker_range = (name_start, name_start + len(name))
        out.append(found_here)
    _extend_turns(text, out, _turn_starts(text))
    return out + initial_findings(doc, found + out)


class _Named(NamedTuple):
    name: str  # what ``initial_turns`` reads of a person


def initial_findings(doc: Doc, found: list[Found]) -> list[Found]:
    """The answers of a magazine Q&A whose turns open with the speaker's initials ("AD She was
    all in. ...", "OW I did it every time." after an intro naming Ava DuVernay and Oprah
    Winfrey): each labelled paragraph is its speaker's statement, as a "PENCE: ..." line is;
    the label is the cue and names the speaker (``interview.labelled_person``). A turn holding
    another finding is left to it, as a labelled line is. RETURNS (list[Found])."""
    text = text_of(doc)
    people = [_Named(name) for name in {e.text for e in doc.ents if e.label_ == "PERSON" and " " in e.text}]
    labels = initial_turns(text, people)
    if not labels:
        return []
    out = []
    for start, label in labels.items():
        label_end = start + len(label)
        content_start = _AFTER_LABEL.match(text, label_end).end()
        # the labelled paragraph only: the interviewer's next question is a paragraph of
        # its own with no label ("With Ferguson ... in the headlines, is Selma ...?")
        line_end = text.find("\n", content_start)
        end = _rstrip(text, content_start, len(text) if line_end < 0 else line_end)
        if len(text[content_start:end].split()) < _MIN_CONTENT_WORDS:
            continue
        if any(f.content[0] < end and content_start < f.content[1] for f in found):
            continue
        span = doc.char_span(start, label_end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        turn = Found((content_start, end), span[0], (start, label_end), span[-1], rule="line-label", confidence=0.6)
        turn.speaker_range = (start, label_end)
        out.append(turn)
    return out


_AFTER_LABEL = re.compile(r"[ \t]*:?[ \t]*")


def _only_headline_clauses(doc: Doc, inside: list[Found], content: tuple[int, int]) -> bool:
    """Whether the findings inside a first line's labelled content are all clauses of the
    label's claim with no saying verb ("Trump Must Decide If ..."): a "Trump says ..." after
    the label stays a statement of its own."""
    return all(content[0] <= f.content[0] and f.content[1] <= content[1] and f.cue is not None
               and content[0] <= f.cue.idx < content[1] and f.cue.lemma_.lower() not in SAYING_VERBS
               for f in inside)


def _names_someone(speaker: Token, body: str) -> bool:
    """Whether a headline label names a person or a body: by the NER, or a capitalised word
    the article's body uses again ("Gingrich:"; not a kicker such as "Exclusive:")."""
    word = speaker.text
    return speaker.ent_type_ in ("PERSON", "ORG") or (
        word[:1].isupper() and word.isalpha() and re.search(rf"\b{re.escape(word)}\b", body) is not None)


# A first-person word outside quotation marks: the answerer still talking, not the writer.
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm][ey]|[Ww]e|[Oo]ur|[Uu]s)\b")
_VISIBLE = re.compile(r"\S")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _turn_starts(text: str) -> dict[int, str]:
    """Where the turns of a transcript start, and whose each is ("question", "answer" or the
    name); none where one labelled line stands alone (a headline, a caption)."""
    starts = {m.start(): _speaker_of_turn(m.group("name")) for m in _LINE.finditer(text)
              if m.group("mark") == ":" and _a_turn(m.group("name"))}
    return starts if len(starts) >= 2 else {}


def _speaker_of_turn(name: str) -> str:
    return turn_of(name) or name.strip().lower()


def _extend_turns(text: str, out: list[Found], starts: dict[int, str]) -> None:
    """A transcript's turn lasts until the next turn: the paragraphs after a turn's first
    ("A: It is a big mistake.\n\nAre there problems? Yeah. ...") are the same speaker's, so
    its content takes them in and an "I" in them finds the speaker by the turn that holds it.
    After the last turn only paragraphs in the first person go on: the writer's narration
    that closes the article ("Biden left for Ohio.") is no one's turn."""
    for f in out:
        own = starts.get(_line_start(text, f.content[0]))
        line_end = text.find("\n", f.content[1])
        if own is None or line_end < 0 or text[f.content[1]:line_end].strip():
            continue
        next_turn = min((s for s in starts if s > line_end), default=None)
        if next_turn is not None and starts[next_turn] == own:
            continue  # "A: …" and "A: …" again: a question between lost its label ("QWhy?")
        f.content = (f.content[0], _turn_end(text, f.content[1], line_end, next_turn))


def _turn_end(text: str, end: int, at: int, next_turn: int | None) -> int:
    """Where a turn whose first line ends at ``at`` (its text at ``end``) stops: before the
    next turn, a stage direction ("(BEGIN VIDEO CLIP)", "(LAUGHTER)") or an ellipsis, and
    after the last turn at the first paragraph not in the first person."""
    while (visible := _VISIBLE.search(text, at)) is not None:
        para_start = visible.start()
        if next_turn is not None and para_start >= next_turn:
            break
        para_end = text.find("\n", para_start)
        para_end = len(text) if para_end < 0 else para_end
        paragraph = text[para_start:para_end]
        if paragraph[0] in "([" or not any(c.isalpha() for c in paragraph):
            break
        if next_turn is None and not _FIRST_PERSON.search(_QUOTED.sub("", paragraph)):
            break
        end, at = _rstrip(text, para_start, para_end), para_end
    return end


def transcript_turns(text: str, people: list) -> list[tuple[int, int, str]]:
    """A transcript's turns as (start, end, label): from the label to where the turn stops
    (``_turn_end``), whether or not a statement was found on its line ("BIDEN: I have not
    made up my mind. I think ..." holds only a belief, whose "I" is still Biden's). None
    where one labelled line stands alone. people: the article's named people (ArticleEntity),
    whose initials may label turns. RETURNS (list[tuple[int, int, str]])."""
    labels = {m.start(): m.group("name").strip() for m in _LINE.finditer(text)
              if m.group("mark") == ":" and _a_turn(m.group("name"))}
    labels |= initial_turns(text, people)  # "AD She was all in.": turns marked by a named person's initials
    if len(labels) < 2:
        return []
    out = []
    for start in sorted(labels):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        next_turn = min((s for s in labels if s > start), default=None)
        out.append((start, _turn_end(text, _rstrip(text, start, line_end), line_end, next_turn), labels[start]))
    return out


def _a_turn(name: str) -> bool:
    """ "Q", "A.", "Question", or a speaker named in capitals ("BIDEN", "JORGE RAMOS")."""
    words = name.split()
    return turn_of(name) is not None or (name.isupper() and 0 < len(words) <= 3 and _looks_like_a_name(words))


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _runs_on(doc: Doc, content: tuple[int, int]) -> bool:
    """What follows a name's dash goes on describing the name, not quoting it: a phrase in
    lower case ("Ferguson — a community of over 21,000 — erupted") or a verb with no
    subject, a list's entry ("Sen. Ted Cruz (R-Texas) — Announced March 23, 2015")."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or not len(span):
        return True
    first = span[0]
    return first.text[:1].islower() or first.tag_ in ("VBD", "VBN")


def _a_title(doc: Doc, first_line_end: int, content: tuple[int, int]) -> bool:
    """The text's first line with no verb after its colon: a title, not a turn ("The Ninth
    Circle: The Hellish View from Inside the Beltway, #2."; but "Trump: I will win", and a
    quoted headline, 'Blair: "No regrets over Iraq"', is a quotation)."""
    if 0 <= first_line_end < content[0]:
        return False
    span = doc.char_span(*content, alignment_mode="expand")
    return (span is not None and not span.text[:1] in OPENING_ANY_MARKS
            and not any(t.pos_ in ("VERB", "AUX") for t in span))


def _is_a_list(doc: Doc, content: tuple[int, int]) -> bool:
    """ "Replacements: Gotting, McKenzie, Lock, Hart.", "Subs Not Used: Johnson, Smertin,
    Cudicini.": names in a row, no verb."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return True
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    commas = sum(t.text == "," for t in span)
    return commas >= 3 or commas >= 1 and all(t.pos_ == "PROPN" or t.is_punct for t in span)


def _looks_like_a_name(words: list[str]) -> bool:
    # "The Latest: Trump delivers ..." (AP's running story) is a label like "Update:"
    first = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    if _bare(first) in _LABELS or not words[0][:1].isupper():
        return False
    if len(words) > 1 and _bare(words[-2]) in _LABEL_OWNERS:
        return False  # "Editor's Note:", "Reader's Comment:": the page speaks, no one named
    if any(w.lower() in _VERB_WORDS for w in words[1:]):
        return False  # "FIX IS IN: PBS Moderators Ignore ...": a kicker with a verb, no name
    return all(w[:1].isupper() or w[:1] in "(@" or w.lower() in _CONNECTORS for w in words)


def _a_heading(doc: Doc, start: int, end: int) -> bool:
    """A list's heading in title case that opens on a bare verb: "Keep Your Hair's
    Movement:", "Go Easy on Styling:", "Make It the Focal Point:" (self.com); a name never
    does. RETURNS (bool)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].tag_ == "VB" and not any(t.ent_type_ == "PERSON" for t in span)


def _bare(word: str) -> str:
    """A label word in lower case, without its possessive or punctuation ("Editor’s" -> "editor")."""
    word = word.lower().strip(".,'’")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _is_personal_name(doc: Doc, speaker: Token, words: list[str]) -> bool:
    """A PERSON, or two to four title-case words that name no place: the NER misses many
    names, and a dateline is a place in capitals ("WASHINGTON —", "NEW YORK —")."""
    if speaker.ent_type_ == "PERSON":
        return True
    return (2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)
            and speaker.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP"))


def _speaker(doc: Doc, start: int, end: int) -> Token | None:
    """The name's head: a person's last name token, else its last noun before a bracket."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    people = [t for t in span if t.ent_type_ == "PERSON"]
    if people:
        return people[-1]
    nouns = []
    for token in span:
        if token.text == "(":
            break
        if token.pos_ in ("PROPN", "NOUN", "PRON", "X") or token.text[:1].isupper():
            nouns.append(token)
    return nouns[-1] if nouns else None


def label_verb_before(doc: Doc, start: int) -> Token | None:
    """The verb of an inverted label that opens its sentence right before a quotation at
    ``start``: "Stated Stone: “I think ...”", "Added Stone: “...”". The tagger reads a
    capitalised verb before a name as part of the name ("Stated" PROPN, compound), so no
    verb rule sees it; the shape alone (label verb, one to four title-case words, a colon,
    the quotation) is the cue. RETURNS (Token | None): the verb."""
    span = doc.char_span(max(0, start - 200), start, alignment_mode="expand") if start > 0 else None
    colon = next((t for t in reversed(span) if t.idx < start and not t.is_space), None) if span is not None else None
    if colon is None or colon.text != ":":
        return None
    first = colon.i
    while first > 0 and colon.i - first < 5 and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper():
        first -= 1  # the title-case run before the colon: the verb and the name
    verb = doc[first]
    if first >= colon.i - 1 or verb.lower_ not in LABEL_VERBS:
        return None  # no name after the verb, or no label verb
    opens = verb.i == 0 or doc[verb.i - 1].is_space or doc[verb.i - 1].text in (".", "!", "?", "”", '"')
    return verb if opens else None

