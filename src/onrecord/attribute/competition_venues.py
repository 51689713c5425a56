"""The city that hosted the Games, before a title won there: "The Sydney Olympic gold
medallist" (Marion Jones, a BBC development-slice article) had the affiliation "Sydney".
A host city is where the title was won, no body the athlete speaks for; a nation before
the Games ("England Commonwealth Games champion", "US Olympic champion") stays the body.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import DEMONYMS
from .names import span_text

_GAMES = frozenset("olympic olympics paralympic paralympics commonwealth".split())
# countries and their short forms: a team, not a venue
_NATIONS = frozenset(DEMONYMS.values()) | frozenset("US USA UK GB Britain Great Britain America".split())


def venue_of_games(place: Sequence[Token], title: Sequence[Token]) -> bool:
    """Whether ``place``, the words before a title that opens on the Games, is the host city."""
    return bool(place) and bool(title) and title[0].lower_ in _GAMES \
        and all(t.ent_type_ in ("GPE", "") and t.pos_ == "PROPN" and t.is_title for t in place) \
        and span_text(list(place)) not in _NATIONS  # (the NER often labels no city there; "IOC" is a body)
