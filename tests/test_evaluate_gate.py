"""The quality gate: the engine holds every minimum of tests/eval_baseline.json, and
re-pinning refuses to lower a minimum unless a regression is allowed."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from onrecord.errors import ConfigError, InputError
from onrecord.evaluate import gate

BASELINE = ROOT / "tests" / "eval_baseline.json"


@pytest.mark.corpus
def test_engine_holds_the_baseline(shared):
    baseline = gate.load_baseline(BASELINE)
    failures = gate.check(baseline, gate.measure(baseline["suites"], shared))
    assert not failures, "below the pinned minimums (docs/evaluation.md, 'The quality gate'):\n" + "\n".join(failures)


def test_baseline_pins_every_default_suite():
    baseline = gate.load_baseline(BASELINE)
    assert set(baseline["suites"]) == set(gate.DEFAULT_SUITES)
    for name, suite in baseline["suites"].items():
        assert set(suite["minimums"]) <= set(gate.PINNED[suite["kind"]]), name
        assert suite["sha256"], name


def test_the_gate_never_measures_dev():
    # dev is reported, never tuned on: no suite of the gate reads it
    baseline = gate.load_baseline(BASELINE)
    for suites in (gate.DEFAULT_SUITES, baseline["suites"]):
        assert all(s.get("split") != "dev" for s in suites.values())
    assert baseline["suites"]["polnear-train-held-out"]["held_out"] is True


def test_shipped_models_were_fitted_without_the_held_out_part():
    data = json.loads((ROOT / "src" / "onrecord" / "attribute" / "data" / "candidates.json").read_text(encoding="utf-8"))
    training = data["training"]
    assert training["gate_slice_left_out"] == 32 and training["articles"] == 840 - 32 - training["held_out"]
    cues = json.loads((ROOT / "src" / "onrecord" / "attribute" / "data" / "object_cues.json").read_text(encoding="utf-8"))
    assert cues["articles"] == 840 - 32


SUITES = {"s": {"kind": "gold", "files": ["x.gold.json"]}}
OLD = {"suites": {"s": {**SUITES["s"], "sha256": "abc", "minimums": {"all.quote_30.f1": 0.9}}}}


def measured(value: float, digest: str = "abc") -> dict[str, gate.Measured]:
    return {"s": gate.Measured({key: value for key in gate.PINNED["gold"]}, digest)}


def test_update_raises_minimums_rounding_down():
    new, lowered = gate.plan_update(OLD, measured(0.95678), suites=SUITES)
    assert new["suites"]["s"]["minimums"]["all.quote_30.f1"] == 0.956 and not lowered


def test_update_refuses_to_lower_a_minimum():
    with pytest.raises(ConfigError, match=r"all.quote_30.f1 0.900 -> 0.850.*--allow-regression"):
        gate.plan_update(OLD, measured(0.85), suites=SUITES)
    new, lowered = gate.plan_update(OLD, measured(0.85), suites=SUITES, allow_regression=True)
    assert new["suites"]["s"]["minimums"]["all.quote_30.f1"] == 0.85
    assert lowered == ["s: all.quote_30.f1 0.900 -> 0.850"]


def test_changed_gold_fails_the_check_and_needs_allow_regression_to_repin():
    assert any("gold changed" in line for line in gate.check(OLD, measured(0.95, digest="other")))
    with pytest.raises(ConfigError, match="gold changed"):
        gate.plan_update(OLD, measured(0.95, digest="other"), suites=SUITES)


def test_check_reports_a_drop_and_a_missing_figure():
    failures = gate.check(OLD, {"s": gate.Measured({"all.quote_30.f1": 0.8999}, "abc")})
    assert failures == ["s: all.quote_30.f1 = 0.8999 is below the minimum 0.900"]
    failures = gate.check(OLD, {"s": gate.Measured({"all.quote_30.f1": None}, "abc")})
    assert failures == ["s: all.quote_30.f1 = n/a is below the minimum 0.900"]


def test_bad_baseline_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        gate.load_baseline(tmp_path / "none.json")
    bad = tmp_path / "b.json"
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(InputError, match="not an evaluation baseline"):
        gate.load_baseline(bad)
