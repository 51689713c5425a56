"""Military and police ranks abbreviated with a full stop ("Navy Capt. Jeff Davis", "Army
Lt. Gen. Mick Bednarek") stay one token, as the model's own exceptions keep "Gen." and
"Adm.": split off, the full stop ends the sentence inside the name, and the speaker of
"said Pentagon spokesman Navy Capt. Jeff Davis" becomes "Navy Capt"."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Token

from .lexicon import ABBREVIATED_RANKS
from .names import is_honorific
from .role_tokens import is_role_noun


def keep_rank_abbreviations(nlp: Language) -> None:
    """Add a tokenizer exception for each capitalised rank abbreviation the engine knows
    (lexicon.ABBREVIATED_RANKS) that the model splits at its full stop."""
    for word in ABBREVIATED_RANKS:
        written = f"{word.capitalize()}."
        if len(nlp.tokenizer(written)) > 1:
            nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: written}])


def without_service_before_rank(tokens: Sequence[Token]) -> list[Token]:
    """ "Pentagon spokesman Navy Capt. Jeff Davis" -> "Pentagon spokesman": the service
    between a role and a rank abbreviation is the rank's, as the rank is an honorific and
    no title; left in, it glues onto the body ("Pentagon spokesman Navy") and hides the
    role. Without a role before it the service stays the body ("Army Lt. Gen. Mick
    Bednarek" -> Army)."""
    words = list(tokens)
    rank = next((k for k, t in enumerate(words) if t.text.rstrip(".").lower() in ABBREVIATED_RANKS and is_honorific(t)), None)
    start = rank
    while start is not None and start > 0 and words[start - 1].pos_ == "PROPN" and words[start - 1].text[:1].isupper():
        start -= 1
    if rank is None or start == rank or start == 0 or not is_role_noun(words[start - 1], strict=True):
        return words
    return words[:start] + words[rank:]
