"""Spans as the scorer sees them: sorted tuples of ``(start, end)`` segments.

A role (source, cue, content) may be discontinuous in PolNeAR ("A," he said, "B" is one
content in two segments), so every span here is a tuple of segments, and comparisons are
made on the *union* of the segments after normalisation. ``docs/evaluation.md`` states
every rule below in words; keep the two in step.
"""

from __future__ import annotations

from collections.abc import Iterable

Segment = tuple[int, int]
Segments = tuple[Segment, ...]

# Characters trimmed from both edges of every segment before comparing, and the only
# characters a gap between two segments may hold for the segments to be joined. Annotators
# disagree on whether the closing comma, the full stop or the quotation marks belong to a
# quote; none of them changes who said what.
EDGE_CHARS = frozenset(" \t\n\r\f\v\u00a0\u2009\u202f" ".,;:!?\"'“”‘’„‚«»()[]{}…—–-*")

# A trailing possessive on a source ("Russia's demand") is trimmed: PolNeAR writes both
# "Kerry’s" and "Kerry" for the same construction.
POSSESSIVES = ("'s", "’s", "'", "’")


def _trim(text: str, start: int, end: int) -> Segment:
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return start, end


def normalise(text: str, segments: Iterable[Segment], *, role: str = "content") -> Segments:
    """The comparable form of a span.

    Each segment is trimmed of whitespace and edge punctuation (``EDGE_CHARS``); a source
    also loses a trailing possessive; empty segments are dropped, except that a span of a
    single segment made only of punctuation (the cue ":") keeps it, whitespace trimmed;
    segments that overlap, or whose gap in ``text`` holds only edge characters, are joined.
    RETURNS (Segments): sorted, disjoint, non-empty segments; ``()`` for an empty span.
    """
    raw = [(max(0, start), min(len(text), end)) for start, end in segments]
    trimmed: list[Segment] = []
    for start, end in raw:
        start, end = _trim(text, start, end)
        if role == "source":
            for suffix in POSSESSIVES:
                if end - start > len(suffix) and text[end - len(suffix) : end] == suffix:
                    start, end = _trim(text, start, end - len(suffix))
                    break
        if start < end:
            trimmed.append((start, end))
    if not trimmed and len(raw) == 1:
        # A span made only of punctuation (the cue ":" of "PENCE: Well, look") is kept,
        # whitespace trimmed, rather than vanishing.
        start, end = raw[0]
        piece = text[start:end]
        start, end = start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())
        if start < end:
            trimmed.append((start, end))
    trimmed.sort()
    merged: list[Segment] = []
    for start, end in trimmed:
        if merged:
            last_start, last_end = merged[-1]
            if start <= last_end or all(c in EDGE_CHARS for c in text[last_end:start]):
                merged[-1] = (last_start, max(last_end, end))
                continue
        merged.append((start, end))
    return tuple(merged)


def length(span: Segments) -> int:
    """Characters covered by a span. RETURNS (int)."""
    return sum(end - start for start, end in span)


def intersection(a: Segments, b: Segments) -> int:
    """Characters two normalised spans share. RETURNS (int): 0 when they are disjoint."""
    shared = i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if end > start:
            shared += end - start
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return shared


def extent(span: Segments) -> Segment | None:
    """``(first start, last end)`` of a span, or None when it is empty."""
    return (span[0][0], span[-1][1]) if span else None


def render(text: str, span: Segments, *, limit: int = 90) -> str:
    """A span's text for a person, segments joined by `` … ``, cut to ``limit`` characters."""
    if not span:
        return "-"
    shown = " … ".join(" ".join(text[s:e].split()) for s, e in span)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


# --- direct or indirect --------------------------------------------------------------
# Deliberately not ``attribute.quotes``: the scorer must not share the engine's rules, or a
# bug there would classify gold and predictions alike and hide itself.

_OPENERS = {"“": "”\"", '"': "\"”", "«": "»", "„": "“”\"", "‘": "’", "'": "'’"}
_SINGLE_CLOSERS = frozenset("’'")
_AFTER_QUOTE = frozenset(EDGE_CHARS)


def _segment_is_quoted(piece: str) -> bool:
    """True when every word of ``piece`` lies inside quotation marks.

    The piece must open with a quotation mark; a closing mark ends the quoted stretch, and
    after it only punctuation, whitespace or a new opening mark may follow. A quote still
    open at the end of the piece counts as quoted (a quote running on into the next
    paragraph closes there). A single ``’`` or ``'`` closes only when no letter follows it,
    so "don’t" does not end a quote.
    """
    piece = piece.strip()
    if not piece or piece[0] not in _OPENERS:
        return False
    closers = _OPENERS[piece[0]]
    inside = True
    for i in range(1, len(piece)):
        char = piece[i]
        if inside:
            if char in closers:
                if char in _SINGLE_CLOSERS and i + 1 < len(piece) and piece[i + 1].isalnum():
                    continue
                inside = False
        elif char in _OPENERS:
            closers, inside = _OPENERS[char], True
        elif char not in _AFTER_QUOTE:
            return False
    return True


def is_direct(text: str, segments: Iterable[Segment]) -> bool:
    """A content is *direct* when it is wholly inside quotation marks.

    Every raw segment, stripped of whitespace, must be a quotation by
    ``_segment_is_quoted``; a content with no segment is not direct.
    RETURNS (bool).
    """
    pieces = [text[start:end] for start, end in segments if text[start:end].strip()]
    return bool(pieces) and all(_segment_is_quoted(piece) for piece in pieces)
