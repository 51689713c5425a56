"""Words before a name that hold a whole clause the parser read as one noun phrase: "But his
professionalism and dedication impressed manager Kevin Keegan" (the verb "impressed" tagged
an adjective, so every word from "professionalism" on looked like the manager's title). The
role starts after the verb; the clause's subject is neither title nor body."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .role_tokens import is_role_noun

# What stands before a clause's subject: its determiner or possessor, or nothing (the
# sentence opens) after a conjunction.
_SUBJECT_OPENERS = frozenset({"det", "poss", "cc"})


def after_a_misread_verb(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` from the word after a past-tense verb the tagger read as an adjective, when
    a common noun (the clause's subject, opened by a determiner, a possessor or the sentence)
    stands right before it and a role follows: "his professionalism and dedication impressed
    manager" -> "manager". Else ``tokens`` unchanged ("newly elected leader", "the
    government-appointed mediator", "armed forces minister" keep their words)."""
    for k in range(len(tokens) - 2, 0, -1):
        verb, subject = tokens[k], tokens[k - 1]
        if not (verb.tag_ in ("JJ", "VBN", "VBD") and verb.text.islower() and verb.lower_.endswith("ed")
                and subject.i == verb.i - 1 and subject.tag_ in ("NN", "NNS") and subject.text.islower()
                and subject.whitespace_ and not is_role_noun(subject)
                and any(is_role_noun(t) for t in tokens[k + 1 :]) and _opens_a_subject(subject)):
            continue
        return list(tokens[k + 1 :])
    return list(tokens)


def _opens_a_subject(noun: Token) -> bool:
    """Whether the common nouns ending at ``noun`` (conjoined ones too: "professionalism and
    dedication") open after a determiner or possessor, or open the sentence."""
    doc = noun.doc
    i = noun.i
    while i > 0 and (doc[i - 1].tag_ in ("NN", "NNS", "CC", ",") and doc[i - 1].text.islower() or doc[i - 1].text == ","):
        i -= 1
    before = doc[i - 1] if i > 0 else None
    return i < noun.i and (before is None or before.is_sent_start and before.dep_ in _SUBJECT_OPENERS
                           or before.dep_ in ("det", "poss") and before.text.islower())
