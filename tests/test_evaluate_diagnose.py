"""Error kinds on hand-built documents: what the error analysis in docs/accuracy.md counts."""

from __future__ import annotations

from onrecord.evaluate.corpus import Attribution, EvalDocument
from onrecord.evaluate.diagnose import document_errors, top_errors
from onrecord.evaluate.metrics import score_document

TEXT = '"Alpha beta," Smith said. "Gamma delta." Jones believes that taxes rise. Brown warned of storms.'


def kinds(gold: list[Attribution], pred: list[Attribution]) -> list[str]:
    result = score_document(EvalDocument(id="d", text=TEXT, attributions=tuple(gold)), pred)
    return [case.kind for case in document_errors(result)]


SAID = Attribution(content=((0, 13), (26, 40)), cue=((20, 24),), source=((14, 19),))
BELIEVES = Attribution(content=((56, 71),), cue=((47, 55),), source=((41, 46),))


def test_a_split_quote_is_a_short_content_and_another_piece():
    first = Attribution(content=((0, 13),), cue=((20, 24),), source=((14, 19),))
    second = Attribution(content=((26, 40),))  # the continuation, floating
    # "Gamma delta" (11 of 21 characters) covers more than "Alpha beta" (10), so the
    # floating half is the match, and its missing cue and source are errors too.
    assert kinds([SAID], [first, second]) == [
        "source missing",
        "cue missing",
        "content boundary: too short (2 gold segments, 1 predicted)",
        "false positive: another piece of a matched gold attribution",
    ]


def test_misses_keyed_by_cue_lemma_and_wrong_roles():
    wrong_source = Attribution(content=((0, 13), (26, 40)), cue=((20, 24),), source=((41, 46),))
    assert kinds([SAID, BELIEVES], [wrong_source]) == ["wrong source", "missed: cue 'believe'"]


def test_false_positive_keyed_by_its_cue_and_optional_gold_is_never_missed():
    warned = Attribution(content=((86, 95),), cue=((79, 85),), source=((73, 78),))
    optional = Attribution(content=((56, 71),), cue=((47, 55),), optional=True)
    assert kinds([optional], [warned]) == ["false positive: cue 'warn'"]


def test_top_errors_ranks_by_count_then_name():
    result = score_document(EvalDocument(id="d", text=TEXT, attributions=(SAID, BELIEVES)), [])
    ranked = top_errors([result], 5)
    assert [(kind, count) for kind, count, _ in ranked] == [("missed: cue 'believe'", 1), ("missed: cue 'say'", 1)]
    assert ranked[0][2].document == "d"
