"""The body written after a name: "Senator Bernie Sanders of Vermont", "analyst Jason Kenney
at ING", "Colin Asplin, Blackpool Hotel Association said"; and whether it or the place
before the name is the person's affiliation ("US researcher John Smith of West Virginia
University" -> West Virginia University). Built on ``role_phrases.body_of``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .body_anaphora import owner_earlier_in_sentence
from .named_territories import PLACE_OFFICES, where_someone_is
from .names import span_text
from .role_phrases import body_of, name_of_described_body, territorial
from .role_words import POSTED_ROLES
from .roles import Role, clean_words, is_role_noun, place_of


# How the parser hangs "Colin Asplin" in "Colin Asplin, Blackpool Hotel Association said".
_NAME_BEFORE_BODY = frozenset(("nsubj", "npadvmod", "dep"))


def body_after_name(name_head: Token) -> str | None:
    """The body written after a name: "Senator Bernie Sanders of Vermont", "analyst Jason
    Kenney at ING". RETURNS (str | None)."""
    doc = name_head.doc
    end = name_head.right_edge.i
    end = end - 1 if doc[end].text == "," else end  # (the parser may hang the comma on the name)
    # "Mike Hobday, from the League Against Cruel Sports, said", "said Brad Wernle, from
    # Automotive News Europe": the parser hangs the body on the verb, right after the comma; after a
    # quote, on the quote's own verb ('"...," Jeff Joseph, from the Consumer Electronics
    # Association (CEA) told the BBC'), where only a named organisation is taken
    after_comma = doc[end + 2] if end + 2 < len(doc) and doc[end + 1].text == "," else None
    hung = [p for p in (after_comma,) if p is not None and p.dep_ == "prep" and p.lower_ in ("of", "at", "from")
            and p.head.i != name_head.i and any(c.dep_ == "pobj" and (c.ent_type_ == "ORG" or name_of_described_body(c)
                                                                      and p.head.i == name_head.head.i) for c in p.children)
            and (name_head.dep_ in ("nsubj", "nsubjpass") and p.head.i == name_head.head.i or name_head.dep_ == "appos")]
    for prep in list(name_head.rights) + hung:
        if prep.dep_ == "prep" and (prep.lower_ in ("of", "at", "from") or _role_to(name_head, prep)) and not territorial(name_head, prep):
            # ("said Jane Roe of research firm IDC": a descriptor introducing the body's name)
            objects = [c for c in prep.children if c.dep_ == "pobj" and (c.ent_type_ in ("ORG", "GPE") or c.pos_ == "PROPN"
                                                                         or name_of_described_body(c) or _named_group(c))
                       and c.ent_type_ not in ("DATE", "TIME", "PERSON")]
            if objects and not where_someone_is(prep, objects[0]):
                # not where the body is: "West Virginia University in the United States"
                where = {t.i for c in objects[0].children if c.dep_ == "prep" and c.lower_ in ("in", "near") for t in c.subtree}
                # (tokens compare by position: spaCy makes a new Token object on each access)
                body = body_of(name_head) if prep.head.i == name_head.i else name_of_described_body(objects[0]) or clean_words(
                    [t for t in objects[0].subtree if t.i not in where])
                return place_of(span_text(_whole_body(objects[0], body))) if body else None
    if name_head.dep_ in _NAME_BEFORE_BODY and end + 2 < len(doc) and doc[end + 1].text == ",":
        # "Colin Asplin, Blackpool Hotel Association said": the body the parser made a second subject
        body = doc[end + 2]
        while body.dep_ == "compound" and body.head.i > body.i:
            body = body.head
        if body.dep_ == "nsubj" and body.head.i == name_head.head.i and body.ent_type_ == "ORG" and body.left_edge.i == end + 2 \
                and not any(c.dep_ == "conj" for c in body.children):
            return span_text(clean_words(list(body.subtree)))
    return None


def _role_to(name_head: Token, prep: Token) -> bool:
    """ "Paul Boateng, Chief Secretary to the Treasury, is to step down": the body after "to"
    that the parser hung on the name, not on the role in apposition right before it."""
    role = name_head.doc[prep.i - 1]
    return prep.lower_ == "to" and role.dep_ == "appos" and role.head.i == name_head.i and is_role_noun(role, strict=True) \
        and role.lemma_.lower() not in POSTED_ROLES


def _named_group(noun: Token) -> bool:
    """ "Robert Antonacci of the New York delegation": a body of people a name qualifies."""
    return noun.lemma_.lower() in ("delegation", "caucus", "campaign", "administration", "committee") and any(
        c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG", "PERSON")) for c in noun.children)


def _whole_body(first: Token, body: list[Token]) -> list[Token]:
    """The body's name as the NER reads it where the parse cut it short: "Jim Parton, from
    Families Need Fathers" (a name that reads as a clause, "Need" parsed as its verb)."""
    if first.ent_type_ != "ORG" or first.ent_iob_ != "B":
        return body
    end = first.i + 1
    while end < len(first.doc) and first.doc[end].ent_iob_ == "I":
        end += 1
    return list(first.doc[first.i : end]) if end - 1 > max(t.i for t in body) else body


def body_over_place(role: Role, name_head: Token, premodifiers: Sequence[Token]) -> str | None:
    """The affiliation of a named person from the words before the name and the body after
    it: a bare place before the name gives way to the organisation named after it ("US
    researcher John Smith of West Virginia University" -> West Virginia University), unless
    the role represents the place ("US Ambassador John Bolton of the State Department",
    "Wales striker Craig Bellamy")."""
    if role.affiliation is None:
        # "..., its chief executive Arun Sarin said": the body the sentence opened with
        owner = owner_earlier_in_sentence(None, premodifiers[0]) if premodifiers and premodifiers[0].dep_ == "poss" else None
        return owner or body_after_name(name_head)
    places = [t for t in premodifiers if t.ent_type_ in ("GPE", "NORP", "LOC")]
    names = [t for t in premodifiers if t.text[:1].isupper() and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC")
             and (role.title is None or t.text not in role.title.split())]
    last = role.title.lower().split()[-1] if role.title else ""
    if not places or names or last in PLACE_OFFICES or last in _REPRESENTATIVES:
        return role.affiliation
    after = body_after_name(name_head)
    organisation = after is not None and any(t.ent_type_ == "ORG" and t.text in after.split() for t in name_head.sent
                                             if t.i > name_head.i)
    return after if organisation else role.affiliation


# Roles that speak or play for a country or a city, besides its offices (PLACE_OFFICES).
_REPRESENTATIVES = frozenset("""
spokesman spokeswoman spokesperson official officials negotiator delegate coach manager captain skipper player
striker defender midfielder forward winger goalkeeper keeper international
""".split())
