"""The verb a conjoined cue goes with when the parser joined it to the wrong clause: a
relative clause of another tense, or a clause inside what the first verb reports."""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS, sentence_before
from .lexicon import SPEECH_VERBS

_FINITE = ("VBD", "VBP", "VBZ")


def conjunct_of_main_clause(cue: Token) -> Token | None:
    """The main verb a cue goes with when the parser joined it to a relative clause of
    another tense: in "Carson, Fiorina and Huckabee have all characterized it as a commitment
    to the groups that brought them in and say they are no longer accepting ..." "say" is the
    three's (present, like "have characterized"), not the groups' ("brought", past). Joined
    to another clause than a relative one: ``conjunct_of_reporting_verb``.
    RETURNS (Token | None): the main clause's verb, whose subject speaks."""
    rel = cue.head
    if cue.dep_ == "conj" and rel.dep_ != "relcl":
        return conjunct_of_reporting_verb(cue) or participle_joined_to_reported_clause(cue) or parallel_that_clause(cue)
    # (a bare "say" after "and" is a present the tagger read as a base form)
    tense = "VBP" if cue.tag_ == "VB" and not any(c.dep_ == "aux" for c in cue.children) else cue.tag_
    if cue.dep_ != "conj" or rel.dep_ != "relcl" or tense not in _FINITE or rel.tag_ not in _FINITE \
            or (tense == "VBD") == (rel.tag_ == "VBD") or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children):
        return None  # "helping families who lost their homes and say ...": the families can say it
    main = rel.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    while main.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in main.children):
        main = main.head  # "He has called on the US to attack the oil that funds IS and proposed ...": his
    if main.pos_ not in ("VERB", "AUX") or main.dep_ == "relcl" or not any(c.dep_ == "nsubj" for c in main.children):
        return None
    if main.tag_ == "VBN" and cue.tag_ in ("VBD", "VBN") and any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children):
        return main  # "has called ... and proposed": the perfect's second participle, tagged as a past
    finite = next((t.tag_ for t in [main, *main.children] if t.tag_ in _FINITE and (t.i == main.i or t.dep_ == "aux")), None)
    return main if finite is not None and (finite == "VBD") == (tense == "VBD") else None



def conjunct_of_reporting_verb(cue: Token) -> Token | None:
    """The reporting verb a past-tense cue after ", and" goes on from when the parser joined
    it to a verb inside what that verb reports: in "Nigel Farage said the warning was
    indicative that the President did not know what he was talking about, and accused Number
    10 of ..." Farage accuses (not the President: "did not know" is no past form like
    "accused"). Only a speech verb of the same past form up the chain, through a reported
    clause. RETURNS (Token | None): the reporting verb, whose subject speaks."""
    head = cue.head
    doc = cue.doc
    if cue.dep_ != "conj" or cue.tag_ != "VBD" or head.tag_ == "VBD" or head.i >= cue.i or cue.i < 2 \
            or doc[cue.i - 1].lower_ != "and" or doc[cue.i - 2].text != "," \
            or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    token, reported = head, False
    for _ in range(6):
        if token.dep_ == "ccomp":
            reported = True
        elif token.dep_ not in ("advcl", "acomp", "xcomp", "conj"):
            return None
        token = token.head
        if reported and token.tag_ == "VBD" and token.lemma_.lower() in SPEECH_VERBS \
                and any(c.dep_ == "nsubj" for c in token.children):
            return token
        if token.head.i == token.i:
            return None
    return None


# What a participle climbs through from a reported clause to the participle that reports it.
_UP_TO_PARTICIPLE = frozenset(("ccomp", "acl", "pobj", "prep", "conj", "dobj"))


def participle_joined_to_reported_clause(cue: Token) -> Token | None:
    """The speech participle a participle cue after "and" goes on from when the parser joined
    it to a finite verb inside what that participle reports: in "he expanded upon his calls
    ..., warning followers ... that the Islamic State could easily penetrate the country and
    implying that ..." he implies it ("could penetrate and implying" joins no two like
    verbs). Only a verb with a subject of its own, not itself a participle.
    RETURNS (Token | None): the reporting participle, whose subject speaks."""
    head = cue.head
    doc = cue.doc
    if cue.dep_ != "conj" or cue.tag_ != "VBG" or head.tag_ == "VBG" or head.pos_ not in ("VERB", "AUX") \
            or head.i >= cue.i or doc[cue.i - 1].lower_ != "and" \
            or not any(c.dep_ in SUBJECT_DEPS for c in head.children) \
            or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    token = head
    for _ in range(8):
        if token.dep_ not in _UP_TO_PARTICIPLE or token.head.i == token.i:
            return None
        token = token.head
        if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and token.lemma_.lower() in SPEECH_VERBS:
            return token
    return None


def subject_carried_over(cue: Token) -> Token | None:
    """The subject of the sentence before, where a sentence opens with "But" or "And" right
    before a finite cue that has no subject: "Mr Blair told BBC News he had not yet read the
    report in detail. But told BBC News: ..." (the writer dropped the repeated "he"; Blair
    says it). Only that sentence's main verb with no auxiliary, and a subject before the main
    verb of the sentence before that names or stands for someone (a noun phrase or a
    personal pronoun). RETURNS (Token | None)."""
    sentence = cue.sent
    words = [t for t in sentence if not t.is_space]
    if cue.dep_ != "ROOT" or cue.tag_ not in _FINITE or len(words) < 3 or words[1].i != cue.i \
            or words[0].lower_ not in ("but", "and") or words[0].head.i != cue.i or sentence.start == 0 \
            or any(c.dep_ in (*SUBJECT_DEPS, "expl", "aux") for c in cue.children):
        return None
    before = sentence_before(sentence)  # (not None: the sentence is not the first)
    root = before.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subject is None or root.pos_ not in ("VERB", "AUX") \
            or subject.pos_ not in ("PROPN", "NOUN") and subject.lower_ not in ("he", "she", "they"):
        return None
    return subject


def parallel_that_clause(cue: Token) -> Token | None:
    """The verb a past-tense cue after "but"/"and" goes on from when the parser joined it to
    the verb of the that-clause before it, both verbs taking a that-clause of their own: in
    "He accepted that the fires damaged Plaid Cymru's public image but believed that the
    security services had their hands full" he believes it, not the fires (BBC dev slice,
    stop 45). RETURNS (Token | None): the first verb, whose subject speaks."""
    head = cue.head
    if cue.dep_ != "conj" or cue.tag_ != "VBD" or head.dep_ != "ccomp" or head.i >= cue.i \
            or cue.doc[cue.i - 1].lower_ not in ("but", "and") or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    main = head.head
    if main.tag_ != "VBD" or not any(c.dep_ == "nsubj" for c in main.children):
        return None
    return main if _that_clause(head) and any(c.dep_ == "ccomp" and _that_clause(c) for c in cue.children) else None


def _that_clause(verb: Token) -> bool:
    """Whether a clause's verb has "that" as its mark."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
