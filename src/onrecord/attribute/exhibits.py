"""Findings a reader would not publish as anyone's statement, though a cue of speech frames
them (issue 12, acts-10; ``non_statements`` asks; docs/engine.md, "Acts"):

* whom someone thanked or congratulated, given as the content: "Annan thanked [the
  international community]", "Ms Rice congratulated [the Iraqi people] on their courage" —
  whom, not what was said, a stance, as "praised the chancellor's role" is
  (docs/annotation.md, "Acts"); a thanking that says for what ("thanked fans for sticking
  with him": ``told_of.thanked_for`` moves the content there) still reports words;
* the text of a message that no person sends: a virus's or a scam's e-mail, its subject line
  or its body ("The message in the body of the e-mail reads: 'Happy Holidays'", "The
  virus' subject line says 'Merry Christmas'"): an exhibit of the fraud, not a statement;
  a message whose sender the article gives ("the message said" on a site its operators
  closed) still writes;
* a quoted claim about someone, the verb of saying inside the quotation: the headline
  "Blair 'said he would stand down'" reports what a book claims Blair said, not Blair's
  words (the quotation marks say the writer does not vouch for the saying).
"""

from __future__ import annotations

import re

from .act_words import VERBAL_JUDGMENTS
from .found import Found
from .lexicon import DOCUMENT_NOUNS
from .quotes import OPENING_ANY_MARKS, QUOTE_MARKS, text_of
from .words_given import words_given

# Verbs whose object is the person or body addressed: thanking or congratulating them.
_REGARDING = frozenset("thank congratulate".split())
# Heads of a message's text, as a speaker: "the message reads", "its subject line says".
_MESSAGE_HEADS = frozenset("message e-mail email mail text subject line attachment sms".split())
# Words that make a message the tool of a fraud or an attack, in the speaker's phrase or the
# cue's sentence: "the virus' subject line", "the scam e-mail", "fake bank e-mails".
_FRAUD_WORDS = frozenset("""
virus worm trojan spam scam phishing hoax fake bogus fraudulent fraudster scammer malicious
malware spyware hacker
""".split())
_E_MAIL = re.compile(r"\be ?- ?mail|\bemail\b")


def whom_regarded(found: Found, lemma: str) -> bool:
    """Whether a thanking or congratulating gives only whom it addresses as its content
    ("congratulated [the Iraqi people]"), or a document's judgment only what it judges
    (``_document_judged``). The caller has let ``thanked_for`` move a "for" content first.
    RETURNS (bool)."""
    if _document_judged(found, lemma):
        return True
    if lemma not in _REGARDING or found.cue is None:
        return False
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span) or span.text[:1] in QUOTE_MARKS:
        return False
    if any(t.lower_ == "for" and t.dep_ == "prep" for t in span):
        return False  # "to thank Obama, the liberals, and the judge for this learning opportunity": for what
    root = span.root
    return root.dep_ == "dobj" and root.head.i == found.cue.i and span.start == root.left_edge.i


def _document_judged(found: Found, lemma: str) -> bool:
    """Whether a document's verbal judgment has only what it judges for content: "A
    subsequent state inquiry criticised [Hardie's actions]" — a stance, as "praised the
    chancellor's role" is for a person (docs/annotation.md, "Acts"), where acts.py would
    otherwise make every statement of a document writing; "the report criticised the firm
    for ..." or "... as 'reckless'" states what it holds and stays writing."""
    cue, speaker = found.cue, found.speaker
    if lemma not in VERBAL_JUDGMENTS or cue is None or cue.pos_ != "VERB" or speaker is None:
        return False
    if speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in DOCUMENT_NOUNS or words_given(found, lemma):
        return False
    from .acts import judgment_stated  # (acts imports this module through non_statements)
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span) or judgment_stated(cue):
        return False
    root = span.root
    return root.dep_ == "dobj" and root.head.i == cue.i and span.start == root.left_edge.i


def fraud_message(found: Found) -> bool:
    """Whether the speaker is the text of a message no person sends: a message, e-mail,
    subject line or text that a fraud word marks ("the virus' subject line", "a phishing
    e-mail"), in the speaker's phrase or in the words of its paragraph outside the content,
    whether or not it is part of an e-mail ("the message in the body of the e-mail" after a
    paragraph about a virus). What the content says is no mark: "The bank's e-mail said that
    scammers had targeted its customers" is the bank's. RETURNS (bool)."""
    speaker, cue = found.speaker, found.cue
    if speaker is None or cue is None or speaker.pos_ != "NOUN" or speaker.lower_ not in _MESSAGE_HEADS:
        return False
    if any(t.ent_type_ in ("PERSON", "ORG") or t.dep_ == "poss" and t.lower_.strip("'’") not in _FRAUD_WORDS
           for t in speaker.subtree if t.i != speaker.i):
        return False  # "Mr Smith's e-mail", "the bank's e-mail", "an e-mail from Microsoft": someone's words
    if _fraud_word_in(speaker.subtree):
        return True
    doc, (start, end) = cue.doc, found.content
    paragraph_start = text_of(doc).rfind("\n\n", 0, cue.sent.start_char) + 1
    around = [t for t in doc[cue.sent.start:cue.sent.end] if not start <= t.idx < end]
    before = doc.char_span(paragraph_start, cue.sent.start_char, alignment_mode="contract") \
        if paragraph_start < cue.sent.start_char else None
    return _fraud_word_in([*(before or []), *around])


def _fraud_word_in(tokens) -> bool:
    return any(t.lower_.strip("'’") in _FRAUD_WORDS or t.lemma_.lower() in _FRAUD_WORDS for t in tokens)


def quoted_saying(found: Found) -> bool:
    """Whether the cue is a verb of saying that opens a quotation holding the content, with
    the speaker outside it: "Blair 'said he would stand down'" — a claim about what Blair
    said, quoted (the quotation starts at the verb: a fragment quoted from someone else's
    account of the saying). RETURNS (bool)."""
    cue, speaker = found.cue, found.speaker
    if cue is None or speaker is None or cue.is_punct or cue.idx == 0:
        return False
    text = text_of(cue.doc)
    if text[cue.idx - 1] not in OPENING_ANY_MARKS or speaker.idx >= cue.idx:
        return False
    line_start = text.rfind("\n", 0, cue.idx) + 1
    before = text[line_start : cue.idx]
    opened = before.count('"') % 2 == 1 or before.count("“") > before.count("”") or _open_single(before)
    return opened and found.content[0] >= cue.idx - 1




def _open_single(before: str) -> bool:
    """Whether a single quotation mark opens before the cue and is not an apostrophe: a
    mark after a space or at the start ("Blair 'said ...")."""
    opens = [i for i, c in enumerate(before) if c in "'‘" and (i == 0 or before[i - 1] == " ")]
    closes = [i for i, c in enumerate(before) if c in "'’" and i > 0 and before[i - 1] != " "
              and (i + 1 == len(before) or not before[i + 1].isalpha())]
    return len(opens) > len(closes)
