"""The model case: every required statement of the hand-made seed gold, and the notes'
"must not happen" list, on the bundled example article."""

from __future__ import annotations

import json

import pytest

from onrecord import extract
from onrecord.clean.boilerplate import boilerplate_ranges

PUBLISHED = "2022-03-21"
PRONOUNS = {"he", "she", "it", "they", "him", "her", "we", "i", "who"}


@pytest.fixture(scope="module")
def gold(shared):
    return json.loads((shared / "seed" / "kremlin-2022-03-21.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def article(kremlin_text):
    return extract(kremlin_text, published=PUBLISHED)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _match(article, item):
    content = item["content"]
    best = max(
        article.statements,
        key=lambda s: _overlap(s.content.start, s.content.end, content["start"], content["end"]),
        default=None,
    )
    assert best is not None
    covered = _overlap(best.content.start, best.content.end, content["start"], content["end"])
    assert covered / (content["end"] - content["start"]) > 0.8, f"no statement covers {content['text']!r}"
    return best


def test_example_is_the_seed_article(shared, kremlin_text):
    assert kremlin_text == (shared / "seed" / "kremlin-2022-03-21.txt").read_text(encoding="utf-8")


def test_every_required_gold_statement(article, gold):
    for item in gold["statements"]:
        if item.get("optional"):
            continue
        found = _match(article, item)
        label = item["content"]["text"][:50]
        assert found.speaker.name == item["speaker"], label
        assert found.speaker.type == item["speaker_type"], label
        assert found.kind == item["kind"], label
        if item["cue"] is None:
            assert found.cue is None, label
        else:
            assert found.cue is not None and item["cue"] in found.cue.text.split(), label
        assert (found.via.name if found.via else None) == item.get("via"), label
        if "when" in item:
            assert found.when is not None, label
            assert (str(found.when.date), found.when.precision) == (item["when"]["date"], item["when"]["precision"]), label
            assert found.when.expression == item["when"]["expression"], label
        else:
            assert found.when is None, label
        for key in ("title", "affiliation"):
            if key in item:
                assert getattr(found.speaker, key) == item[key], label
        if "speaker_mention" in item:
            assert found.speaker.mention is not None and found.speaker.mention.text == item["speaker_mention"], label


def test_demand_fragments_are_not_vereshchuks(article, kremlin_text):
    for fragment in ("lay down your arms", "guaranteed safe passage out of Mariupol"):
        start = kremlin_text.index(fragment)
        for s in article.statements:
            if s.content.start <= start < s.content.end:
                assert s.speaker.name != "Iryna Vereshchuk", fragment


def test_reuters_is_only_ever_via(article):
    assert all(s.speaker.name != "Reuters" for s in article.statements)
    assert sum(1 for s in article.statements if s.via and s.via.name == "Reuters") >= 4


def test_nothing_from_the_oops_lines(article, kremlin_text):
    junk = boilerplate_ranges(kremlin_text)
    assert junk, "the Oops lines are recognised as boilerplate"
    assert all("Oops" in kremlin_text[s:e] or "wrong" in kremlin_text[s:e] or "later" in kremlin_text[s:e] for s, e in junk)
    for s in article.statements:
        spans = [s.content, s.cue, s.speaker.mention]
        for span in filter(None, spans):
            assert not any(_overlap(span.start, span.end, a, b) for a, b in junk)


def test_no_pronoun_is_a_speaker_name(article):
    for s in article.statements:
        assert s.speaker.name is None or s.speaker.name.lower() not in PRONOUNS


def test_he_added_is_bennett_and_last_week_is_march_14(article):
    added = next(s for s in article.statements if s.cue and s.cue.text == "added")
    assert added.speaker.name == "Naftali Bennett"
    assert added.speaker.mention.text == "he"
    last_week = [s for s in article.statements if s.when and s.when.expression == "last week"]
    assert last_week and all(str(s.when.date) == "2022-03-14" and s.when.precision == "week" for s in last_week)


def test_explanation_says_how_a_pronoun_was_resolved(article):
    added = next(s for s in article.statements if s.cue and s.cue.text == "added")
    assert added.explanation == "verb-clause; speaker by pronoun-speaker"
    named = next(s for s in article.statements if s.speaker.mention and s.speaker.mention.text == "Peskov")
    assert "speaker by" not in named.explanation
