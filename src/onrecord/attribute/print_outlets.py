"""Printed outlets as speakers (moved out of acts.py, editor-acts5): a newspaper or magazine
writes what it says or reports — "several newspapers said", "the Sunday Telegraph reported"
is writing (docs/annotation.md, "Acts", 4: a newspaper's report)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import OUTLETS
from .speakers import entity_of

# Nouns of printed outlets, which write what they say or report: "several newspapers said".
_NEWSPAPERS = frozenset("newspaper tabloid broadsheet magazine".split())


# Words of a printed title among the outlets: "Daily Variety", "The Sunday Times" (not "the BBC").
_PRINT_WORDS = frozenset("""
daily sunday times post journal telegraph herald gazette tribune chronicle observer guardian mail mirror
sun express independent standard variety magazine newspaper economist scotsman
""".split())


def a_newspaper(speaker: Token | None) -> bool:
    """Whether a speaker is a printed outlet: a noun of one, or a known title of print."""
    if speaker is None:
        return False
    if speaker.pos_ == "NOUN" and speaker.lemma_.lower() in _NEWSPAPERS:
        return True
    name = entity_of(speaker)  # (not a walk over ``doc.ents``, a new tuple of Spans on every read)
    if name is not None:
        words = name.text.lower().removeprefix("the ")
    else:
        # the recogniser may miss a title after its cue's clause ("..., the Sunday Telegraph
        # reported"): the speaker's own run of proper nouns names it
        run = [t for t in speaker.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [speaker]
        words = " ".join(t.lower_ for t in run) if speaker.pos_ == "PROPN" else ""
    return words in OUTLETS and any(w in _PRINT_WORDS for w in words.split())
