"""The Spark job's inputs without Spark: paths, globs and folders expand to the files ingest
would read, in its order; input lists (CC-NEWS's warc.paths.gz); remote files fetched and
named by their URL (a real HTTP server on loopback); a file that cannot be fetched is one
failure, never an exception."""

from __future__ import annotations

import gzip
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from onrecord import errors
from onrecord.read import read_documents
from onrecord.schema import Failure, RawDocument
from onrecord.spark.inputs import _glob_match, expand_inputs, read_input, read_input_list


def test_a_folder_expands_to_the_files_ingest_reads_in_its_order(shared):
    folder = shared / "data" / "warc" / "warcio"
    files = expand_inputs([str(folder)])
    read_one_by_one = [d.source for f in files for d in read_documents([f])]
    assert read_one_by_one == [d.source for d in read_documents([str(folder)])]
    assert files == sorted(files) and len(files) == 17


def test_globs_expand_sorted_and_a_missing_plain_path_is_kept_for_its_failure(tmp_path):
    for name in ("b.warc.gz", "a.warc.gz", "c.jsonl"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.warc.gz").write_text("x")
    assert expand_inputs([str(tmp_path / "*.warc.gz")]) == [str(tmp_path / "a.warc.gz"), str(tmp_path / "b.warc.gz")]
    assert expand_inputs([str(tmp_path / "**" / "*.warc.gz")]) == [str(tmp_path / n) for n in ("a.warc.gz", "b.warc.gz", "sub/d.warc.gz")]
    assert expand_inputs([f"file://{tmp_path}/c.jsonl"]) == [str(tmp_path / "c.jsonl")]
    missing = str(tmp_path / "gone.warc.gz")
    assert expand_inputs([missing]) == [missing]
    [failure] = list(read_input(missing))
    assert isinstance(failure, Failure) and failure.stage == "read" and "no such file" in failure.reason
    with pytest.raises(errors.InputError, match="matches no file"):
        expand_inputs([str(tmp_path / "*.arc")])


@pytest.mark.parametrize(("path", "pattern", "expected"), [
    ("bucket/CC-NEWS/2024/01/a.warc.gz", "bucket/CC-NEWS/2024/01/*.warc.gz", True),
    ("bucket/CC-NEWS/2024/01/x/a.warc.gz", "bucket/CC-NEWS/2024/01/*.warc.gz", False),  # * stays in one folder
    ("bucket/CC-NEWS/2024/01/x/a.warc.gz", "bucket/CC-NEWS/2024/**/*.warc.gz", True),
    ("bucket/CC-NEWS/2024/02/a.warc.gz", "bucket/CC-NEWS/2024/0[1]/*.warc.gz", False),
])  # fmt: skip
def test_remote_globs_match_part_by_part(path, pattern, expected):
    assert _glob_match(path, Path(pattern).parts) is expected


def test_an_input_list_names_files_relative_to_a_base_url(tmp_path):
    listing = tmp_path / "warc.paths.gz"
    listing.write_bytes(gzip.compress(b"crawl-data/CC-NEWS/2024/01/a.warc.gz\n\n# a comment\n/abs/b.warc.gz\ns3://other/c.warc.gz\n"))
    assert read_input_list(str(listing), base_url="s3://commoncrawl/") == [
        "s3://commoncrawl/crawl-data/CC-NEWS/2024/01/a.warc.gz", "/abs/b.warc.gz", "s3://other/c.warc.gz"]
    with pytest.raises(errors.InputError, match="cannot be read"):
        read_input_list(str(tmp_path / "none.txt"))


@pytest.fixture
def http_root(tmp_path):
    """A folder served over HTTP on loopback for the length of one test."""
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=str(tmp_path))  # noqa: E731
    http.server.SimpleHTTPRequestHandler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_remote_file_is_read_like_the_local_one_and_named_by_its_url(shared, http_root):
    folder, base = http_root
    local = shared / "data" / "warc" / "warcio" / "test" / "data" / "example.warc.gz"
    shutil.copy(local, folder / "example.warc.gz")
    url = f"{base}/example.warc.gz"
    assert expand_inputs([url]) == [url]
    remote = list(read_input(url))
    here = list(read_input(str(local)))
    assert [type(item) for item in remote] == [type(item) for item in here]
    assert any(isinstance(item, RawDocument) for item in remote)
    for a, b in zip(remote, here):
        assert a.source == b.source.replace(str(local), url)
        if isinstance(a, RawDocument):
            assert (a.html, a.url, a.published) == (b.html, b.url, b.published)


def test_a_remote_file_that_cannot_be_fetched_is_one_failure(http_root):
    _, base = http_root
    [failure] = list(read_input(f"{base}/missing.warc.gz"))
    assert failure.stage == "read" and failure.source == f"{base}/missing.warc.gz" and "404" in failure.reason


def test_malformed_files_are_failures_of_the_job_never_exceptions(shared, tmp_path, http_root, monkeypatch):
    # Every file of the malformed set, and garbage under crawl names, locally and over HTTP:
    # documents and failures only, each failure one line naming its file.
    import random

    from onrecord.read import paths

    folder, base = http_root
    (folder / "random.warc.gz").write_bytes(random.Random(3).randbytes(5000))
    (folder / "renamed.warc.gz").write_bytes(b"Hello.\n")
    (folder / "empty.warc.gz").write_bytes(b"")
    (folder / "locked").mkdir()
    (folder / "locked" / "a.warc.gz").write_bytes(b"")
    real_scandir = paths.os.scandir

    def scandir(path):  # root lists any folder: refuse this one here
        if Path(path) == folder / "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(paths.os, "scandir", scandir)
    malformed = sorted((shared / "data" / "warc" / "warcio" / "test" / "data").glob("*"))
    files = expand_inputs([*map(str, malformed), str(folder)])
    assert str(folder / "locked") in files  # a folder that cannot be listed stays, to be recorded
    remote = [f"{base}/{name}" for name in ("random.warc.gz", "renamed.warc.gz", "empty.warc.gz")]
    for uri in files + remote:
        items = list(read_input(uri))
        assert items, uri
        for item in items:
            assert isinstance(item, (RawDocument, Failure))
            if isinstance(item, Failure):
                assert item.reason.startswith(item.source) and "\n" not in item.reason
    [locked] = read_input(str(folder / "locked"))
    assert locked.reason == f"{folder / 'locked'}: cannot be read (Permission denied)"
    [renamed] = read_input(f"{base}/renamed.warc.gz")
    assert renamed.reason == f"{base}/renamed.warc.gz: not a WARC/ARC file as its name says (it holds plain text)"
