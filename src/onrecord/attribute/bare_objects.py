"""Cues whose bare noun-phrase object names an attitude, a commitment or a topic, not words
(``acts`` asks; docs/annotation.md, "Acts"). A reader judged these as speech wrongly (stop 46):

- "expressed their displeasure at the reform plans": a light verb whose object is a feeling
  towards something is a stance, as "expressed concern" is a belief; what the feeling is
  towards belongs to it where the parser hung it on the verb ("voiced their anger [over the
  closures]");
- "ridiculed the Tory plans for asylum quotas": the "for" completes the object noun ("plans
  for X"), it gives no grounds, so the verbal judgment keeps its bare object, a stance
  (where "criticised the plan for its cost" states why);
- "promised help to get young people on the property ladder", "pledged billions of dollars
  for education": a promise of a thing is a commitment, an intention, as "promised to help"
  is (but "promised that ..." and a quoted promise are what was said);
- "reports from some retailers highlight the weakness of the sector": a document or data
  that underlines a topic is evidence cited by the writer, no one's statement ("the report
  highlighted that ..." with its clause still reports what it says).
"""

from __future__ import annotations

from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from .act_words import BELIEF_LEMMAS, DATA_NOUNS, LIGHT_VERBS
from .cue_tokens import cue_range, speaker_of
from .evidence_speakers import EVIDENCE_NOUNS
from .found import Found
from .lexicon import DOCUMENT_NOUNS
from .prefilter import lemma_indices

# Nouns of feeling towards a fact or a plan that a light verb puts out: "expressed
# [displeasure] at", "voiced [anger] over". A disposition, PolNeAR's stance.
DISPOSITION_NOUNS: frozenset[str] = frozenset("""
displeasure dissatisfaction satisfaction anger outrage dismay frustration disappointment
unhappiness delight indignation exasperation irritation annoyance unease disquiet
""".split())

# Prepositions that name what a feeling is towards: "anger over", "displeasure at".
_TOWARDS = frozenset("over at about with towards toward".split())

# Object nouns whose "for" is their own complement: "plans for asylum quotas", "calls for a
# ban", "the case for war" (what the plan is, not why it is judged).
_FOR_COMPLEMENT_NOUNS = frozenset("""
plan proposal call demand bid case need scheme strategy vision policy campaign push request
appetite idea blueprint target quota
""".split())

# Verbs of promising that take the thing promised as a bare object: "promised help".
_PROMISING = frozenset("promise pledge vow".split())

# Verbs by which evidence points at a topic: "the figures highlight the weakness".
_EVIDENCE_VERBS = frozenset("highlight underline underscore illustrate reflect".split())

# Subject nouns of a document or data (joined once, not on every call).
_EVIDENCE_SUBJECTS = DOCUMENT_NOUNS | DATA_NOUNS | EVIDENCE_NOUNS | {"report"}

# Objects a light verb puts out as a feeling or a belief ("voiced anger", "expressed concern").
_FEELINGS = DISPOSITION_NOUNS | BELIEF_LEMMAS

# Dependencies of a clause or of words given after the cue: "promised [that ...]", "promised: ...".
_CLAUSES = frozenset(("ccomp", "parataxis", "xcomp"))


def complement_for(prep: Token) -> bool:
    """Whether a "for" after a judged object completes that noun ("ridiculed the Tory plans
    *for* asylum quotas", wherever the parser hung it) rather than giving the judgment's
    grounds ("criticised the plan *for* failing ..."). RETURNS (bool)."""
    if prep.lower_ != "for" or any(c.tag_ == "VBG" for c in prep.children):
        return False
    noun = prep.head if prep.head.dep_ == "dobj" else prep.doc[prep.i - 1]
    return noun.dep_ == "dobj" and noun.lemma_.lower() in _FOR_COMPLEMENT_NOUNS


def _bare_object(cue: Token) -> Token | None:
    """The cue's direct object when it has no clause beside it, else None."""
    if any(c.dep_ in _CLAUSES for c in cue.children):
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
    return objects[0] if objects else None


def promised_thing(cue: Token, lemma: str) -> bool:
    """Whether a promise names a thing, no words: "promised help to ...", "pledged billions
    of dollars for ..." (an intention). RETURNS (bool)."""
    if lemma not in _PROMISING:
        return False
    thing = _bare_object(cue)
    # "promised voters that ...": the words follow the addressee
    return thing is not None and not any(d.text in ('"', "“", "”", "'") for d in thing.subtree)


def evidence_points(cue: Token, lemma: str) -> bool:
    """Whether a document or data points at a topic: "reports from some High Street retailers
    highlight the weakness of the sector" (the writer's evidence, a belief). RETURNS (bool)."""
    if lemma not in _EVIDENCE_VERBS or _bare_object(cue) is None:
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return bool(subjects) and subjects[0].lemma_.lower() in _EVIDENCE_SUBJECTS


def feeling_towards_end(verb: Token, obj: Token) -> int:
    """The last token of a light verb's object of feeling with what it is towards, where the
    parser hung that phrase on the verb: "voiced their anger [over the closures]" (alone,
    "their anger" says nothing of what about). RETURNS (int): else the object's own end."""
    end = obj.right_edge.i
    if verb.lemma_.lower() not in LIGHT_VERBS or obj.lemma_.lower() not in _FEELINGS:
        return end
    towards = next((p for p in verb.children if p.dep_ == "prep" and p.i == end + 1 and p.lower_ in _TOWARDS), None)
    return towards.right_edge.i if towards is not None and any(c.dep_ in ("pobj", "pcomp") for c in towards.children) else end


def feelings_voiced(doc: Doc, found: list[Found]) -> list[Found]:
    """A light verb putting out a feeling towards something, on no cue found yet: "Union
    leaders voiced their anger over the closures" (a stance; the classifier sees only "their
    anger", with nothing it is towards, and drops it). RETURNS (list[Found])."""
    taken = {f.cue.i for f in found if f.cue is not None}
    out = []
    for index in lemma_indices(doc, LIGHT_VERBS, pos=(VERB,)):  # (no Token made for other words)
        verb = doc[index]
        if verb.i in taken:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DISPOSITION_NOUNS), None)
        if obj is None:
            continue
        end = max(feeling_towards_end(verb, obj), max((p.right_edge.i for p in obj.children if p.dep_ == "prep"
                                                        and p.lower_ in _TOWARDS), default=-1))
        if end > obj.i:  # with what it is towards ("voiced anger" alone says nothing of what)
            content = (obj.left_edge.idx, doc[end].idx + len(doc[end].text))
            out.append(Found(content, verb, cue_range(verb), speaker_of(verb), rule="feeling-object", confidence=0.6))
    return out
