"""Readers: every format told from its content, documents named precisely, bad input a
Failure with a one-line reason and never an exception."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from onrecord.read import read_documents
from onrecord.read.sniff import Kind, sniff
from onrecord.read.text import decode_bytes, decode_references, read_bytes, read_text_file
from onrecord.schema import Failure, RawDocument

PAGE = b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head>
<body><article><p>The minister said the bridge would reopen.</p></article></body></html>"""


def read(*sources: str | Path) -> list[RawDocument | Failure]:
    return list(read_documents([str(s) for s in sources]))


def documents(items):
    return [i for i in items if isinstance(i, RawDocument)]


def failures(items):
    return [i for i in items if isinstance(i, Failure)]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x1f\x8b\x08\x00", Kind.GZIP),
        (b"WARC/1.0\r\nWARC-Type: warcinfo", Kind.WARC),
        (b"WARC/1.1\r\n", Kind.WARC),
        (b"filedesc://x.arc 0.0.0.0 2014 text/plain 75", Kind.ARC),
        (b"<!DOCTYPE html><html>", Kind.HTML),
        (b"  \n<html lang=en>", Kind.HTML),
        (b"\xef\xbb\xbf<!doctype html>", Kind.HTML),
        (b"<?xml version='1.0'?><html xmlns=...>", Kind.HTML),
        (b"Warning: session_start() in x.php\n<!DOCTYPE html><html>", Kind.HTML),
        (b'{"text": "a"}\n{"text": "b"}\n', Kind.JSONL),
        (b"Kremlin: no progress\n\nThe Kremlin said...", Kind.TEXT),
        (b"PK\x03\x04\x14\x00", Kind.ZIP),
        (b"", Kind.EMPTY),
    ],
)
def test_sniff_tells_formats_by_content(head, kind):
    assert sniff(head) is kind


def test_plain_text_is_kept_exactly(tmp_path):
    raw = "Title line\r\n\r\n  \u201cQuote,\u201d he said.\t \n\nOops!\n\u00a0trailing  "
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    (doc,) = read(tmp_path / "a.txt")
    assert doc.text == raw and doc.html is None and doc.source == str(tmp_path / "a.txt")


_TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff") | st.sampled_from("\n\r\t ")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(_TEXT_CHARS, max_size=300))
@example(text="{}\n0")
def test_property_any_plain_text_round_trips_byte_exact(tmp_path, text):
    data = text.encode("utf-8")
    (tmp_path / "p.txt").write_bytes(data)
    items = read(tmp_path / "p.txt")
    kind = sniff(data)
    if kind is Kind.JSONL:
        # "{}\n0": a text that opens on a JSON object is read as JSON lines, one item (an
        # article or a failure with its reason) per line, none lost
        assert items
        return
    assert len(items) == 1
    if kind in (Kind.TEXT, Kind.EMPTY):
        # exact but for HTML character references, which the reader decodes
        assert items[0].text == decode_references(text)


# bbc/business/210 and bbc/politics/177 (copied from pages' source): "communiqu&#233;", "F&#244;n"
_BBC_G7 = ('"This is the first time there has been a mention of the use of gold in a G7 communiqu&#233; for '
           'achieving debt relief," said UK Chancellor of the Exchequer Gordon Brown.')
_BBC_FON = "As a solicitor, Elfyn Llwyd represented Welsh singer Bryn F&#244;n when he was arrested."


@pytest.mark.parametrize(
    "raw, expected",
    [
        (_BBC_G7, _BBC_G7.replace("&#233;", "é")),
        (_BBC_FON, "As a solicitor, Elfyn Llwyd represented Welsh singer Bryn Fôn when he was arrested."),
        ("Tom &amp; Jerry&#x2019;s Q&amp;A with Jos&eacute;", "Tom & Jerry’s Q&A with José"),
        # a literal "&" in prose, and names HTML does not define, stay as written
        ("AT&T, R&D; Marks & Spencer &madeup; &amp without its semicolon",
         "AT&T, R&D; Marks & Spencer &madeup; &amp without its semicolon"),
    ],
)
def test_plain_text_character_references_are_decoded(tmp_path, raw, expected):
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    (doc,) = read(tmp_path / "a.txt")
    assert doc.text == expected


def test_html_by_content_whatever_the_name(tmp_path):
    (tmp_path / "saved-page").write_bytes(PAGE)
    (doc,) = read(tmp_path / "saved-page")
    assert doc.html is not None and doc.text is None and "bridge" in doc.html


def test_html_charset_from_meta(tmp_path):
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>' \
           "<body><p>\u201cCaf\u00e9,\u201d she said.</p></body></html>"
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    (doc,) = read(tmp_path / "p.html")
    assert "\u201cCaf\u00e9,\u201d" in doc.html


def test_jsonl_fields_and_line_names(tmp_path):
    lines = [
        {"text": "Plain text, kept.\n", "url": "https://example.com/a", "title": "A", "published": "2022-03-21",
         "outlet": "Example"},
        {"html": PAGE.decode(), "published": "2022-03-21T10:00:00+02:00"},
        {"text": "Feed date.", "published": "Mon, 21 Mar 2022 10:00:00 GMT"},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    a, b, c = read(path)
    assert (a.source, a.text, a.url, a.title, a.outlet, str(a.published)) == (
        f"{path}:1", "Plain text, kept.\n", "https://example.com/a", "A", "Example", "2022-03-21")
    assert b.source == f"{path}:2" and b.html and b.text is None and str(b.published) == "2022-03-21"
    assert str(c.published) == "2022-03-21"


def test_gzip_jsonl_with_a_bad_line_goes_on(tmp_path):
    rows = [json.dumps({"text": "one"}), "{not json", "", json.dumps({"text": "three"}), json.dumps([1, 2]),
            json.dumps({"title": "no text"}), json.dumps({"text": 5}), json.dumps({"text": "x", "published": "soon"})]
    path = tmp_path / "export.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(rows).encode()))
    items = read(path)
    assert [d.source for d in documents(items)] == [f"{path}:1", f"{path}:4"]
    bad = {f.source: f.reason for f in failures(items)}
    assert set(bad) == {f"{path}:{n}" for n in (2, 5, 6, 7, 8)}
    assert all(reason.startswith(source) and "\n" not in reason for source, reason in bad.items())
    assert "not a date" in bad[f"{path}:8"] and "must be a string" in bad[f"{path}:7"]
    assert not any(f.skipped for f in failures(items))


@pytest.mark.parametrize(
    ("document", "indent"),
    [({"text": "a", "title": "b"}, 2), ([{"text": "a"}, {"text": "b"}], 2), ([{"text": "a"}], None)],
)
def test_a_json_document_is_one_failure_not_one_per_line(tmp_path, document, indent):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(document, indent=indent))
    (failure,) = read(path)
    assert "not JSON lines" in failure.reason


def test_a_line_names_one_document_for_a_retry(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps({"text": f"article {n}"}) for n in range(1, 6)))
    (doc,) = read(f"{path}:4")
    assert doc.text == "article 4" and doc.source == f"{path}:4"
    (missing,) = read(f"{path}:9")
    assert isinstance(missing, Failure)


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "page_files").mkdir()
    (tmp_path / "z.txt").write_text("last")
    (tmp_path / "b" / "2.txt").write_text("b2")
    (tmp_path / "b" / "1.html").write_bytes(PAGE)
    (tmp_path / "a" / "x.jsonl").write_text('{"text": "a1"}\n{"text": "a2"}\n')
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "page_files" / "style.css").write_text("body { color: red }")
    (tmp_path / "page_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    sources = [d.source for d in read(tmp_path)]
    assert sources == [f"{tmp_path}/a/x.jsonl:1", f"{tmp_path}/a/x.jsonl:2", f"{tmp_path}/b/1.html",
                       f"{tmp_path}/b/2.txt", f"{tmp_path}/z.txt"]
    assert sources == [d.source for d in read(tmp_path)]


def test_standard_input(monkeypatch):
    data = gzip.compress(b'{"text": "from a pipe"}\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = read("-")
    assert doc.text == "from a pipe" and doc.source == "-:1"


def test_empty_file_is_an_empty_article(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (doc,) = read(tmp_path / "empty.txt")
    assert doc.text == ""


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ("pages.zip", b"PK\x03\x04" + bytes(100), "zip archives are not read"),
        ("cut.txt.gz", gzip.compress(" ".join(str(n * 7919 % 10007) for n in range(5000)).encode())[:2000],
         "damaged gzip"),
        ("notgzip.gz", b"\x1f\x8b\x08\x00garbage", "damaged gzip"),
    ],
)
def test_bad_files_are_one_line_failures(tmp_path, name, data, fragment):
    (tmp_path / name).write_bytes(data)
    items = read(tmp_path / name)
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert fragment in items[0].reason and "\n" not in items[0].reason


def test_missing_file_and_the_rest_go_on(tmp_path):
    (tmp_path / "ok.txt").write_text("fine")
    missing, ok = read(tmp_path / "missing.txt", tmp_path / "ok.txt")
    assert "no such file" in missing.reason and ok.text == "fine"


def test_size_limit_applies_to_one_document_not_to_a_container(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_MAX_DOCUMENT_BYTES", "100")
    (tmp_path / "big.txt").write_text("word " * 100)
    (tmp_path / "many.jsonl").write_text("\n".join(json.dumps({"text": f"a{n}"}) for n in range(50)))
    big, *lines = read(tmp_path / "big.txt", tmp_path / "many.jsonl")
    assert isinstance(big, Failure) and "100 bytes" in big.reason
    assert len(documents(lines)) == 50


def test_text_helpers_still_work(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("caf\xe9".encode("latin-1"))
    assert read_text_file(str(path)) == ("café", "cp1252")
    assert read_bytes(str(path)) == b"caf\xe9"
    assert decode_bytes(b"\xef\xbb\xbfhi") == ("hi", "utf-8")


# -- inputs a data team meets (issue 15) ---------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_text_and_pages_with_a_wide_byte_order_mark_decode(tmp_path, encoding):
    text = "Peskov said the talks — «difficult» — would go on next week.\n"
    page = f"<html><head><title>Talks</title></head><body><p>{text}</p></body></html>"
    # the -le/-be codecs write no mark: prepend it as Windows tools do
    mark = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}.get(encoding, b"")
    (tmp_path / "a.txt").write_bytes(mark + text.encode(encoding))
    (tmp_path / "b.html").write_bytes(mark + page.encode(encoding))
    plain, html = read(tmp_path / "a.txt", tmp_path / "b.html")
    assert isinstance(plain, RawDocument) and plain.text == text
    assert isinstance(html, RawDocument) and html.html == page


def test_a_wide_mark_before_bytes_that_do_not_decode_is_refused(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8" * 10)  # lone surrogates
    (failure,) = read(tmp_path / "bad.txt")
    assert isinstance(failure, Failure) and "not valid utf-16" in failure.reason


def test_published_outside_the_supported_dates_is_a_one_line_failure(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": "The minister said talks resume next week.", "published": "9999-12-31"}) + "\n"
        + json.dumps({"text": "The minister said talks resume next week.", "published": "2022-03-21"}) + "\n",
        encoding="utf-8",
    )
    bad, good = read(tmp_path / "a.jsonl")
    assert isinstance(bad, Failure) and "outside the supported dates" in bad.reason and "\n" not in bad.reason
    assert isinstance(good, RawDocument)


def test_the_library_refuses_a_date_it_cannot_resolve_against():
    import datetime as dt

    from onrecord import extract
    from onrecord.errors import ConfigError

    for published in ("9999-12-31", dt.date(9999, 12, 31), dt.date(1, 1, 1)):
        with pytest.raises(ConfigError, match="publication dates from 1000-01-01 to 8999-12-31"):
            extract("The minister said talks resume next week.", published=published)


def test_empty_documents_are_skipped_by_cleaning():
    from onrecord.clean import clean_document

    for text in ("", " \n\t "):
        skipped = clean_document(RawDocument(source="e.txt", text=text))
        assert isinstance(skipped, Failure) and skipped.skipped and skipped.stage == "clean"
        assert skipped.reason == "e.txt: the document is empty (no text, or only white space)"


def test_control_characters_counted_in_one_scan_as_the_character_loop_counted_them():
    # (stop 39: a regex scan replaced a Python step per character; the same characters count)
    from onrecord import errors
    from onrecord.read.text import _CONTROLS, reject_binary_text

    sample = "".join(chr(i) for i in range(40)) + "Tabs\tlines\nfeeds\fand returns\r are text ’ 😀"
    assert len(_CONTROLS.findall(sample)) == sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f") == 28
    reject_binary_text("A page\twith tabs,\fform feeds\r\nand lines.\n" * 50, source="page.txt")  # text: no error
    with pytest.raises(errors.InputError):
        reject_binary_text("PK\x03\x04\x00\x00\x08\x00" * 50, source="archive.zip")
