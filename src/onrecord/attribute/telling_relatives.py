"""A relative clause that tells of a known person's past deed ("the candidate who launched his
campaign by declaring ..."), kept apart because role_resolution.py is at its size limit.

A definite role noun with a restrictive relative clause usually brings in someone new ("the
man who found the body"), so an epithet with anything after it names no one in play. But a
news article about one person often calls that person by a plain role and a clause of what
he or she has done: PolNeAR train (wash-post 2015-11-08) "Mexicans' ongoing rebuttal to the
candidate who launched his campaign by declaring that Mexican immigrants were criminals" is
Donald Trump, the article's subject. Only the article's main person may be meant
(``plain_epithets.main_person``), and only by a clause of a done deed: a present or future
one ("the candidate who wins Iowa") describes whoever it will be.
"""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVE_SUBJECTS = frozenset(("who", "that"))


def telling_relative(clause: Token) -> bool:
    """Whether ``clause`` (a child of a role noun) is a relative clause whose subject is the
    relative pronoun and whose verb tells a past deed: a simple past ("who launched") or a
    present perfect ("who has called")."""
    if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in clause.children):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass", "neg")]
    if clause.tag_ == "VBD":
        return not auxiliaries
    return clause.tag_ == "VBN" and [a.lower_ for a in auxiliaries] in (["has"], ["have"], ["had"])
