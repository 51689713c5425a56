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
    the apposition and hung the role on it; the role noun right after it is the apposition."""
    if not (appositive.pos_ == "PROPN" and appositive.text.isupper() and len(appositive.text) > 1 and appositive.is_alpha):
        return None
    return next((c for c in appositive.children if c.dep_ == "appos" and c.i == appositive.i + 1 and c.pos_ == "NOUN"
                 and is_role_noun(c, strict=True)), None)


def acronym_before_role(head: Token) -> str | None:
    """The acronym ``role_after_acronym`` found before a role noun: the role's body."""
    role = role_after_acronym(head.head) if head.dep_ == "appos" else None
    return head.head.text if role is not None and role.i == head.i else None


def role_after_one_of(appositive: Token) -> Token | None:
    """ "said German Ortega, one of the stars of the play": the plural role noun after "one
    of" is the role the person shares (its lemma the title: ``roles.split_role``)."""
    if appositive.lower_ != "one":
        return None
    return next((o for p in appositive.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.tag_ == "NNS" and is_role_noun(o, strict=True)), None)
