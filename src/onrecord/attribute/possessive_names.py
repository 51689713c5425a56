"""Bodies whose own name ends in "'s" ("Foster's", "Sainsbury's", "McDonald's", "Moody's").

The tokenizer splits the "'s" off, and the words before a role lose it as a possessive
("Foster's chief executive" -> Foster). An article shows that the "'s" is the name's own
where it writes the word with its "'s" and no noun it owns: as a subject ("Foster's said
profits rose"), after a preposition ("a spokesman for Sainsbury's said", "shares in
Sainsbury's fell"), or joined to another body ("Tesco and Sainsbury's"). A person's
possessive always owns a noun ("Blair's spokesman"), so evidence, not a list of firms,
decides (``body_roles.firm_s_possessive`` asks it of a name with no honorific; the entity
table then names the body with its "'s"); a name the article also gives a person (a first
name or an honorific before it: "Mr Foster") is left as written.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .names import is_honorific

# What an owner stands as when its "'s" owns nothing: a subject, a preposition's object,
# a direct object, a conjunct or an apposition (not "attr": "the decision was Blair's").
_NAME_ROLES = frozenset(("nsubj", "nsubjpass", "pobj", "dobj", "conj", "appos"))
# What may follow a name's "'s": a verb, punctuation, a preposition or a subordinator.
_AFTER_A_NAME = frozenset(("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "PART"))
# Punctuation that closes a clause or a list after a name (not a quotation mark or a dash).
_CLOSING = frozenset(", . ; : ! ? )".split())


def name_owns_nothing(doc: Doc, tokens: list[Token]) -> bool:
    """Whether a name with no honorific before it is written with a "'s" that owns no noun
    ("Foster's said", "a spokesman for Sainsbury's said", "shares in Sainsbury's fell"),
    and the article gives its last word to no person: a body's own name. RETURNS (bool)."""
    end = tokens[-1].i + 1
    if end >= len(doc) or doc[end].tag_ != "POS" or doc[end].text not in ("'s", "’s") or not tokens[0].text[:1].isupper():
        return False
    owner, following = tokens[-1], doc[end + 1] if end + 1 < len(doc) else None
    if owner.dep_ not in _NAME_ROLES or owner.pos_ != "PROPN" or following is not None and (
            following.pos_ not in _AFTER_A_NAME and not _on_the_verb(following)
            or following.pos_ == "PUNCT" and following.text not in _CLOSING
            or following.tag_ in ("VBG", "VBN") and following.head.i > following.i):
        # ("Blair's spokesman", "Trump's commanding lead": the noun it owns follows; "on
        # ABC's “This Week”": a quotation mark opens the name of what it owns)
        return False
    return not _a_person(doc, tokens[-1].text)


def _on_the_verb(token: Token) -> bool:
    """An adverb or a determiner the parser hangs on the verb after a name ("Foster's also
    said"), not on a noun owned."""
    return token.pos_ in ("ADV", "DET") and token.head.pos_ in ("VERB", "AUX") and token.head.i > token.i


def _a_person(doc: Doc, last: str) -> bool:
    """Whether the article gives ``last`` to a person: after an honorific ("Mr Foster") or
    as the surname of a full name the NER marks as a person's ("John Foster")."""
    for token in doc:
        if token.text != last or token.i == 0:
            continue
        before = doc[token.i - 1]
        if is_honorific(before) or before.text == "." and token.i > 1 and is_honorific(doc[token.i - 2]):
            return True
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and before.ent_type_ == "PERSON":
            return True
    return False
