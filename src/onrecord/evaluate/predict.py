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


def statements_to_attributions(statements: Iterable[Statement], *, join_continuations: bool = False) -> list[Attribution]:
    """Turn Statements into attributions.

    source = ``speaker.mention``, cue = ``cue``, content = ``content``. Statements with the
    same cue span and the same speaker mention become one attribution whose content has
    several segments: PolNeAR marks a quote interrupted by "he said" as one attribution.
    A floating statement (no cue) stands alone, with neither cue nor source span, unless
    ``join_continuations``: then it joins the statement it continues (the one whose content
    ends last before it, as the engine chose it), as PolNeAR marks a quotation that runs on
    after its cue.
    RETURNS (list[Attribution]) in document order.
    """
    groups: dict[tuple, list[Statement]] = {}
    ordered = sorted(statements, key=lambda s: (s.content.start, s.content.end))
    key_of: list[tuple[Statement, tuple]] = []
    for number, statement in enumerate(ordered):
        if statement.cue is None:
            key: tuple = ("floating", number)
            if join_continuations:
                before = [(s, k) for s, k in key_of if s.content.end <= statement.content.start]
                if before:
                    parent, parent_key = max(before, key=lambda sk: sk[0].content.end)
                    if parent.speaker.name == statement.speaker.name:
                        key = parent_key
        else:
            mention = statement.speaker.mention
            key = (statement.cue.start, statement.cue.end, (mention.start, mention.end) if mention else None)
        key_of.append((statement, key))
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
    # languages=None: a gold file is scored whatever language detection would say of it
    cleaned = (
        clean_document(RawDocument(source=d.id, text=d.text, published=d.published), languages=None)
        for d in documents
    )
    for document, statements in zip(documents, attribute(cleaned)):
        yield statements_to_attributions(statements, join_continuations=document.joins_continuations)
