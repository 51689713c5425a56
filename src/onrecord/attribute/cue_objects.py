"""Who a cue's subject cannot be: the one its verb acts on (stop 47, issue 11).

A verb's subject and its (non-reflexive) direct object are two parties: in "Lockheed
accused its rival Boeing of ...", "The committee called the CSA a failing organisation",
"X described Y as Z", "X branded Y Z", the accuser or judge speaks and the object is
judged, so an anaphoric subject ("It", "The committee", "The firm") never stands for a
body or person named in the object. An editor found the object taken for the speaker in
both frames: "the committee" resolved to the CSA, the article's most named body, and the
accuser to the accused. ``speaker_resolution`` adds these entities to
``Resolver.excluded``, which the pronoun and the nominal ("the committee",
``body_anaphora.body_for``) resolutions both respect.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .found import Found

# The verb's objects: direct, and the "dative" the parser gives a second object to.
_OBJECT_DEPS = ("dobj", "dative")
# Words inside an object's noun phrase that still name its referent ("its rival Boeing",
# "its rival, Boeing,", "Boeing's rival Airbus"): not its clauses or its "of ..." grounds.
_PHRASE_DEPS = frozenset(("det", "poss", "amod", "compound", "nmod", "appos", "flat", "case", "punct", "conj", "cc"))


def acted_on(found: Found, entities) -> set[int]:
    """Ids of the ``entities`` (ArticleEntity) the finding's verb acts on: those with a
    mention inside the direct object of the cue or of the verb whose subject is the speaker
    ("called [the CSA] a failing organisation, adding that ..."). RETURNS (set[int])."""
    spans = [span for verb in _verbs(found) for span in _object_spans(verb)]
    if not spans:
        return set()
    return {id(e) for e in entities if any(a <= m < b for a, b in spans for m in e.mentions)}


def _verbs(found: Found) -> list[Token]:
    """The cue, and the verb the speaker is the subject of where it is another one."""
    verbs = [found.cue] if found.cue is not None and found.cue.pos_ in ("VERB", "AUX") else []
    speaker = found.speaker
    if speaker is not None and speaker.dep_ in SUBJECT_DEPS and speaker.head.pos_ in ("VERB", "AUX") \
            and speaker.head not in verbs:
        verbs.append(speaker.head)
    return verbs


def _object_spans(verb: Token) -> list[tuple[int, int]]:
    """Character spans of the noun phrases of ``verb``'s objects, without their clauses."""
    spans = []
    for obj in verb.children:
        if obj.dep_ not in _OBJECT_DEPS or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        words = _phrase(obj)
        spans.append((min(t.idx for t in words), max(t.idx + len(t) for t in words)))
    return spans


def _phrase(head: Token) -> list[Token]:
    words, stack = [head], [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in _PHRASE_DEPS:
                words.append(child)
                stack.append(child)
    return words
