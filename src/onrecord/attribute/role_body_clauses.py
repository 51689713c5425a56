"""Bodies a role phrase names outside its own "of" phrase: the organisation a participle of
working or a relative clause's copula names ("a pollster working for Priorities USA", "who
was coordinator ... at the State Department"), and the firm after "at" that a desk after
"of" gives way to ("head of UK Equities at Standard Life Investments"). Split out of
role_phrases.py, which holds the role phrase itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from .roles import clean_words


def working_for(head: Token) -> list[Token] | None:
    """ "a Democratic pollster working for Priorities USA": the organisation a role serves,
    named in a participle of working, the body (not the party before the role); and "X, who
    was coordinator for counterterrorism at the State Department": the parser hangs the
    organisation on the copula, not on the role it completes."""
    copula = head.head if head.dep_ == "attr" and head.head.lemma_ == "be" else None
    for acl in (*head.rights, *([copula] if copula is not None else [])):
        if copula is not None and acl.i == copula.i or acl.dep_ == "acl" and acl.lemma_.lower() in ("work", "serve"):
            for prep in (c for c in acl.children if c.i > head.i):
                if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "with"):
                    body = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"]
                    if body:
                        return clean_words([t for t in body[0].subtree if t.i <= body[0].i])
    return None


def firm_after(head: Token, of: Token) -> bool:
    """ "head of UK Equities at Standard Life Investments", "director of research at the
    CEBR": the "of" phrase names a desk or a field, the organisation after "at" is the body."""
    if any(o.dep_ == "pobj" and o.ent_type_ == "ORG" and any(d.lower_ == "the" for d in o.children) for o in of.children):
        return False  # "director of the Critical Threats Project at the ... Institute": the body he directs
    ats = [p for p in (*head.rights, *(c for o in of.children for c in o.children))
           if p.dep_ == "prep" and p.lower_ == "at" and p.i > of.i]
    return any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for p in ats for c in p.children)
