"""A named body set off by commas after a role's description: "The leading plaintiff in the
case, the University of California, said ..." The description says what part the body plays;
the body is the one who speaks, as a person's name in apposition is ("The police chief, John
Doe, said"). Left to the role noun, the speaker stayed an unnamed "leading plaintiff"."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import DOCUMENT_NOUNS
from .names import is_first_name

_BODY_LABELS = ("ORG",)


def body_apposed_to_role(subject: Token) -> Token | None:
    """The head of an organisation's name in apposition to the common noun ``subject`` (a
    role or a part: "plaintiff", "sponsor"; never a document's: "The report, the OECD
    Outlook," speaks for itself), set off by commas and closing the subject, or None.
    RETURNS (Token | None)."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.dep_ not in ("nsubj", "nsubjpass") \
            or subject.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    doc = subject.doc
    for child in subject.children:
        if child.dep_ != "appos" or child.ent_type_ not in _BODY_LABELS or child.i < subject.i:
            continue
        if child.left_edge.i == 0 or doc[child.left_edge.i - 1].text != "," or any(is_first_name(t.text) for t in child.subtree if t.i < child.i):
            continue  # (a person's name the NER read as a body's: "Kenteris's lawyer, Gregory Ioannidis,")
        end = child.right_edge.i + 1
        if end < len(doc) and doc[end].text == ",":
            end += 1
        if end == subject.head.i or end < len(doc) and doc[end].head.i == subject.head.i and doc[end].dep_ in ("aux", "advmod"):
            return child
    return None
