"""Words that put a role in the past ("former", "ex-", "retired", "onetime", "erstwhile").

An editor reads a former defender's title without "former" as wrong: the person no longer
holds the role. So the word stays in the title even where the body is named between it and
the role noun ("Former Spurs and England defender" -> `Former defender` / Spurs and
England; docs/annotation.md, "title"), in the case written, as every title keeps it. "Outgoing", "acting" and the like are left where
the writer put them: an outgoing chairman still is the chairman, so the title without
them is still true.
"""

from __future__ import annotations

from spacy.tokens import Token

from .role_tokens import is_role_noun

# Past-role words written as one token. ("One-time" is split and read as a length of time,
# "one" and "time", which the title's cleaning drops before this is asked: left as it is.)
_PAST_WORDS = frozenset("former retired erstwhile onetime ex-".split())


def past_word(token: Token) -> str | None:
    """The past-role word ``token`` opens, in the case written ("Former" -> "Former", "Ex"
    glued to a hyphen -> "Ex-"), else None.
    RETURNS (str | None)."""
    doc = token.doc
    word = token.lower_
    if word in _PAST_WORDS:
        return token.text  # the case as written, as every title keeps it (docs/annotation.md)
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.text not in ("-", "–") or token.whitespace_ or following.whitespace_:
        return None
    if word == "ex":
        return token.text + "-"  # "Ex-England captain": the tokenizer splits the hyphen off
    return None


def past_of_the_role(past: Token, role: Token) -> bool:
    """Whether the past-role word ``past`` qualifies the role that starts at ``role``, the
    words between naming its body only: not where they hold a possessive or another role
    noun, which the word qualifies instead ("The ex-Hole singer's lawyer": the singer is
    the former one; "Former welfare minister Frank Field MP": the minister)."""
    between = past.doc[past.i + 1 : role.i]
    return not any(t.tag_ == "POS" or is_role_noun(t, strict=True) for t in between)
