"""A description that is what the sentence's subject is: "Hillary Clinton was the first
candidate to weigh in, tweeting ...", "Grijalva was the first Democrat in Congress to endorse
Sanders". The description (and what it does in its own clause) is the subject's, so a
statement whose speaker is the description is the subject's."""

from __future__ import annotations

from spacy.tokens import Token


def copula_subject(head: Token) -> Token | None:
    """The subject a predicate nominal ``head`` describes ("Clinton" for "the first
    candidate" in "Clinton was the first candidate to ..."), when it is a name or a
    personal pronoun. RETURNS (Token | None)."""
    if head.dep_ != "attr" or head.head.lemma_ != "be" or head.tag_ in ("NNS", "NNPS"):
        return None
    subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("PROPN", "PRON") or subject.lower_ in ("it", "this", "that", "there"):
        return None
    if any(c.dep_ == "neg" for c in head.head.children):
        return None  # "Clinton was not the first candidate to …"
    return subject
