"""Statements to attributions: same-cue merging and PolNeAR's joined continuations."""

from __future__ import annotations

from onrecord.evaluate import statements_to_attributions
from onrecord.schema import Span, Speaker, Statement

TEXT = '"We tried," Peskov said. "It failed." Bennett said "no."'


def _statement(content: tuple[int, int], cue: tuple[int, int] | None, name: str, mention: tuple[int, int] | None) -> Statement:
    return Statement(
        kind="direct",
        content=Span.of(TEXT, *content),
        cue=Span.of(TEXT, *cue) if cue else None,
        speaker=Speaker(name=name, type="person", mention=Span.of(TEXT, *mention) if mention else None),
    )


CUED = _statement((0, 10), (18, 22), "Dmitry Peskov", (11, 17))
FLOATING = _statement((24, 36), None, "Dmitry Peskov", None)
OTHER_FLOATING = _statement((24, 36), None, "Naftali Bennett", None)


def test_floating_stands_alone_by_default():
    attributions = statements_to_attributions([CUED, FLOATING])
    assert [a.content for a in attributions] == [((0, 10),), ((24, 36),)]
    assert attributions[1].cue == () and attributions[1].source == ()


def test_floating_joins_the_statement_it_continues_for_polnear():
    [joined] = statements_to_attributions([FLOATING, CUED], join_continuations=True)
    assert joined.content == ((0, 10), (24, 36))
    assert joined.cue == ((18, 22),) and joined.source == ((11, 17),)


def test_floating_of_another_speaker_is_not_joined():
    attributions = statements_to_attributions([CUED, OTHER_FLOATING], join_continuations=True)
    assert len(attributions) == 2


PARENTHETICAL_TEXT = "The talks, officials said, will resume on Monday."


def test_parenthetical_content_is_cut_around_its_cue_and_speaker_for_polnear():
    text = PARENTHETICAL_TEXT
    statement = Statement(
        kind="indirect",
        content=Span.of(text, 0, 48),
        cue=Span.of(text, 21, 25),
        speaker=Speaker(name=None, type="group", mention=Span.of(text, 11, 20)),
    )
    [whole] = statements_to_attributions([statement])
    assert whole.content == ((0, 48),)
    [cut] = statements_to_attributions([statement], cut_attribution=True)
    assert [text[a:b] for a, b in cut.content] == ["The talks, ", ", will resume on Monday"]
    assert cut.cue == ((21, 25),) and cut.source == ((11, 20),)


def test_content_without_its_cue_inside_is_not_cut():
    [attribution] = statements_to_attributions([CUED], cut_attribution=True)
    assert attribution.content == ((0, 10),)
