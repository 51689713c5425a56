"""A speech verb the parser read as an adjective on the noun after it: in "The 31-year-old
admitted interest in the job was immense" en_core_web_sm makes "admitted" an ``amod`` of
"interest", so the sentence has no cue and a later cue's speaker comes out "admitted
interest". The words before the verb speak; the clause after it is what they said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .found import Found
from .lexicon import SPEECH_VERBS, TEMPORAL_WORDS
from .prefilter import candidate_indices

# Past forms that report: "admitted", "conceded", "insisted" (not "so-called", "reported" as a
# plain adjective, which needs a noun before it to be read this way at all).
_PAST_TAGS = ("VBD", "VBN")
_AFTER_THE_CLAUSE = frozenset(("advcl", "conj", "cc", "punct", "parataxis"))


def speaker_before_modifier(noun: Token) -> tuple[Token, Token] | None:
    """For a subject ``noun`` with a speech verb read as its modifier, (the verb, the head
    of the words before it that speak): a noun or name right before the verb ("Apple
    reported earnings beat forecasts"), or an age ("The 31-year-old"); not a possessive
    ("the party's stated aim"), an adverb ("the widely reported claim") or a time ("Last
    year reported profits")."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i < noun.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = next((c for c in noun.lefts if c.dep_ == "amod" and c.tag_ in _PAST_TAGS
                 and c.lemma_.lower() in SPEECH_VERBS), None)
    if verb is None or verb.i < 1:
        return None
    speaker = verb.doc[verb.i - 1]
    if speaker.head.i != noun.i or speaker.dep_ not in ("amod", "compound", "nmod") or not verb.doc[verb.i - 1].whitespace_:
        return None
    aged = speaker.lower_ in ("old", "year-old") and any(t.lower_ in ("year", "years") for t in speaker.subtree)
    if not aged and (speaker.pos_ not in ("NOUN", "PROPN") or speaker.lower_ in TEMPORAL_WORDS
                     or speaker.ent_type_ in ("DATE", "TIME")):
        return None
    return verb, speaker


def modifier_cue_findings(doc: Doc) -> list[Found]:
    """Statements whose cue the parser read as a modifier: the cue, the words before it as
    the speaker, the noun's clause after it as the content. RETURNS (list[Found])."""
    found = []
    for index in candidate_indices(doc):
        verb = doc[index]
        if verb.dep_ != "amod" or verb.head.i <= verb.i:
            continue
        shape = speaker_before_modifier(verb.head)
        if shape is None or shape[0].i != verb.i:
            continue
        speaker, noun = shape[1], verb.head
        clause = noun.head
        # the clause without what follows it: ", adding: ...", "and said ..."
        end = max([clause.i] + [c.right_edge.i for c in clause.children if c.dep_ not in _AFTER_THE_CLAUSE])
        while end > verb.i and doc[end].is_punct:
            end -= 1
        if end - verb.i < 3:
            continue
        first = doc[noun.left_edge.i]
        found.append(Found((doc[verb.i + 1].idx, doc[end].idx + len(doc[end].text)), verb, (verb.idx, verb.idx + len(verb.text)), speaker,
                           rule="verb-clause", confidence=0.8,
                           speaker_range=(first.idx, speaker.idx + len(speaker.text))))
    return found
