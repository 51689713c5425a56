"""The words of a speaker phrase that names no one: its description as written ("spokesman
for the British Casino Association"), its short name ("intelligence officials") and the
gender its words give ("spokeswoman")."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import FEMALE_WORDS, MALE_WORDS
from .names import is_honorific, span_text
from .org_kinds import ORG_DESCRIPTORS

# Words that count or quantify a description, never part of an unnamed speaker's name.
QUANTIFIERS = frozenset("""
a an the one two three four five six several some many most all other others few both each
any no this that these those another more various numerous certain such
""".split())
_NAMED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def describe_words(head: Token, words: list[Token]) -> str:
    """The description as written, leading article dropped: "spokesman for the British
    Casino Association", "Most commentators"."""
    tokens = [t for t in words if not t.is_space]
    while tokens and tokens[0].lower_ in ("a", "an", "the"):
        tokens = tokens[1:]
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "with", "from", "to", "in"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                last = max((t for t in objects[0].subtree if t.dep_ not in ("relcl", "acl", "punct")), key=lambda t: t.i)
                tokens = tokens + list(head.doc[head.i + 1 : last.i + 1])
            break
    # an honorific is never part of a field, a description's either ("30 percent of [Mr.]
    # Sanders's backers"): a name inside a description is written as the speaker's would be
    tokens = [t for t in tokens if not t.is_space and not (is_honorific(t) and _before_a_name(t))]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return span_text(tokens)


def unnamed_name(head: Token, words: list[Token]) -> str:
    """The head with its modifiers that are not bodies, quantities or articles:
    "intelligence officials", "data recovery experts", "spokesman"."""
    kept = []
    for token in words:
        if token.i > head.i:
            break
        glued = token.text in ("-", "–") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
        if token.i < head.i and not glued and (token.lower_ in QUANTIFIERS or token.is_punct or token.dep_ in ("poss", "case", "det", "nummod")
                                 or token.ent_type_ in _NAMED_LABELS or token.pos_ == "PROPN" or token.like_num
                                 or token.lemma_.lower() in ORG_DESCRIPTORS or token.text in ("'s", "’s")):
            kept = []  # a body or a count ends what came before it
            continue
        kept.append(token)
    while kept and kept[0].i != head.i and (kept[0].is_punct or _glued_on(kept[0])):
        kept = kept[1:]  # "Newport-based athlete", "1500m champion": no "-based", no "m"
    return span_text(kept) or head.text


def _glued_on(token: Token) -> bool:
    """Written onto the word before it, with no space: the rest of a compound whose first
    part was a body or a number."""
    return token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.doc[token.i - 1].is_space


def gender_of(words: list[Token]) -> str | None:
    lowered = {t.lower_ for t in words}
    if lowered & FEMALE_WORDS:
        return "female"
    if lowered & MALE_WORDS:
        return "male"
    return None


def aged_native(head: Token) -> bool:
    """ "the 24-year-old Londoner": an age before a capitalised word for someone from a
    place is an epithet, not a name, unless the article names a person with that word
    ("Cole Palmer ... the 24-year-old Palmer")."""
    if not (head.is_title and head.lower_.endswith(("er", "ian", "ite")) and any(
            c.dep_ == "amod" and c.lower_ in ("old", "year-old") for c in head.lefts)):
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and head.lower_ in {t.lower_ for t in e} for e in head.doc.ents)


def _before_a_name(token: Token) -> bool:
    """Whether an honorific stands before a person's name ("Mr. Sanders's backers"), not in
    an office's name ("the Lord Mayor's supporters", "the Lord Chancellor's staff")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and (following.ent_type_ == "PERSON" or token.text.rstrip(".").lower()
                                      in ("mr", "mrs", "ms", "miss", "dr"))
