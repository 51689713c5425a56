"""The scorer against small hand-computed cases: spans, thresholds, one-to-one matching,
subsets, names and empty inputs. No parser runs here except the cue lemmatizer."""

from __future__ import annotations

import pytest

from onrecord.evaluate.corpus import Attribution, EvalDocument
from onrecord.evaluate.cues import head_lemma, head_word, is_speech
from onrecord.evaluate.metrics import (
    Counts,
    greedy_match,
    names_match,
    overlap_score,
    score_all,
    score_document,
)
from onrecord.evaluate.predict import statements_to_attributions
from onrecord.evaluate.spans import intersection, is_direct, normalise
from onrecord.schema import Span, Speaker, Statement

LETTERS = "abcdefghijklmnopqrstuvwxyz" * 4  # no edge characters: spans are never trimmed


def doc(gold: list[Attribution], text: str = LETTERS, has_names: bool = False) -> EvalDocument:
    return EvalDocument(id="t", text=text, attributions=tuple(gold), has_names=has_names)


def content(*segments: tuple[int, int], **kw) -> Attribution:
    return Attribution(content=tuple(segments), **kw)


def scores_of(gold: list[Attribution], pred: list[Attribution], text: str = LETTERS, has_names: bool = False):
    return score_all([score_document(doc(gold, text, has_names), pred)])


# --- spans -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "segments", "role", "expected"), [
    ('He said "Go home," and left', [(8, 18)], "content", ((9, 16),)),          # quotes and comma trimmed
    ("  spaced out  ", [(0, 14)], "content", ((2, 12),)),
    ("Russia's demand", [(0, 8)], "source", ((0, 6),)),                         # possessive, sources only
    ("Russia's demand", [(0, 8)], "content", ((0, 8),)),
    ("Kerry’s plan", [(0, 7)], "source", ((0, 5),)),
    ("one two\nthree", [(0, 7), (8, 13)], "content", ((0, 13),)),                # brat line split joined
    ('"A b," "c d"', [(0, 6), (7, 12)], "content", ((1, 11),)),                  # only punctuation between
    ('"A b," he said, "c d"', [(0, 6), (16, 21)], "content", ((1, 4), (17, 20))),  # words between: two segments
    (" : ", [(0, 3)], "cue", ((1, 2),)),                                         # a punctuation cue is kept
    ('" , " x', [(0, 5), (6, 7)], "content", ((6, 7),)),                          # a punctuation segment is not
    ("   ", [(0, 3)], "content", ()),                                             # nothing left
])
def test_normalise(text, segments, role, expected):
    assert normalise(text, segments, role=role) == expected


def test_intersection_of_multi_segment_spans():
    assert intersection(((0, 10), (20, 30)), ((5, 25),)) == 10
    assert intersection(((0, 10),), ((10, 20),)) == 0
    assert intersection((), ((0, 5),)) == 0


@pytest.mark.parametrize(("text", "direct"), [
    ('"We will win,"', True),
    ("“There are several issues in dispute, some of them fundamental,”", True),
    ('"there\'s still a long way to go" in the talks', False),                # mixed: indirect
    ("that no significant progress has been made", False),
    ("“A,” “B.”", True),                                                        # two quotes, punctuation between
    ("“This runs on into the next paragraph", True),                            # unterminated: still quoted
    ("‘don’t stop’", True),                                                     # ’ before a letter is an apostrophe
    ("‘in Their Heads.’", True),
    ("", False),
])
def test_is_direct(text, direct):
    assert is_direct(text, [(0, len(text))] if text else []) is direct


# --- cues and the speech subset ------------------------------------------------------------

@pytest.mark.parametrize(("cue", "head", "lemma", "speech"), [
    ("said", "said", "say", True),
    ("has also said", "said", "say", True),
    ("told", "told", "tell", True),
    ("said in a statement", "said", "say", True),
    ("believes", "believes", "believe", False),
    ("is expected", "expected", "expect", False),
    ("according to", "according", "accord", False),
    (":", None, None, False),
    ("’s nominee", "nominee", "nominee", False),
])
def test_cue_head_lemma(cue, head, lemma, speech):
    assert head_word(cue) == head
    assert head_lemma(cue) == lemma
    assert is_speech(cue) is speech


def test_floating_quotes_are_speech():
    assert is_speech(None, floating=True)
    assert not is_speech(None)


# --- the quote thresholds: strictly more than 30% and 80% -----------------------------------------

@pytest.mark.parametrize(("pred_end", "at_30", "at_80"), [
    (3, 0, 0),    # exactly 30%: not more than 30%
    (4, 1, 0),    # 40%
    (8, 1, 0),    # exactly 80%: not more than 80%
    (9, 1, 1),    # 90%
    (10, 1, 1),
])
def test_quote_thresholds_are_strict(pred_end, at_30, at_80):
    s = scores_of([content((0, 10))], [content((0, pred_end))])
    assert s.spans["all"]["quote_30"].tp_gold == at_30
    assert s.spans["all"]["quote_80"].tp_gold == at_80


def test_threshold_is_on_gold_characters_not_prediction_length():
    # 301 of 1000 gold characters is just over 30%, however long the prediction is.
    text = "x" * 2000
    s = scores_of([content((0, 1000))], [content((699, 2000))], text=text)
    assert s.spans["all"]["quote_30"].tp_gold == 1
    s = scores_of([content((0, 1000))], [content((700, 2000))], text=text)
    assert s.spans["all"]["quote_30"].tp_gold == 0


# --- one-to-one greedy matching -----------------------------------------------------------------

def test_one_prediction_cannot_match_two_golds():
    s = scores_of([content((0, 10)), content((10, 20))], [content((0, 20))])
    quote = s.spans["all"]["quote_30"]
    assert (quote.tp_gold, quote.gold, quote.tp_pred, quote.pred) == (1, 2, 1, 1)
    assert quote.precision == 1.0 and quote.recall == 0.5
    assert quote.f1 == pytest.approx(2 / 3)


def test_greedy_in_gold_order_takes_the_best_free_prediction():
    gold = [((0, 10),), ((20, 30),)]
    pred = [((0, 4),), ((0, 30),)]
    # gold 0 shares 10 characters with pred 1 and 4 with pred 0: it takes pred 1, leaving
    # gold 1 nothing (greedy, not optimal, as documented).
    assert greedy_match(gold, pred, overlap_score) == {0: 1}
    # a tie goes to the earliest prediction
    assert greedy_match([((0, 10),)], [((0, 5),), ((5, 10),)], overlap_score) == {0: 0}


def test_role_spans_exact_and_overlap():
    gold = [Attribution(content=((40, 60),), cue=((30, 34),), source=((20, 29),))]
    pred = [Attribution(content=((40, 58),), cue=((30, 34),), source=((22, 29),))]
    s = scores_of(gold, pred).spans["all"]
    assert s["cue.exact"].f1 == 1.0 and s["cue.overlap"].f1 == 1.0
    assert s["source.exact"].f1 == 0.0 and s["source.overlap"].f1 == 1.0
    assert s["content.exact"].f1 == 0.0 and s["content.overlap"].f1 == 1.0
    assert s["quote_80"].f1 == 1.0  # 18 of 20 characters


def test_attributions_without_a_source_do_not_count_for_source():
    gold = [Attribution(content=((40, 60),), cue=((30, 34),))]
    pred = [Attribution(content=((40, 60),), cue=((30, 34),), source=((20, 29),))]
    s = scores_of(gold, pred).spans["all"]["source.exact"]
    assert (s.gold, s.pred, s.tp_pred) == (0, 1, 0)
    assert s.precision == 0.0 and s.recall is None and s.f1 == 0.0


# --- multi-segment spans and merged predictions ------------------------------------------------------

INTERRUPTED = '"Alpha beta," he said, "gamma delta."'


def _statement(start: int, end: int, cue: tuple[int, int] | None, mention: tuple[int, int] | None,
               text: str = INTERRUPTED, name: str | None = None) -> Statement:
    return Statement(
        kind="direct",
        content=Span.of(text, start, end),
        cue=Span.of(text, *cue) if cue else None,
        speaker=Speaker(mention=Span.of(text, *mention) if mention else None, name=name),
    )


def test_interrupted_quote_is_one_attribution_with_two_segments():
    statements = [_statement(0, 13, (16, 20), (13, 15)), _statement(22, 37, (16, 20), (13, 15))]
    attributions = statements_to_attributions(statements)
    assert len(attributions) == 1
    assert attributions[0].content == ((0, 13), (22, 37))
    gold = [Attribution(content=((0, 13), (22, 37)), cue=((16, 20),), source=((13, 15),))]
    s = scores_of(gold, attributions, text=INTERRUPTED).spans["all"]
    assert s["content.exact"].f1 == 1.0 and s["source.exact"].f1 == 1.0


def test_half_of_an_interrupted_quote_is_a_boundary_error():
    gold = [Attribution(content=((0, 13), (22, 37)), cue=((16, 20),), source=((13, 15),))]
    half = statements_to_attributions([_statement(22, 37, (16, 20), (13, 15))])
    s = scores_of(gold, half, text=INTERRUPTED).spans["all"]
    # gold "Alpha beta … gamma delta" (10 + 11 characters); the prediction covers 11: 52%
    assert s["content.exact"].f1 == 0.0 and s["content.overlap"].f1 == 1.0
    assert s["quote_30"].f1 == 1.0 and s["quote_80"].f1 == 0.0


def test_floating_statements_stay_apart_and_have_no_cue_or_source():
    statements = [_statement(0, 13, None, (13, 15), name="X"), _statement(22, 37, None, (13, 15), name="X")]
    attributions = statements_to_attributions(statements)
    assert [a.content for a in attributions] == [((0, 13),), ((22, 37),)]
    assert all(a.cue == () and a.source == () and a.speaker == "X" for a in attributions)


# --- optional gold, empty inputs ------------------------------------------------------------------

def test_optional_gold_counts_only_when_matched():
    gold = [content((0, 10)), content((20, 30), optional=True)]
    quote = scores_of(gold, [content((0, 10))]).spans["all"]["quote_30"]
    assert (quote.gold, quote.pred, quote.tp_gold) == (1, 1, 1) and quote.f1 == 1.0
    quote = scores_of(gold, [content((0, 10)), content((20, 30))]).spans["all"]["quote_30"]
    assert (quote.gold, quote.pred, quote.tp_gold) == (2, 2, 2) and quote.f1 == 1.0


def test_optional_gold_never_takes_a_prediction_from_a_required_one():
    gold = [content((0, 10), optional=True), content((5, 20))]
    quote = scores_of(gold, [content((0, 20))]).spans["all"]["quote_30"]
    assert (quote.gold, quote.tp_gold) == (1, 1)


def test_empty_gold_and_empty_prediction():
    s = scores_of([], []).spans["all"]["quote_30"]
    assert s.precision is None and s.recall is None and s.f1 is None
    s = scores_of([], [content((0, 10))]).spans["all"]["quote_30"]
    assert s.precision == 0.0 and s.recall is None and s.f1 == 0.0
    s = scores_of([content((0, 10))], []).spans["all"]["quote_30"]
    assert s.precision is None and s.recall == 0.0 and s.f1 == 0.0


def test_counts_arithmetic():
    c = Counts(tp_gold=3, tp_pred=3, gold=4, pred=6)
    assert c.precision == 0.5 and c.recall == 0.75 and c.f1 == pytest.approx(0.6)


# --- subsets ----------------------------------------------------------------------------

SUBSET_TEXT = 'Smith said "We will win." Jones believes that taxes rise.'


def test_speech_and_direct_subsets_split_recall_and_precision():
    said = Attribution(content=((11, 25),), cue=((6, 10),), source=((0, 5),))
    believes = Attribution(content=((40, 56),), cue=((32, 40),), source=((26, 31),))
    s = scores_of([said, believes], [said], text=SUBSET_TEXT)
    speech, direct, indirect = (s.spans[v]["quote_30"] for v in ("speech", "direct", "indirect"))
    assert (speech.gold, speech.tp_gold, speech.pred, speech.tp_pred) == (1, 1, 1, 1)
    assert (direct.gold, direct.tp_gold, direct.pred) == (1, 1, 1)
    assert (indirect.gold, indirect.tp_gold, indirect.pred) == (1, 0, 0)
    assert indirect.recall == 0.0 and indirect.precision is None
    assert s.spans["all"]["quote_30"].recall == 0.5


# --- speaker match, cue match, resolved speakers ------------------------------------------------------

def test_speaker_and_cue_match_among_matched_quotes():
    gold = [Attribution(content=((11, 25),), cue=((6, 10),), source=((0, 5),), speaker="John Smith")]
    right = [Attribution(content=((11, 25),), cue=((6, 10),), source=((0, 5),), speaker="Smith")]
    wrong = [Attribution(content=((11, 25),), cue=((32, 40),), source=((26, 31),), speaker="Jones")]
    s = scores_of(gold, right, text=SUBSET_TEXT, has_names=True).ratios["all"]
    assert (s["speaker_match"].accuracy, s["cue_match"].accuracy, s["resolved_speaker"].accuracy) == (1.0, 1.0, 1.0)
    s = scores_of(gold, wrong, text=SUBSET_TEXT, has_names=True).ratios["all"]
    assert (s["speaker_match"].accuracy, s["cue_match"].accuracy, s["resolved_speaker"].accuracy) == (0.0, 0.0, 0.0)
    # PolNeAR-like gold without names: resolved speaker is not counted
    s = scores_of(gold, right, text=SUBSET_TEXT, has_names=False).ratios["all"]
    assert s["resolved_speaker"].total == 0 and s["resolved_speaker"].accuracy is None


@pytest.mark.parametrize(("predicted", "gold", "match"), [
    ("Dmitry Peskov", "Dmitry Peskov", True),
    ("Peskov", "Dmitry Peskov", True),           # surname
    ("Mr. Peskov", "Dmitry Peskov", True),       # honorific dropped, then surname
    ("the Kremlin", "Kremlin", True),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky", False),
    ("Zelénsky", "Zelensky", True),              # accents
    ("Vladimir Peskov", "Dmitry Peskov", False),  # two full names must agree
    ("he", "Naftali Bennett", False),
    (None, "Naftali Bennett", False),
])
def test_names_match(predicted, gold, match):
    assert names_match(predicted, gold) is match
