"""Q&A transcripts: a "Q:" turn is the interviewer's, an "A:" turn the interviewee's.

The interviewee is the person the article names for the interview: the person its headline
names ("Q&A with Vice President Joe Biden"), else the person it mentions most outside the
turns. Questions never go to the interviewee; with no one named the answer stays
unresolved rather than going to "A".
"""

from __future__ import annotations

from spacy.tokens import Doc

from .entities import ArticleEntity, EntityTable
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
