"""A content that opens on a quotation ends where the quotation closes, when what follows the
closing mark is the writer's (issue 12, acts-9: contents running on into narration).

On BBC dev articles a reader would not publish these contents as they stood:

* a quotation after a colon cue that repeats its cue: 'For the Lib Dems David Laws said:
  "The chancellor will no doubt tell us ... doing," he said.' — the content took in
  ', he said'; and the tag's own finding, the same quotation, is then a second statement
  of it, whose pronoun may resolve to someone else: it is dropped;
* a quotation with a tag that goes on in narration: '"You guys are funny, ...," he said,
  genuinely happy to talk into yet another tape recorder.';
* a quotation closed with a comma where the text lost its paragraph break: 'The airline
  said it was "embarrassed" and "deeply regrets any inconvenience caused to customers,"
  The probe will focus on ...'.

A quotation the content goes on from in the speaker's own grammar stays whole: '"sustained
and deep reform efforts" are needed to ensure ...' (a lower-case word after the mark).
"""

from __future__ import annotations

import re

from .found import Found
from .names import HONORIFICS
from .quotes import OPENING_MARKS, Quote

# A cue tag after a closing mark: ', he said', ' said Mr Smith', ', said the MP', ', the
# minister added', ', Mr Laws added' (a subject of up to three words before the verb).
_VERB = r"(?:said|says|added|adds|told|tells|insisted|explained|continued|went on)\b"
_TAG = re.compile(
    r"\s*,?\s*(?:(?:he|she|they|it|we|I)\s+(?:\w+\s+)?" + _VERB
    + r"|(?:said|says|added|adds)\s+(?:[A-Z]|the\s)"
    + r"|(?:the\s+(?:[\w'’-]+\s+){1,3}?|(?:[A-Z][\w'’.-]*\s+){1,3}?)" + _VERB + ")")
# A new sentence of narration after a closing mark: a capital that opens no quotation.
_NEW_SENTENCE = re.compile(r"\s+(?=[A-Z])(?!I\b)")


def cut_run_ons(text: str, quotes: list[Quote], found: list[Found]) -> list[Found]:
    """Each content that opens on a closed quotation and runs past it into a cue tag or a new
    sentence, cut at the closing mark (module docstring); a finding of the tag whose content
    is that same quotation is dropped. RETURNS (list[Found]) the findings kept, in order."""
    dropped: set[int] = set()
    for f in found:
        start, end = f.content
        if f.cue is None or text[start : start + 1] not in OPENING_MARKS:
            continue
        quote = next((q for q in quotes if q.start == start and q.closed and q.end < end), None)
        if quote is None:
            continue
        tail = text[quote.end : end]
        if any(mark in tail for mark in "\"“”"):
            continue  # '"When I look at him," he said, "who sits there ...": one quotation interrupted by its cue
        tag = _TAG.match(text, quote.end)
        if tag is None and not (_NEW_SENTENCE.match(tail) and text[quote.end - 2 : quote.end - 1] in ",.!?"):
            continue
        f.content = (start, quote.end)
        f.kind = "direct"
        if any(g is not f and g.cue == f.cue and g.content[0] <= start and quote.end <= g.content[1] for g in found):
            dropped.add(id(f))  # 'said it was "embarrassed" and "deeply regrets ...,"': the quotation is in it already
            continue
        if tag is not None:
            # the tag's own finding of the same quotation repeats this statement
            dropped.update(id(g) for g in found if g is not f and g.content == f.content and g.cue is not None
                           and quote.end <= g.cue.idx < end)
    return [f for f in found if id(f) not in dropped]


# A sentence break inside a quotation's words: a stop, then a capital.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def cut_at_speaker_named(text: str, quotes: list[Quote], found: list[Found], names: dict[int, str | None]) -> None:
    """An unclosed quotation whose words go on to name their own speaker in the third person
    has lost its closing mark before that sentence: 'Paul Bosvelt said: "The main concern is
    my age but I think I have proved I am fit enough. Bosvelt joined City from Feyenoord in
    2003 ...' — the content ends before "Bosvelt joined", the writer's narration (a speaker
    does not name himself by his surname; a body does name itself, "Tesco has always ...", so
    the caller gives people's names only). ``names`` maps ``id(f)`` to the resolved name;
    a floating quotation takes the name of the statement it continues. The surname after
    another given name is someone else's ("my sister. Serena Williams is ..." in Venus
    Williams's words)."""
    for f in found:
        start, end = f.content
        if text[start : start + 1] not in OPENING_MARKS:
            continue
        # the unclosed quotation that holds it (``quote_paragraphs`` splits one that runs over
        # paragraphs into a statement per paragraph)
        quote = next((q for q in quotes if q.start <= start < q.end), None)
        if quote is None or quote.closed:
            continue
        source, name = f, names.get(id(f))
        for _ in range(20):  # a run of floating quotations takes its name from the first
            if name is not None or source.inherit is None:
                break
            source = source.inherit
            name = names.get(id(source))
        surname = name.split()[-1] if name else ""
        if len(surname) < 3 or not surname[:1].isupper():
            continue
        named = re.compile(rf"(?:\b([A-Z][\w'’-]*)\.?\s+)?\b{re.escape(surname)}\b")
        given = {word.lower() for word in name.split()[:-1]} | HONORIFICS
        for brk in _SENTENCE_BREAK.finditer(text, start, end):
            if any(m.group(1) is None or m.group(1).lower() in given
                   for m in named.finditer(text, brk.end(), _sentence_end(text, brk.end(), end))):
                f.content = (start, brk.start())
                break


def _sentence_end(text: str, start: int, end: int) -> int:
    brk = _SENTENCE_BREAK.search(text, start, end)
    return brk.start() if brk is not None else end
