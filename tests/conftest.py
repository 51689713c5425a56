"""Shared fixtures. Tests that need ../shared, PostgreSQL or Chromium skip with a clear
reason on a user's fresh clone; with ONRECORD_REQUIRE_ALL=1 (set by .ci/run) they fail."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))
REQUIRE_ALL = os.environ.get("ONRECORD_REQUIRE_ALL") == "1"
EXAMPLE = ROOT / "examples" / "kremlin-2022-03-21.txt"


def load_script(relative: str) -> ModuleType:
    """A script of benchmarks/ or training/ as a module, importable beside its folder's helpers."""
    path = ROOT / relative
    if path.stem in sys.modules:
        return sys.modules[path.stem]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # dataclasses look their module up there
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def speaker_of(text: str, content_word: str, published: str = "2005-03-01"):
    """The Speaker and Statement of the first statement whose content holds ``content_word``."""
    from onrecord import extract

    article = extract(text, published=published)
    found = [s for s in article.statements if content_word in s.content.text]
    assert found, [(s.speaker.name, s.content.text) for s in article.statements]
    return found[0].speaker, found[0]


def fields_of(text: str, content_word: str, published: str = "2005-03-01") -> tuple:
    """The (name, title, affiliation) of the speaker of the statement holding ``content_word``."""
    speaker, _ = speaker_of(text, content_word, published)
    return speaker.name, speaker.title, speaker.affiliation


def speaker_fields(text: str, content_word: str, expected: dict, published: str = "2005-03-01") -> dict:
    """The fields ``expected`` names (name, type, title, affiliation, unnamed, ...) of the speaker
    of the statement holding ``content_word``, to compare with ``expected`` as a whole."""
    speaker, _ = speaker_of(text, content_word, published)
    return {field: getattr(speaker, field) for field in expected}


def record_of(text: str, published: str = "2005-03-15") -> list:
    """The statements of ``text`` in the default record (an act of DEFAULT_ACTS)."""
    from onrecord import extract
    from onrecord.schema import DEFAULT_ACTS

    return [s for s in extract(text, published=published).statements if s.act in DEFAULT_ACTS]


def statements_by_cue(text: str, cue: str, published: str = "2005-03-01") -> list:
    """The statements of ``text`` whose cue reads ``cue`` exactly ("said", "have called")."""
    from onrecord import extract

    return [s for s in extract(text, published).statements if s.cue is not None and s.cue.text == cue]


def unavailable(reason: str) -> None:
    """Skip the test, or fail it when CI requires everything."""
    if REQUIRE_ALL:
        pytest.fail(f"required by ONRECORD_REQUIRE_ALL=1 but unavailable: {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _settings_from_this_tests_environment():
    """onrecord reads its settings once (onrecord.settings.current): a test that sets an
    ONRECORD_* variable gets them read again, and leaves none behind."""
    from onrecord import settings

    settings.reset()
    yield
    settings.reset()


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


# -- storage: a real PostgreSQL server, and stores on both backends ---------------------------
# ONRECORD_TEST_POSTGRES_URL (set by .ci/run) names a server; without it a throwaway cluster
# is started with initdb/pg_ctl on a free loopback port (as the postgres user when running
# as root, since initdb refuses root); without PostgreSQL binaries the tests are unavailable.


def _pg_bindir() -> Path | None:
    import glob
    import shutil

    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: [int(x) if x.isdigit() else x for x in p.split("/")])
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """URL of a PostgreSQL server's maintenance database (``.../postgres``)."""
    import shutil
    import subprocess
    import tempfile

    url = os.environ.get("ONRECORD_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    bindir = _pg_bindir()
    if bindir is None:
        unavailable("PostgreSQL is not installed (no initdb) and ONRECORD_TEST_POSTGRES_URL is not set")
    root = Path(tempfile.mkdtemp(prefix="onrecord-test-pg."))
    as_pg: list[str] = []
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            unavailable("running as root and there is no postgres user to run initdb as")
        shutil.chown(root, "postgres")
        as_pg = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()
    try:
        subprocess.run([*as_pg, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run([*as_pg, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w", "-t", "60",
                        "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off", "start"],
                       check=True, capture_output=True, timeout=120)
    except (subprocess.SubprocessError, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        unavailable(f"could not start a throwaway PostgreSQL cluster: {exc}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_pg, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the test server for one test; dropped afterwards."""
    import uuid

    import psycopg

    name = f"onrecord_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = postgres_server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A URL of a fresh, empty store, once for each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_url")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that starts the PostgreSQL server ``postgres``, so that
    ``-m "not postgres"`` really leaves them out (most reach it through a fixture, not a mark)."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        through_store = callspec is not None and callspec.params.get("store_url") == "postgresql"
        if through_store or {"postgres_url", "postgres_server"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
