"""A "he" or "she" right after a sentence that names one person, outside what anyone said,
where the attribution chain and the narration's subjects would reach past that sentence to
someone named earlier: "According to all those players and even Federer himself, the Swiss
star is in a different league. / 'Right now I feel that a little bit,' he told BBC Sport"
is Federer, not Hewitt, the article's subject two sentences up. The sentence's one person
is the one the reader has in mind; a person or an unnamed one ("his spokesman") named
beside it, a "he" or "she" in it (which carries the chain on), or a default antecedent named
in that sentence, leaves the pronoun as it was.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .deps import NOUN_SUBJECT_DEPS, sentence_before
from .resolved import Resolved

# A narrating pronoun that keeps the chain's person in view (not "himself": "even Federer himself").
_CHAIN_PRONOUNS = frozenset("he him his she her".split())


def lone_person_before(resolver, pronoun: Token, offset: int, wants) -> Resolved | None:
    """The one person named (outside what was said) in the sentence before the pronoun's, where
    the pronoun is a clause's subject and its default antecedent was last named before that
    sentence; None otherwise. RETURNS (Resolved | None)."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    before = _sentence_before(resolver, pronoun.sent)
    if before is None or any(t.lower_ in _CHAIN_PRONOUNS and not resolver._inside_said(t.idx) for t in before):
        return None  # "He lost the final to Roger Federer": its "he" carries the chain on
    present = [e for e in resolver.table.entities if e.type == "person"
               and any(_outside_words(resolver, before, m) for m in e.mentions)]
    if len(present) != 1 or present[0].unnamed:
        return None
    person = resolver._of_entity(present[0], "pronoun-subject")
    if not wants(person) or id(present[0]) in resolver.excluded:
        return None
    first = next((r for _, r in resolver._antecedents(offset) if wants(r) and id(r.entity) not in resolver.excluded), None)
    if first is None or first.entity is None or first.entity is present[0]:
        return None
    if any(before.start_char <= m < offset for m in first.entity.mentions) \
            or any(before.start_char <= o < offset and r.entity is first.entity for o, r in resolver.chain):
        return None  # the default was named or spoke since ("..." the Labour MP for Birkenhead asked): it stays
    return resolver._bound(replace(person, how="pronoun-subject"), pronoun.lower_, "pronoun-subject")


def _sentence_before(resolver, sentence: Span) -> Span | None:
    """The sentence before ``sentence``, past any that lie wholly inside what was said (the
    quotation a tag like "he told BBC Sport" closes)."""
    return sentence_before(sentence, lambda before: resolver._inside_said(before.start_char)
                           and resolver._inside_said(before.end_char - 1))


def _outside_words(resolver, sentence: Span, offset: int) -> bool:
    return sentence.start_char <= offset < sentence.end_char and not resolver._inside_content(offset) \
        and not resolver._inside_said(offset)
