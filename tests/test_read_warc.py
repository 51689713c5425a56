"""WARC and ARC: pages become documents named by record, other responses recorded skips,
and damaged files a Failure, never an exception (warcio's own malformed test files)."""

from __future__ import annotations

import gzip
import io
import sys

import pytest
from conftest import SHARED

from onrecord.read import read_documents
from onrecord.schema import Failure, RawDocument

WARCIO_FILES = sorted((SHARED / "data" / "warc" / "warcio" / "test" / "data").glob("*"))


def read(*sources) -> list:
    return list(read_documents([str(s) for s in sources]))


@pytest.mark.parametrize("path", WARCIO_FILES, ids=lambda p: p.name)
def test_every_warcio_test_file_ends_as_documents_failures_or_skips(shared, path, capfd):
    items = read(path)
    assert items, "a file must leave a trace: documents, a failure or a skip"
    for item in items:
        assert isinstance(item, (RawDocument, Failure))
        assert item.source.startswith(str(path))
        if isinstance(item, Failure):
            assert item.reason.startswith(item.source) and "\n" not in item.reason
        else:
            assert item.html and "#record=" in item.source
    assert "WARNING" not in capfd.readouterr().err  # warcio's multi-line notes stay off the terminal


def test_warcio_test_files_give_the_expected_outcomes(shared):
    data = SHARED / "data" / "warc" / "warcio" / "test" / "data"
    outcome = {p.name: read(p) for p in WARCIO_FILES}
    (page,) = [i for i in outcome["example.warc.gz"] if isinstance(i, RawDocument)]
    assert page.url == "http://example.com/" and "Example Domain" in page.html
    assert page.source == f"{data / 'example.warc.gz'}#record=3"
    (revisit,) = [i for i in outcome["example.warc.gz"] if isinstance(i, Failure)]
    assert revisit.skipped and "revisit" in revisit.reason
    (only_requests,) = outcome["example-digest.warc"]
    assert only_requests.skipped and "no pages" in only_requests.reason and "4 request" in only_requests.reason
    assert all(i.skipped and "application/json" in i.reason for i in outcome["post-test.warc.gz"])
    arc_pages = [i for i in outcome["example.arc.gz"] if isinstance(i, RawDocument)]
    assert [p.url for p in arc_pages] == ["http://example.com/"]
    assert any("302" in i.reason for i in outcome["example-bad.warc.gz.bad"] if isinstance(i, Failure))


def test_aeb_news_warc_yields_50_pages_and_two_recorded_skips(shared):
    path = shared / "data" / "warc" / "aeb_news_50.warc.gz"
    items = read(path)
    pages = [i for i in items if isinstance(i, RawDocument)]
    skips = [i for i in items if isinstance(i, Failure)]
    assert len(pages) == 50 and all(p.html and p.url and p.text is None for p in pages)
    assert len({p.source for p in pages}) == 50
    assert pages[0].source == f"{path}#record=3"
    assert pages[0].url.startswith("https://www.wsj.com/articles/")
    assert pages[0].metadata["warc_record_id"].startswith("<urn:uuid:")
    assert len(skips) == 2 and all(s.skipped and s.stage == "read" for s in skips)
    assert "application/json is not HTML" in skips[0].reason
    assert "HTTP status 404" in skips[1].reason


def test_a_record_name_reads_that_record_alone(shared):
    path = shared / "data" / "warc" / "aeb_news_50.warc.gz"
    (page,) = read(f"{path}#record=5")
    assert page.source == f"{path}#record=5" and page.url.startswith("https://www.ctpost.com/")
    (skip,) = read(f"{path}#record=54")
    assert skip.skipped and "404" in skip.reason


def test_truncated_warc_keeps_the_pages_before_the_damage(shared, tmp_path):
    whole = gzip.decompress((shared / "data" / "warc" / "aeb_news_50.warc.gz").read_bytes())
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: len(whole) // 2])
    items = read(cut)
    pages = [i for i in items if isinstance(i, RawDocument)]
    assert 10 < len(pages) < 50
    assert isinstance(items[-1], Failure) and not items[-1].skipped
    assert "#record=" in items[-1].source


def test_truncated_gzip_of_a_warc_is_a_failure(shared, tmp_path):
    data = (shared / "data" / "warc" / "aeb_news_50.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 3])
    items = read(cut)
    assert isinstance(items[-1], Failure) and not items[-1].skipped
    assert any(isinstance(i, RawDocument) for i in items)


def test_garbage_after_the_header_is_a_failure(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nContent-Length: nonsense\r\n\r\n" + bytes(range(256)) * 20)
    items = read(path)
    assert items and all(isinstance(i, Failure) for i in items)


def test_a_file_that_ends_inside_a_record_fails_that_record(shared):
    # bbc.warc's one record declares 43,428 bytes and the file holds 26,615: storing the
    # half page as an article would block the whole one when the file is fetched again.
    (failure,) = read(shared / "data" / "warc" / "bbc.warc")
    assert failure.source.endswith("bbc.warc#record=1") and "cut short" in failure.reason
    assert not failure.skipped


def test_warc_from_standard_input(shared, monkeypatch):
    data = (shared / "data" / "warc" / "warcio" / "test" / "data" / "example.warc.gz").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    page, revisit = read("-")
    assert page.source == "-#record=3" and page.url == "http://example.com/"
    assert revisit.source == "-#record=5" and revisit.skipped
