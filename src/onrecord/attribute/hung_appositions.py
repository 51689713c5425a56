"""An apposition the parser invents: a common noun closing a phrase of the role's, hung on
the role with no comma, dash or bracket before it. "The Belgian sports minister at the
centre of the Svetlana Kuznetsova doping row says": "row" belongs to "at the centre of ...",
yet the parser makes it an apposition of "minister". A real apposition is set off ("the
minister, Claude Eerdekens") or is a name ("the minister Claude Eerdekens"). The other way
round, a body's acronym before a role noun ("Andy Clarke, ERAA director of air transport")
is made the apposition, with the role hung on it; and "German Ortega, one of the stars of
the play" makes "one" the apposition, the role hung on it after "of".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .role_tokens import is_role_noun


def hung_apposition(token: Token) -> bool:
    """Whether ``token``, an apposition, is a common noun that nothing sets off from the word
    it hangs on: the tail of a phrase the parser hung on the role, naming no one."""
    if token.dep_ != "appos" or token.pos_ != "NOUN" or token.ent_type_ or token.i < token.head.i:
        return False
    # no punctuation at all between the role and the noun: one running phrase ("at the centre
    # of the ... doping row"), never a comma, dash or quotation mark that may set it off
    between = token.doc[token.head.i + 1 : token.i]
    return len(between) > 1 and not any(t.is_punct or t.is_quote or t.is_space for t in between)


def role_after_acronym(appositive: Token) -> Token | None:
    """ "Andy Clarke, ERAA director of air transport, said": the parser made the body's acronym
    the apposition and hung the role on it; the role noun right after it is the apposition.
    So with a body's name that ends in a numeral: "Carol Walker, BBC News 24 political
    correspondent, added" (a BBC development-slice sentence; the numeral hung on the role)."""
    acronym = appositive.text.isupper() and len(appositive.text) > 1 and appositive.is_alpha
    if appositive.pos_ != "PROPN" or not (acronym or _numbered_name(appositive)):
        return None
    after = appositive.i + 1 + len(_numerals_after(appositive))
    return next((c for c in appositive.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and (c.i == after or c.left_edge.i == appositive.i + 1 and all(
                     t.pos_ in ("ADJ", "NOUN") and t.is_lower for t in c.doc[after : c.i]))
                 and is_role_noun(c, strict=True)), None)


def _numerals_after(appositive: Token) -> list[Token]:
    """The numerals right after a body's name that are part of it ("BBC News 24")."""
    doc, end = appositive.doc, appositive.i + 1
    while end < len(doc) and doc[end].like_num and doc[end].is_digit:
        end += 1
    return list(doc[appositive.i + 1 : end])


def _numbered_name(appositive: Token) -> bool:
    """ "BBC News 24": a body's capitalised name (the NER's organisation) and a numeral."""
    return appositive.ent_type_ == "ORG" and appositive.is_title and bool(_numerals_after(appositive))


def acronym_before_role(head: Token) -> str | None:
    """The acronym (or numbered name) ``role_after_acronym`` found before a role noun: the
    role's body, with the name's words before it ("BBC News 24")."""
    body = head.head
    role = role_after_acronym(body) if head.dep_ == "appos" else None
    if role is None or role.i != head.i:
        return None
    words = [c for c in body.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] if _numbered_name(body) else []
    return " ".join(t.text for t in words + [body] + _numerals_after(body))


def without_body_numerals(head: Token, core: Sequence[Token]) -> list[Token]:
    """A role's words less the numerals of the body's name ``role_after_acronym`` hung them
    on: "BBC News 24 political correspondent" -> "political correspondent" (the 24 is the
    name's, ``acronym_before_role``)."""
    body = head.head
    if head.dep_ != "appos" or not _numbered_name(body) or role_after_acronym(body) is None:
        return list(core)
    numerals = {t.i for t in _numerals_after(body)}
    return [t for t in core if t.i not in numerals]


def role_after_one_of(appositive: Token) -> Token | None:
    """ "said German Ortega, one of the stars of the play": the plural role noun after "one
    of" is the role the person shares (its lemma the title: ``roles.split_role``)."""
    if appositive.lower_ != "one":
        return None
    return next((o for p in appositive.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.tag_ == "NNS" and is_role_noun(o, strict=True)), None)
