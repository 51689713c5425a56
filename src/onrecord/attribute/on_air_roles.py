"""The station, programme or paper a presenter or reporter works on: "G Money, a presenter
on the BBC's urban music station 1Xtra" -> affiliation 1Xtra (issue 11, a BBC
development-slice shape; "a presenter at ..." already gave it). "on" is else a topic ("an
expert on Russia", "adviser on security"), so only a host's role (``relay_names.HOST_TITLES``)
takes it, and only before a name.
"""

from __future__ import annotations

from spacy.tokens import Token

from .relay_names import HOST_TITLES

# an interviewer or a moderator is "on" a panel or a debate, not employed by it
_ON_AIR = HOST_TITLES - {"interviewer", "moderator"}


def on_a_medium(role: Token, prep: Token) -> bool:
    """Whether ``prep`` is the "on" after a host's or reporter's role noun whose object is a
    name ("a presenter on BBC Radio Scotland")."""
    if prep.lower_ != "on" or prep.head.i != role.i or role.lemma_.lower() not in _ON_AIR:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.pos_ == "PROPN" and not obj.is_lower or obj.ent_type_ == "ORG") \
        and obj.ent_type_ not in ("DATE", "TIME", "GPE", "NORP", "LOC", "PERSON")
