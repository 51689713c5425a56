"""A relative time in an article without a publication date ("on Friday" in a BBC file,
pasted text) is kept without a date: in the schema, both stores, the exports, the API and
the pages, and it is scored by its words (docs/schema.md "When")."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import httpx
import pyarrow.parquet as pq
import pytest

from onrecord import extract
from onrecord.attribute.when import after_publication, resolve, same_time
from onrecord.cli.output import when_text
from onrecord.evaluate.corpus import when_fact
from onrecord.evaluate.fields import _when_right
from onrecord.schema import Article, When, article_id
from onrecord.serve import create_app
from onrecord.serve.background import serve_in_thread
from onrecord.store import SearchQuery, open_store
from onrecord.store.export import statement_records, write_csv, write_jsonl, write_parquet

# bbc/business/291.txt (development slice), which like every BBC file has no date
SPOKESWOMAN = ('"All we\'re saying today is that we have received the ruling and are reviewing it," '
               'a spokeswoman said on Friday.')


def undated_article() -> Article:
    return extract("Ruling reviewed\n\n" + SPOKESWOMAN, published=None)


@pytest.mark.parametrize("expression, precision", [
    ("on Friday", "day"), ("this week", "week"), ("last month", "month"), ("on Tuesday night", "day"),
])
def test_a_relative_time_without_a_publication_date_keeps_its_words(expression, precision):
    when = resolve(expression, None)
    assert (when.date, when.precision, when.expression) == (None, precision, expression)


@pytest.mark.parametrize("expression, date", [("on 3 March 2005", "2005-03-03"), ("in 1997", "1997-01-01")])
def test_an_absolute_time_still_resolves_without_a_publication_date(expression, date):
    assert str(resolve(expression, None).date) == date


def test_the_schema_round_trips_a_when_without_a_date():
    when = When(date=None, precision="day", expression="on Friday")
    assert When.model_validate_json(when.model_dump_json()) == when
    assert json.loads(when.model_dump_json())["date"] is None


def test_undated_times_compare_by_their_words_and_never_with_a_date():
    friday, fridays = resolve("on Friday", None), resolve("Friday's", None)
    assert same_time(friday, fridays) and not same_time(friday, resolve("on Monday", None))
    assert not same_time(friday, resolve("on Friday", dt.date(2005, 3, 4)))


def test_a_time_ahead_of_the_article_is_dropped_with_or_without_a_date():
    assert after_publication(resolve("next week", None), None)
    assert not after_publication(resolve("last week", None), None)
    assert after_publication(resolve("next week", dt.date(2005, 3, 4)), dt.date(2005, 3, 4))
    (s,) = extract("Headline\n\nThe company said next week it would cut jobs.", published=None).statements
    assert s.when is None


def test_a_statement_of_an_undated_bbc_file_keeps_on_friday(shared):
    text = (shared / "data" / "bbc" / "business" / "291.txt").read_text(encoding="utf-8", errors="replace")
    article = extract(text, published=None)
    (s,) = [s for s in article.statements if "reviewing it" in s.content.text]
    assert (s.when.date, s.when.precision, s.when.expression, s.when.span.text) == (None, "day", "on Friday", "on Friday")
    assert when_text(s) == "on Friday"


def test_both_stores_keep_an_undated_when_and_no_date_filter_matches_it(store_url):
    article = undated_article()
    with open_store(store_url) as store:
        store.add_articles([article])
        (s,) = store.article(article.id).statements
        assert (s.when.date, s.when.precision, s.when.expression, s.when.span.text) == (None, "day", "on Friday", "on Friday")
        assert [h.statement.when.expression for h in store.search(SearchQuery(q="ruling")).hits] == ["on Friday"]
        assert store.search(SearchQuery(q="ruling", since=dt.date(1000, 1, 1))).hits == []
        assert store.search(SearchQuery(q="ruling", until=dt.date(8999, 12, 31))).hits == []


def test_exports_give_the_phrase_and_no_date(tmp_path):
    article = undated_article()
    (record,) = statement_records([article])
    assert (record["when_date"], record["when_precision"], record["when_expression"]) == (None, "day", "on Friday")
    out = io.StringIO()
    write_csv([record], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["when_date"], row["when_expression"]) == ("", "on Friday")
    write_parquet([record], tmp_path / "s.parquet")
    (back,) = pq.read_table(tmp_path / "s.parquet").to_pylist()
    assert (back["when_date"], back["when_expression"]) == (None, "on Friday")
    out = io.StringIO()
    write_jsonl([article], out)
    assert Article.model_validate_json(out.getvalue().splitlines()[0]).statements[0].when.date is None


def test_the_api_and_the_article_page_show_the_phrase(tmp_path):
    token = "undated-token"
    text = "Ruling reviewed\n\n" + SPOKESWOMAN
    with serve_in_thread(create_app(f"sqlite:///{tmp_path / 'store.db'}", token=token)) as base, \
            httpx.Client(base_url=base, timeout=60) as client:
        r = client.post("/api/articles", json={"text": text}, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 201
        (when,) = [s["when"] for s in r.json()["statements"] if s["when"]]
        assert (when["date"], when["expression"]) == (None, "on Friday")
        html = client.get(f"/articles/{article_id(r.json()['text'])}").text
        assert '<span class="when-undated" title="no publication date to resolve it against">on Friday</span>' in html


@pytest.mark.parametrize("gold, pred, right", [
    (("on Friday", None), ("On Friday", None), True),
    (("on Friday", None), ("Friday's", None), True),
    (("last week", None), ("this week", None), False),
    (("on Friday", None), ("on Friday", "2005-03-04"), False),
    (("on Friday", None), None, False),
])
def test_an_undated_gold_when_is_right_with_the_same_words_and_no_date(gold, pred, right):
    g = when_fact(gold[1], "day" if "Friday" in gold[0] else "week", gold[0])
    p = None if pred is None else when_fact(pred[1], "day" if "Friday" in pred[0] else "week", pred[0])
    assert _when_right(g, p) is right
