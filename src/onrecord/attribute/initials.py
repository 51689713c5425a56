"""Interview turns marked by the speakers' initials: "AD She was all in." / "OW: I did it
every time." after an intro that names Ava DuVernay and Oprah Winfrey (magazine Q&As).

An initials label is two or three capitals opening a paragraph, then a colon or a space and
a capital. It is a turn only where the article names one person with those initials ("Ava
DuVernay" is AD; a person by the NER, not any title-case run: "Associated Press" is no one,
and two "AP Photo/Evan Vucci" captions are no turns) and the letters are nowhere else in the
text as a word: "US officials",
"UK Prime Minister ..." are abbreviations the article uses in its sentences, and a label
no one's name spells is no turn. Two such paragraphs at least: one alone is a caption or
an abbreviation at a paragraph's start, not a transcript.
"""

from __future__ import annotations

import re

# a paragraph's opening initials, then a colon or a space and the turn's first word
_OPENING = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z]{2,3})(?::[ \t]*|[ \t]+)(?=[A-Z\"“'‘(])")


def initials_of(name: str) -> str:
    """ "AD" for "Ava DuVernay": the first letter of each capitalised word."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def initial_turns(text: str, people: list) -> dict[int, str]:
    """Where turns labelled with a person's initials start, and their label ("AD"); none
    unless two paragraphs at least open so. people: the article's named people
    (ArticleEntity), one of whom the label must spell. RETURNS (dict[int, str])."""
    openings = {m.start(): m.group("label") for m in _OPENING.finditer(text)}
    if len(openings) < 2:
        return {}
    kept = {}
    for start, label in openings.items():
        if person_of_initials(people, label) is None:
            continue
        elsewhere = [m.start() for m in re.finditer(rf"\b{label}\b", text) if m.start() not in openings]
        if not elsewhere:
            kept[start] = label
    return kept if len(kept) >= 2 else {}


def person_of_initials(people: list, label: str):
    """The one named person among ``people`` (ArticleEntity) whose name's initials are the
    label, else None (two people with them: the label does not say which)."""
    if not (2 <= len(label) <= 3 and label.isalpha() and label.isupper()):
        return None
    matching = [p for p in people if initials_of(p.name) == label]
    return matching[0] if len(matching) == 1 else None
