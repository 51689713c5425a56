"""Readers' comments printed under an article ("Your views", "Have your say"; issue 12): a
run of short texts each signed "Name, Place" — at the end of its paragraph ("... is a
killer. Jane Miller, London"), on a line of its own after it, or as a label before it
("Paul Jones, Bristol: The tests are a waste of time"). Their words are a reader's, not a
source's the article reports as news, and what they report others saying ("my doctor told
me ...") is hearsay of a reader: ``non_statements`` keeps every finding in them out of the
default record. One signature alone is not a list (a caption, a sign-off): it takes two,
or one closing the article under a comment in the first person ("I think ...", "my doctor
..."), outside any quotation: a reader's letter.

The writer's own "I say" is no one's statement either: "This new party seems a logical next
step. Good luck to the man, I say." (``writers_aside``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .found import Found

from .quotes import text_of

# A capitalised word of a name or place ("O'Neill", "St.", "Stoke-on-Trent").
_WORD = r"[A-Z][\w'’.-]*"
# Lower-case words inside a place name: "Newcastle upon Tyne", "Isle of Man".
_PLACE = rf"{_WORD}(?:(?: |/)(?:{_WORD}|of|upon|on|the|de|la|le|am))*"
# Lower-case particles inside a name: "Pieter van Dijk", "Ahmed al-Khan".
_PARTICLE = r"(?:van|von|der|den|de|da|di|du|del|della|la|le|bin|ibn|al-[A-Z][\w'’-]*|el-[A-Z][\w'’-]*)"
# A reader's age may follow the name: "Mark, 23, Leeds".
_SIGNATURE = rf"{_WORD}(?: (?:{_WORD}|{_PARTICLE})){{0,3}},(?: \d{{1,2}},)? {_PLACE}(?:, {_PLACE})?"
# A signature closing a paragraph after its last sentence, or standing alone on its line.
_ENDING = re.compile(rf"(?:^|(?<=[.!?\"”’)]) )(?P<sig>{_SIGNATURE})[ \t]*$", re.M)
# A signature as the label of the paragraph it opens.
_LABEL = re.compile(rf"^(?P<sig>{_SIGNATURE}):[ \t]+\S", re.M)
# Words that open a sentence, never a reader's name: "But Smith, the coach, ..." is prose.
_SENTENCE_OPENERS = frozenset("""
the a an it he she they we i you but and or so in on at as if this that there then when while after
""".split())
_LONGEST = 60
# Words of the shortest comment above a signature line: a name alone above a place is the
# two-line signature of a letter ("Heather T. Remoff.\n\nArlington, Mass."), no comment.
_SHORTEST = 6
_KEY = "onrecord_readers"
# First-person words of a reader writing, and quotations, whose "I" is someone else's.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me)\b")
# A line that heads readers' comments: "Here are some of your comments:", "Have your say".
_HEADING = re.compile(r"(?im)^[^\n]{0,40}\b(?:your (?:comments|views|e-?mails|letters|reactions?)|have your say|readers' (?:comments|views|letters))\b[^\n]{0,20}$")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def readers_comments(text: str) -> list[tuple[int, int]]:
    """The character ranges of the readers' comments in an article, in order; none unless
    at least two are signed. RETURNS (list[tuple[int, int]])."""
    ranges: list[tuple[int, int]] = []
    for match in _ENDING.finditer(text):
        if not _a_signature(match.group("sig")):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.start() > line_start:
            ranges.append((line_start, match.start()))  # "... is a killer. Jane Miller, London"
            continue
        before = text[:line_start].rstrip()
        previous = before.rfind("\n") + 1
        above = before[previous:]
        if len(above.split()) >= _SHORTEST and not _ENDING.search(above):
            ranges.append((previous, len(before)))  # the paragraph above a signature of its own
    for match in _LABEL.finditer(text):
        if _a_signature(match.group("sig")):
            end = text.find("\n", match.start())
            ranges.append((match.end("sig"), len(text) if end < 0 else end))
    if len(ranges) == 1 and re.fullmatch(_SIGNATURE, text[ranges[0][1]:].strip()) and (
            _first_person(text[slice(*ranges[0])]) or _HEADING.search(text, 0, ranges[0][0])):
        # one reader's letter closing the article: "My doctor told me ... John Smith, Leeds, UK",
        # or the only comment printed under "Your comments:"
        return ranges
    return sorted(ranges) if len(ranges) >= 2 else []


def in_readers_comment(doc: Doc, index: int) -> bool:
    """Whether a character offset of a Doc falls in a reader's comment. RETURNS (bool)."""
    ranges = doc.user_data.get(_KEY)
    if ranges is None:
        ranges = doc.user_data[_KEY] = readers_comments(text_of(doc))
    return any(start <= index < end for start, end in ranges)


def _a_signature(signature: str) -> bool:
    return len(signature) <= _LONGEST and signature.split(" ", 1)[0].lower() not in _SENTENCE_OPENERS


def _first_person(comment: str) -> bool:
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", comment)))


def writers_aside(found: Found) -> bool:
    """Whether a finding is the writer's own "I say" after what they say: "Good luck to the
    man, I say." — a present "say" of an "I" outside any quotation, in a paragraph with no
    quotation mark (a speaker's "I say to you" in a transcript turn is a quotation's or a
    labelled turn's). RETURNS (bool)."""
    cue, speaker = found.cue, found.speaker
    if speaker is None or speaker.lower_ != "i" or cue.lemma_.lower() != "say" or cue.tag_ != "VBP":
        return False
    if found.content[1] > cue.idx or any(c.dep_ in ("dative", "prep", "dobj") for c in cue.children):
        return False
    text = text_of(cue.doc)
    start = text.rfind("\n", 0, found.content[0]) + 1
    end = text.find("\n", cue.idx)
    paragraph = text[start : len(text) if end < 0 else end]
    return not _MARKS.search(paragraph) and not _LABEL_OPENING.match(paragraph)


_MARKS = re.compile("[\"“”„«»]|''|``")
# A transcript turn's label: "SMITH: ...", "Q: ...".
_LABEL_OPENING = re.compile(r"\s*[A-Z][\w .'-]{0,40}:\s")
