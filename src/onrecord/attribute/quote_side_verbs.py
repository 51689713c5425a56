"""Verbs that report speech only beside a quotation they follow.

'"Would it be negotiable about the 11 million?" Hannity pressed.', '"That is not true," she
shot back.', '"We are not done," Smith chimed in.': news writes the turn of a conversation
with a verb of manner or sequence that is no speech verb anywhere else ("pressed the
button", "started the car", "shot back into the lead"). Such a verb is a cue only right
after the closing mark, with its subject between and nothing of its own after it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that report the words when intransitive beside them.
_BESIDE_A_QUOTE = frozenset((
    "press", "start", "begin", "interject", "gush", "scoff", "marvel", "snap", "sigh", "venture",
    "interrupt", "volunteer", "deadpan", "sneer", "scold", "chide", "rage", "fume", "plead",
))
# Verbs that need their particle: "shot back", "fired back", "chimed in", "piped up".
_WITH_PARTICLE = {"shoot": "back", "fire": "back", "hit": "back", "chime": "in", "pipe": "up", "cut": "in"}
# Every lemma this module may take for a cue.
QUOTE_SIDE_LEMMAS = _BESIDE_A_QUOTE | frozenset(_WITH_PARTICLE)
# Children that give the verb a use of its own ("pressed the point", "started the meeting").
_OWN_DEPS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "prep", "agent", "oprd"))


def reports_the_quote_before(verb: Token, quote_start: int, quote_end: int) -> bool:
    """Whether ``verb``, found just after the closing mark of the quotation at
    ``quote_start:quote_end`` (character offsets), reports that quotation."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ"):
        return False
    lemma = verb.lemma_.lower()
    particle = _WITH_PARTICLE.get(lemma)
    if lemma not in _BESIDE_A_QUOTE and particle is None:
        return False
    if not any(c.dep_ in ("nsubj",) for c in verb.children):
        return False
    if particle is not None and not any(c.lower_ == particle and c.dep_ in ("prt", "advmod", "prep") for c in verb.rights):
        return False
    own = [c for c in verb.children if c.dep_ in _OWN_DEPS and c.lower_ != particle
           and not quote_start <= c.idx < quote_end]  # (the parser often hangs the quotation on it)
    return not own
