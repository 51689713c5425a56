"""A quotation that runs over several paragraphs is one statement per paragraph.

News prose repeats the opening mark at the start of each paragraph of a long quotation and
closes it only at the end; the BBC files run those paragraphs together, so the repeated mark
stands mid-line after the full stop of the paragraph before ('... come back to Blackpool.
"Obviously we have failed in that.'). ``quotes.find_quotes`` reads such a run as one
quotation (it is one for the reader of the marks); as statements, each paragraph after the
first is a floating continuation of its own (docs/annotation.md, "Content"): it takes the
speaker, act, via and time of the first (``component._inherit_floating``, ``occasions``),
and a paragraph the engine does not find as its own cannot carry them.

Only a run whose cue stands before its second paragraph is split: in '"A. "B," he said'
the cue belongs to the paragraph it is in, and the first paragraph is not a continuation.
"""

from __future__ import annotations

import re

from .found import Found
from .quotes import OPENING_MARKS, Quote

# An opening mark that restarts a quotation: at the start of a line, or after the full stop
# (question or exclamation mark) of the paragraph before and a space, before a capital, a
# digit or an opening single mark ('... in that. "It amazes me ...').
_RESTART = re.compile(r"(?:\n[ \t]*|(?<=[.?!])[ \t]+|(?<=[.?!]['’])[ \t]+)[\"“](?=[A-Z0-9‘'])")


def split_paragraphs(text: str, quotes: list[Quote], found: list[Found]) -> list[Found]:
    """Each quotation of ``found`` that runs over several paragraphs, cut at the repeated
    opening marks: the first paragraph keeps its finding, the others become floating
    continuations of it. RETURNS (list[Found]) the findings, those cut replaced by their parts."""
    out: list[Found] = []
    for f in found:
        whole = any(q.start == f.content[0] and q.end >= f.content[1] - 1 for q in quotes)
        out.extend(_parts(text, f) if whole else [f])
    return out


def _parts(text: str, f: Found) -> list[Found]:
    start, end = f.content
    if text[start:start + 1] not in OPENING_MARKS:
        return [f]
    if f.cue is not None and f.cue.idx > start:
        return [f]  # '"A. "B," he said': the cue is the last paragraph's
    cuts = [m.end() - 1 for m in _RESTART.finditer(text, start + 1, end)]
    if not cuts:
        return [f]
    bounds = [start, *cuts, end]
    pieces = [(a, _rstrip(text, a, b)) for a, b in zip(bounds, bounds[1:])]
    if any(b - a < 2 for a, b in pieces):
        return [f]
    # cut in place: later findings may already point to this one (``Found.inherit``)
    f.content, f.kind = pieces[0], "direct"
    parts = [f]
    for piece in pieces[1:]:  # each paragraph continues the one before it
        parts.append(Found(piece, None, None, None, rule="floating", confidence=min(f.confidence, 0.7),
                           kind="direct", inherit=parts[-1]))
    return parts


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def run_paragraph_starts(text: str, found: list[Found]) -> list[int]:
    """Where the paragraphs of a cut run start and end inside a line (the BBC files): each
    part after the first starts one, and what follows the run's closing mark on its line
    starts the next ('"… about right." Mr Howard said voters faced …' is a new paragraph,
    so a speaker named anew there is not tied to the run's occasion, ``occasions``).
    RETURNS (list[int]) character offsets, in no order."""
    starts = []
    for f in found:
        if f.cue is not None or f.inherit is None or f.rule != "floating":
            continue
        between = text[f.inherit.content[1]:f.content[0]]
        if between.strip() or "\n" in between:
            continue  # a floating quotation after a cue, or one opening its own line
        starts.append(f.content[0])
        after = f.content[1]
        rest = text[after:text.find("\n", after) if "\n" in text[after:] else len(text)]
        if rest.strip() and not any(g.inherit is f for g in found):
            starts.append(after + len(rest) - len(rest.lstrip()))
    return starts
