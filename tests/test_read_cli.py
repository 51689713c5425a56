"""``onrecord extract`` reads every input ``read_documents`` reads: WARC, gzip, JSON lines,
directories; skips are reported on stderr, one line each, and are not errors."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

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
