"""The locked install: requirements.lock pins every dependency of pyproject.toml (the
[test,bench,spark] extras included) to one version with hashes, and make installs from it."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

LOCK = (ROOT / "requirements.lock").read_text(encoding="utf-8")


def _pins() -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in re.findall(r"^([A-Za-z0-9._-]+)==(\S+) \\$", LOCK, re.M)}


def test_every_dependency_is_pinned_with_hashes_within_its_range():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in ("test", "bench", "spark"):
        wanted += project["optional-dependencies"][extra]
    pins = _pins()
    for line in wanted:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} is outside {requirement.specifier}"
    # every pinned package carries at least one hash (pip --require-hashes refuses otherwise)
    blocks = re.split(r"^(?=[A-Za-z0-9._-]+==)", LOCK, flags=re.M)[1:]
    assert len(blocks) == len(pins) and all("--hash=sha256:" in block for block in blocks)
    assert "file:///" not in LOCK and "--find-links" not in LOCK  # nothing of this machine


def test_make_installs_from_the_lock_and_ci_runs_make():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet --require-hashes -r $(LOCK)" in makefile
    assert "pip install --quiet --no-deps -e ." in makefile
    assert re.search(r"^lock:", makefile, re.M) and "--generate-hashes" in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
