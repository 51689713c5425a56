"""``onrecord eval`` end to end: the seed gold, two PolNeAR dev articles, the gate, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.errors import InputError

pytestmark = pytest.mark.corpus
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def test_eval_gold_seed_json(shared):
    result = invoke("eval", "gold", str(shared / "seed" / "kremlin-2022-03-21.gold.json"), "--format", "json", "--errors", "3")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["documents"], report["gold"]) == (1, 16)
    scores = report["scores"]
    assert set(scores) == {"all", "speech", "direct", "indirect"}
    assert scores["all"]["resolved_speaker"]["total"] == 16
    assert scores["all"]["quote_30"]["recall"] == 1.0
    assert len(report["errors"]) <= 3


def test_eval_gold_seed_table(shared):
    result = invoke("eval", "gold", str(shared / "seed" / "kremlin-2022-03-21.gold.json"), "--errors", "2")
    assert result.exit_code == 0, result.output
    for words in ("content exact", "quote > 30%", "resolved speaker", "speech subset", "most frequent error kinds"):
        assert words in result.stdout


def test_eval_polnear_dev_limit_2(shared):
    data = str(shared / "data" / "polnear")
    result = invoke("eval", "polnear", "--split", "dev", "--limit", "2", "--data", data, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 2 and report["gold"] == 13
    assert "resolved_speaker" not in report["scores"]["all"]  # PolNeAR sources are not resolved
    table = invoke("eval", "polnear", "--limit", "2", "--data", data, "--errors", "5")
    assert table.exit_code == 0 and "source overlap" in table.stdout and "speaker match" in table.stdout


def test_eval_gate_passes(shared):
    result = invoke("eval", "gate", "--baseline", str(ROOT / "tests" / "eval_baseline.json"), "--shared", str(shared))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok:")


def test_eval_gold_missing_file_is_an_input_error(tmp_path):
    result = invoke("eval", "gold", str(tmp_path / "missing.gold.json"))
    assert isinstance(result.exception, InputError)


def test_eval_errors_are_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "onrecord", "eval", "gold", str(bad)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 1  # an input error (docs/cli.md, "Exit codes")
    assert "Traceback" not in done.stderr and "not valid JSON" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
