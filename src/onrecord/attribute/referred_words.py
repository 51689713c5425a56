"""A noun content that only names words or a view given elsewhere, with no claim of its own
(judge-45, BBC dev slices, issue 12; ``unsaid`` asks last):

- words pointed back at: "Companies echoed *this sentiment*", "repeated *these concerns*",
  "shared *the same view*" — the claim is the one before; the content has none, so the
  finding is a stance taken on it, out of the default record (the sentence's own words,
  "saying that they would require more information", stay a statement);
- the topic of a passive judgement: "*Mr Llwyd's theory* has also been questioned by Dafydd
  Wigley" — the learned pass takes the subject for the content, but it names the thing
  judged, not what Mr Wigley said (as "denied his claims" is a stance, ``no_proposition``).

A noun with a clause of its own ("the claim that taxes would rise was questioned by ...")
or a quotation is no bare noun content and stays. Only cues of speech or writing: "shares
this bleak view", "are considered unclean by Muslims" are beliefs already, and a passive of
making known ("O'Malley's move was first reported by MSNBC") gives news, not a topic.
"""

from __future__ import annotations

from ..schema import StatementAct as Act
from .act_words import WRITING_VERBS
from .found import Found
from .lexicon import CUE_NOUNS, SPEECH_VERBS

# Nouns of words or views, which a demonstrative points back at: "this sentiment", "these concerns".
_WORDS_OR_VIEWS = CUE_NOUNS | frozenset("sentiment view point idea theme line thought feeling opinion theory".split())
# Verbs that put words to someone's own view: "voiced these concerns" ("made these same
# allegations" stays an occasion of speech or writing: act_words.MADE_WORDS).
_SPEAKING = SPEECH_VERBS | WRITING_VERBS | frozenset("voice express raise".split())
# Verbs of making news known, whose passive subject is the news: "the move was reported by MSNBC".
_MAKING_KNOWN = frozenset("report announce reveal disclose confirm publish unveil".split())
# Determiners that point back: "this", "these", "that", "those", "such"; and "same" after "the".
_POINTING_BACK = frozenset("this these that those such".split())


def referred_words(found: Found, noun: bool) -> tuple[Act, str] | None:
    """The act and reason of a finding whose noun content names words given elsewhere or the
    topic of a passive (module docstring), else None. ``noun`` says whether the content is
    a noun phrase (``unsaid.noun_content``). RETURNS (tuple[str, str] | None)."""
    cue = found.cue
    if cue is None or cue.pos_ not in ("VERB", "AUX") or cue.lemma_.lower() not in _SPEAKING:
        return None
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span) or cue.i in range(span.start, span.end) or span.text[:1] in "\"“‘'«":
        return None
    root = span.root
    if noun and root.lemma_.lower() in _WORDS_OR_VIEWS and _points_back(root):
        return "stance", "words given before, no claim of its own"
    # (``noun_content`` reads a subject inside the content as a clause: the passive's subject is asked apart)
    if (root.dep_ == "nsubjpass" and root.head.i == cue.i and cue.lemma_.lower() not in _MAKING_KNOWN and any(c.dep_ == "agent" for c in cue.children)
            and root.left_edge.i == span.start and not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "mark" for t in span)):
        return "stance", "a topic, no words"
    return None


def _points_back(noun) -> bool:
    """ "[this] sentiment", "[the same] view", "[such] concerns"."""
    determiners = [c for c in noun.children if c.dep_ in ("det", "predet", "amod") and c.i < noun.i]
    return any(d.lower_ in _POINTING_BACK for d in determiners if d.dep_ != "amod") or (
        any(d.lower_ == "same" for d in determiners) and any(d.lower_ == "the" for d in determiners))
