"""The exit codes of the real ``onrecord`` command (docs/cli.md, "Exit codes"): usage
errors exit 2 with click's usage message, documents that failed exit 3 (or 1 when all
did), database and configuration errors exit 4; never an internal error or a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

# The console script pip installed, as a user runs it.
ONRECORD = str(Path(sys.executable).parent / "onrecord")
pytestmark = pytest.mark.skipif(not Path(ONRECORD).exists(), reason="the onrecord command is not installed in this venv")


def onrecord(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([ONRECORD, *args], capture_output=True, text=True, timeout=300, cwd=cwd,
                          env={**os.environ, **(env or {})}, check=False)


def assert_clean(result: subprocess.CompletedProcess) -> None:
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frobnicate"], "No such command 'frobnicate'"),
        (["ingest", "--jbos", "2", "x"], "No such option: --jbos"),
        (["search", "--limit", "abc"], "Invalid value for '--limit'"),
        (["search", "--kind", "quote"], "Invalid value for '--kind'"),
        (["export", "--format", "xml"], "Invalid value for '--format'"),
        (["eval", "polnear", "--split", "test"], "Invalid value for '--split'"),
        (["show"], "Missing argument"),
    ],
)
def test_usage_errors_exit_2_with_clicks_usage_message(args, message):
    result = onrecord(*args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("Usage: onrecord ") and message in result.stderr, result.stderr
    assert_clean(result)


@pytest.mark.parametrize("args", [[], ["eval"]])
def test_a_command_alone_prints_its_help_and_exits_2(args):
    result = onrecord(*args)
    assert result.returncode == 2
    assert "Usage: onrecord" in result.stdout and "Commands" in result.stdout
    assert result.stderr.strip() == ""


def test_help_and_version_exit_0():
    assert onrecord("--help").returncode == 0
    assert onrecord("search", "--help").returncode == 0
    assert onrecord("--version").stdout.startswith("onrecord ")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["search", "--since", "2022-02-30"], "is not a date"),
        (["extract", str(EXAMPLE), "--published", "9999-12-31"], "publication dates from 1000-01-01 to 8999-12-31"),
        (["ingest", "x.txt", "--jobs", "0"], "at least 1"),
        (["extract", str(EXAMPLE), "--published", "2022-13-40"], "'2022-13-40' is not a date; use YYYY-MM-DD"),
        (["ingest", str(EXAMPLE), "--published", "2022-02-30"], "'2022-02-30' is not a date; use YYYY-MM-DD"),
        # bytes that are not UTF-8 could be neither printed nor stored as an outlet's name
        (["extract", str(EXAMPLE), "--outlet", b"Breit\xffbart"], "is not an outlet's name"),
        (["ingest", str(EXAMPLE), "--outlet", b"Breit\xffbart"], "is not an outlet's name"),
    ],
)
def test_bad_option_values_are_one_line_usage_errors(tmp_path, args, fragment):
    result = onrecord(*args, "--db", f"sqlite:///{tmp_path / 'x.db'}") if args[0] != "extract" else onrecord(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("onrecord: error: ") and fragment in result.stderr
    assert result.stderr.count("\n") == 1
    assert_clean(result)


def test_published_at_the_end_of_the_calendar_is_refused_not_an_overflow(tmp_path):
    text = tmp_path / "d.txt"
    text.write_text("The minister said talks would resume next week.\n", encoding="utf-8")
    result = onrecord("extract", str(text), "--published", "9999-12-31")
    assert result.returncode == 2 and "OverflowError" not in result.stderr
    assert_clean(result)


@pytest.mark.parametrize(
    "args",
    [
        ["search", "x", "--db", "mysql://localhost/db"],
        ["speakers", "--db", "sqlite:///{tmp}/absent.db"],
        ["ingest", "x.txt", "--db", "sqlite:///{tmp}/no/such/folder.db"],
        ["search", "--db", "postgresql://nobody@127.0.0.1:1/none"],
        ["search", "peace", "--db", "sqlite:///{tmp}/absent.db"],
        ["ingest", str(EXAMPLE), "--db", "sqlite:///{tmp}"],
        ["ingest", str(EXAMPLE), "--db", "sqlite:////proc/onrecord-test.db"],
        ["relink", "--db", "sqlite:///{tmp}/absent.db"],
        ["ingest", "--retry-failures", "--db", "sqlite:///{tmp}/absent.db"],
    ],
)
def test_database_errors_exit_4(tmp_path, args):
    result = onrecord(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith("onrecord: error: ") and result.stderr.count("\n") == 1
    assert_clean(result)
    assert not (tmp_path / "absent.db").exists()  # a mistyped --db leaves no empty store behind


def test_database_errors_say_what_is_wrong(tmp_path):
    folder = onrecord("ingest", str(EXAMPLE), "--db", f"sqlite:///{tmp_path}")
    assert f"{tmp_path} is a folder, not a database file" in folder.stderr
    # libpq's two lines, both on the one line: the refusal and its usual cause
    refused = onrecord("search", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert "Connection refused; Is the server running" in refused.stderr and refused.stderr.count("\n") == 1


def test_search_on_an_empty_store_says_it_is_empty(tmp_path):
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    assert onrecord("ingest", str(tmp_path / "missing.txt"), "--db", db).returncode == 1
    result = onrecord("search", "peace", "--db", db)
    assert result.returncode == 0 and result.stdout.startswith(f"No statements match: the store {db} holds none yet")
    # a store with statements, none of them matching: the query is what to change
    full = f"sqlite:///{tmp_path / 'full.db'}"
    assert onrecord("ingest", str(EXAMPLE), "--db", full).returncode == 0
    assert onrecord("search", "zzyzxq", "--db", full).stdout == "No statements match.\n"


@pytest.mark.parametrize(("output", "message"), [
    ("{tmp}", "{tmp}: cannot be written (it is a folder; name a file in it)"),
    ("/proc/onrecord-test.csv", "/proc/onrecord-test.csv: cannot be written ("),
])  # fmt: skip
def test_export_to_a_place_it_cannot_write_is_one_line(tmp_path, output, message):
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    onrecord("ingest", str(tmp_path / "missing.txt"), "--db", db)
    result = onrecord("export", "--db", db, "--output", output.replace("{tmp}", str(tmp_path)))
    assert result.returncode == 1 and result.stderr.startswith("onrecord: error: " + message.replace("{tmp}", str(tmp_path)))
    assert result.stderr.count("\n") == 1
    assert_clean(result)


def test_export_into_a_pipe_writes_through_it_and_leaves_it_a_pipe(tmp_path):
    # `--output /dev/stdout` or a named pipe: the temporary file renamed onto it put a plain
    # file in its place (as root, /dev/null itself), and a reader of the pipe got nothing.
    import threading

    db = f"sqlite:///{tmp_path / 'one.db'}"
    assert onrecord("ingest", str(EXAMPLE), "--db", db).returncode == 0
    pipe = tmp_path / "statements.jsonl"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = onrecord("export", "--db", db, "--format", "jsonl", "--output", str(pipe))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert pipe.is_fifo() and received and received[0].count(b"\n") >= 1


def test_serve_on_a_port_in_use_is_one_line_and_exit_1(tmp_path):
    import socket

    db = f"sqlite:///{tmp_path / 'empty.db'}"
    onrecord("ingest", str(tmp_path / "missing.txt"), "--db", db)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for workers in ("1", "2"):
            result = onrecord("serve", "--db", db, "--port", str(port), "--workers", workers)
            # uvicorn alone printed its start-up log and exited 3, the code of a partial batch
            assert result.returncode == 1, result.stderr
            assert result.stderr == f"onrecord: error: 127.0.0.1:{port}: cannot listen there (Address already in use); stop what uses it or choose another --port or --host\n"


def test_a_bad_setting_exits_4_naming_the_variable(tmp_path):
    result = onrecord("search", "--db", f"sqlite:///{tmp_path / 'x.db'}", env={"ONRECORD_MAX_CHARS": "1e6"})
    assert result.returncode == 4
    assert result.stderr.startswith("onrecord: error: ONRECORD_MAX_CHARS='1e6': ") and result.stderr.count("\n") == 1
    assert_clean(result)


def test_ingest_exits_3_when_some_documents_failed_and_1_when_all_did(tmp_path, nlp):
    db = f"sqlite:///{tmp_path / 'runs.db'}"
    missing = str(tmp_path / "missing.txt")
    some = onrecord("ingest", str(EXAMPLE), missing, "--db", db, "--jobs", "1", "--published", "2022-03-21")
    assert some.returncode == 3, some.stderr
    assert "1 articles added" in some.stdout and "1 failed" in some.stdout
    assert onrecord("ingest", missing, "--db", db, "--jobs", "1").returncode == 1
    # stored already and skipped documents are not failures
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    again = onrecord("ingest", str(EXAMPLE), str(empty), "--db", db, "--jobs", "1", "--published", "2022-03-21")
    assert again.returncode == 0, again.stderr
    assert "1 already stored, 0 failed, 1 skipped" in again.stdout
    # a run with skips only still points to their reasons
    assert f"See why with: onrecord failures --db {db}" in again.stdout
    assert_clean(again)


def test_extract_exits_3_when_some_documents_failed(tmp_path, nlp):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = onrecord("extract", str(EXAMPLE), str(binary), "--format", "jsonl")
    assert result.returncode == 3
    assert result.stdout.count("\n") == 1 and "looks like a binary file" in result.stderr
    assert onrecord("extract", str(binary)).returncode == 1
