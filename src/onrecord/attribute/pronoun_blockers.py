"""A "he" or "she" whose nearest fitting subject is a private person the article never names.

Crime and court reports name the police, the lawyers and the accused, and call the others by
what they are: "The boyfriend told investigators that the shooter and another man were in a
white car, search warrant documents say. He said the car had driven past him" (news-html
pe.com1). The chain of speakers offers only the named ones, so "He" went to the investigator
named two paragraphs up, a wrong person. Where the subject of the pronoun's sentence before
it, or of the sentence before, is such a person ("the boyfriend", "her husband", "the
victim"), of the pronoun's gender, outside what anyone said, a named antecedent fits only if
the article names them after that subject; otherwise the pronoun stands for that unnamed
person. A role noun ("the minister", "the officer") is left out: the article often uses it
for someone it has named.

Likewise an unnamed person of no known gender ("an official said") is no antecedent for a
"she" where, since, the article names one woman sure by her honorific or first name ("Mrs
Thatcher had not, Mr Addison added, been impressed ... She asked for ..."): that woman is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .deps import NOUN_SUBJECT_DEPS, sentence_before
from .lexicon import FEMALE_PRONOUNS, FEMALE_WORDS, KIN_NOUNS, MALE_PRONOUNS, MALE_WORDS
from .phrases import describe
from .pronoun_fit import quoted_before
from .quotes import text_of
from .resolved import Resolved

__all__ = ["PRIVATE_NOUNS", "past_private_subject", "private_subject_before"]

# Private people a report calls by a relation or a part in the events, never by an office
# (``private_people.PUBLIC_MEMBER_NOUNS`` are the public a place is written before: "a Syrian man").
PRIVATE_NOUNS = _PRIVATE = KIN_NOUNS | frozenset("""
boyfriend girlfriend partner
victim suspect gunman shooter attacker assailant driver passenger man woman boy girl teenager teen
neighbour neighbor landlord tenant motorist pedestrian survivor defendant
""".split())
# Their genders: the lexicon's gendered nouns and, here only, kin and parts the lexicon leaves
# out (in ``lexicon.FEMALE_WORDS`` they would also make a person named beside them a woman or a man).
_FEMALE = FEMALE_WORDS | frozenset("girlfriend fiancee fiancée aunt niece grandmother granddaughter widow girl".split())
_MALE = MALE_WORDS | frozenset("boyfriend fiance fiancé uncle nephew grandfather grandson widower boy gunman".split())
_DEFINITE = frozenset("the this that his her their".split())


def private_subject_before(pronoun: Token) -> Token | None:
    """The head of the latest main-clause subject before ``pronoun``, in its sentence or the
    one before, that is a private person of its gender called only by a noun ("The
    boyfriend told investigators ... He said"); None where there is none."""
    gender = "female" if pronoun.lower_ in FEMALE_PRONOUNS else "male" if pronoun.lower_ in MALE_PRONOUNS else None
    if gender is None:
        return None
    doc, sentence = pronoun.doc, pronoun.sent
    start = (sentence_before(sentence) or sentence).start
    found = None
    for token in doc[start : pronoun.i]:
        if token.dep_ not in NOUN_SUBJECT_DEPS or token.tag_ != "NN" or not _main_clause(token.head):
            continue
        noun = token.lemma_.lower()
        if noun not in _PRIVATE or (noun in _FEMALE and gender == "male") or (noun in _MALE and gender == "female"):
            continue
        if token.ent_type_ or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in token.children):
            continue  # "The man, John Smith," is named
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children):
            continue  # "a man" brings someone in; "the man", "her husband" is someone already there
        if quoted_before(text_of(doc), token.idx):
            continue  # "'My husband was there,' she said": someone else's words
        found = token
    return found


def _main_clause(verb: Token) -> bool:
    """A clause the narration states: the sentence's own, one joined to it, or the one a
    trailing source reports ("The boyfriend told investigators ..., documents say")."""
    return verb.dep_ in ("ROOT", "conj") or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.i > verb.i


def past_private_subject(resolver, pronoun: Token, offset: int, wants) -> Resolved | None:
    """What ``pronoun`` at ``offset`` stands for where a private person stands between it
    and the antecedent the chain would give: that person, unnamed ("boyfriend"), unless
    the first antecedent that ``wants`` is named after them; else the one named person of
    its gender named since an unnamed one the chain gives (``_named_over_unnamed``). None:
    neither (the resolver goes on as it would)."""
    blocker = private_subject_before(pronoun)
    if blocker is None:
        return _named_over_unnamed(resolver, pronoun, offset, wants)
    for _, resolved in resolver._antecedents(offset):
        if wants(resolved) and id(resolved.entity) not in resolver.excluded:
            entity = resolved.entity
            if entity is not None and any(blocker.idx <= m < offset for m in entity.mentions):
                return None
            break
    described = resolver.resolve(describe(blocker))
    if described.name and described.unnamed:
        return replace(described, type="person", how="pronoun-private")
    return Resolved(None, "person", how="pronoun-private")


def _named_over_unnamed(resolver, pronoun: Token, offset: int, wants) -> Resolved | None:
    """The one person of ``pronoun``'s gender, sure by an honorific or a first name, whom the
    article names after the unnamed person of no known gender that the chain would give:
    "Implementing the system was 'unrealistic', an official said. ... Mrs Thatcher had not,
    Mr Addison added, been impressed ... She asked for the exam to be postponed" (news-html
    telegraph.co.uk2) is Mrs Thatcher, not the official. None where the chain gives
    anyone else, or two such people are named."""
    gender = "female" if pronoun.lower_ in FEMALE_PRONOUNS else "male" if pronoun.lower_ in MALE_PRONOUNS else None
    if gender is None:
        return None
    first = next((r for _, r in resolver._antecedents(offset) if wants(r) and id(r.entity) not in resolver.excluded), None)
    entity = first.entity if first is not None else None
    if entity is None or not entity.unnamed or entity.gender is not None:
        return None
    since = entity.last_before(offset)
    named = [e for e in resolver.table.people() if not e.unnamed and e.gender_sure and e.gender == gender
             and any(since < m < offset for m in e.mentions)]
    if len(named) != 1:
        return None
    return resolver._bound(resolver._of_entity(named[0], "pronoun-gender"), pronoun.lower_, "pronoun-gender")
