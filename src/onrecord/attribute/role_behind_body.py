"""A role noun the parser hung below the body that premodifies it (BBC development articles:
"A Department for Work and Pensions spokeswoman confirmed ...", parsed as "A Department"
with "for ... spokeswoman" its preposition): the spokeswoman speaks, of that department,
not the department itself (and "she said" after it has someone to stand for).
"""

from __future__ import annotations

from spacy.tokens import Token

from .names import span_text
from .roles import Role, is_role_noun

# Lower-case words inside a body's name ("Department for Work and Pensions").
_JOINS = frozenset("for of and the &".split())


def role_behind_body(head: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """The role noun that ends a body's name's phrase, with the body's words and the role's
    (lower-case words before the noun: "press officer"): a capitalised head whose "for"/"of"
    holds capitalised words and then the role, nothing after.
    RETURNS ((role noun, body tokens, title tokens) | None)."""
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of") or prep.i != head.i + 1:
            continue
        role = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if role is None or role.pos_ != "NOUN" or role.tag_ != "NN" or not is_role_noun(role, strict=True) \
                or role.i != head.right_edge.i:
            return None
        between = list(head.doc[prep.i + 1 : role.i])
        named = [t for t in between if t.is_title]
        if not named:
            return None
        tail = between[between.index(named[-1]) + 1 :]  # "press" of "press officer"
        body = between[: len(between) - len(tail)]
        if not all(t.is_title and t.pos_ == "PROPN" or t.lower_ in _JOINS for t in body) \
                or not all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in tail):
            return None
        return role, list(head.doc[head.i : body[-1].i + 1]), [*tail, role]
    return None


def described_role(head: Token, describe, start: int, end: int):
    """``describe``'s Phrase for the role noun behind a body (``role_behind_body``), spanning
    ``start``-``end`` as written, the body its affiliation. RETURNS (Phrase | None)."""
    found = role_behind_body(head)
    if found is None:
        return None
    role, body, title = found
    phrase = describe(role)
    phrase.start, phrase.end = start, end
    phrase.role = Role(span_text(title), span_text(body))
    phrase.body = None
    phrase.description = f"{span_text(body)} {span_text(title)}"
    return phrase
