"""The person a sentence of narration introduces and the quotation after it goes on with:
"And Bortolami feels the Edinburgh contest could end up being a bruising battle. "It will
not be a pretty game," said the lock forward." A news writer names the person, then quotes
them and closes the quotation with a description instead of the name ("the Gloucester
fly-half", "the lock forward"); the reader takes the description for the one person the
sentence before made its subject, when no one else who might be meant was the subject of
the sentence before that. Used by ``speaker_resolution`` only where every other rule
left the description unnamed, so a description the article gave someone ("the Tory leader")
is still that person's. The shape of the description and the subjects looked at are
``subject_renamed``'s (``renaming_role``, ``subjects_between``), which renames a clause's
subject the same way; who may be meant differs (here one subject by name in the sentence
right before an opening quotation; there one named person of the role's party and gender).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .deps import sentence_before
from .entities import ArticleEntity
from .lexicon import SPOKESPEOPLE
from .phrases import Phrase
from .quotes import OPENING_ANY_MARKS, text_of
from .subject_renamed import renaming_role, subjects_between

if TYPE_CHECKING:
    from .resolved import Resolved
    from .resolver import Resolver

# How the other rules leave a description the article gave no one.
_UNNAMED = ("role-unresolved", "unnamed", "nominal-unresolved")


def introduced_person(resolver: Resolver, phrase: Phrase, content: tuple[int, int],
                      resolved: Resolved) -> Resolved | None:
    """``introduced`` as the resolver gives a person ("role-introduced"), or None."""
    person = introduced(resolver, phrase, content, resolved)
    if person is None:
        return None
    if person.primary_role()[0] is None and phrase.role.title:
        # "said the lock forward" of one given no title: the role is the person's title
        person.note(offset=phrase.start, title=phrase.role.title, affiliation=phrase.role.affiliation)
    return resolver._of_entity(person, "role-introduced")


def introduced(resolver: Resolver, phrase: Phrase, content: tuple[int, int],
               resolved: Resolved) -> ArticleEntity | None:
    """The named person the sentence right before a quotation made its subject, when the
    quotation opens its sentence and closes with a definite description of its speaker
    that names no office nor a spokesman ("said the Gloucester fly-half" after "Amor … was delighted with
    his award." -> Amor); one such person only, of no other gender. RETURNS (ArticleEntity | None)."""
    head = phrase.head
    if resolved.how not in _UNNAMED or resolved.type != "person" or phrase.plural or phrase.possessor is not None \
            or phrase.body:
        return None  # (a document, "said the report", is no person)
    if not renaming_role(phrase, phrase.noun or head.lemma_.lower(), SPOKESPEOPLE):
        return None  # an office goes to whoever holds it, and a spokesman speaks for someone else
    doc = head.doc
    text = text_of(doc)
    start = content[0]
    if phrase.start < content[1] or start >= len(text) or text[start] not in OPENING_ANY_MARKS:
        return None  # the description closes the quotation: '"…," said the lock forward'
    before = _sentence_before(doc, start)
    if before is None:
        return None
    subjects = {e.name: e for o, e in subjects_between(resolver, before[0], before[1])
                if e.type == "person" and not e.unnamed}
    if len(subjects) != 1:
        return None
    person = next(iter(subjects.values()))
    if phrase.gender and person.gender and phrase.gender != person.gender:
        return None
    # anyone else who might be meant, a subject outside a quotation in the sentence before
    # that ("Kevin Bell scored the winner. Jim Hay came on late. "…," said the striker")
    rivals = [e for o, e in subjects_between(resolver, before[2], before[0]) if e.name != person.name
              and e.type == "person" and not e.unnamed and not resolver._inside_content(o)
              and resolver.may_hold(e, phrase)]
    return None if rivals else person


def _sentence_before(doc: Doc, at: int) -> tuple[int, int, int] | None:
    """The characters of the sentence that ends right before offset ``at`` (a quotation's
    opening mark), when nothing but space lies between, and where the sentence before that
    starts. RETURNS (start, end, earlier start) or None."""
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None or token.start == 0:
        return None
    sentence = token[0].sent
    if sentence.start != token.start:
        return None  # the quotation opens no sentence: the narration runs into it
    previous = sentence_before(sentence)
    if previous is None:
        return None
    return previous.start_char, previous.end_char, (sentence_before(previous) or previous).start_char
