"""Boilerplate across a site's documents: recurring widgets marked, the site's real
articles (duplicates, follow-ups) left alone; clean_batch in input order."""

from __future__ import annotations

import json

import pytest

from onrecord.clean import CleanDocument, clean_batch, site_key
from onrecord.clean.boilerplate import boilerplate_ranges, cross_document_junk, normalise_line
from onrecord.read import read_documents
from onrecord.schema import Failure, RawDocument

WIDGET = ("Banking: India needs to \"conceive\" several reforms in the banking sector, Finance Minister "
          "Arun Jaitley told reporters on the sidelines of a banking retreat. Full Article")
BACKGROUND = ("The AirAsia group, including affiliates in Thailand, the Philippines and India, had not "
              "suffered a crash since its Malaysian budget operations began in 2002.")


def story(n: int, *extra: str) -> str:
    body = [f"Paragraph {k} of story {n}: the minister said that talks on item {k} would resume, "
            f"officials told reporters in the capital on day {n}." for k in range(6)]
    return "\n\n".join([f"Headline number {n}", *body, *extra])


def test_short_widget_lines_recurring_across_a_site_are_junk():
    texts = [story(n, "Trending On Reuters", "Sign in to comment") for n in range(4)]
    junk = cross_document_junk({"reuters.com": texts})["reuters.com"]
    assert {"trending on reuters", "sign in to comment"} <= junk
    assert not any(line.startswith("paragraph") for line in junk)


def test_long_widget_line_needs_many_pages():
    few = cross_document_junk({"s": [story(n, WIDGET) for n in range(4)]})["s"]
    many = cross_document_junk({"s": [story(n, WIDGET) for n in range(6)]})["s"]
    assert normalise_line(WIDGET) not in few
    assert normalise_line(WIDGET) in many


def test_follow_up_stories_keep_their_shared_background_paragraph():
    texts = [story(n, BACKGROUND) for n in range(3)] + [story(9)]
    assert cross_document_junk({"s": texts})["s"] == set()


def test_the_same_story_fetched_three_times_is_one_document():
    same = story(1, "Day of mourning", "Planes, trains ...")
    texts = [same, same.replace("Headline number 1", "Headline number 1 (updated)"), same, story(2)]
    assert cross_document_junk({"s": texts})["s"] == set()



def test_same_stories_are_found_as_comparing_every_pair_finds_them():
    # _distinct compares a page only with the kept pages that share a paragraph with it;
    # every pair compared (what it did before) must keep the same pages: here stories
    # fetched again whole, with a paragraph dropped (Jaccard 5/6), with three of six
    # dropped (3/6, still the same), with four dropped (2/6, another document), and
    # follow-ups sharing one background paragraph (1/7)
    from onrecord.clean.boilerplate import _MAX_REPEATED_WORDS, _SAME_STORY, _distinct, _jaccard, iter_lines

    def pairwise(documents):
        kept = []
        for lines in documents:
            paragraphs = {line for line in lines if len(line.split()) > _MAX_REPEATED_WORDS}
            if not any(_jaccard(paragraphs, other) >= _SAME_STORY for _, other in kept):
                kept.append((lines, paragraphs))
        return [lines for lines, _ in kept]

    def cut(text, drop):
        return "\n\n".join(line for k, line in enumerate(text.split("\n\n")) if k - 1 not in drop)

    texts = []
    for n in range(12):
        texts += [story(n, BACKGROUND), story(n + 100), cut(story(n), {n % 6}), cut(story(n), {0, 2, 4}),
                  cut(story(n), {0, 1, 2, 3}), story(n, "Sign in to comment")]
    documents = [{normalise_line(t[s:e]) for s, e in iter_lines(t)} - {""} for t in texts]
    kept = _distinct(documents)
    assert kept == pairwise(documents)
    assert 12 < len(kept) < len(documents)

def test_real_pages_of_one_site_share_a_site_key_and_keep_their_text(shared):
    html = shared / "data" / "news-html"
    paths = sorted(html.glob("*/tests/data/html/reuters.com*.html")) + sorted(html.glob("*/tests/data/html/cleveland.com*.html"))
    items = list(clean_batch(read_documents([str(p) for p in paths])))
    assert all(isinstance(i, CleanDocument) for i in items) and len(items) == 7
    keys = {site_key(i) for i in items}
    # The pages call themselves "ReutersIndia" and "Reuters_Co_Uk": one site all the same.
    assert keys == {"domain:reuters.com", "domain:cleveland.com"}
    # cleveland.com1 is in both folders: the duplicate must not turn its lines into junk.
    for document in items:
        assert document.junk == tuple(boilerplate_ranges(document.text))


def test_batch_marks_a_scrapers_junk_across_plain_text_files(tmp_path):
    widget = ["Oops! The video could not load", "Manage your account"]
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text(f"Title {n}\n\n" + "\n".join(widget) + "\n\n" + story(n))
    items = list(clean_batch(read_documents([str(tmp_path)])))
    assert [i.source for i in items] == [str(tmp_path / f"{n}.txt") for n in range(4)]
    for document in items:
        assert document.text == (tmp_path / document.source.rsplit("/", 1)[1]).read_text()
        junk = {document.text[s:e] for s, e in document.junk}
        assert "Manage your account" in junk


def test_failures_pass_through_in_order(tmp_path):
    (tmp_path / "a.txt").write_text("first")
    items = list(clean_batch([Failure("x", "read", "x: gone"), RawDocument(source="a.txt", text="first"),
                              RawDocument(source="p.html", html="<html><body></body></html>")], window=2))
    assert [type(i).__name__ for i in items] == ["Failure", "CleanDocument", "Failure"]
    assert items[2].skipped and items[2].stage == "clean"


@pytest.mark.parametrize(
    ("document", "key"),
    [
        (CleanDocument("a", "t", url="https://uk.reuters.com/x"), "domain:reuters.com"),
        (CleanDocument("a", "t", url="http://news.bbc.co.uk/2/hi"), "domain:bbc.co.uk"),
        (CleanDocument("a", "t", outlet="The Gazette"), "outlet:the gazette"),
        (CleanDocument("crawl.warc.gz#record=3", "t"), "file:crawl.warc.gz"),
        (CleanDocument("export.jsonl:17", "t"), "file:export.jsonl"),
        (CleanDocument("pages/yahoo/a.txt", "t"), "folder:pages/yahoo"),
    ],
)
def test_site_key(document, key):
    assert site_key(document) == key


def test_polnear_train_gold_statements_never_fall_in_site_junk(shared):
    # The calibration of cross_document_junk: windows of PolNeAR train articles per outlet
    # (as a crawl of each would come), and not one gold attribution inside a junk line.
    rows = [json.loads(line) for line in (shared / "data" / "polnear" / "train.jsonl").open(encoding="utf-8")]
    by_outlet: dict[str, list[dict]] = {}
    for row in rows:
        if row["primary"]:
            by_outlet.setdefault(row["publisher"], []).append(row)
    marked = 0
    for outlet, articles in by_outlet.items():
        junk = cross_document_junk({outlet: [a["text"] for a in articles]})[outlet]
        marked += len(junk)
        for article in articles:
            ranges = boilerplate_ranges(article["text"], junk)
            for attribution in article["attributions"]:
                for part in attribution.get("content") or []:
                    assert not any(s < part["end"] and part["start"] < e for s, e in ranges), (outlet, part["text"])
    assert marked >= 2  # NYT's "Abstract." and "Full Text." lines are found
