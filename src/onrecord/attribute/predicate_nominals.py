"""A description that says what a named speaker is: the predicate of "be" ("Hillary Clinton
was the first candidate to weigh in, tweeting ...", "Grijalva was the first Democrat in
Congress to endorse Sanders") or an apposition to the name ("Priorities USA, a super PAC
supporting Hillary Clinton"). What the description does in its own clause is the named
one's, so a statement whose speaker is the description is theirs."""

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


def appositive_anchor(head: Token) -> Token | None:
    """The name a description stands in apposition to ("Priorities USA" for "a super PAC" in
    "Priorities USA, a super PAC supporting Hillary Clinton"), when the NER names it a
    person or an organisation. RETURNS (Token | None)."""
    if head.dep_ != "appos" or head.tag_ in ("NNS", "NNPS") or not (
            head.pos_ == "NOUN" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)):
        return None  # (an indefinite proper noun describes too: "a super PAC")
    anchor = head.head
    if anchor.pos_ != "PROPN" or anchor.ent_type_ not in ("PERSON", "ORG") or anchor.i > head.i:
        return None
    return anchor
