"""A speech verb the parser read as an adjective on the noun after it: in "The 31-year-old
admitted interest in the job was immense" en_core_web_sm makes "admitted" an ``amod`` of
"interest", so the sentence has no cue and a later cue's speaker comes out "admitted
interest". The words before the verb speak; the clause after it is what they said.

A speech verb after "self-" ("a self-described democratic socialist", "a self-proclaimed
free-market conservative") is a saying too: the one the noun names said it of themselves,
and the words between the verb and the noun are what they said; with none between ("the
self-proclaimed leader", "a self-confessed fan") nothing but the noun was said, no statement.
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


# A "verb-clause" finding, as the modifier reading above: nested in another statement's
# content ("... toward Sanders, a self-described socialist, a poll indicates") it is
# still said, where a nested "verb-object" is dropped (component._drop_nested_stances).
# What the noun of "self-described X" may be, to reach the one it describes: an apposition
# or a conjunct of one ("Sanders, a senator ... and self-described socialist"), a
# preposition's object inside it ("a senator from the state of Vermont and ...").
_TOWARD_THE_BEARER = frozenset(("appos", "conj", "pobj", "prep", "punct"))
_BEARERS = frozenset(("PERSON", "ORG", "NORP", "GPE"))
# Verbs of calling oneself something; not "self-published" (a book) or "self-reported" (data).
_SELF_SAID = frozenset(("describe", "proclaim", "declare", "profess", "confess", "avow"))


def _bearer(noun: Token) -> Token | None:
    """The one a "self-described" noun describes: the name it stands beside or the subject
    it is said of ("He is a self-described ..."). RETURNS (Token | None)."""
    named = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ in _BEARERS), None)
    if named is not None:  # "a self-described democratic socialist, Bernie Sanders"
        return named
    token = noun
    for _ in range(8):
        if token.dep_ in ("attr", "acomp"):
            return next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if token.dep_ not in _TOWARD_THE_BEARER or token.head.i == token.i:
            return None
        token = token.head
        if token.tag_ in ("PRP", "NNP", "NNPS") and (token.tag_ == "PRP" or token.ent_type_ in _BEARERS):
            return token
    return None


def _self_said(verb: Token) -> Found | None:
    """ "a self-described democratic socialist": the verb after "self-", the words from it to
    its noun as the content, the one the noun describes as the speaker. RETURNS (Found | None)."""
    doc, noun = verb.doc, verb.head
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].lower_ != "self" or noun.i <= verb.i + 1:
        return None
    speaker = _bearer(noun)
    if speaker is None:
        return None
    first = doc[verb.i + 1]
    return Found((first.idx, noun.idx + len(noun.text)), verb, (verb.idx, verb.idx + len(verb.text)), speaker,
                 rule="verb-clause", confidence=0.8)


def modifier_cue_findings(doc: Doc) -> list[Found]:
    """Statements whose cue the parser read as a modifier: the cue, the words before it as
    the speaker, the noun's clause after it as the content. RETURNS (list[Found])."""
    found = []
    for index in candidate_indices(doc):
        verb = doc[index]
        if verb.dep_ != "amod" or verb.head.i <= verb.i:
            continue
        if verb.tag_ == "VBN" and verb.lemma_.lower() in _SELF_SAID and index >= 2 and doc[index - 2].lower_ == "self":
            said = _self_said(verb)
            found += [said] if said is not None else []
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
