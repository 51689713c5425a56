"""A relative clause on a predicate noun speaks for the copula's subject (issue 12):
"Donald Trump ... is a serial liar, rampant xenophobe, racist, misogynist and birther [who
has repeatedly pledged] to ban all Muslims" — "who" is Trump, whom the nouns after "is"
describe, not a "xenophobe" (``speaker_resolution`` asks before it describes the host)."""

from __future__ import annotations

from spacy.tokens import Token


def subject_of_predicate(noun: Token) -> Token:
    """The subject of the copula whose predicate noun (or a conjunct of it) ``noun`` is:
    "Trump is a businessman who ..." -> Trump. RETURNS (Token): that subject, else ``noun``."""
    if not noun.text.islower() or noun.ent_type_:
        return noun  # a name after the copula is who speaks: "The winner is Smith, who said ..."
    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i < head.i:
        head = head.head  # "a serial liar, rampant xenophobe, ... and birther who ..."
    copula = head.head
    if head.dep_ != "attr" or copula.lemma_ != "be":
        return noun
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    if not subjects and copula.dep_ == "conj":
        subjects = [c for c in copula.head.children if c.dep_ == "nsubj"]  # "Trump incites ... and is a liar"
    # a named subject or a pronoun (not "The other main shareholders of EADS are the French
    # government, who also support ...", where the predicate is the one named)
    if len(subjects) != 1 or subjects[0].pos_ not in ("PROPN", "PRON") or subjects[0].lower_ in _EMPTY:
        return noun
    return subjects[0]


# Subjects that are no one: "it is a law that ...", "this is a man who ...", "there is a group which ...".
_EMPTY = frozenset("it this that there these those what which who".split())
