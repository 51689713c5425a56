"""An apposition the parser invents: a common noun closing a phrase of the role's, hung on
the role with no comma, dash or bracket before it. "The Belgian sports minister at the
centre of the Svetlana Kuznetsova doping row says": "row" belongs to "at the centre of ...",
yet the parser makes it an apposition of "minister". A real apposition is set off ("the
minister, Claude Eerdekens") or is a name ("the minister Claude Eerdekens").
"""

from __future__ import annotations

from spacy.tokens import Token


def hung_apposition(token: Token) -> bool:
    """Whether ``token``, an apposition, is a common noun that nothing sets off from the word
    it hangs on: the tail of a phrase the parser hung on the role, naming no one."""
    if token.dep_ != "appos" or token.pos_ != "NOUN" or token.ent_type_ or token.i < token.head.i:
        return False
    # no punctuation at all between the role and the noun: one running phrase ("at the centre
    # of the ... doping row"), never a comma, dash or quotation mark that may set it off
    between = token.doc[token.head.i + 1 : token.i]
    return len(between) > 1 and not any(t.is_punct or t.is_quote or t.is_space for t in between)
