"""Descriptions that stand for a body named elsewhere, though their determiner is indefinite
or their noun is no body: "such a large and powerful organisation has stated" looks back as
"the organisation" does; "a case brought by Eolas which claimed" is Eolas's claim (the body
that brought the case speaks through it).
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import agent_object

# Legal actions, which claim what their bringer claims.
_ACTIONS = frozenset("case lawsuit suit action complaint petition challenge".split())
# The participles that name an action's bringer ("brought by", "filed by").
_BRINGING = frozenset("bring file lodge launch mount".split())


def such_anaphor(head: Token) -> bool:
    """Whether a noun with the indefinite article is "such a ..." ("such a large and powerful
    organisation"): a description of something already named, like "the organisation"."""
    return any(c.lower_ == "such" and c.dep_ in ("predet", "amod") for c in head.children) \
        and any(c.lower_ in ("a", "an") and c.dep_ == "det" for c in head.children)


def case_bringer(head: Token) -> Token | None:
    """The name of the body that brought a legal action ("a case brought by Eolas which
    claimed ...": Eolas), the speaker its claim stands for; None for any other noun or an
    action with no bringer named. RETURNS (Token | None)."""
    if head.lemma_.lower() not in _ACTIONS or head.pos_ != "NOUN":
        return None
    for verb in head.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _BRINGING:
            name = agent_object(verb)  # (document_phrases.document_author's walk for "conducted by")
            if name is not None and name.pos_ == "PROPN":
                return name
    return None
