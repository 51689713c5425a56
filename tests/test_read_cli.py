"""``onrecord extract`` reads every input ``read_documents`` reads: WARC, gzip, JSON lines,
directories; skips are reported on stderr, one line each, and are not errors."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

GERMAN = ("Der Bundeskanzler sagte am Montag, die Regierung werde keine neuen Schulden aufnehmen. "
          "Die Opposition kritisierte den Plan scharf und forderte mehr Investitionen in Schulen, "
          "Straßen und die Digitalisierung des Landes.")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "onrecord", *args], check=False, capture_output=True, cwd=ROOT, timeout=180,
                          env={**os.environ})


def test_extract_reads_a_warc_a_gzipped_jsonl_and_a_folder(shared, tmp_path):
    export = tmp_path / "export.jsonl.gz"
    rows = [{"text": '"We are ready," said Maria Lopez, the mayor.', "url": "https://a.example/1"},
            {"text": GERMAN}]
    export.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in rows).encode()))
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "note.txt").write_text("The minister said the talks had stalled.")
    warc = shared / "data" / "warc" / "warcio" / "test" / "data" / "example.warc.gz"
    result = run("extract", str(warc), str(export), str(folder), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    articles = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a["source"] for a in articles] == [f"{warc}#record=3", f"{export}:1", str(folder / "note.txt")]
    assert articles[0]["url"] == "http://example.com/" and articles[0]["outlet"] == "example.com"
    assert articles[1]["statements"][0]["speaker"]["name"] == "Maria Lopez"
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 2 and all(line.startswith("onrecord: skipped: ") for line in errors)
    assert "revisit" in errors[0] and f"{export}:2: language 'de'" in errors[1]


def test_a_damaged_file_is_an_error_exit_without_traceback(tmp_path):
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(" ".join(str(n * 7919 % 10007) for n in range(5000)).encode())[:2000])
    result = run("extract", str(path))
    err = result.stderr.decode()
    assert result.returncode != 0 and "Traceback" not in err and "damaged gzip" in err


# -- bad input: one line naming the file and what is wrong with it, a non-zero exit ------------

def _random(size: int, first: bytes = b"") -> bytes:
    # Reproducible "random" bytes with NULs in them, as any binary file has.
    import random

    return first + random.Random(size).randbytes(size)


def _cut_in_first_record(shared) -> bytes:
    return (shared / "data" / "warc" / "aeb_news_50.warc.gz").read_bytes()[:3000]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("random.warc.gz", lambda s: _random(5000), "not a WARC/ARC file as its name says (it holds binary data)"),
    ("renamed.warc.gz", lambda s: b"Hello.\nThis is a text file.\n", "not a WARC/ARC file as its name says (it holds plain text)"),
    ("empty.warc.gz", lambda s: b"", "not a WARC/ARC file as its name says (it is empty)"),
    ("nothing.warc.gz", lambda s: gzip.compress(b""), "not a WARC/ARC file as its name says (it unpacks to nothing)"),
    ("page.warc", lambda s: b"<!doctype html><html><body>Not found</body></html>", "not a WARC/ARC file as its name says (it holds an HTML page)"),
    ("cut.warc.gz", _cut_in_first_record, "damaged WARC/ARC data (not one whole record in it)"),
    ("random.jsonl", lambda s: _random(4000, b"{"), "not a JSON lines file as its name says (it holds binary data)"),
    ("random-export", lambda s: _random(4000, b"{"), "looks like a binary file, not text or HTML (it contains NUL bytes)"),
    ("page.jsonl", lambda s: b"<html><body><p>Sorry, the export failed.</p></body></html>\n", "not a JSON lines file as its name says (it holds an HTML page)"),
    ("binary.html", lambda s: _random(4000, b"<html><body>"), "looks like a binary file, not text or HTML (it contains NUL bytes)"),
    ("empty.gz", lambda s: b"", "not a gzip file as its name says (it is empty)"),
])  # fmt: skip
def test_a_bad_file_is_one_line_naming_it_and_exit_1(shared, tmp_path, name, content, message):
    # These used to be read as an (empty) article, or as one failure per "line" of noise:
    # an empty table and exit 0 for a crawl file that holds no crawl.
    path = tmp_path / name
    path.write_bytes(content(shared))
    result = run("extract", str(path))
    assert result.returncode == 1 and result.stdout == b""
    rest = "; the rest of the file was not read" if "damaged" in message else ""
    assert result.stderr.decode().splitlines() == [f"onrecord: error: {path}: {message}{rest}"]


def test_an_empty_folder_and_one_of_hidden_files_are_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".DS_Store").write_bytes(b"\x00\x01")
    result = run("extract", str(tmp_path / "empty"), str(tmp_path / "hidden"))
    assert result.returncode == 1 and "Traceback" not in result.stderr.decode()
    assert result.stderr.decode().splitlines() == [
        f"onrecord: error: {tmp_path / folder}: a folder with no file to read in it (hidden files and page assets are passed over)"
        for folder in ("empty", "hidden")]


def test_a_folder_that_cannot_be_listed_is_an_error(tmp_path, monkeypatch, capsys):
    # Root lists any folder, so the refusal is made here, in the real command run in-process.
    from onrecord.cli import run as run_in_process
    from onrecord.read import paths

    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    real_scandir = paths.os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(paths.os, "scandir", scandir)
    assert run_in_process(["extract", str(tmp_path / "in")]) == 1
    assert capsys.readouterr().err.splitlines() == [f"onrecord: error: {locked}: cannot be read (Permission denied)"]


def test_a_batch_reports_each_bad_file_and_goes_on(shared, tmp_path):
    # Several paths: the good documents are printed, each bad one is one line, exit 3 (partial).
    good = tmp_path / "good.txt"
    good.write_text('"We are ready," said Maria Lopez, the mayor.')
    renamed = tmp_path / "renamed.warc.gz"
    renamed.write_bytes(b"Hello.\n")
    broken = tmp_path / "broken-first.jsonl"
    broken.write_text('this line is no JSON\n{"text": "\\"The talks stalled,\\" said Ivan Petrov."}\n')
    result = run("extract", str(renamed), str(good), str(broken), str(tmp_path / "missing.warc.gz"), "--format", "jsonl")
    assert result.returncode == 3, result.stderr.decode()
    articles = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a["source"] for a in articles] == [str(good), f"{broken}:2"]
    assert articles[1]["statements"][0]["speaker"]["name"] == "Ivan Petrov"
    assert result.stderr.decode().splitlines() == [
        f"onrecord: error: {renamed}: not a WARC/ARC file as its name says (it holds plain text)",
        f"onrecord: error: {broken}:1: not a JSON object (Expecting value)",
        f"onrecord: error: {tmp_path / 'missing.warc.gz'}: no such file or directory",
    ]
