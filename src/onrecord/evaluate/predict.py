"""The engine's statements as attributions, for scoring against gold.

Each gold text is cleaned exactly as ``onrecord extract`` cleans a plain-text file (one
document at a time, so ``--limit`` never changes a document's result) and attributed in
batches through ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ..attribute import attribute
from ..clean import clean_document
from ..schema import RawDocument, Statement
from .corpus import Attribution, EvalDocument


def statements_to_attributions(statements: Iterable[Statement]) -> list[Attribution]:
    """Turn Statements into attributions.

    source = ``speaker.mention``, cue = ``cue``, content = ``content``. Statements with the
    same cue span and the same speaker mention become one attribution whose content has
    several segments: PolNeAR marks a quote interrupted by "he said" as one attribution.
    A floating statement (no cue) stands alone and has neither cue nor source span, even
    when the engine resolved its speaker from an earlier mention.
    RETURNS (list[Attribution]) in document order.
    """
    groups: dict[tuple, list[Statement]] = {}
    for number, statement in enumerate(statements):
        if statement.cue is None:
            key: tuple = ("floating", number)
        else:
            mention = statement.speaker.mention
            key = (statement.cue.start, statement.cue.end, (mention.start, mention.end) if mention else None)
        groups.setdefault(key, []).append(statement)
    out = []
    for key, members in groups.items():
        first = members[0]
        mention = first.speaker.mention
        floating = key[0] == "floating"
        out.append(Attribution(
            content=tuple(sorted((s.content.start, s.content.end) for s in members)),
            cue=() if floating else ((first.cue.start, first.cue.end),),
            source=((mention.start, mention.end),) if mention is not None and not floating else (),
            speaker=next((s.speaker.name for s in members if s.speaker.name), None),
            label=first.explanation or "",
        ))
    out.sort(key=lambda a: (a.start, a.cue))
    return out


def predict(documents: Sequence[EvalDocument]) -> Iterator[list[Attribution]]:
    """The engine's attributions for each document, in order. RETURNS (Iterator[list[Attribution]])."""
    cleaned = (
        clean_document(RawDocument(source=d.id, text=d.text, published=d.published)) for d in documents
    )
    for statements in attribute(cleaned):
        yield statements_to_attributions(statements)
