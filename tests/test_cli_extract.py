"""``onrecord extract`` on good and bad input: one-line errors, non-zero exits, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import EXAMPLE, ROOT

ONRECORD = [sys.executable, "-m", "onrecord"]


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*ONRECORD, *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120,
                          env={**os.environ, **(env or {})})


def assert_one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    err = result.stderr.decode()
    assert result.returncode != 0
    assert "Traceback" not in err
    assert fragment in err
    assert len([line for line in err.splitlines() if line.strip()]) == 1, err


def test_example_prints_the_gold_speakers():
    result = run("extract", str(EXAMPLE), "--published", "2022-03-21", "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    article = json.loads(result.stdout)
    names = {s["speaker"]["name"] for s in article["statements"]}
    assert {"Dmitry Peskov", "Naftali Bennett", "Iryna Vereshchuk", "Kremlin", "Moscow", "Ukraine"} <= names
    assert article["published"] == "2022-03-21"


def test_the_table_shows_what_was_said_and_jsonl_every_act():
    jsonl = json.loads(run("extract", str(EXAMPLE), "--published", "2022-03-21", "--format", "jsonl").stdout)
    acts = [s["act"] for s in jsonl["statements"]]
    assert "stance" in acts and "speech" in acts
    table = run("extract", str(EXAMPLE), "--published", "2022-03-21", env={"COLUMNS": "250"}).stdout.decode()
    assert "a similar note" not in table and "more of other acts: --acts all" in table
    every = run("extract", str(EXAMPLE), "--published", "2022-03-21", "--acts", "all", env={"COLUMNS": "250"}).stdout.decode()
    assert "a similar note" in every and "stance" in every
    said = json.loads(run("extract", str(EXAMPLE), "--format", "jsonl", "--acts", "speech,writing").stdout)
    assert {s["act"] for s in said["statements"]} <= {"speech", "writing"}
    assert_one_line_error(run("extract", str(EXAMPLE), "--acts", "gossip"), "is not a list of acts")


def test_table_and_json_formats():
    table = run("extract", str(EXAMPLE), "--published", "2022-03-21", env={"COLUMNS": "200"})
    assert table.returncode == 0 and "Naftali Bennett" in table.stdout.decode()
    as_json = json.loads(run("extract", str(EXAMPLE), "--format", "json").stdout)
    assert isinstance(as_json, list) and as_json[0]["statements"]


def test_standard_input():
    result = run("extract", "-", "--format", "jsonl", stdin=b'"We are ready," said Maria Lopez.\n')
    assert result.returncode == 0
    assert json.loads(result.stdout)["statements"][0]["speaker"]["name"] == "Maria Lopez"


def test_missing_file(tmp_path):
    assert_one_line_error(run("extract", str(tmp_path / "nope.txt")), "no such file")


def test_directory_argument_is_read_or_refused_cleanly(tmp_path):
    # an empty folder: an error naming it, not an empty output and exit 0
    assert_one_line_error(run("extract", str(tmp_path)), f"{tmp_path}: a folder with no file to read in it")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    assert_one_line_error(run("extract", str(path)), "permission denied")


def test_path_through_a_file_cannot_be_read(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    assert_one_line_error(run("extract", str(tmp_path / "file.txt" / "inner.txt")), "cannot be read")


def test_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert_one_line_error(run("extract", str(path)), "binary")


def test_non_utf8_text_is_decoded_with_the_stated_fallback(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("The minister said that the caf\xe9 \x93will reopen\x94 soon.".encode("latin-1"))
    result = run("extract", str(path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    article = json.loads(result.stdout)
    assert "café “will reopen”" in article["text"]


@pytest.mark.parametrize("content", ["", " \n\t\n"])
def test_empty_file_is_skipped_with_its_reason(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content)
    result = run("extract", str(path), "--format", "jsonl")
    # a skip, not a failure: nothing printed, exit 0, the reason on stderr
    assert result.returncode == 0 and result.stdout == b""
    assert result.stderr.decode().strip() == f"onrecord: skipped: {path}: the document is empty (no text, or only white space)"


def test_very_long_file_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("The mayor said that it rains. " * 400)
    result = run("extract", str(path), env={"ONRECORD_MAX_CHARS": "5000"})
    assert_one_line_error(result, "over the limit of 5,000 characters")


def test_bad_date():
    assert_one_line_error(run("extract", str(EXAMPLE), "--published", "21/03/2022"), "not a date")


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    result = run("extract", str(tmp_path / "missing.txt"), str(EXAMPLE), "--format", "jsonl")
    assert result.returncode != 0
    assert json.loads(result.stdout.decode().splitlines()[0])["statements"]
    assert "missing.txt" in result.stderr.decode()
