"""An apposition whose role the parser hangs on the body's name (issue 11, a BBC
development-slice shape): in "according to Carly Fiorina, chief of technology giant Hewlett
Packard", en_core_web_sm makes "Packard" the apposition and "chief" a modifier of it, with
"of technology" as the role's own phrase. Read so, the apposition is no role noun and the
person got neither title nor body on any of her statements. The role noun opening the
apposition is the title, the name the descriptor introduces the body.

Precision first: the role noun opens the apposition right after its comma, its "of"/"at"
phrase runs on only through lower-case nouns to the name, and the last of them is a body's
descriptor ("giant", "firm", "group"), so the name is the body the role serves.
"""

from __future__ import annotations

from spacy.tokens import Token

from .names import span_text
from .org_kinds import ORG_DESCRIPTORS
from .roles import Role, is_role_noun

_ROLE_PREPOSITIONS = ("of", "at")


def role_hung_on_body(phrase: Token) -> Role | None:
    """The title and body of an apposition the parser made the body's name ("Carly Fiorina,
    chief of technology giant Hewlett Packard" -> chief / Hewlett Packard); None otherwise."""
    if phrase.dep_ != "appos" or phrase.pos_ != "PROPN" or phrase.ent_type_ in ("PERSON", "GPE", "NORP", ""):
        return None
    doc, start = phrase.doc, phrase.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return None
    role = next((c for c in phrase.children if c.dep_ in ("nmod", "compound", "appos") and c.left_edge.i == start
                 and c.pos_ == "NOUN" and is_role_noun(c, strict=True)), None)
    prep = next((c for c in role.children if c.dep_ == "prep" and c.lower_ in _ROLE_PREPOSITIONS), None) if role else None
    if prep is None or prep.i != role.i + 1:
        return None
    name = [t for t in doc[prep.i + 1 : phrase.i + 1] if t.ent_type_ == phrase.ent_type_]
    descriptors = doc[prep.i + 1 : name[0].i] if name else []
    if not name or not descriptors or any(not (t.pos_ == "NOUN" and t.is_lower) for t in descriptors) \
            or descriptors[-1].lemma_.lower() not in ORG_DESCRIPTORS \
            or [t.i for t in name] != list(range(name[0].i, phrase.i + 1)):
        return None
    return Role(span_text(list(doc[start : role.i + 1])), span_text(name))
