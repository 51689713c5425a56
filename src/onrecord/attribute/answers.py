"""Who answers: "A reporter asked Sanders how he's feeling. He replied: …" — the pronoun that
replies is the person the sentence before asked, not that sentence's subject (the asker).

A small rule of the resolver (``resolver.Resolver._pronoun``), kept apart so that the
resolver stays one reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import sentence_before
from .entities import ArticleEntity, EntityTable
from .names import span_text

# Cues whose subject answers a question put to them.
REPLY_VERBS = frozenset("reply answer respond retort".split())


def asked_person(pronoun: Token, table: EntityTable) -> ArticleEntity | None:
    """The named person asked in the sentence before, where ``pronoun`` is the subject of a
    reply ("He replied", "she answered"). RETURNS (ArticleEntity | None)."""
    cue = pronoun.head
    if pronoun.dep_ != "nsubj" or cue.lemma_.lower() not in REPLY_VERBS:
        return None
    before = sentence_before(pronoun.sent)
    if before is None:
        return None
    asked = [child for verb in before if verb.lemma_.lower() == "ask" and verb.pos_ == "VERB"
             for child in verb.children if child.dep_ in ("dobj", "dative") and child.pos_ == "PROPN"]
    if len(asked) != 1:
        return None
    name = span_text([t for t in asked[0].subtree if t.dep_ == "compound" or t.i == asked[0].i])
    person = table.find(name, asked[0].idx, person=True)
    return person if person is not None and person.type == "person" else None
