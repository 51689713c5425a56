"""The outlet that wrote the article is never the via (own_outlet.py; docs/annotation.md, "via"):
"Pate also told Breitbart News he'd support ..." in a Breitbart article (PolNeAR train
breitbart_2016-01-01) is Pate's statement with no intermediary; the same sentence read with
no outlet, or in another outlet's article, keeps Breitbart News as the via."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from onrecord import extract
from onrecord.cli import app
from onrecord.evaluate.gold import parse_gold
from onrecord.evaluate.polnear import publisher_of
from onrecord.own_outlet import names_the_outlet, outlet_key

PATE = "Pate also told Breitbart News he’d support Democrat Hillary Clinton in a general election over Republican Trump."


def vias(outlet: str | None) -> list[str | None]:
    return [s.via.name if s.via else None for s in extract(PATE, published="2016-01-01", outlet=outlet).statements]


@pytest.mark.parametrize("outlet", ["Breitbart News", "Breitbart", "breitbart.com", "www.breitbart.com"])
def test_a_via_naming_the_articles_outlet_is_left_out(outlet):
    assert vias(outlet) == [None]


@pytest.mark.parametrize("outlet", [None, "", "The Washington Post", "BBC News"])
def test_another_outlet_or_none_keeps_the_via(outlet):
    assert vias(outlet) == ["Breitbart News"]


@pytest.mark.parametrize("via, outlet, same", [
    ("Reuters", "reuters.com", True),
    ("the BBC", "BBC News", True),
    ("The Associated Press", "Associated Press", True),
    ("BBC Radio 4's Today programme", "BBC News", False),  # a programme of the house names where it was said
    ("Fox News", "Fox Business", False),
    ("The News", "The News", False),  # nothing but generic words: no outlet to compare
])
def test_outlet_names_are_compared_without_generic_words(via, outlet, same):
    assert names_the_outlet(via, outlet) is same
    assert outlet_key("Breitbart News") == outlet_key("breitbart.com") == "breitbart"


def test_the_cli_takes_the_outlet_of_plain_text(tmp_path):
    path = tmp_path / "pate.txt"
    path.write_text(PATE, encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["extract", str(path), "--format", "json"])
    told = runner.invoke(app, ["extract", str(path), "--format", "json", "--outlet", "Breitbart News"])
    assert plain.exit_code == told.exit_code == 0, (plain.output, told.output)
    # json prints a list of articles, one per file
    assert [s["via"] for s in json.loads(told.stdout)[0]["statements"]] == [None]
    assert json.loads(plain.stdout)[0]["statements"][0]["via"]["name"] == "Breitbart News"


def test_gold_of_a_polnear_text_carries_its_publisher():
    assert publisher_of("breitbart_2016-01-01_jeb-bush-super-pac-chief-praises.txt") == "Breitbart News"
    assert publisher_of("nyt_2016-04-23_campaign-for-trump-says-he-ll-re.txt") == "The New York Times"
    gold = {"document": "../../../shared/data/polnear/train/text/breitbart_2016-01-01_x.txt", "statements": []}
    assert parse_gold(gold, "", source="x").outlet == "Breitbart News"
    assert parse_gold({**gold, "document": "../../../shared/data/bbc/politics/004.txt"}, "", source="y").outlet is None


def test_a_page_keeps_the_site_name_its_metadata_gives(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        '<html><head><meta property="og:site_name" content="Breitbart News"><title>Pate backs Clinton</title></head>'
        f"<body><article><h1>Pate backs Clinton</h1><p>{PATE}</p><p>{PATE}</p></article></body></html>",
        encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(page), "--format", "json", "--outlet", "The Washington Post"])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)
    assert article["outlet"] == "Breitbart News"
    assert {s["via"] is None for s in article["statements"]} == {True}
    assert extract(PATE, outlet="").outlet is None


@pytest.mark.parametrize("via, outlet, same", [
    # a page names itself by its domain (metadata.domain, no site name) or its name in full
    ("The New York Times", "nytimes.com", True),
    ("Los Angeles Times", "latimes.com", True),
    ("Fox News", "foxnews.com", True),
    ("Guardian", "theguardian.com", True),
    ("CNN", "edition.cnn.com", True),
    ("BBC", "British Broadcasting Corporation", True),  # the BBC's pages' site name
    ("CNN", "CNN.com International", True),
    ("Daily Telegraph", "Telegraph.co.uk", False),  # a paper of the house names where it was said
    ("Fox News", "Fox News Latino", False),
    ("NBC News", "cnn.com", False),
    # initials are matched only against a name written whole, never against the other's initials:
    # both names give "bn" and "bnews" (docs/engine.md, own_outlet._same)
    ("Breitbart News", "BBC News", False),
])
def test_a_page_s_domain_or_full_name_is_its_outlet(via, outlet, same):
    assert names_the_outlet(via, outlet) is same


def test_a_via_naming_the_page_s_domain_is_left_out():
    # the HTML path's Article.outlet is the page's domain where it names no site
    text = "Mr. Manafort told The New York Times that the campaign would change."
    assert [s.via for s in extract(text, published="2016-04-23", outlet="nytimes.com").statements] == [None]
    assert [s.via.name for s in extract(text, published="2016-04-23", outlet="washingtonpost.com").statements] == [
        "New York Times"]
