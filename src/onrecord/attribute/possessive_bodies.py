"""The body an apposition's "its" stands for: "Local government officials in Frankfurt's
state of Hessen have also spoken out against the move. "It is our wish that the
headquarters stay here ...," Alois Rhiel, its minister for economic affairs added." makes
Hessen the minister's body (issue 11, BBC development slice business/279); "the same
Democratic digital firm, Revolution Messaging, to help with fundraising. Scott Goodstein, its
chief executive officer, said" Revolution Messaging (PolNeAR train). The role in apposition
to a name gave no body, and the body the article is about may be another ("Twitter").

"its" refers back to the last body named before it, else the last place: the last
organisation the NER marks, a place only where it marks none, and a place where something
happened ("rose in Moscow", "based in Frankfurt") only where it marks no other place,
between the sentence's opening (or the last quotation mark before the name) and the name,
else the last one in the sentence before, outside its quotations
(what a source said names bodies the narration does not refer to).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .deps import sentence_before

__all__ = ["body_its_stands_for"]

_BODY_LABELS = ("ORG", "GPE")
_QUOTES = frozenset('"“”')


def body_its_stands_for(head: Token) -> str | None:
    """The body the "its" of a role noun in apposition to a name refers to ("Alois Rhiel, its
    minister": Hessen, named last before); None where the role has no "its", is no
    apposition to a proper name, or no body is named in the narration before it in that
    sentence or the one before. RETURNS (str | None)."""
    name = head.head
    if head.dep_ != "appos" or name.pos_ != "PROPN" or name.i > head.i or name.ent_type_ in _BODY_LABELS \
            or not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
        return None  # ("gas giant Gazprom, its unit Gazpromneft": a body's part, no person)
    sentence = name.sent
    doc = head.doc
    start = max((t.i + 1 for t in doc[sentence.start : name.i] if t.text in _QUOTES), default=sentence.start)
    found = _last_body(doc[start : name.left_edge.i])
    if found is None and sentence.start > 0:
        before = sentence_before(sentence)  # (not None: the sentence is not the first)
        outside, quoted = [], False
        for token in before:
            if token.text in _QUOTES:
                quoted = not quoted
            elif not quoted:
                outside.append(token)
        found = _last_body(outside)
    return found


def _last_body(tokens) -> str | None:
    """The last organisation among ``tokens`` that the NER names whole within them, else the
    last place ("Deutsche Boerse, based in Frankfurt": the company, not the city)."""
    tokens = list(tokens)
    if not tokens:
        return None
    indices = {t.i for t in tokens}
    ents: list[Span] = [e for e in tokens[0].doc.ents if e.label_ in _BODY_LABELS and e.start in indices
                        and e.end - 1 in indices and "\n" not in e.text]  # (a headline run into the text)
    ents = [e for e in ents if e.label_ == "ORG"] or [e for e in ents if not _scene(e)] or ents
    return ents[-1].text.removeprefix("the ").removeprefix("The ") if ents else None


def _scene(place: Span) -> bool:
    """Whether a place is where something happened, a verb's "in" ("rose sharply in Moscow",
    "based in Frankfurt"), not a body: the small NER reads some companies as places
    ("Shares in Gazprom": a noun's "in")."""
    preposition = place.root.head
    return place.root.dep_ == "pobj" and preposition.lower_ == "in" and preposition.head.pos_ in ("VERB", "AUX")
