"""A speech verb closing its sentence after a comma, where the parser did not hang the
clause before it on the verb as a complement: "As Trump prepared to speak, a girl was
pepper-sprayed by a bystander, [police said]" (the clause read as an adverbial clause of
"said"), "Those who take on heavy debt struggle, even with a good job, [he said]" (read
as a loose dependant), "A six-year trend of declining deficits will end this year, [the
Congressional Budget Office reported on Tuesday] -- a development that ..." (the verb
read as an unmarked adverbial clause of the clause it reports).

The reporter's "<clause>, <speaker> said." is the commonest attribution in news; the
other shapes of it (a complement, a conjunct, a relative clause) are read in
``clause_rules`` and ``as_clauses``; this is the last resort, so it asks for the shape
whole: a subject of the verb's own right after the comma, nothing between it and the
verb but auxiliaries and adverbs, nothing after the verb but when, where and to whom,
and then the end of the sentence, a dash or a semicolon; and before the comma a clause of its own,
not only a subordinate one ("As the campaign wore on, he complained.").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .boundaries import trim
from .deps import CONTENT_DEPS, SUBJECT_DEPS
from .found import Range
from .lexicon import AUDIENCE_VERBS, SPEECH_VERBS
from .speakers import after_dateline

# What a closing speech verb may carry after itself: when and where it was said and to
# whom ("police said on Tuesday", "he told reporters").
_AFTER_DEPS = frozenset(("prep", "npadvmod", "advmod", "punct", "dative"))
# What may stand between the subject and the verb: "the firm has since said".
_BETWEEN_DEPS = frozenset(("aux", "advmod", "neg"))
# After a closing verb, a dash or a semicolon may open an aside on the whole sentence:
# "... reported on Tuesday -- a development that ...".
_DASHES = frozenset(("--", "—", "–", ";"))


def trailing_host(doc: Doc, cue: Token) -> Range | None:
    """The clause before ``, <subject> <cue>`` at the end of a sentence (see the module
    docstring), or None. RETURNS (Range | None)."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("ROOT", "advcl"):
        return None
    if cue.dep_ == "advcl" and (cue.head.i > cue.i or any(c.dep_ == "mark" for c in cue.children)):
        return None  # "after he said ...": a time, not an attribution
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].i > cue.i or subjects[0].dep_ != "nsubj":
        return None
    subject = subjects[0]
    first = subject.left_edge.i
    sent = cue.sent
    if first - sent.start < 4 or doc[first - 1].text != ",":
        return None
    if any(t.dep_ not in _BETWEEN_DEPS for t in doc[subject.right_edge.i + 1 : cue.i]):
        return None
    for child in cue.children:
        if child.i > cue.i and child.dep_ not in _AFTER_DEPS and not (
                child.dep_ == "dobj" and cue.lemma_.lower() in AUDIENCE_VERBS):
            return None
    rest = [t for t in doc[cue.right_edge.i + 1 : sent.end] if not t.is_space]
    if any(t.text in (":", ",") or t.is_quote for t in doc[cue.i + 1 : cue.right_edge.i + 1]) or rest and (rest[0].text in (":", ",") or not (
            all(t.is_punct for t in rest) or rest[0].text in _DASHES or doc[cue.right_edge.i].text in _DASHES)):
        return None  # "..., Mr. Daley said: ''Of course.''": the quotation is what was said
    start = after_dateline(doc, sent.start, first - 1)
    if first - 1 - start < 4 or doc[start].is_quote or _participle_opener(doc, start) \
            or not _has_a_clause(doc, start, first - 1) or _holds_a_report(doc, start, first - 1):
        return None
    return trim(doc, start, first - 2)


def _holds_a_report(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) report a saying of their own ("A witness said the head
    instructed employees not to disclose the hack, [the report said]"): the closing verb
    relays that report, which the rules read as it stands; its own statement would only
    repeat it around the witness's."""
    return any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" and any(c.dep_ in CONTENT_DEPS for c in t.children)
               for t in doc[start:end])


# Conjunctions that may open a participle phrase: "When asked whether ...".
_PARTICIPLE_MARKS = frozenset("when while if after before once though although".split())


def _participle_opener(doc: Doc, start: int) -> bool:
    """Whether the words open with a participle phrase, the circumstance of the saying and
    not what was said: "Asked whether it had been hard, [Mr. Daley said]: ..."."""
    token = doc[start]
    if token.lower_ in _PARTICIPLE_MARKS and start + 1 < len(doc):
        token = doc[start + 1]
    # the parser tags "Asked" VBD as often as VBN: a past form with no subject of its own
    return token.tag_ in ("VBN", "VBG") or (token.tag_ == "VBD" and not any(
        c.dep_ in SUBJECT_DEPS for c in token.children))


def _has_a_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a clause that is not only a subordinate one: a
    subject whose verb has no marking conjunction ("a girl was pepper-sprayed", not "as
    the campaign wore on"), or, where the parse is poor, a relative clause of a noun that
    opens the words ("Those who take on debt struggle")."""
    for token in doc[start:end]:
        if token.dep_ not in SUBJECT_DEPS or not start <= token.head.i < end:
            continue
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" for c in verb.children):
            continue
        if verb.dep_ == "relcl" and verb.head.i != start:
            continue
        return True
    return False
