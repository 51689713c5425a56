"""The person a nationality noun stands for when the NER typed that person otherwise
("Amelie Mauresmo lost to Russian Svetlana Kuznetsova ... said the Russian", with
"Svetlana Kuznetsova" read as an organisation or a place): the one name the article gave
that nation ("Russian X", "Russia's X", "X, the Russian"), when the name is shaped like
a person's (a first name the corpora know, an honorific before it, or the NER's person);
two such names make it a guess, and none is chosen (helper of
``role_resolution.RoleResolution._epithet``, after ``role_holders.described_as``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .entities import ArticleEntity
from .lexicon import NATION_OF_NOUN
from .names import is_first_name, is_honorific, span_text
from .phrases import Phrase
from .roles import place_of

if TYPE_CHECKING:  # role_resolution imports this module
    from .role_resolution import RoleResolution


def _name_tokens(head: Token, after: int) -> list[Token]:
    """The proper-noun name headed by ``head``: its capitalised compounds after ``after``."""
    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > after] + [head]
    words.sort(key=lambda t: t.i)
    # only a contiguous run ending at the head ("Svetlana Kuznetsova")
    while len(words) > 1 and words[0].i + len(words) - 1 != head.i:
        words = words[1:]
    return words


def _person_shaped(words: list[Token]) -> bool:
    """A first name the corpora know, an honorific before, the NER's person, or a first and
    last name the NER typed nothing ("Russian Svetlana Kuznetsova")."""
    first = words[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    return (len(words) > 1 and is_first_name(first.text)) or (before is not None and is_honorific(before)) \
        or all(t.ent_type_ == "PERSON" for t in words) or len(words) == 2 and not any(t.ent_type_ for t in words)


def _nation_of(token: Token) -> str | None:
    """The nation a modifier gives: "Russian" (a nationality), "Russia's" (a country)."""
    if token.dep_ in ("amod", "compound") and token.lower_ in NATION_OF_NOUN:
        return NATION_OF_NOUN[token.lower_]
    if token.dep_ == "poss" and token.ent_type_ == "GPE":
        return place_of(token.text)
    return None


def _given_names(doc, nation: str, end: int) -> dict[str, list[Token]]:
    """The person-shaped names the text before ``end`` gives ``nation``, by name."""
    names: dict[str, list[Token]] = {}
    for token in doc:
        if token.idx >= end:
            break
        head = token.head
        while head.dep_ == "compound" and head.pos_ == "PROPN" and head.head.pos_ == "PROPN" and head.head.i > head.i:
            head = head.head  # "Russian" hung on "Svetlana" of "Svetlana Kuznetsova"
        if _nation_of(token) == nation and head.pos_ == "PROPN" and head.i > token.i:
            words = _name_tokens(head, token.i)  # "Russian Svetlana Kuznetsova", "Russia's Kuznetsova"
        elif token.dep_ == "appos" and token.lower_ in NATION_OF_NOUN and NATION_OF_NOUN[token.lower_] == nation \
                and head.pos_ == "PROPN" and head.i < token.i:
            words = _name_tokens(head, -1)  # "Kuznetsova, the Russian,"
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue
            names[span_text(words)] = words  # a nationality in apposition is a person's
            continue
        else:
            continue
        if _person_shaped(words):
            names[span_text(words)] = words
    return names


def named_of_nation(resolver: RoleResolution, phrase: Phrase, nation: str, offset: int) -> ArticleEntity | None:
    """The one person-shaped name the article gave ``nation`` before the nationality noun
    (``phrase``), whatever type the NER gave it; it becomes a person. None where there are
    none or several."""
    head = phrase.head
    names = _given_names(head.doc, nation, head.doc[head.left_edge.i].idx)
    if len(names) != 1:
        return None
    name = next(iter(names))
    entity = resolver.table.find(name, offset) or resolver.table.add(name, offset, person=True)
    if entity.type != "person":
        entity.votes["person"] += sum(entity.votes.values()) + 1  # the name is a person's, whatever the NER said
    return entity


# Where a rival's name stands in the narration: a participant, not a place ("lost to
# Kuznetsova", "beat Kuznetsova", "Kuznetsova won"); "in Sydney" is where.
_RIVAL_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "conj", "appos"))
_RIVAL_PREPOSITIONS = frozenset(("to", "by", "against", "with", "over"))
# The NER's types a player's name is mistaken for (a person is the table's already; an
# event, "criticised Wimbledon", is no rival)
_MISTYPED = frozenset(("ORG", "GPE", ""))


def rival_named_since(entity: ArticleEntity, phrase: Phrase, offset: int, before: int) -> bool:
    """Whether, since ``entity``'s last mention, the narration named a participant the NER
    did not take for a person ("Amelie Mauresmo lost to Kuznetsova. The Russian said", with
    "Kuznetsova" a place to the NER): a nationality noun is then a guess between them. A
    country is no rival ("lost to France" is a team whose player the noun may be); nor a
    name from ``before`` on (the epithet's own opening phrase: "Reacting to a comment by
    Tim Phillips, the American said", ``role_match.opening_start``)."""
    doc = phrase.head.doc
    last = entity.last_before(offset)
    start = min(doc[phrase.head.left_edge.i].idx, before)
    countries = set(NATION_OF_NOUN.values())
    for token in doc:
        if token.idx <= last or token.pos_ != "PROPN" or token.ent_type_ not in _MISTYPED:
            continue
        if token.idx >= start:
            break
        if token.dep_ == "compound" or token.text in countries or place_of(token.text) in countries:
            continue
        if _destination(token):
            continue  # "said on a visit to Sydney ... said the New Zealander": where he went
        if token.dep_ in _RIVAL_DEPS or token.dep_ == "pobj" and token.head.lower_ in _RIVAL_PREPOSITIONS:
            return True
    return False


def _destination(token: Token) -> bool:
    """Whether ``token`` is a place a noun of going is "to" ("a visit to Sydney", "his trip
    to Paris"): a place the NER took for one, after a noun, not a verb ("lost to
    Kuznetsova" is a rival however the NER read her)."""
    preposition = token.head
    return token.dep_ == "pobj" and token.ent_type_ == "GPE" and preposition.lower_ == "to" \
        and preposition.head.pos_ == "NOUN"
