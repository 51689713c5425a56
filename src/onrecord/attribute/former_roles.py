"""A past role as the writer's second name for the person just named (reader-judged stop 38:
"the general secretary", "an agent" left unnamed though the sentence before named who):

    Lord Butler said the government had too much freedom ... The former cabinet secretary
    said in an interview ...
    Mr Blunkett quit as home secretary last week ... In a statement, the ex-home secretary
    said he accepted the inquiry's findings.

A definite "former"/"ex-"/"retired" role that no one in the article holds as written is the person
the sentence right before names as its subject, or the only person that sentence names.
A past role contradicts no present title, which is why the resolver's other rules (which
keep a role from a person titled otherwise) leave it; a present one ("the chancellor") may
be anyone's, so it is left to them. Precision first: no one named in the role's own
sentence before it, no sure gender against it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import NOUN_SUBJECT_DEPS, sentence_before
from .entities import ArticleEntity, EntityTable
from .names import is_first_name
from .past_roles import past_word


def past_role(head: Token) -> bool:
    """Whether a role noun is written as a past one: "the former cabinet secretary", "the
    ex-home secretary", "the retired general" (every word of ``past_roles``)."""
    return any(past_word(t) for t in head.doc[head.left_edge.i : head.i + 1])


def person_just_named(table: EntityTable, head: Token, gender: str | None) -> ArticleEntity | None:
    """The person the sentence before the role's names (its subject's, else its only one),
    when the role's own sentence names no one before it. RETURNS (ArticleEntity | None)."""
    sent = head.sent
    doc = head.doc
    if sent.start == 0 or any(t.ent_type_ == "PERSON" for t in doc[sent.start : head.left_edge.i]):
        return None
    before = sentence_before(sent)  # (not None: the sentence is not the first)
    start, end = before.start_char, before.end_char
    # (a person sure to be one: an honorific, a title or a first name, not "Narcotics Anonymous")
    named = [e for e in table.people() if not e.unnamed and any(start <= m < end for m in e.mentions)
             and (e.personal or is_first_name(e.name.split()[0]))]
    subject = next((t for t in before if t.dep_ in NOUN_SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
    chosen = None
    if subject is not None:
        lo, hi = subject.left_edge.idx, subject.idx + len(subject.text)
        chosen = next((e for e in named if any(lo <= m < hi for m in e.mentions)), None)
    if chosen is None and len(named) == 1:
        chosen = named[0]
    if chosen is None or gender and chosen.gender_sure and chosen.gender != gender:
        return None
    return chosen
