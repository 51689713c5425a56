"""An inverted "says X" aside after an opening adverbial, whose host the parser hung on
the speaker as a relative clause: "By contrast, says Mr Cox, [the Mac mini is cheap]"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .boundaries import trim
from .cue_tokens import SUBJECT_DEPS
from .found import Range

# Words that open a true relative clause: "says Mr Cox, who runs the shop, ..." reports nothing.
_RELATIVE_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))


def inverted_aside_host(doc: Doc, cue: Token) -> tuple[Range, Token] | None:
    """The sentence around an inverted aside opened by an adverbial ("By contrast,", "In
    fact,", "Today,"), and the speaker. Only where a comma stands right before the verb,
    its subject follows it at once and is closed by a comma, and the "relative clause"
    after that comma has a subject of its own that is no relative word: a main clause.
    RETURNS (tuple[Range, Token]) | None: the whole sentence, cue included (as the
    article wrote it, like "The economy, says Mr Cox, is weak"), and the speaker."""
    sent = cue.sent
    if cue.i < sent.start + 2 or doc[cue.i - 1].text != "," or cue.dep_ != "ROOT":
        return None
    if any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in cue.children):
        return None  # "Mr Cox says, ..." is the lead-in rule's
    speaker = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.left_edge.i == cue.i + 1), None)
    if speaker is None:
        return None
    hosts = [c for c in speaker.children if c.dep_ == "relcl" and c.left_edge.i > speaker.i
             and doc[c.left_edge.i - 1].text == ","]
    if len(hosts) != 1:
        return None
    host = hosts[0]
    own_subjects = [c for c in host.children if c.dep_ in SUBJECT_DEPS and c.i < host.i]
    if not own_subjects or any(t.tag_ in _RELATIVE_TAGS or t.lower_ == "that"
                               for s in own_subjects for t in (doc[s.left_edge.i], s)):
        return None
    span = trim(doc, sent.start, host.right_edge.i)
    return (span, speaker) if span is not None else None


def aside_read_as_subject(cue: Token, comp: Token) -> tuple[int, Token] | None:
    """The same aside where the parser made the speaker a first subject of the host: "In the
    end, said [Mr Smith], the deal collapsed" (two subjects on "collapsed", the first closed
    by a comma right after the verb). RETURNS (tuple[int, Token]) | None: where the content
    starts (the sentence's start) and the speaker."""
    doc = cue.doc
    if comp.dep_ != "ccomp" or comp.i < cue.i or cue.i < cue.sent.start + 2 or doc[cue.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    subjects = [c for c in comp.children if c.dep_ in SUBJECT_DEPS and c.i < comp.i]
    if len(subjects) != 2 or subjects[0].left_edge.i != cue.i + 1 or subjects[0].pos_ not in ("PROPN", "NOUN"):
        named = _name_read_as_subject(cue, comp)
        return (cue.sent.start, named) if named is not None else None
    edge = subjects[0].right_edge.i
    closing = edge if doc[edge].text == "," else edge + 1  # the parser may hang the comma on the name
    if doc[closing].text != "," or subjects[1].left_edge.i != closing + 1:
        return None
    return cue.sent.start, subjects[0]


def _name_read_as_subject(cue: Token, comp: Token) -> Token | None:
    """The same aside where the parser made the speaker's name the subject of a verb inside
    the host, with the host's own subject as an apposition or a second subject: "Often, said
    [Mr Pearson], this sensitive information was invisible", "On average, said [Mr
    Macklin], users conduct between five and 10 searches". Only a name alone between the
    verb and a comma. RETURNS (Token | None): the name's head."""
    doc = cue.doc
    comma = next((t.i for t in doc[cue.i + 1 : min(cue.i + 7, cue.sent.end)] if t.text == ","), None)
    if comma is None or comma == cue.i + 1 or comma + 1 >= cue.sent.end:
        return None
    name = doc[cue.i + 1 : comma]
    if not all(t.pos_ == "PROPN" for t in name):
        return None
    return next((t for t in name if t.dep_ in SUBJECT_DEPS and t.head.i != cue.i
                 and comp.i in (t.head.i, *(a.i for a in t.head.ancestors))), None)
