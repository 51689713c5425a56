"""The tokens of a speaker phrase that carry a person's name: the head, a name in
apposition ("The police chief, John Doe"), a name the parser hung elsewhere beside a role
("The manager of Arsenal, Arsene Wenger, said"; "wrote the American ambassador at the
time, John E. Herbst"); and the name, honorific and role head they give ``phrases.describe``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .names import honorific_word, is_honorific, without_nationality
from .phrase_shapes import appositive_name
from .role_apposed_names import names_beside_role_phrase
from .role_before_names import name_after_role
from .roles import is_role_noun
from .speakers import _entity_of, person_name_tokens


_BODY_LABELS = ("ORG", "GPE", "FAC")


def name_carriers(head: Token) -> list[tuple[Token, Token]]:
    """Tokens that may carry the speaker's name, each with the token whose role goes with it:
    the head; a name in apposition ("The police chief, John Doe"); for a role noun, a name
    in apposition to its apposition ("the work's author, US playwright Eve Ensler") and a
    name the parser conjoined to it ("record holder and BBC pundit Jonathan Edwards"); and a
    name the parser hung on the verb right after the subject and a comma ("one of the
    Guildford Four, Gerry Conlon, said")."""
    out = [(head, head)]
    appositions = [c for c in head.children if c.dep_ == "appos"]
    out += [(c, head) for c in appositions]
    if is_role_noun(head) and head.pos_ == "NOUN":
        out += [(g, c) for c in appositions if is_role_noun(c) and c.pos_ == "NOUN"
                for g in c.children if g.dep_ in ("appos", "compound") and g.ent_type_ == "PERSON"]
        out += [(c, head) for c in head.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
        # "chief pollster and strategist Joel Benenson": the name hung on a second role noun
        # the tagger read as a verb
        out += [(g, head) for c in head.children if c.dep_ == "conj" and is_role_noun(c, strict=True)
                for g in c.children if g.ent_type_ == "PERSON" and g.left_edge.i == c.i + 1]
        # "Shadow leader of the Commons Oliver Heald said": the parser hangs the name on the body
        out += [(g, head) for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj" and g.ent_type_ == "PERSON" and g.i == head.right_edge.i
                and any(c.dep_ == "compound" and c.ent_type_ != "PERSON" and c.pos_ == "PROPN" for c in g.children)]
        # "The manager of Arsenal, Arsene Wenger, said", "Chad's ambassador to France, Mahamat Ali,": the name
        # the parser set beside the body (never beside a person: "the wife of the prime minister, Tony Blair" is his)
        out += [(c, head) for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "to") for g in p.children
                if g.dep_ == "pobj" and g.ent_type_ in _BODY_LABELS for c in g.children if c.dep_ in ("appos", "npadvmod")
                and c.ent_type_ == "PERSON" and c.i == g.right_edge.i and c.doc[c.left_edge.i - 1].text == ","]
        out += names_beside_role_phrase(head)  # "The author of the book, Mitchell Zuckoff, said"
    if head.pos_ == "PROPN" and not head.ent_type_ and is_honorific(head):
        # "Lord of the Rings director Peter Jackson said": a title's first word the parser
        # took for the head, the name hung on its "of"
        out += [(g, g) for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj" and g.ent_type_ == "PERSON" and g.i == head.right_edge.i]
        # ... or on the role noun the name stands beside: "Lord of the Rings [director] [Peter Jackson]"
        out += [(c, g) for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj" and is_role_noun(g) for c in g.children
                if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i == head.right_edge.i]
    doc, after = head.doc, head.right_edge.i + 1
    # "wrote the American ambassador at the time, John E. Herbst": an inverted role (parsed as
    # subject or object), with a phrase of the verb's between it and the name
    inverted = head.dep_ in ("nsubj", "dobj") and head.head.i < head.i
    while inverted and after < len(doc) and doc[after].dep_ == "prep" and doc[after].head.i == head.head.i:
        after = doc[after].right_edge.i + 1
    if (head.dep_ in ("nsubj", "nsubjpass") or inverted) and head.pos_ != "PROPN" and after + 1 < len(doc) and doc[after].text == ",":
        out += [(c, head) for c in head.head.children if c.dep_ in ("npadvmod", "appos", "dep") and c.ent_type_ == "PERSON"
                and c.left_edge.i == after + 1 and (c.i < head.head.i or inverted)]
    return out


def person_name(head: Token) -> tuple[list[Token], Token, str | None, Token] | None:
    """The name tokens of a person phrase, the token that carries the name, the honorific
    before it, and the token whose role goes with the name (``name_carriers``)."""
    for token, role_head in name_carriers(head):
        ent = _entity_of(token)
        if ent is not None and ent.label_ == "PERSON":
            tokens = without_nationality(person_name_tokens(ent))
        elif token.pos_ == "PROPN" and token.i > 0 and is_honorific(token.doc[token.i - 1]) and not is_role_noun(token):
            tokens = [token]  # (not "Lord Chancellor": an office, whose holder may follow in apposition)
        elif token.i != head.i and appositive_name(token):
            tokens = appositive_name(token)
        elif (unlabelled := name_after_role(token)) is not None:
            tokens = unlabelled  # "Suffolk Chief Constable Alastair McWhirter": no entity, a first name after a role
        else:
            continue
        if tokens:
            before = token.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
            honorific = honorific_word(before) if before is not None and is_honorific(before) else None
            return tokens, token, honorific, role_head
    return None
