"""Speaker identity across articles: a normalised name plus a type.

"Dmitry Peskov", "DMITRY PESKOV" and "Dmitry  Peskov" are one speaker; "Peskóv" too (accents
are dropped, as in most transliterations of the same name). The id is readable, stable
and URL-safe enough to put in a path: ``person-dmitry-peskov``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Longest normalised name kept in an id: a name is a few words; anything longer is a
# mis-resolved clause and still needs a bounded key.
_MAX_KEY = 120
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=65_536)  # the same names recur through a whole ingest
def normalize_name(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name, words joined by one space.
    RETURNS (str): e.g. ``"dmitry peskov"``; empty for a name with no letters or digits."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()[:_MAX_KEY].strip()


def speaker_id(name: str, type_: str) -> str | None:
    """The speaker row id for a resolved name and type, or None when the name normalises to
    nothing (such statements have no speaker row)."""
    key = normalize_name(name)
    if not key:
        return None
    return f"{type_}-{key.replace(' ', '-')}"
