"""The words before a name that belong to its own item: the last item of a list ("two other
Russians, Igor Andreev and seventh seed [Mikhail Youzhny]") and what follows a dateline, an
aside or a spaced dash, for ``roles.split_role``; and the two kinds of hyphen a role's words
meet, the spaced dash of an aside and the glued hyphen of a word the tokenizer split."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token


def _after_list(tokens: Sequence[Token]) -> Sequence[Token]:
    """The words of the last item of a list: "two other Russians, Igor Andreev and seventh
    seed [Mikhail Youzhny]" -> "seventh seed". A comma never falls inside a role or a
    body's name before a name; the "and" after it closes the list ("Spurs and England
    defender", with no comma, is one body and stays whole). A spaced dash or a closing
    parenthesis ends a dateline or an aside, never a role."""
    # a dateline or an aside ends before the role: "RENO, Nev. (AP) — Republican
    # presidential hopeful" -> "Republican presidential hopeful"
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]  # a dash right before the name closes the aside, it opens none
    breaks = [i for i, t in enumerate(tokens) if t.text in ("—", "–", ")") and (t.text == ")" or t.whitespace_)
              or spaced_dash(t)]
    if breaks:
        tokens = tokens[breaks[-1] + 1 :]
    named = [i for i, t in enumerate(tokens) if t.lower_ in ("and", "or", "nor") and i > 0 and (
        any(w.lower_ in ("both", "either", "neither") for w in tokens[:i]))]
    if named:
        # "both Trump and Democratic front-runner [Hillary Clinton]": "both" makes the words
        # before "and" another item of a list ("Spurs and England defender" stays one body)
        tokens = tokens[named[-1] + 1 :]
    people = [i for i, t in enumerate(tokens) if t.lower_ in ("and", "or", "&") and i > 0
              and tokens[i - 1].ent_type_ == "PERSON" and tokens[i - 1].ent_iob_ == "I"]
    if people:
        # "Chelsea's Frank Lampard and Arsenal's [Thierry Henry]": a full name before "and" is
        # another item, its club no body of this one (a one-word "Marks and Spencer" stays)
        tokens = tokens[people[-1] + 1 :]
    commas = [i for i, t in enumerate(tokens) if t.text in (",", ";")]
    if not commas:
        return tokens
    rest = tokens[commas[-1] + 1 :]
    joins = [i for i, t in enumerate(rest) if t.dep_ == "cc" or t.lower_ in ("and", "or")]
    return rest[joins[-1] + 1 :] if joins else rest


def spaced_dash(token: Token) -> bool:
    """A hyphen written with spaces round it (BBC style "SLBA chairman - and Commercial
    Bank managing director - AL Gooneratne"): a dash that opens or closes an aside, unlike
    the hyphen of "team-mate"."""
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def hyphen_split_before(token: Token, marks: tuple[str, ...] = ("-",)) -> bool:
    """Whether ``token`` is the second part of a word the tokenizer split at a hyphen written
    with no space either side ("think - tank" of "think-tank"), ``marks`` the hyphens allowed
    (a rule that also reads an en dash, "fly–half", passes it)."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in marks and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_


def hyphen_joined(token: Token, word: str) -> str:
    """``word`` (``token``'s form or lemma) joined again to the part before it where the
    tokenizer split the word at a hyphen ("think - tank" -> "think-tank"); else ``word``."""
    return f"{token.doc[token.i - 2].lower_}-{word}" if hyphen_split_before(token) else word


def another_name_between(role: Token, name_head: Token) -> bool:
    """Whether a full name someone else bears stands between a role noun and the name the
    parser hung on it as its apposition: "the Gloucester prop Tom Brown and Leeds centre
    [Andy Smith]" (the prop is Tom Brown; Smith's role is his own)."""
    doc = name_head.doc
    start = name_head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # the name's own first word
    return role.i < name_head.i and any(
        t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and doc[t.i + 1].lower_ in ("and", "or", "&", ",")
        for t in doc[role.i + 1 : start])
