"""A confidence that is a probability: the reliability table and the calibration error
(evaluate/calibration.py), the shipped map (attribute/confidence.py) and how the training
script pools (training/confidence_model.py)."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from conftest import load_script

from onrecord.attribute.confidence import FEATURES_VERSION, interpolate, load_calibration
from onrecord.evaluate.calibration import expected_calibration_error, reliability, statement_labels
from onrecord.evaluate.corpus import Attribution, EvalDocument
from onrecord.schema import Span, Speaker, Statement


def test_reliability_bins_and_calibration_error():
    pairs = [(0.95, True)] * 19 + [(0.95, False)] + [(0.55, True)] * 5 + [(0.55, False)] * 5 + [(1.0, True)]
    table = reliability(pairs)
    assert len(table) == 10 and sum(b.count for b in table) == len(pairs)
    top, middle = table[9], table[5]
    assert top.count == 21 and top.accuracy == pytest.approx(20 / 21)  # 1.0 falls in the last bin
    assert middle.count == 10 and middle.mean_confidence == pytest.approx(0.55) and middle.accuracy == 0.5
    expected = (21 * abs(20 / 21 - (0.95 * 20 + 1.0) / 21) + 10 * 0.05) / 31
    assert expected_calibration_error(table) == pytest.approx(expected)
    assert expected_calibration_error(reliability([])) is None


def test_interpolate_is_linear_between_points_and_flat_beyond():
    points = ((0.1, 0.0), (0.5, 0.4), (0.9, 1.0))
    assert interpolate(points, 0.0) == 0.0 and interpolate(points, 1.0) == 1.0
    assert interpolate(points, 0.3) == pytest.approx(0.2) and interpolate(points, 0.7) == pytest.approx(0.7)


def test_the_shipped_map_is_current_and_monotone():
    data = json.loads((resources.files("onrecord.attribute") / "data" / "confidence.json").read_text(encoding="utf-8"))
    assert data["features_version"] == FEATURES_VERSION  # else the engine silently keeps the rules' scores
    calibration = load_calibration()
    assert calibration is not None
    ys = [y for _, y in calibration.points]
    assert ys == sorted(ys) and 0.0 <= ys[0] and ys[-1] <= 1.0
    xs = [x for x, _ in calibration.points]
    assert xs == sorted(xs)


def test_pool_adjacent_violators():
    import numpy

    training = load_script("training/confidence_model.py")
    scores = numpy.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    truth = numpy.array([0.0, 1.0, 0.0, 0.0, 1.0, 1.0])
    points = training.isotonic(scores, truth)
    ys = [y for _, y in points]
    assert ys == sorted(ys)
    assert points[0] == (pytest.approx(0.1), 0.0) and points[-1][1] == 1.0
    # the violating middle is pooled: 0.2, 0.3, 0.4 have 1 right of 3
    assert (pytest.approx(0.3), pytest.approx(1 / 3)) in points


def _statement(text: str, content: str, cue: str | None, speaker: str = "Ann Lee") -> Statement:
    start = text.index(content)
    cue_span = Span.of(text, text.index(cue), text.index(cue) + len(cue)) if cue else None
    mention = Span.of(text, text.index("Lee"), text.index("Lee") + 3) if cue else None
    return Statement(kind="indirect", content=Span.of(text, start, start + len(content)), cue=cue_span,
                     speaker=Speaker(mention=mention, name=speaker))


def test_a_statement_is_right_when_its_attribution_matches_gold():
    text = "Lee said the bridge is safe. Lee added the road is not. The weather was fine all week long."
    gold = Attribution(content=((text.index("the bridge"), text.index(" safe") + 5),),
                       cue=((text.index("said"), text.index("said") + 4),))
    document = EvalDocument(id="t", text=text, attributions=(gold,))
    statements = [_statement(text, "the bridge is safe", "said"), _statement(text, "the road is not", "added"),
                  _statement(text, "The weather was fine", None)]
    assert statement_labels(document, statements) == [True, False, False]


def test_merged_statements_share_their_attribution_label():
    text = '"We are ready," Lee said, "and we will not wait."'
    gold = Attribution(content=((0, 14), (text.index('"and'), len(text))), cue=((text.index("said"), text.index("said") + 4),))
    document = EvalDocument(id="t", text=text, attributions=(gold,))
    said = text.index("said")
    first = _statement(text, '"We are ready,"', "said")
    second = Statement(kind="direct", content=Span.of(text, text.index('"and'), len(text)), cue=Span.of(text, said, said + 4),
                       speaker=first.speaker)
    assert statement_labels(document, [second, first]) == [True, True]


def test_confidence_is_calibrated_on_the_held_out_part_of_train(shared):
    """On the 32 articles no model was fitted on, the expected calibration error is small
    (the rules' own scores give about 0.18 there)."""
    from onrecord.evaluate.polnear import read_polnear
    from onrecord.evaluate.predict import predict_statements

    documents = read_polnear(shared / "data" / "polnear", split="train", held_out=True)
    pairs = []
    for document, statements in zip(documents, predict_statements(documents)):
        pairs += list(zip((s.confidence for s in statements), statement_labels(document, statements)))
    assert len(pairs) > 500
    assert expected_calibration_error(reliability(pairs)) < 0.06
