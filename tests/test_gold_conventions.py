"""benchmarks/gold_conventions.py: each construction is counted as kept or left out."""

from __future__ import annotations

import pytest
from conftest import load_script


@pytest.fixture(scope="module")
def conventions():
    return load_script("benchmarks/gold_conventions.py")


def _tokens(doc, phrase: str) -> tuple[int, int]:
    start = doc.text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    return span.start, span.end


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("Sanders, who has made the middle class a rallying cry, said the system is rigged.",
         "Sanders, who has made the middle class a rallying cry", ("relative clause", True)),
        ("Sanders, who has made the middle class a rallying cry, said the system is rigged.",
         "Sanders", ("relative clause", False)),
        ("Scott Pruitt, the Republican attorney general, said it was an invasion.",
         "Scott Pruitt, the Republican attorney general", ("apposition", True)),
        ("Scott Pruitt, the Republican attorney general, said it was an invasion.", "Scott Pruitt", ("apposition", False)),
        ("The system is rigged, said Sanders.", "The system is rigged", None),
    ],
)
def test_closing_constructions(nlp, conventions, text, span, expected):
    doc = nlp(text)
    assert conventions._closing(doc, *_tokens(doc, span)) == expected


def test_opening_conjunction(nlp, conventions):
    doc = nlp("But the campaign decided to change course, the source said.")
    assert conventions._opening_conjunction(doc, 0) is True
    assert conventions._opening_conjunction(doc, 1) is False
    assert conventions._opening_conjunction(doc, 2) is None
