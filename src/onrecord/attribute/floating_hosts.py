"""The statement a floating quotation goes on with, once acts are known (issue 12).

``quote_rules.floating_findings`` hands a quoted sentence with no cue the statement just
before it. Where that statement is a thing's, read as narration ("The restoration of the
older Star Wars episodes revealed some interesting items too. ¶ "There are scans of a
corridor ..."), the quotation is no more that thing's than the sentence was: it goes on with
the real statement before the narration (Rick Dean's, two sentences up), as a reader takes it.
"""

from __future__ import annotations

from ..schema import DEFAULT_ACTS, Statement

# Reasons (the end of a statement's explanation) that say its speaker is a thing, not someone
# who speaks: a floating quotation cannot go on with it.
_THING_REASONS = ("; narration", "; a mood, not words", "; evidence with no maker", "; a rule, not words",
                  "; hearsay, no speaker", "; a set phrase, no words")
# How far back (characters, from the narration's start) the statement before it may end.
_REACH = 400


def speaking_host(index: int, statements: list[Statement]) -> int:
    """The index of the statement a floating quotation should inherit, given ``index``, the
    one it was handed: that one, unless it is a thing's narration; then the latest statement
    of the default record that ends before the narration, near enough. RETURNS (int)."""
    host = statements[index]
    if host.act in DEFAULT_ACTS or not (host.explanation or "").endswith(_THING_REASONS):
        return index
    mention = host.speaker.mention if host.speaker is not None else None
    start = min(span.start for span in (host.content, host.cue, mention) if span is not None)
    before = [i for i, s in enumerate(statements) if s.content.end <= start and s.act in DEFAULT_ACTS
              and start - s.content.end <= _REACH and s.speaker is not None and s.speaker.name is not None]
    return max(before, key=lambda i: statements[i].content.end) if before else index
