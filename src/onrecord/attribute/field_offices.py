"""An office written in capitals with a field after "of", the body named before it: "UMWA
Director of Government Affairs Phil Smith" -> title "Director of Government Affairs",
affiliation "UMWA". The capitalised "of" object is the office's field, not a body: the
body is the one written before the role (``role_phrases.role_of_phrase`` otherwise takes
the "of" object, as it should for "director of Amnesty International")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .names import span_text
from .roles import Role


def field_office(head: Token, body: Sequence[Token], role: Role) -> Role | None:
    """The title with its "of" field and the body before it, when ``body`` (what
    ``body_of(head)`` found) is a bare capitalised field right after "of" and ``role``
    (``split_role`` on the words before) already has a body that is no place. None else."""
    doc = head.doc
    if role.title is None or role.affiliation is None or not body or not head.text[:1].isupper():
        return None
    of = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of" or body[0].i != of.i + 1 or not role.title.endswith(head.text):
        return None
    # a field: capitalised words with no article and no name the NER knows as a body or a
    # place ("of Government Affairs", "of Communications"; not "of Amnesty International",
    # "of Texas", "of the Exchequer")
    if not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ == "and") and not t.ent_type_ for t in body):
        return None
    if any(t.ent_type_ in ("GPE", "NORP", "LOC") for left in head.lefts for t in left.subtree):
        return None  # "Ohio Director of Health": a place before the office, its body unsaid
    return Role(f"{role.title} {span_text([of, *body])}", role.affiliation)
