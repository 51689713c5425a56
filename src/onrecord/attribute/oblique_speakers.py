"""A pronoun after a sentence whose main subject is a person and whose last speaker is only
named inside one of its noun phrases: "The prime minister shrugged off claims from
Conservative leader Michael Howard that he led a 'grubby government'. He said ..." — "He"
is the prime minister, the sentence's subject, not Howard, the source of the claims the
subject shrugged off, whom the attribution chain holds as its latest speaker.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .deps import NOUN_SUBJECT_DEPS, name_head_at, sentence_before
from .phrases import describe
from .resolved import Resolved


def subject_over_oblique(resolver, pronoun: Token, offset: int, wants) -> Resolved | None:
    """The previous sentence's subject, resolved, where ``pronoun`` (its clause's subject,
    opening its sentence) would otherwise stand for the chain's latest speaker, named in that
    sentence inside a noun phrase ("claims from X", "X's claims"); None otherwise."""
    sentence = pronoun.sent
    if pronoun.dep_ not in NOUN_SUBJECT_DEPS or pronoun.i != sentence.start or sentence.start == 0:
        return None
    before = sentence_before(sentence)  # (not None: the sentence is not the first)
    if "\n" in resolver.doc[before.end - 1 : sentence.start + 1].text_with_ws.rstrip():
        return None  # another paragraph
    subject = next((c for c in before.root.children if c.dep_ in NOUN_SUBJECT_DEPS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    first = next(((how, r) for how, r in resolver._antecedents(offset)
                  if wants(r) and id(r.entity) not in resolver.excluded), None)
    if first is None or first[0] != "pronoun-speaker" or first[1].entity is None:
        return None
    mentions = [m for m in first[1].entity.mentions if before.start_char <= m < before.end_char]
    if not mentions or any(subject.left_edge.idx <= m <= subject.idx for m in mentions) \
            or not all(_inside_noun_phrase(resolver.doc, m) for m in mentions):
        return None
    resolved = resolver.resolve(describe(subject))
    if not resolved.name or resolved.entity is first[1].entity or not wants(resolved):
        return None
    return resolver._bound(replace(resolved, how="pronoun-subject"), pronoun.lower_, "pronoun-subject")


def _inside_noun_phrase(doc, offset: int) -> bool:
    """Whether the name at ``offset`` is the object of a preposition on a noun ("claims from
    X") or a noun's possessor ("X's claims"): no clause's participant."""
    token = name_head_at(doc, offset, ("compound", "flat", "amod"))  # "Conservative leader Michael Howard"
    if token is None:
        return False
    if token.dep_ == "poss":
        return token.head.dep_ not in NOUN_SUBJECT_DEPS
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN"
