"""Readers' comments printed under an article ("Your views", "Have your say"; issue 12): a
run of short texts each signed "Name, Place" — at the end of its paragraph ("... is a
killer. Jane Miller, London"), on a line of its own after it, or as a label before it
("Paul Jones, Bristol: The tests are a waste of time"). Their words are a reader's, not a
source's the article reports as news, and what they report others saying ("my doctor told
me ...") is hearsay of a reader: ``non_statements`` keeps every finding in them out of the
default record. One signature alone is not a list (a caption, a sign-off): it takes two.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .quotes import text_of

# A capitalised word of a name or place ("O'Neill", "St.", "Stoke-on-Trent").
_WORD = r"[A-Z][\w'’.-]*"
# Lower-case words inside a place name: "Newcastle upon Tyne", "Isle of Man".
_PLACE = rf"{_WORD}(?: (?:{_WORD}|of|upon|on|the|de|la|le|am))*"
_SIGNATURE = rf"{_WORD}(?: {_WORD}){{0,3}}, {_PLACE}(?:, {_PLACE})?"
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
    return sorted(ranges) if len(ranges) >= 2 else []


def in_readers_comment(doc: Doc, index: int) -> bool:
    """Whether a character offset of a Doc falls in a reader's comment. RETURNS (bool)."""
    ranges = doc.user_data.get(_KEY)
    if ranges is None:
        ranges = doc.user_data[_KEY] = readers_comments(text_of(doc))
    return any(start <= index < end for start, end in ranges)


def _a_signature(signature: str) -> bool:
    return len(signature) <= _LONGEST and signature.split(" ", 1)[0].lower() not in _SENTENCE_OPENERS
