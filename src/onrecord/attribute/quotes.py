"""Quotation marks paired by character and position, not by the parser's tags.

en_core_web_sm tags some closing ``"`` as opening (````` ``), so a tag-based pairing breaks on
ordinary news text. Here each mark is classified by its glyph and by the characters on
either side, and marks are paired paragraph by paragraph:

* curly marks say which side they are on; straight ``"`` is opening after a space or an
  opening bracket and before a word, closing after a word and before a space or punctuation;
* a quote may run over several paragraphs: the news convention repeats the opening mark at
  the start of each paragraph and closes only at the end;
* an unmatched opening mark (an odd number of marks) closes at the end of its paragraph,
  with ``closed=False`` so callers can trust it less; but sooner where the text stops being
  the speaker's words (``_unclosed_end``): at a single mark typed to close it ('... to
  their lives.' His contribution ...), or before a sentence with an attribution of its own
  ("Scrichapan said he would ...", "..., he said.") or, after words in the first person,
  one that opens on a third-person possessive ("His contribution follows ...", "But his
  professionalism ..."); a sentence with a word in the first person is always the
  speaker's ("He said to me, 'go'", "His goal won us the game");
* an opening mark after a sentence's end inside a quote still open is a new quote when the
  words between are the writer's by the same signs: the earlier one was never closed ('"I
  think we did well. He accepted the result, he said. "But we move on," said Smith'); else
  it is the repeated mark of a paragraph the text runs on in one line, and the quote goes on.

Single quotes (``‘…’`` and ``'…'``) are only read as quotation marks in a paragraph without
double quotes, where an apostrophe cannot be mistaken for one (headline style).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import ABBREVIATED_WORDS

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPENING_SINGLE = "‘"
CLOSING_SINGLE = "’"
STRAIGHT_SINGLE = "'"
# The marks a quotation opens or closes with as news copy writes them (no guillemets).
QUOTE_MARKS = "\"“”‘’'"
# The marks that open a quotation paragraph or run of quoted sentences.
OPENING_MARKS = "\"“"
# The marks that open a quotation of either kind, double or single ("'It will not be a pretty
# game,' said the lock"), each one character: a set, for a token's whole text.
OPENING_ANY_MARKS = frozenset(OPENING_MARKS + OPENING_SINGLE + STRAIGHT_SINGLE)

_WORD_BEFORE_OPEN = " \t\n\r([{—–-/:;,"
_AFTER_CLOSE = " \t\n\r)]}.,;:!?—–-/"
_PARAGRAPH = re.compile(r"\n")
_MARK_CHARS = re.compile("[\"“”„«»‘’'`]")


PARSED_TEXT_KEY = "onrecord.parsed_text"


def text_of(doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds it from the tokens on every call."""
    text = doc.user_data.get(PARSED_TEXT_KEY)
    if text is None:
        text = doc.user_data[PARSED_TEXT_KEY] = doc.text
    return text


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start`` is the opening mark, ``end`` is just past the closing mark."""

    start: int
    end: int
    closed: bool = True

    def inner(self, text: str) -> str:
        """The quoted words without their marks."""
        return text[self.start : self.end].strip("\"“”„«»‘’'`")

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _side(text: str, i: int, width: int = 1) -> str:
    """'open', 'close' or '?' for the straight mark at ``i`` from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before in _WORD_BEFORE_OPEN and not after.isspace():
        return "open"
    if not before.isspace() and (after in _AFTER_CLOSE or after in CLOSING_DOUBLE + CLOSING_SINGLE):
        return "close"
    return "?"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


Mark = tuple[int, str, int]  # offset, 'open'|'close'|'?', width in characters


def _marks(text: str, start: int, end: int, single: bool) -> list[Mark]:
    """Quotation marks in a paragraph, in order."""
    marks: list[Mark] = []
    # jump from mark to mark: a character loop over the whole text is slow in Python
    for found in _MARK_CHARS.finditer(text, start, end):
        i = found.start()
        if marks and i < marks[-1][0] + marks[-1][2]:
            continue  # the second character of a two-character mark
        ch = text[i]
        pair = text[i : i + 2]
        if not single:
            # newspapers typeset in the PTB tradition (the NYT in PolNeAR) write ``'' ``
            # and ``` `` ``` for double quotes
            if text[i : i + 3] == "'" * 3 and _side(text, i, 3) == "close":
                # a nested quote closing with its outer one: "the word 'old-school,'''"
                marks.append((i + 1, "close", 2))
                continue
            if pair == "''" or pair == "``":
                marks.append((i, "open" if pair == "``" else _side(text, i, 2), 2))
                continue
            if ch in OPENING_DOUBLE:
                # an opening glyph typed for a closing one ("for her here,“ said Jim Clyburn"):
                # an opening mark is never followed by a space
                after = text[i + 1] if i + 1 < len(text) else " "
                closes = i > 0 and not text[i - 1].isspace() and after.isspace()
                marks.append((i, "close" if closes else "open", 1))
            elif ch in CLOSING_DOUBLE:
                marks.append((i, "close", 1))
            elif ch == STRAIGHT_DOUBLE:
                marks.append((i, _side(text, i), 1))
        elif ch == OPENING_SINGLE or ch == STRAIGHT_SINGLE or ch == CLOSING_SINGLE:
            side = _side(text, i)
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            # An apostrophe sits between letters ("don't") or after one ("Jones' car").
            if not (before.isalnum() and after.isalnum()):
                if ch == OPENING_SINGLE and side != "close":
                    marks.append((i, "open", 1))
                elif side in ("open", "close"):
                    marks.append((i, side, 1))
    return marks


def _has_double(paragraph: str) -> bool:
    return any(ch in paragraph for ch in OPENING_DOUBLE + CLOSING_DOUBLE + STRAIGHT_DOUBLE) or "''" in paragraph or "``" in paragraph


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in order. RETURNS (list[Quote]): a new list each call."""
    return list(_quotes_of(text))


# The entity pass, the speaker finder and the statement finder each ask for a document's
# quotations: the last few texts' are kept (a Quote is frozen; each caller gets its own list).
@lru_cache(maxsize=4)
def _quotes_of(text: str) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    pending: int | None = None  # opening offset of a quote carried over from the last paragraph
    paragraphs = _paragraphs(text)
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = _marks(text, p_start, p_end, single=not _has_double(text[p_start:p_end]))
        open_at = pending
        if pending is not None and marks and marks[0][1] in ("open", "?") and not text[p_start : marks[0][0]].strip():
            marks = marks[1:]  # the repeated opening mark of a continued quote
        elif pending is not None:
            quotes.append(Quote(pending, _last_paragraph_end(text, paragraphs, index - 1), closed=False))
            open_at = None
        pending = None
        for offset, side, width in marks:
            if open_at is None:
                if side in ("open", "?"):
                    open_at = offset
            elif side in ("close", "?"):
                quotes.append(Quote(open_at, offset + width))
                open_at = None
            elif (cut := _narration_cut(text, open_at, offset)) is not None:
                # the writer's narration runs between the two marks: the first quote was never closed
                quotes.append(Quote(open_at, cut, closed=False))
                open_at = offset
            # else a second opening mark inside an open quote is the repeated mark of a
            # paragraph run on in the same line, a misplaced closing one, or a nested quote
        if open_at is not None:
            if _continues(text, paragraphs, index):
                pending = open_at
            else:
                quotes.append(Quote(open_at, _unclosed_end(text, open_at, _rstrip_end(text, p_end)), closed=False))
    if pending is not None:
        quotes.append(Quote(pending, _rstrip_end(text, paragraphs[-1][1]), closed=False))
    return tuple(q for q in quotes if q.inner(text).strip())


# A single mark typed to close a double quote: after a sentence's or a clause's end, before a space.
_SINGLE_CLOSE = re.compile("(?<=[.!?,])['’](?=\\s|$)")
_SINGLE_OPEN = re.compile("(?:^|(?<=\\s))['‘](?=\\w)")
# The sentences of a paragraph: a full stop, then a space and a capital or a digit.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
# A sentence that attributes words of its own: "Scrichapan said he would", "…, he added.",
# "said Mr Smith". A pronoun or "Nobody" opening a sentence with "said" may be the speaker
# reporting someone ("My husband … He said he would fight on"), so only a pronoun's trailing
# tag counts.
_ATTRIBUTION = re.compile(
    r"\b(?!(?:He|She|They|It|Nobody|Somebody|Someone|Everyone|Everybody|Anyone|Anybody|No-one|None)\b)"
    r"[A-Z][a-z]+\s+(?:said|says|added|told|insisted|explained|confirmed|claimed)\b"
    r"|,\s+(?:he|she|they|it)\s+(?:said|added|insisted|explained)[.!?]"
    r"|\b(?:said|says|added)\s+(?:Mr|Mrs|Ms|Dr|[A-Z][a-z]+\s+[A-Z])")
_THIRD_PERSON_OPENING = re.compile(r"(?:(?:But|And|Yet)\s+(?:his|her|their)|His|Her|Their)\s")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)\b")


def _unclosed_end(text: str, start: int, end: int) -> int:
    """Where an opening mark never closed in its paragraph ends (module docstring)."""
    opened = _SINGLE_OPEN.search(text, start + 1, end)
    closing = _SINGLE_CLOSE.search(text, start + 1, end)
    if closing is not None and (opened is None or opened.start() > closing.start()):
        return closing.end()  # 'Moya said: "I'm donating my prize money ... to their lives.' His ...'
    breaks = _sentence_breaks(text, start + 1, end)
    first_person = bool(breaks) and _FIRST_PERSON.search(text, start, breaks[0]) is not None
    for at, following in zip(breaks, breaks[1:] + [end]):
        sentence = text[at:following].lstrip()
        if _FIRST_PERSON.search(sentence):
            continue  # "His goal won us the game" is still the speaker's
        if _ATTRIBUTION.search(sentence) or (first_person and _THIRD_PERSON_OPENING.match(sentence)):
            return at
    return end


def _sentence_breaks(text: str, start: int, end: int) -> list[int]:
    """Where sentences begin in ``text[start:end]``, not after an abbreviation ("Mr.",
    ``lexicon.ABBREVIATED_WORDS``)."""
    breaks = []
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        word = text[max(start, match.start() - 6) : match.start()].rstrip(".!?").split()
        if not (word and word[-1].lower() in ABBREVIATED_WORDS and word[-1][:1].isupper()):
            breaks.append(match.start())
    return breaks


def _narration_cut(text: str, open_at: int, offset: int) -> int | None:
    """Where a quote still open at a new opening mark ends, when the writer's narration
    runs between them (module docstring); None when the mark does not follow a sentence's
    end inside the quote or the words before it read as the speaker's."""
    before = text[open_at + 1 : offset].rstrip()
    if not (text[offset - 1].isspace() and before.endswith((".", "!", "?"))
            and _sentence_breaks(text, open_at + 1, offset)):
        return None
    end = _rstrip_end(text, offset)
    cut = _unclosed_end(text, open_at, end)
    return cut if cut < end else None


def _continues(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the next paragraph opens with a quotation mark (a quote running on)."""
    if index + 1 >= len(paragraphs):
        return False
    nxt = text[paragraphs[index + 1][0] : paragraphs[index + 1][1]].lstrip()
    return bool(nxt) and (nxt[0] in OPENING_DOUBLE + STRAIGHT_DOUBLE or nxt.startswith(("``", "''")))


def _last_paragraph_end(text: str, paragraphs: list[tuple[int, int]], index: int) -> int:
    return _rstrip_end(text, paragraphs[index][1])


def _rstrip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# Quotation marks as tokens: the tagger's `` and '' and the curly and angled marks it may
# tag otherwise; a possessive's apostrophe is no mark.
_MARK_TOKENS = frozenset('"“”‘’«»')


def mark_positions(span) -> list[int]:
    """The token indices of the quotation marks in ``span`` (a Span, or None for none), in
    order: opening and closing marks alternate where the quotations are paired."""
    return [t.i for t in span or () if t.tag_ != "POS" and (t.tag_ in ("``", "''") or t.text in _MARK_TOKENS)]
