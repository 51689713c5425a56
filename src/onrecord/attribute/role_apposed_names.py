"""A name set off by commas after a role's own phrase, which the parser hung inside that
phrase: "The author of the book, Mitchell Zuckoff, said" (the name beside "book"), "The
editor I was talking to, Tim Grieve, said" (the name inside the relative clause). A thing
("book", "energy") has no personal name in apposition, so the name is the role's.

Apart from ``name_carriers.name_carriers``, which keeps the rule for a body's name there
("The manager of Arsenal, Arsene Wenger").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import KIN_NOUNS, PERSON_NOUNS
from .roles import is_role_noun


def names_beside_role_phrase(head: Token) -> list[tuple[Token, Token]]:
    """(name token, ``head``) for each person's name set off by commas that the parser hung
    on a thing the role noun ``head`` governs ("of the book") or on its relative clause,
    the name closing the role's phrase. Never beside a person ("the wife of the prime
    minister, Tony Blair" is his)."""
    doc = head.doc
    hosts = [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "to", "for")
             for g in p.children if g.dep_ == "pobj" and _thing(g)]
    hosts += [g for h in list(hosts) for g in h.children if g.dep_ == "conj" and _thing(g)]
    hosts += [r for r in head.children if r.dep_ == "relcl"]
    out = []
    for host in hosts:
        for name in host.children:
            if name.dep_ in ("appos", "npadvmod") and name.ent_type_ == "PERSON" and name.i > head.i \
                    and doc[name.left_edge.i - 1].text == "," and _closes_phrase(name, head):
                out.append((name, head))
    return out


def _thing(token: Token) -> bool:
    """A common noun that names no person: no role, kin or person noun, no person's name."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and not token.ent_type_ and not is_role_noun(token) \
        and lemma not in PERSON_NOUNS and lemma not in KIN_NOUNS


def _closes_phrase(name: Token, head: Token) -> bool:
    """Whether the name ends the subject: a comma and then the role's verb (or the verb
    itself) follow it."""
    doc, end = name.doc, name.i + 1
    if end < len(doc) and doc[end].text == ",":
        end += 1
    while end < len(doc) and doc[end].dep_ in ("aux", "auxpass", "advmod", "neg") and doc[end].head.i == head.head.i:
        end += 1
    return end < len(doc) and end == head.head.i and head.dep_ in ("nsubj", "nsubjpass")
