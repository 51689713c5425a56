"""The HTML built in Python: statements highlighted in place, the timeline, snippets and
links. Articles are built by hand, so each case is exact."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from onrecord.schema import Article, Span, Speaker, Statement
from onrecord.serve.render import (
    highlight_article,
    safe_href,
    snippet_html,
    timeline_bars,
    timeline_svg,
    timeline_unit,
)
from onrecord.store.models import Snippet, StatementHit, WeekCount

TAGS = re.compile(r"<[^>]+>")


def _unescape(html: str) -> str:
    import html as h

    return h.unescape(TAGS.sub("", html))


def _article(text: str, *spans: tuple[int, int], cue: tuple[int, int] | None = None) -> Article:
    statements = [
        Statement(kind="direct", content=Span.of(text, s, e), speaker=Speaker(name="Ann Lee", type="person"),
                  cue=Span.of(text, *cue) if cue and k == 0 else None)
        for k, (s, e) in enumerate(spans)
    ]
    return Article(id="a" * 16, text=text, statements=statements)


def _plain(html: str) -> str:
    """The text a reader sees, without the speaker labels."""
    return _unescape(re.sub(r'<(a|span) class="who"[^>]*>.*?</\1>', "", html))


def test_text_survives_and_each_statement_has_one_head() -> None:
    text = 'Ann Lee said "we <b>will</b> win & go on." Then "more".'
    article = _article(text, (13, 42), (48, 54), cue=(8, 12))
    html = str(highlight_article(article))
    assert _plain(html) == text
    assert len(re.findall(r'<mark class="statement[^"]*" id="s-\d+"', html)) == 2
    assert "&lt;b&gt;will&lt;/b&gt;" in html and "<b>" not in html
    assert '<span class="cue" title="cue of statement 1">said</span>' in html


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 20), (5, 10)],          # nested
        [(0, 12), (6, 20)],          # crossing
        [(0, 12), (0, 12)],          # identical
        [(3, 3), (0, 25), (-4, 99)],  # empty, whole, out of range
    ],
)
def test_overlapping_spans_nest_and_keep_the_text(spans: list[tuple[int, int]]) -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    statements = [Statement(kind="direct", content=Span(start=max(s, 0), end=max(e, 0), text="x")) for s, e in spans]
    html = str(highlight_article(Article(id="b" * 16, text=text, statements=statements)))
    assert _plain(html) == text
    opened = re.findall(r"<(mark|span|a)\b", html)
    assert len(opened) == html.count("</mark>") + html.count("</span>") + html.count("</a>")
    heads = re.findall(r'id="s-(\d+)"', html)
    assert len(heads) == len(set(heads))
    nonempty = [i for i, (s, e) in enumerate(spans) if min(max(e, 0), 26) > min(max(s, 0), 26)]
    assert sorted(map(int, heads)) == nonempty


def test_hostile_text_is_escaped_everywhere() -> None:
    text = '"<script>alert(1)</script>" said <img src=x onerror=alert(2)>.'
    article = _article(text, (0, 28))
    article.statements[0].speaker.name = "<b>Evil</b>"
    html = str(highlight_article(article))
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_snippet_marks_are_escaped_and_phrases_joined() -> None:
    statement = Statement(kind="direct", content=Span(start=0, end=30, text="x"))
    hit = StatementHit(id=1, article_id="c" * 16, position=0, statement=statement,
                       snippet=Snippet(text="<i>no</i> significant progress", marks=[(3, 5), (10, 21), (22, 30)]))
    assert str(snippet_html(hit)) == "&lt;i&gt;<mark>no</mark>&lt;/i&gt; <mark>significant progress</mark>"


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://example.com/a", True), ("http://x.org", True), ("javascript:alert(1)", False),
     ("JAVASCRIPT:alert(1)", False), ("//evil.example", False), ("data:text/html,hi", False), (None, False), ("http://[::1", False)],
)
def test_only_http_links(url: str | None, ok: bool) -> None:
    assert (safe_href(url) is not None) is ok


def test_timeline_fills_empty_weeks() -> None:
    weeks = [WeekCount(week="2022-W10", start=dt.date(2022, 3, 7), count=2),
             WeekCount(week="2022-W13", start=dt.date(2022, 3, 28), count=5)]
    bars = timeline_bars(weeks)
    assert [b.count for b in bars] == [2, 0, 0, 5]
    svg = str(timeline_svg(weeks))
    assert svg.startswith("<svg") and svg.count("<rect") == 4 and "5 max" in svg


def test_long_timelines_are_binned() -> None:
    weeks = [WeekCount(week="1990-W01", start=dt.date(1990, 1, 1), count=1),
             WeekCount(week="2022-W12", start=dt.date(2022, 3, 21), count=3)]
    bars = timeline_bars(weeks)
    assert len(bars) == (2022 - 1990) * 12 + 3 and sum(b.count for b in bars) == 4
    assert timeline_unit(weeks) == "month"
    assert timeline_svg([]).startswith("<p")
