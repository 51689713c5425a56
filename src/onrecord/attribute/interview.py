"""Q&A transcripts: a "Q:" turn is the interviewer's, an "A:" turn the interviewee's, and
a turn labelled with a name in capitals ("BIDEN:") the person the article names so.

The interviewee is the person the article names for the interview: the person its headline
names ("Q&A with Vice President Joe Biden"), else the person it mentions most outside the
turns. Questions never go to the interviewee; with no one named the answer stays
unresolved rather than going to "A".
"""

from __future__ import annotations

from spacy.tokens import Doc

from .entities import ArticleEntity, EntityTable
from .initials import person_of_initials
from .names import name_key
from .quotes import text_of

QUESTION_LABELS = frozenset(("q", "question", "interviewer"))
ANSWER_LABELS = frozenset(("a", "answer"))


def turn_of(label: str) -> str | None:
    """ "question", "answer" or None for a line label ("Q", "A.", "Question")."""
    word = label.strip().strip(".").lower()
    if word in QUESTION_LABELS:
        return "question"
    if word in ANSWER_LABELS:
        return "answer"
    return None


def interviewee(doc: Doc, table: EntityTable, turns: list[tuple[int, int]]) -> ArticleEntity | None:
    """The person answering in a transcript whose turns span ``turns`` (character ranges).

    RETURNS (ArticleEntity | None)."""
    first_turn = min((start for start, _ in turns), default=len(text_of(doc)))
    headline_end = text_of(doc).find("\n")
    headline_end = headline_end if headline_end >= 0 else len(text_of(doc))

    def outside(entity: ArticleEntity) -> list[int]:
        return [m for m in entity.mentions if not any(s <= m < e for s, e in turns)]

    people = [e for e in table.people() if outside(e)]
    if not people:
        return None
    in_headline = [e for e in people if any(m < headline_end for m in e.mentions)]
    pool = in_headline or [e for e in people if any(m < first_turn for m in e.mentions)] or people
    ranked = sorted(pool, key=lambda e: (-len(outside(e)), min(e.mentions)))
    if len(ranked) > 1 and len(outside(ranked[0])) == len(outside(ranked[1])) and not in_headline:
        return None  # two people as prominent: the article does not say who answers
    return ranked[0]


def labelled_person(table: EntityTable, label: str, offset: int, labels: list[str]) -> ArticleEntity | None:
    """The person a turn labelled in capitals is ("BIDEN:", "JAKE TAPPER:"): the one person the
    article names in full whose name ends with the label's words (Joe Biden), whatever the
    NER made of the label itself (a "group" BIDEN); else the fullest label of that surname in
    the transcript, in title case ("TAPPER:" after "JAKE TAPPER:" -> Jake Tapper), as a
    person. None for a label that is no name in capitals. RETURNS (ArticleEntity | None)."""
    key = name_key(label)
    if not key or not label.isupper():
        return None
    named = [e for e in table.entities if not e.unnamed and not e.name.isupper() and "person" in e.votes
             and (e.key[-len(key):] == key or key in e.alias_keys)]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        return None  # two Clintons: the label does not say which
    by_initials = person_of_initials([e for e in table.people() if not e.unnamed], label)
    if by_initials is not None:
        return by_initials  # "AD" after "Ava DuVernay" (a magazine Q&A's turns)
    fullest = max((other for other in labels if name_key(other)[-len(key):] == key), key=lambda o: len(name_key(o)),
                  default=label)
    person = table.add(fullest.title(), offset, person=True)
    if person.name.isupper():
        person.name = fullest.title()  # the table's own entry in capitals ("TAPPER"), written as a name
    person.note(offset=offset, vote="person", weight=2)
    return person
