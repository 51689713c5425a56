"""The ONRECORD_* settings: one validated object, read on first use (never at import), a
bad value one line naming the variable, and docs/cli.md listing exactly the settings."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import ROOT

from onrecord import errors, settings


def test_defaults_and_values_from_the_environment(monkeypatch):
    assert settings.current().max_chars == 1_000_000
    monkeypatch.setenv("ONRECORD_MAX_CHARS", "5000")
    monkeypatch.setenv("ONRECORD_SERVE_PRIVATE", "1")
    assert settings.current().max_chars == 1_000_000  # read once ...
    settings.reset()
    assert settings.current().max_chars == 5000 and settings.current().serve_private  # ... until reset


@pytest.mark.parametrize(
    ("variable", "value"),
    [("ONRECORD_MAX_CHARS", "1e6"), ("ONRECORD_MAX_DOCUMENT_BYTES", "0"), ("ONRECORD_SERVE_THREADS", "many"),
     ("ONRECORD_SERVE_PRIVATE", "perhaps")],
)
def test_a_bad_value_is_one_line_naming_the_variable(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(errors.SettingsError) as caught:
        settings.current()
    message = str(caught.value)
    assert message.startswith(f"{variable}={value!r}: ") and "\n" not in message
    assert caught.value.exit_code == errors.ExitCode.CONFIG


def test_importing_onrecord_reads_no_setting():
    """A bad value breaks no import: only the command (or the first use) reports it."""
    code = "import onrecord, onrecord.cli, onrecord.store, onrecord.read, onrecord.serve; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"ONRECORD_MAX_CHARS": "1e6", "ONRECORD_SERVE_THREADS": "x", "PATH": "/usr/bin"})
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_no_module_reads_onrecord_variables_itself():
    """Every ONRECORD_* variable is read through onrecord.settings (writing one for a child
    process is fine)."""
    reads = re.compile(r"(?:os\.environ\.get|os\.getenv|os\.environ\[)\(?\s*[\"']ONRECORD_")
    offenders = []
    for path in (ROOT / "src" / "onrecord").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if reads.search(line) and "] =" not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, offenders


def test_docs_list_every_setting_and_nothing_else():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    section = doc.split("## Settings", 1)[1]
    table = {m for m in re.findall(r"^\| `(ONRECORD_[A-Z_]+)` \|", section, re.M)}
    assert table == set(settings.variables())
