"""Speakers the parse hid behind another word (issue 11, stop 34): a new clause's subject
after a dash, a name a predicate noun stands for, a name before a long parenthesis, and
the subject the parser gave a participle right before the cue."""

from __future__ import annotations

from spacy.tokens import Token

from .predicate_nominals import appositive_anchor, copula_subject
from .lexicon import SPEECH_VERBS
from .roles import is_role_noun
from .speaker_repairs import DASHES
from .verb_shapes import holds_views


def subject_after_dash(cue: Token) -> Token | None:
    """The speaker who opens a new clause after a dash, where the parser made the cue a
    conjunct of the verb before the dash: "And it wasn't an accident — Brendan Buck, a
    spokesman for Ryan, told POLITICO that ..." (not "it"). Only a noun phrase with no verb
    of its own, no conjunction opening it, that names someone. RETURNS (Token | None)."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc = cue.doc
    dash = next((t for t in reversed(doc[head.i + 1 : cue.i]) if t.text in DASHES and (
        t.whitespace_ or doc[t.i - 1].whitespace_) or t.text == ";"), None)
    if dash is None:
        return None
    span = [t for t in doc[dash.i + 1 : cue.i] if not t.is_space]
    while span and span[-1].text == ",":
        span = span[:-1]
    if not span or span[0].pos_ == "CCONJ" or any(t.pos_ in ("VERB", "AUX") or t.text in DASHES for t in span):
        return None
    inside = {t.i for t in span}
    heads = [t for t in span if t.head.i not in inside and not t.is_punct]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    subject = heads[0]
    return subject if subject.ent_type_ in ("PERSON", "ORG", "NORP") or holds_views(subject) else None


def copular_subject(noun: Token) -> Token | None:
    """The name a predicate noun stands for: in "Hillary Clinton was the first candidate to
    weigh in, tweeting her appreciation" the candidate is Clinton, who speaks
    (``predicate_nominals.copula_subject``, which resolution reads too). A name only when
    finding the speaker: "the man" of "the man was a farmer who said" names no one better,
    and a pronoun's "the first one to say" is the pronoun's own report (PolNeAR train).
    RETURNS (Token | None)."""
    subject = copula_subject(noun)
    return subject if subject is not None and subject.pos_ == "PROPN" and subject.i < noun.i else None


def name_before_parenthesis(subject: Token, cue: Token) -> Token | None:
    """The name before a parenthesis that closes right before the cue, where the parser took
    a word inside it for the subject: "Sen. Chris Murphy (a Connecticut Democrat so boyish he
    has been mistaken for a junior staffer) says ..." (not "boyish"). RETURNS (Token | None)."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != ")":
        return None
    opening = next((t.i for t in reversed(doc[max(cue.sent.start, cue.i - 40) : cue.i - 1]) if t.text in "()"), None)
    if opening is None or doc[opening].text != "(" or opening == cue.sent.start or not opening < subject.i < cue.i - 1:
        return None
    name = doc[opening - 1]
    return name if name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG", "") else None


def subject_of_left_participle(cue: Token) -> Token | None:
    """The subject the parser gave a participle right before a cue that has none: in
    "Republican activists clamoring to block Trump say they're ..." the activists say it.
    RETURNS (Token | None)."""
    doc = cue.doc
    for child in cue.lefts:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.right_edge.i == cue.i - 1 \
                and not any(t.is_punct for t in doc[child.i : cue.i]):
            subjects = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if subjects and (holds_views(subjects[0]) or is_role_noun(subjects[0])
                             or subjects[0].ent_type_ in ("PERSON", "ORG", "NORP")):
                return subjects[0]
    return None


def appositive_host(noun: Token) -> Token | None:
    """The name a descriptive apposition stands beside: in "Priorities USA, a super PAC
    supporting Hillary Clinton" the PAC supporting her is Priorities USA
    (``predicate_nominals.appositive_anchor``; here only an indefinite description set off
    by a comma after the name). RETURNS (Token | None)."""
    host = appositive_anchor(noun)
    if host is None or noun.doc[noun.left_edge.i - 1].text != "," or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    return host


def name_before_verb_read_as_participle(cue: Token) -> Token | None:
    """The name the parser made the sentence's root when no comma closed its apposition:
    '"…," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday'
    ("tweeted" read as a participle on the name). RETURNS (Token | None): the name."""
    name = cue.head
    if cue.dep_ != "acl" or cue.tag_ not in ("VBN", "VBD") or cue.lemma_.lower() not in SPEECH_VERBS \
            or name.dep_ != "ROOT" or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.i > cue.i:
        return None
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("of", "by", "as") for c in cue.children):
        return None  # "Jack Brown, an aide to the senator, accused of leaking the memo": a real passive
    between = name.doc[name.i + 1 : cue.i]
    return name if any(t.text == "," for t in between) and any(t.dep_ == "appos" for t in between) else None
