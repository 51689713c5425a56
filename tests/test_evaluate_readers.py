"""The PolNeAR reader on real dev articles, the gold reader on the seed, and bad input."""

from __future__ import annotations

import json

import pytest

from onrecord.errors import ConfigError, InputError
from onrecord.evaluate import read_gold, read_polnear
from onrecord.evaluate.polnear import is_held_out
from onrecord.evaluate.spans import render

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def polnear_dev(shared):
    return read_polnear(shared / "data" / "polnear", split="dev", limit=2)


def test_polnear_first_dev_articles(polnear_dev):
    first, second = polnear_dev
    assert first.id == "breitbart_2016-09-12_stealth-over-health-hillary-clin_ef2d"
    assert len(first.attributions) == 6 and not first.has_names
    post = first.attributions[0]
    assert (render(first.text, post.source), render(first.text, post.cue)) == ("The New York Post", "reports")
    assert str(first.published) == "2016-09-12"
    # discontinuous contents stay lists of segments: "…,” said Caddell. “…"
    quoted = next(a for a in second.attributions if a.label.endswith("#E3"))
    assert quoted.content == ((315, 448), (463, 553))
    assert render(second.text, quoted.source) == "Caddell"


def test_polnear_keeps_only_the_primary_annotator(shared):
    documents = read_polnear(shared / "data" / "polnear", split="dev")
    assert len(documents) == 84
    assert len({d.id.rsplit("_", 1)[0] for d in documents}) == 84


def test_polnear_held_out_part_of_train_is_a_fixed_rule_on_the_name(shared):
    root = shared / "data" / "polnear"
    held = read_polnear(root, split="train", held_out=True)
    fitted = read_polnear(root, split="train", held_out=False)
    assert (len(held), len(fitted)) == (32, 840 - 32)
    assert not {d.id for d in held} & {d.id for d in fitted}
    # the rule reads the article's name (the doc id without its annotator), nothing else
    assert all(is_held_out(d.id.rsplit("_", 1)[0]) for d in held)
    assert not any(is_held_out(d.id.rsplit("_", 1)[0]) for d in fitted)


def test_polnear_attributions_without_source_or_content(shared):
    documents = read_polnear(shared / "data" / "polnear", split="dev")
    assert any(not a.source for d in documents for a in d.attributions)
    dropped = [x for d in documents for x in d.dropped]
    assert dropped == ["breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-_ef2d#E21: no content"]


def test_polnear_missing_split_and_bad_lines(tmp_path):
    with pytest.raises(InputError, match="no PolNeAR dev split here"):
        read_polnear(tmp_path, split="dev")
    with pytest.raises(ConfigError):
        read_polnear(tmp_path, split="test")
    (tmp_path / "dev.jsonl").write_text('{"primary": true, "doc_id": "x", "text": "abc"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"dev.jsonl:2: not valid JSON"):
        read_polnear(tmp_path, split="dev")


def test_gold_reader_on_the_seed(shared):
    document = read_gold(shared / "seed" / "kremlin-2022-03-21.gold.json")
    items = document.attributions
    assert len(items) == 16 and sum(a.optional for a in items) == 2
    assert document.has_names and str(document.published) == "2022-03-21"
    shown = {a.label.split("#")[1]: (render(document.text, a.source), render(document.text, a.cue), a.speaker) for a in items}
    assert shown["1"] == ("The Kremlin", "said", "Kremlin")
    assert shown["2"] == ("Kremlin spokesman Dmitry Peskov", "told", "Dmitry Peskov")
    assert shown["4"] == ("Peskov", "said", "Dmitry Peskov")
    assert shown["5"] == ("-", "-", "Dmitry Peskov")            # floating: no cue, no source span
    assert shown["7"] == ("Moscow", "has said", "Moscow")       # cue widened over the auxiliary
    assert shown["13"] == ("he", "added", "Naftali Bennett")    # speaker_mention wins
    assert shown["16"][0] == "Ukrainian Deputy Prime Minister Iryna Vereshchuk"


def _gold_file(tmp_path, statements, text="Peskov said that talks go on."):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps({"document": "a.txt", "statements": statements}), encoding="utf-8")
    return path


def test_gold_explicit_spans_win(tmp_path):
    path = _gold_file(tmp_path, [{"speaker": "Dmitry Peskov", "cue": "said", "content": {"start": 12, "end": 28},
                                  "speaker_span": {"start": 0, "end": 6}, "cue_span": {"start": 7, "end": 11}}])
    (item,) = read_gold(path).attributions
    assert (item.source, item.cue, item.content) == (((0, 6),), ((7, 11),), ((12, 28),))


@pytest.mark.parametrize(("content", "error"), [
    ({"start": 12, "end": 28, "text": "not the text"}, "text does not match offsets 12-28"),
    ({"start": 12, "end": 999}, "outside the 29-character text"),
    ({"start": "12", "end": 28}, "needs integer 'start' and 'end'"),
])
def test_gold_bad_content(tmp_path, content, error):
    path = _gold_file(tmp_path, [{"speaker": "Peskov", "cue": "said", "content": content}])
    with pytest.raises(InputError, match=error):
        read_gold(path)


def test_gold_missing_file_bad_json_and_shape(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_gold(tmp_path / "nope.gold.json")
    bad = tmp_path / "bad.gold.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_gold(bad)
    bad.write_text('{"document": "missing.txt", "statements": []}', encoding="utf-8")
    with pytest.raises(InputError, match="missing.txt does not exist"):
        read_gold(bad)
    (tmp_path / "t.txt").write_text("x", encoding="utf-8")
    bad.write_text('{"document": "t.txt"}', encoding="utf-8")
    with pytest.raises(InputError, match="'statements' list"):
        read_gold(bad)
