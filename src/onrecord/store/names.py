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


# -- keys of the link stage (docs/linking.md) -------------------------------------------------

# Honorifics are never part of a name; the gender they imply is evidence when a bare surname
# is linked ("Mrs Blair" is not Tony Blair).
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "lady", "dame", "madam"})
HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS | frozenset({"dr", "prof", "rep", "sen", "gov", "rev", "mx"})
# Transliteration endings that vary between spellings of one name: Dmitry/Dmitri/Dmitriy,
# Zelensky/Zelenskyy/Zelenskiy, Medvedev/Medvedeff are folded to one form.
_ENDINGS = (("iy", "i"), ("yy", "i"), ("ij", "i"), ("y", "i"), ("ff", "v"))
_DOUBLE = re.compile(r"(\w)\1+")


def strip_honorifics(normalized: str) -> tuple[str, str | None]:
    """A normalised name without its leading honorifics, and the first one.
    RETURNS (tuple[str, str | None]): ``("blair", "mr")`` for ``"mr blair"``."""
    words = normalized.split()
    first = None
    while len(words) > 1 and words[0] in HONORIFICS:
        first = first or words[0]
        words = words[1:]
    return " ".join(words), first


def fold_word(word: str) -> str:
    """One word of a name in its transliteration-neutral form: doubled letters single, the
    variable endings folded (``zelenskyy`` and ``zelensky`` give ``zelenski``)."""
    folded = _DOUBLE.sub(r"\1", word)
    for ending, replacement in _ENDINGS:
        if folded.endswith(ending) and len(folded) > len(ending) + 2:
            return folded[: -len(ending)] + replacement
    return folded


def fold_name(normalized: str) -> str:
    """A normalised name (honorifics dropped) with every word folded: the look-up key that
    finds spelling variants of the same name."""
    return " ".join(fold_word(w) for w in strip_honorifics(normalized)[0].split())


def surname_key(normalized: str) -> str | None:
    """The folded last word of a name of two words or more (honorifics dropped), the key a
    bare surname is looked up by; None for a single word."""
    words = strip_honorifics(normalized)[0].split()
    return fold_word(words[-1]) if len(words) > 1 else None
