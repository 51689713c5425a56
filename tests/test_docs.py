"""The README and docs stay true: every command is shown in the README's usage, every doc
the README links to exists, and the README's two set-up commands are the Makefile's."""

from __future__ import annotations

import re

import typer

from conftest import ROOT
from onrecord.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    click_app = typer.main.get_command(app)
    return sorted(click_app.commands)


def test_every_command_is_in_the_readme():
    for command in _commands():
        assert f"onrecord {command}" in README, f"`onrecord {command}` is missing from README.md"


def test_every_linked_doc_exists():
    for link in re.findall(r"\]\((docs/[^)#]+)", README):
        assert (ROOT / link).is_file(), link


def test_quick_start_commands_exist_and_ci_runs_the_test_one():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("example", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
