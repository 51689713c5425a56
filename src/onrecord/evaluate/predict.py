"""The engine's statements as attributions, for scoring against gold.

Each gold text is cleaned exactly as ``onrecord extract`` cleans a plain-text file (one
document at a time, so ``--limit`` never changes a document's result) and attributed in
batches through ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ..attribute import attribute
from ..clean import clean_document
from ..schema import RawDocument, Statement
from .corpus import Attribution, EvalDocument, Facts, when_fact


def statements_to_attributions(
    statements: Iterable[Statement], *, join_continuations: bool = False, cut_attribution: bool = False
) -> list[Attribution]:
    """Turn Statements into attributions.

    source = ``speaker.mention``, cue = ``cue``, content = ``content``. Statements with the
    same cue span and the same speaker mention become one attribution whose content has
    several segments: PolNeAR marks a quote interrupted by "he said" as one attribution.
    A floating statement (no cue) stands alone, with neither cue nor source span, unless
    ``join_continuations``: then it joins the statement it continues (the one whose content
    ends last before it, as the engine chose it), as PolNeAR marks a quotation that runs on
    after its cue. With ``cut_attribution``, a content that holds its own cue (the
    parenthetical "X, officials said, Y") loses the cue and the speaker mention next to it,
    leaving "X" and "Y", as PolNeAR marks it.
    RETURNS (list[Attribution]) in document order.
    """
    groups = statement_groups(statements, join_continuations=join_continuations)
    out = []
    for members in groups:
        first = members[0]
        mention = first.speaker.mention
        floating = first.cue is None
        out.append(Attribution(
            content=tuple(sorted(seg for s in members for seg in (_cut(s) if cut_attribution else [(s.content.start, s.content.end)]))),
            cue=() if floating else ((first.cue.start, first.cue.end),),
            source=((mention.start, mention.end),) if mention is not None and not floating else (),
            speaker=next((s.speaker.name for s in members if s.speaker.name), None),
            label=first.explanation or "",
            facts=_group_facts(members),
        ))
    out.sort(key=lambda a: (a.start, a.cue))
    return out


def statement_groups(statements: Iterable[Statement], *, join_continuations: bool = False) -> list[list[Statement]]:
    """The statements that make one attribution each (``statements_to_attributions``
    says how), in the order of their first member's content. RETURNS (list[list[Statement]])."""
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
    return list(groups.values())


# Statement.explanation holds "; speaker by HOW" when the name came from a pronoun, a role
# noun, a nominal anaphor and the like (attribute.component), and "; via inherited",
# "; when inherited" where the occasion of an earlier sentence gave them (attribute.occasions).
_INHERITED = "inherited"


def facts_of(statement: Statement) -> Facts:
    """A statement's speaker fields, via, when and act, as the scorer compares them.

    RETURNS (Facts)."""
    speaker = statement.speaker
    when = statement.when
    explanation = statement.explanation or ""
    parts = [part.strip() for part in explanation.split(";")]
    has_act = "act" in type(statement).model_fields
    return Facts(
        type=speaker.type,
        title=speaker.title,
        affiliation=speaker.affiliation,
        unnamed=speaker.unnamed,
        description=getattr(speaker, "description", None),
        document=speaker.document,
        via=statement.via.name if statement.via else None,
        when=when_fact(when.date.isoformat() if when.date else None, when.precision, when.expression) if when else None,
        act=getattr(statement, "act", None) if has_act else None,
        has_act=has_act,
        resolution=next((p.removeprefix("speaker by ") for p in parts if p.startswith("speaker by ")), None),
        inherited=tuple(p.split()[0] for p in parts if p.endswith(" " + _INHERITED)),
        when_inside=when is not None and when.span is not None
        and statement.content.start <= when.span.start and when.span.end <= statement.content.end,
    )


def _group_facts(members: list[Statement]) -> Facts:
    """The facts of statements joined into one attribution (one cue, several segments): the
    first statement's, with the via and the time of the first one that gives them."""
    facts = facts_of(members[0])
    for field in ("via", "when"):
        if getattr(facts, field) is None:
            giver = next((facts_of(m) for m in members[1:] if getattr(facts_of(m), field) is not None), None)
            if giver is not None:
                inherited = tuple(sorted(set(facts.inherited) - {field} | set(giver.inherited) & {field}))
                facts = replace(facts, **{field: getattr(giver, field), "inherited": inherited},
                                **({"when_inside": giver.when_inside} if field == "when" else {}))
    return facts


def _cut(statement: Statement) -> list[tuple[int, int]]:
    """The content without the cue and speaker mention it holds, in one or two segments."""
    start, end = statement.content.start, statement.content.end
    cue = statement.cue
    if cue is None or not (start <= cue.start and cue.end <= end):
        return [(start, end)]
    cut = [cue.start, cue.end]
    mention = statement.speaker.mention
    if mention is not None and start <= mention.start and mention.end <= end:
        cut = [min(cut[0], mention.start), max(cut[1], mention.end)]
    return [(a, b) for a, b in ((start, cut[0]), (cut[1], end)) if b > a] or [(start, end)]


def predict_statements(documents: Sequence[EvalDocument]) -> Iterator[list[Statement]]:
    """The engine's statements for each document, in order, every act included.
    RETURNS (Iterator[list[Statement]])."""
    # languages=None: a gold file is scored whatever language detection would say of it
    cleaned = (
        clean_document(RawDocument(source=d.id, text=d.text, published=d.published, outlet=d.outlet), languages=None)
        for d in documents
    )
    yield from attribute(cleaned)


def predict(documents: Sequence[EvalDocument]) -> Iterator[list[Attribution]]:
    """The engine's attributions for each document, in order. RETURNS (Iterator[list[Attribution]])."""
    for document, statements in zip(documents, predict_statements(documents)):
        yield statements_to_attributions(
            statements, join_continuations=document.joins_continuations, cut_attribution=document.cuts_attribution
        )
