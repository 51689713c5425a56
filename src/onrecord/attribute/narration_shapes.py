"""Noun-phrase contents that a reader would not take for what was said (acts-11, issue 12):
shapes in which the cue's subject is not the one speaking, or the object is no words.

- an inverted tag read as a verb and its object: "Around 23 million Britons will miss out
  ..., predicts [the report by telecoms giant BT]" — the object is the speaker of the
  clause before the comma, never the subject's words: ``clause_rules`` reports the clause
  as the object's (``inverted_tag_speaker``);
- a noun of speech that a verb causes or meets: "Fears ... have sparked [calls for] a
  limit", "He has resisted calls from ... to drop out" — PolNeAR gives such calls no
  source or the one named after "from", never the subject of "sparked" or "resisted"
  (``calls_met``);
- a product offered: "Apple offer [a less powerful Mac Mini]" — a name with an indefinite
  article or a describing adjective is a thing of its kind, not a person (``is_goods``);
- a rank: "The British number one then showed ..." — "number" before a numeral is a
  player, not data (``a_rank``);
- scare quotes: "praised the 'resilience' of the economy" — one or two quoted words
  inside a noun object are the writer's marking, not the speaker's words
  (``scare_quoted_only``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import TALK_LEMMAS, WORDS_NOUNS, WRITTEN_MEDIA
from .deps import SUBJECT_DEPS
from .found import Found
from .lexicon import CUE_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, PERSON_NOUNS, TITLE_WORDS
from .org_kinds import ORG_DESCRIPTORS
from .quotes import mark_positions
from .roles import is_role_noun

# Entity types of a phrase that may speak when it stands after an inverted tag's verb.
_SPEAKING_TYPES = frozenset(("PERSON", "ORG", "NORP", "GPE"))
_SPEAKING_HEADS = DOCUMENT_NOUNS | PERSON_NOUNS | GROUP_NOUNS | TITLE_WORDS | ORG_DESCRIPTORS


def inverted_tag_speaker(cue: Token) -> Token | None:
    """The speaker of an inverted tag that the parser read as the verb's object: a verb
    right after a comma, joined to the main clause before it with no subject of its own
    and no "and"/"but" at the seam, whose object (a body, a person, a document) runs to the
    end of the sentence: "..., predicts the report by telecoms giant BT.", "..., warns
    former programmer and technology analyst Bill Thompson." RETURNS (Token | None)."""
    doc = cue.doc
    if cue.pos_ not in ("VERB", "AUX") or cue.dep_ != "conj" or cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    if cue.tag_ not in ("VBZ", "VBD", "VBP") or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in cue.children):
        return None
    host = cue.head
    if host.dep_ != "ROOT" or any(c.dep_ in ("cc", "preconj") and host.i < c.i < cue.i for c in host.children):
        return None  # "Prices rose and forecasts the worst": two clauses
    if not any(c.dep_ in SUBJECT_DEPS for c in host.children):
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ not in _TAG_DEPS for c in cue.children):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[objects[0].right_edge.i + 1 : cue.sent.end]):
        return None
    return objects[0] if could_speak(objects[0]) else None


# What an inverted tag's verb may carry besides its speaker: "..., predicts the report on Monday."
_TAG_DEPS = frozenset(("dobj", "punct", "advmod", "npadvmod", "prep"))


def could_speak(head: Token) -> bool:
    """Whether a noun phrase's head may name a speaker: a person, body or place named, or
    a noun of a person, group, role, body or document. RETURNS (bool)."""
    if head.ent_type_ in _SPEAKING_TYPES or any(t.ent_type_ in ("PERSON", "ORG") for t in head.subtree if t.dep_ == "appos"):
        return True
    return bool({head.lower_, head.lemma_.lower()} & _SPEAKING_HEADS) or is_role_noun(head)


# Verbs whose noun object of speech is someone else's: they bring it about or meet it
# ("sparked calls for", "prompted demands", "resisted calls from", "faced criticism").
_MEETING_VERBS = frozenset("""
spark prompt trigger provoke fuel cause generate reignite stoke attract draw face receive
resist reject dismiss ignore rebuff heed answer deflect brush shrug
""".split())


def calls_met(found: Found) -> bool:
    """Whether a noun cue ("calls", "criticism", "demands") is the object of a verb that
    causes or meets it, so that the verb's subject is not its speaker: "Fears ... have
    sparked calls for a limit", "He has resisted calls from some other Republican power
    brokers to drop out". RETURNS (bool)."""
    cue = found.cue
    if cue.pos_ != "NOUN" or cue.dep_ != "dobj" or found.speaker is None:
        return False
    return cue.head.lemma_.lower() in _MEETING_VERBS and found.speaker in cue.head.children


def is_goods(obj: Token) -> bool:
    """Whether a dealing or giving verb's object is a result, a deal or a product, not
    words: a common noun that names no words, view, document or written medium ("a record
    loss", "a rescue plan"), or a name taken as a thing of its kind, with an indefinite
    article or a describing adjective ("a less powerful Mac Mini"). RETURNS (bool)."""
    if obj.pos_ == "PROPN":
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children) or any(
            c.dep_ == "amod" and c.ent_type_ == "" for c in obj.children)
    if obj.pos_ != "NOUN":
        return False
    words = {obj.lower_, obj.lemma_.lower()}
    return not words & (WORDS_NOUNS | CUE_NOUNS | DOCUMENT_NOUNS | WRITTEN_MEDIA | TALK_LEMMAS)


def a_rank(speaker: Token) -> bool:
    """Whether "number" is a rank before its numeral: "The British number one", "world
    number three" — a player (or "Number 10", the prime minister's office), not data."""
    following = speaker.doc[speaker.i + 1] if speaker.i + 1 < len(speaker.doc) else None
    return speaker.lemma_.lower() == "number" and following is not None and following.like_num


def scare_quoted_only(found: Found) -> bool:
    """Whether the only quotation marks in a noun-phrase content set off one or two words:
    "the 'resilience' of the economy" — the writer's marking, not the speaker's words (a
    run of three or more words, or any verb in the content, may be what was said).
    RETURNS (bool)."""
    doc = found.cue.doc
    span = doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    marks = mark_positions(span)
    if not marks or len(marks) % 2 or marks[0] == span.start:
        return False  # an unpaired mark, or a content that opens with its quotation
    return all(0 < sum(1 for t in doc[a + 1 : b] if t.is_alpha) <= 2 for a, b in zip(marks[::2], marks[1::2]))


# People who order as buyers: "allow customers to order SIM cards", "before ordering prints".
_BUYERS = frozenset("customer consumer shopper buyer user people subscriber client passenger".split())
# Reflexive pronouns after "speak for": "The stats speak for themselves" (nothing said).
_REFLEXIVES = frozenset("itself themselves himself herself".split())


def no_words_said(found: Found, lemma: str) -> bool:
    """Whether buyers "order" goods: "Easymobile will allow customers to go online to order
    SIM cards" (a minister who "ordered a review" commands). RETURNS (bool)."""
    speaker = found.speaker
    return lemma == "order" and speaker is not None and speaker.lemma_.lower() in _BUYERS and speaker.pos_ == "NOUN"


def speaks_for_itself(found: Found, lemma: str) -> bool:
    """Whether a thing "speaks for itself": "The stats speak for themselves" — a set phrase,
    no words, whatever the speaker (asked before figures are read as writing). RETURNS (bool)."""
    return lemma == "speak" and any(c.dep_ == "prep" and c.lower_ == "for" and any(o.lower_ in _REFLEXIVES for o in c.children)
                                    for c in found.cue.children)
