"""Shared fixtures. Tests that need ../shared, PostgreSQL or Chromium skip with a clear
reason on a user's fresh clone; with ONRECORD_REQUIRE_ALL=1 (set by .ci/run) they fail."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))
REQUIRE_ALL = os.environ.get("ONRECORD_REQUIRE_ALL") == "1"
EXAMPLE = ROOT / "examples" / "kremlin-2022-03-21.txt"


def unavailable(reason: str) -> None:
    """Skip the test, or fail it when CI requires everything."""
    if REQUIRE_ALL:
        pytest.fail(f"required by ONRECORD_REQUIRE_ALL=1 but unavailable: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only corpora folder ``../shared``."""
    if not SHARED.is_dir():
        unavailable(f"{SHARED} is absent (corpora live beside the project; set ONRECORD_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The full onrecord pipeline, loaded once per test session."""
    from onrecord.attribute import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def kremlin_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
