"""An inverted cue after its content whose speaker the parser did not make its subject:
"The plan would boost energy conservation, says the party - and ...", "Internet search
engine users are an odd mix of naive and sophisticated, suggests a report into search
habits". The speaker of ", says NP" is the noun phrase after the verb; the clause before
the comma is the content, and the word before the comma (its object) is never the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import CONTENT_DEPS, SUBJECT_DEPS
from .lexicon import SPEECH_VERBS
from .narration_shapes import could_speak
from .parse_repairs import ADDRESSED_VERBS

# Parts of a noun phrase naming the speaker: "the party", "network monitoring company
# Sandvine", "the BBC's John Smith".
_PHRASE_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "NUM"))
# What may follow the phrase: its end, a dash, "and ...", "into search habits".
_AFTER_POS = frozenset(("PUNCT", "CCONJ", "ADP"))


def content_before(cue: Token) -> Token | None:
    """The cue's clausal complement that ends at the comma right before it."""
    doc = cue.doc
    if cue.i < cue.sent.start + 3 or doc[cue.i - 1].text != ",":
        return None
    return next((c for c in cue.children if c.dep_ in CONTENT_DEPS and c.i < cue.i
                 and c.right_edge.i >= cue.i - 2), None)


def speaker_after_inverted_cue(cue: Token) -> Token | None:
    """The head of the noun phrase right after an inverted cue verb that has no subject of
    its own and a content clause before it. RETURNS (Token | None): the phrase's last noun."""
    lemma = cue.lemma_.lower()
    # whom a verb of telling names after it is its audience ("..., tells Breitbart News");
    # a verb that is no saying ("forget the pollsters", "endorsed Senator Cruz") has an object
    if cue.pos_ != "VERB" or cue.dep_ != "ROOT" or lemma not in SPEECH_VERBS or lemma in ADDRESSED_VERBS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    content = content_before(cue)
    if content is None or any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in content.subtree):
        return None  # '"…," said Kristen Day, reports USA Today': the paper relays her saying
    doc = cue.doc
    end = cue.sent.end
    j = cue.i + 1
    head = None
    while j < end and (doc[j].pos_ in _PHRASE_POS or doc[j].tag_ == "POS"):
        if doc[j].pos_ in ("NOUN", "PROPN"):
            head = doc[j]
        j += 1
    if head is None or doc[cue.i + 1].pos_ not in ("DET", "PROPN", "NOUN", "ADJ"):
        return None
    if j < end and doc[j].pos_ not in _AFTER_POS:
        return None  # "..., says the report shows ...": a clause, not a name
    # no one who may speak is no speaker: "Prices will rise next year, says the weather in March"
    return head if could_speak(head) else None


def speaker_read_into_clause(cue: Token, comp: Token) -> bool:
    """Whether a complement after an inverted cue opens with its speaker ("says [the party -
    and insulation could save ...]"): the parser hung the name on the next clause."""
    if comp.i < cue.i:
        return False
    speaker = speaker_after_inverted_cue(cue)
    return speaker is not None and comp.left_edge.i <= speaker.i < comp.i
