"""The quality gate: minimum figures pinned in ``tests/eval_baseline.json``.

Modelled on trafilatura's eval gate. Each suite (the seed gold, the held-out part of
PolNeAR train, ``polnear.is_held_out``) records a SHA-256 of its gold and the minimum of
each pinned figure. PolNeAR dev is not a suite: it is reported, never gated or tuned on.
``tests/test_evaluate_gate.py`` fails when the engine falls below a minimum or the gold
changed; ``onrecord eval gate --update`` re-pins the current figures and refuses
to lower any minimum unless ``--allow-regression`` is given.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

from .. import errors
from .corpus import EvalDocument
from .gold import read_gold
from .metrics import Scores
from .polnear import read_polnear

# Figures pinned per suite kind. Minimums are the measured value rounded *down* to three
# decimals, so float noise never trips the gate and a real drop of 0.001 does.
_ROLE_FIGURES = [f"all.{r}.{m}.f1" for r in ("source", "cue", "content") for m in ("exact", "overlap")]
PINNED: dict[str, list[str]] = {
    "gold": [*_ROLE_FIGURES, "all.quote_30.f1", "all.quote_80.f1", "direct.quote_30.f1", "indirect.quote_30.f1",
             "all.speaker_match.accuracy", "all.cue_match.accuracy", "all.resolved_speaker.accuracy"],
    "polnear": [*_ROLE_FIGURES, "all.quote_30.f1", "all.quote_80.f1",
                "speech.source.overlap.f1", "speech.cue.overlap.f1", "speech.content.overlap.f1", "speech.quote_30.f1",
                "direct.quote_30.f1", "indirect.quote_30.f1", "all.speaker_match.accuracy", "all.cue_match.accuracy"],
}

# The suites a new baseline holds; paths are relative to the shared folder.
DEFAULT_SUITES: dict[str, dict] = {
    "seed": {"kind": "gold", "files": ["seed/kremlin-2022-03-21.gold.json"]},
    "polnear-train-held-out": {"kind": "polnear", "split": "train", "held_out": True},
}

DECIMALS = 3


@dataclass(frozen=True)
class Measured:
    """A suite's current figures and the digest of its gold."""

    values: dict[str, float | None]
    digest: str


def suite_documents(suite: dict, shared: Path) -> tuple[list[EvalDocument], str]:
    """The gold documents of a suite and a SHA-256 over their texts and annotations.
    RETURNS (tuple[list[EvalDocument], str])."""
    if suite["kind"] == "gold":
        documents = [read_gold(shared / f) for f in suite["files"]]
    else:
        documents = read_polnear(shared / "data" / "polnear", split=suite["split"], limit=suite.get("limit"),
                                 held_out=suite.get("held_out"))
    digest = hashlib.sha256()
    for d in documents:
        digest.update(d.text.encode("utf-8"))
        digest.update(repr([(a.content, a.cue, a.source, a.speaker, a.optional) for a in d.attributions]).encode())
    return documents, digest.hexdigest()


def measure(suites: dict[str, dict], shared: Path) -> dict[str, Measured]:
    """Run the engine on every suite. RETURNS (dict[str, Measured])."""
    from .harness import evaluate

    out = {}
    for name, suite in suites.items():
        documents, digest = suite_documents(suite, shared)
        scores: Scores = evaluate(documents, corpus=name).scores
        out[name] = Measured({key: scores.value(key) for key in PINNED[suite["kind"]]}, digest)
    return out


def floor(value: float) -> float:
    """``value`` rounded down to ``DECIMALS`` decimals (with a hair of slack for float error)."""
    scale = 10**DECIMALS
    return math.floor(value * scale + 1e-9) / scale


def load_baseline(path: Path) -> dict:
    """Read a baseline file. RETURNS (dict). Raises InputError for a missing or bad file."""
    if not path.is_file():
        raise errors.InputError(errors.E_NOT_FOUND.format(source=path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise errors.InputError(errors.E_EVAL_BAD_JSON.format(source=path, reason=f"line {exc.lineno}: {exc.msg}")) from None
    suites = data.get("suites") if isinstance(data, dict) else None
    if not isinstance(suites, dict) or not all(
        isinstance(s, dict) and isinstance(s.get("minimums"), dict) and "kind" in s for s in suites.values()
    ):
        raise errors.InputError(errors.E_EVAL_BAD_BASELINE.format(source=path, reason="no 'suites' with 'kind' and 'minimums'"))
    return data


def check(baseline: dict, measured: dict[str, Measured]) -> list[str]:
    """Every way the measured figures fail the baseline, one line each. RETURNS (list[str])."""
    failures = []
    for name, suite in baseline["suites"].items():
        now = measured[name]
        if suite.get("sha256") and suite["sha256"] != now.digest:
            failures.append(f"{name}: the gold changed since the baseline was pinned; re-pin with onrecord eval gate --update")
        for key, minimum in suite["minimums"].items():
            value = now.values.get(key)
            if value is None or value + 1e-9 < minimum:
                failures.append(f"{name}: {key} = {'n/a' if value is None else f'{value:.4f}'} is below the minimum {minimum:.3f}")
    return failures


def plan_update(baseline: dict | None, measured: dict[str, Measured], *, suites: dict[str, dict],
                allow_regression: bool = False) -> tuple[dict, list[str]]:
    """The baseline re-pinned to the measured figures.

    RETURNS (tuple[dict, list[str]]): the new baseline and the lowered minimums (each
    ``suite: key old -> new``). Raises ConfigError when a minimum would be lowered, or the
    gold changed, and ``allow_regression`` is false.
    """
    old_suites = (baseline or {}).get("suites", {})
    lowered: list[str] = []
    new_suites = {}
    for name, suite in suites.items():
        now = measured[name]
        old = old_suites.get(name, {})
        if old.get("sha256") and old["sha256"] != now.digest:
            lowered.append(f"{name}: gold changed")
        minimums = {}
        for key in PINNED[suite["kind"]]:
            value = now.values.get(key)
            if value is None:
                continue
            minimum = floor(value)
            previous = old.get("minimums", {}).get(key)
            if previous is not None and minimum < previous:
                lowered.append(f"{name}: {key} {previous:.3f} -> {minimum:.3f}")
            minimums[key] = minimum
        new_suites[name] = {**suite, "sha256": now.digest, "minimums": minimums}
    if lowered and not allow_regression:
        raise errors.ConfigError(errors.E_EVAL_REGRESSION.format(details="; ".join(lowered)))
    about = ("Minimum figures of the onrecord engine (see docs/evaluation.md). tests/test_evaluate_gate.py fails "
             "below them. Re-pin with `onrecord eval gate --update`; lowering a minimum needs --allow-regression.")
    return {"about": about, "suites": new_suites}, lowered


def write_baseline(path: Path, baseline: dict) -> None:
    """Write a baseline file, keys sorted, one figure a line, for readable diffs."""
    path.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
