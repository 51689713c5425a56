"""The committee a party's or a chamber's members sit on, written after them (stop 47,
fields-47): "Democrats on the House Select Committee on Benghazi plan to release a slew of
interview transcripts" is the group Democrats with the committee as its affiliation, as
"members of the committee" has it; "senior Democrats on the House Judiciary Committee ...
also wrote to Lynch" (PolNeAR train) the same. A named group ("Democrats", "Tories") is read
as a body's name, which carries no affiliation of its own, so the committee was lost.

Only a named committee or panel (``org_kinds.kinds_of_name`` says "committee"): "Democrats in
the Senate" or "Republicans on the Hill" name where they sit, a chamber or a place, and the
conventions (docs/annotation.md) give a chamber to no group.
"""

from __future__ import annotations

from spacy.tokens import Token

from .names import span_text
from .org_kinds import kinds_of_name

# The prepositions a seat is written with: "on the committee", "of the committee".
_SEAT_PREPOSITIONS = frozenset(("on", "of"))


def seated_committee(head: Token) -> str | None:
    """The named committee the group headed by ``head`` sits on ("Democrats on the House
    Judiciary Committee" -> "House Judiciary Committee"), or None."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _SEAT_PREPOSITIONS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            continue
        words = []
        for token in obj.subtree:  # the committee's whole name, "on Benghazi" too; an aside after a comma is not
            if token.is_punct:
                break
            if token.lower_ != "the":
                words.append(token)
        name = span_text(words)
        if words and "committee" in kinds_of_name(name):
            return name
    return None
