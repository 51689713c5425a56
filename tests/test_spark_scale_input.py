"""benchmarks/spark_scale.py's input: issue 14 counts core-hours per million 600-word
articles, so the timed BBC pages are the articles of 470-900 body words, each text once,
in corpus order, and no warm-up page repeats a timed text; ``--input first`` keeps the
earlier input (the first articles, whatever their length)."""

from __future__ import annotations

import pytest
from conftest import load_script


@pytest.fixture(scope="module")
def scale():
    return load_script("benchmarks/spark_scale.py")


def _article(name: str, words: int, word: str = "said") -> tuple[str, str, str]:
    return ("business", name, "A headline\n" + " ".join([word] * words))


def test_near_600_takes_the_band_in_order_each_text_once(scale):
    articles = [_article("001", 300), _article("002", 600), _article("003", 470), _article("004", 600),
                _article("005", 901), _article("006", 900, "told"), _article("007", 200)]
    timed, others = scale.timed_articles(articles, "near-600", 3)
    assert [a[1] for a in timed] == ["002", "003", "006"]  # 004 repeats 002's text word for word
    assert [a[1] for a in others] == ["001", "005", "007"]  # 004 is no warm-up page either: 002's caches


def test_near_600_refuses_more_than_the_band_holds(scale):
    with pytest.raises(SystemExit, match="only 1 BBC articles of 470-900 words"):
        scale.timed_articles([_article("001", 600), _article("002", 100)], "near-600", 2)


def test_first_is_the_earlier_input(scale):
    articles = [_article(f"{n:03d}", 100 * n) for n in range(1, 6)]
    timed, others = scale.timed_articles(articles, "first", 2)
    assert ([a[1] for a in timed], [a[1] for a in others]) == (["001", "002"], ["003", "004", "005"])
    assert scale.body_words("Title line\none two  three\nfour") == 4
