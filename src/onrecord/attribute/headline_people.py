"""The person a headline names and the lead's first sentence calls by a role: "Blair
defends terror law changes / The prime minister has defended measures ...". The NER often
misses a bare surname in a headline, so the table has no entity there; the body names the
person only later ("But Tony Blair said ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from .entities import ArticleEntity, EntityTable


def person_of_headline(table: EntityTable, head: Token, may_hold) -> ArticleEntity | None:
    """The one person whose name shares a capitalised word with the headline, when ``head``
    (a definite role noun, the subject) is in the body's first sentence and the body names
    no person before it; ``may_hold(entity)`` says whether nothing contradicts the role.
    RETURNS (ArticleEntity | None)."""
    doc, end = head.doc, table.headline_end
    if end <= 0 or head.idx < end or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    first = next((s for s in doc.sents if s.start_char >= end and s.text.strip()), None)
    if first is None or head.sent.start != first.start:
        return None
    people = [e for e in table.people() if not e.unnamed and e.type == "person"]
    if any(end < m < head.idx for e in people for m in e.mentions):
        return None  # a role after a name takes the name up: the resolver's other rules
    words = {t.lower_ for t in doc[: first.start] if t.idx < end and t.pos_ == "PROPN" and t.is_title}
    named = [e for e in people if words & set(e.key) and min((m for m in e.mentions if m >= end), default=-1) > head.idx]
    if len(named) != 1 or not may_hold(named[0]):
        return None
    return named[0]
