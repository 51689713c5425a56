"""A person's name the NER left unlabelled after a role written in capitals: "Suffolk Chief
Constable Alastair McWhirter said" (no entity at all, so the phrase read as a body named
"Suffolk Chief Constable Alastair McWhirter"). A known first name and a capitalised word
after a role noun are the person; the words before stay the role (``roles.split_role``)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TITLE_WORDS
from .names import is_first_name, span_text
from .org_kinds import kinds_of_name
from .roles import is_role_noun, place_of

def name_after_role(token: Token) -> list[Token] | None:
    """``[first name, token]`` when ``token`` closes a "Role First Surname" run the NER left
    without a person: the word before it a first name the corpora know, the one before that a
    capitalised role noun. None else ("Chief Constable Alastair McWhirter" -> Alastair
    McWhirter; not "Secretary General Kofi Annan" the NER found, nor "Director Guild")."""
    doc = token.doc
    if token.i < 2 or token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ or is_role_noun(token):
        return None
    first, role = doc[token.i - 1], doc[token.i - 2]
    if not (first.is_title and first.is_alpha and not first.ent_type_ and first.head.i == token.i):
        return None
    if not is_first_name(first.text) and not (office_in_capitals(role) and role.i >= token.sent.start and _speaking_name(first, token)):
        return None
    return [first, token] if role.text[:1].isupper() and is_role_noun(role, strict=True) and not is_first_name(role.text) else None

def body_before_name(role_head: Token, carrier: Token, name: list[Token]) -> str | None:
    """The body the parse ran into the name after a role's "of": "Shadow leader of the Commons
    Oliver Heald" parses "the Commons Oliver Heald" as the object of "of"; the capitalised
    words before the name are the body ("Commons"). None when the name is no such object or
    nothing capitalised stands before it."""
    prep = carrier.head
    if carrier.dep_ != "pobj" or prep.lower_ not in ("of", "at", "for") or prep.head.i != role_head.i or not name:
        return None
    words = [t for t in carrier.subtree if prep.i < t.i < name[0].i and t.lower_ != "the"]
    if not words or not all(t.text[:1].isupper() and t.is_alpha and t.ent_type_ != "PERSON" for t in words):
        return None
    return place_of(span_text(words))


def _speaking_name(first: Token, token: Token) -> bool:
    """ "French Green MEP Alain Lipietz warned": a first name the corpora do not know, but
    the two words, no role, title or body's name, are the subject of the verb."""
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.is_alpha and token.is_title \
        and not is_role_noun(first) and first.lower_ not in TITLE_WORDS and not kinds_of_name(f"{first.text} {token.text}")


def office_in_capitals(role: Token) -> bool:
    """An office written in capitals before a name: an initialism ("MEP", "MP") or a word of
    a title ("Minister"); not a trade that is also a firm's kind ("Miner Highland Gold")."""
    return role.text[:1].isupper() and (role.is_upper and len(role.text) > 1 or role.lower_ in TITLE_WORDS) \
        and is_role_noun(role, strict=True)
