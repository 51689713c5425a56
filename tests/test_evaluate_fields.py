"""The speaker-field scorer (evaluate/fields.py) on small hand-computed cases, and
``onrecord eval gold`` over a folder."""

from __future__ import annotations

import json

import pytest

from onrecord.evaluate.corpus import Attribution, EvalDocument, Facts
from onrecord.evaluate.fields import FIELDS, field_right, honorifics_in, plain, score_fields
from onrecord.evaluate.metrics import score_document
from onrecord.evaluate.predict import facts_of
from onrecord.schema import Span, Speaker, Statement, When

TEXT = "John Smith said that the plan works well for everyone here today."
CONTENT = ((16, 64),)


def pair(gold_facts: Facts, pred_facts: Facts, gold_name="John Smith", pred_name="John Smith"):
    gold = Attribution(content=CONTENT, speaker=gold_name, facts=gold_facts)
    pred = Attribution(content=CONTENT, speaker=pred_name, facts=pred_facts)
    return gold, pred


@pytest.mark.parametrize(("name", "gold", "pred", "right"), [
    ("title", Facts(title="Prime Minister"), Facts(title="prime minister"), True),   # case folded
    ("title", Facts(title="spokesman"), Facts(title="Mr"), False),
    ("title", Facts(), Facts(), True),                                              # both absent
    ("affiliation", Facts(affiliation="Kremlin"), Facts(affiliation="the Kremlin"), True),
    ("affiliation", Facts(affiliation="BBC"), Facts(affiliation="BBCpolitical"), False),
    ("affiliation", Facts(affiliation="Washington-based"), Facts(affiliation="Washington - based"), False),
    ("type", Facts(type="organization"), Facts(type="person"), False),
    ("unnamed", Facts(unnamed=True), Facts(), False),
    ("document", Facts(document="memo"), Facts(document="memo"), True),
    ("via", Facts(via="Reuters"), Facts(), False),
    ("when", Facts(when=("2022-03-21", "day")), Facts(when=("2022-03-21", "day")), True),
    ("when", Facts(when=("2022-03-21", "day")), Facts(when=("2022-03-14", "week")), False),
    # an undated article: right only with the same words and no date either
    ("when", Facts(when=(None, "week", "this week")), Facts(), False),
    ("when", Facts(when=(None, "week", "this week")), Facts(when=(None, "week", "this week")), True),
    ("when", Facts(when=(None, "week", "this week")), Facts(when=(None, "week", "last week")), False),
    ("act", Facts(act="speech"), Facts(act="belief", has_act=True), False),
])
def test_field_right(name, gold, pred, right):
    assert field_right(name, *pair(gold, pred)) is right


def test_act_is_scored_only_when_predicted():
    assert field_right("act", *pair(Facts(act="speech"), Facts())) is None


def test_speaker_field_uses_name_matching():
    assert field_right("speaker", *pair(Facts(), Facts(), pred_name="Smith")) is True
    assert field_right("speaker", *pair(Facts(), Facts(), pred_name="he")) is False


def test_plain():
    assert plain("  The  Kremlin’s ") == "kremlin's"
    assert plain("") is None and plain(None) is None


def test_honorifics_are_counted_in_every_field():
    a = Attribution(content=CONTENT, speaker="Mr Smith", facts=Facts(title="Dr. spokesman", affiliation="Mr"))
    assert honorifics_in(a) == 3  # "Mr" in the name, "Dr." in the title, "Mr" as affiliation
    assert honorifics_in(Attribution(content=CONTENT, speaker="Mrs. Doubtfire Lord")) == 2
    assert honorifics_in(Attribution(content=CONTENT, speaker="Mister Rogers")) == 0


def test_an_office_named_with_lord_holds_no_honorific():
    # "the Lord Chancellor Lord Falconer" (BBC politics/119): the office keeps its word,
    # the peer's honorific before a name is still counted.
    assert honorifics_in(Attribution(content=CONTENT, speaker="Falconer",
                                     facts=Facts(title="Lord Chancellor"))) == 0
    assert honorifics_in(Attribution(content=CONTENT, speaker="Falconer",
                                     facts=Facts(title="Lord Chief Justice"))) == 0
    assert honorifics_in(Attribution(content=CONTENT, speaker="Lord Falconer",
                                     facts=Facts(title="Lord Chancellor"))) == 1


def test_scores_over_matched_pairs_and_resolutions():
    gold = [Attribution(content=CONTENT, speaker="John Smith", facts=Facts(type="person", title="mayor"))]
    pred = [Attribution(content=CONTENT, speaker="John Smith",
                        facts=Facts(type="person", title="Mr", resolution="pronoun-speaker"))]
    scores = score_fields([score_document(EvalDocument(id="t", text=TEXT, attributions=tuple(gold), has_names=True), pred)])
    assert scores.fields["speaker"].accuracy == 1.0 and scores.fields["title"].accuracy == 0.0
    assert scores.honorifics == 1
    assert (scores.resolutions["pronoun"].rate, scores.resolutions["pronoun"].precision) == (1.0, 1.0)
    assert set(scores.as_dict()["fields"]) == set(FIELDS)
    unnamed = [Attribution(content=CONTENT, speaker=None, facts=Facts(resolution="pronoun-unresolved"))]
    scores = score_fields([score_document(EvalDocument(id="t", text=TEXT, attributions=tuple(gold), has_names=True), unnamed)])
    assert (scores.resolutions["pronoun"].mentions, scores.resolutions["pronoun"].resolved) == (1, 0)


def test_facts_of_a_statement():
    statement = Statement(
        kind="indirect", content=Span.of(TEXT, 16, 64), cue=Span.of(TEXT, 11, 15),
        speaker=Speaker(name="John Smith", type="person", title="mayor", document="memo"),
        when=When(date="2022-03-21", precision="day", expression="today"),
        explanation="verb-clause; speaker by role",
    )
    facts = facts_of(statement)
    assert (facts.title, facts.document, facts.when, facts.resolution) == ("mayor", "memo", ("2022-03-21", "day"), "role")


@pytest.mark.corpus
def test_eval_gold_scores_a_folder(shared, tmp_path):
    from typer.testing import CliRunner

    from onrecord.cli import app

    folder = tmp_path / "gold"
    folder.mkdir()
    seed = json.loads((shared / "seed" / "kremlin-2022-03-21.gold.json").read_text(encoding="utf-8"))
    seed["document"] = str(shared / "seed" / "kremlin-2022-03-21.txt")
    (folder / "kremlin.gold.json").write_text(json.dumps(seed), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "gold", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 1
    assert report["speaker_fields"]["fields"]["speaker"]["total"] == 16
    occasions = report["speaker_fields"]["occasions"]
    # the seed's four vias (Reuters) and four times, all found, none taken from inside a content
    assert {k: occasions["via"]["recall"]["all"][k] for k in ("correct", "total")} == {"correct": 4, "total": 4}
    assert {k: occasions["when"]["recall"]["all"][k] for k in ("correct", "total")} == {"correct": 4, "total": 4}
    assert occasions["when"]["inside"] == 0
    text = CliRunner().invoke(app, ["eval", "gold", str(folder)]).stdout
    assert "via right, of gold with one (inherited)" in text and "when precision (own)" in text
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no *.gold.json" in str(CliRunner().invoke(app, ["eval", "gold", str(empty)]).exception)


def test_facts_of_reads_inherited_fields_and_a_time_inside_the_content():
    statement = Statement(
        kind="indirect", content=Span.of(TEXT, 16, 64), cue=Span.of(TEXT, 11, 15),
        speaker=Speaker(name="John Smith", type="person"),
        when=When(date="2022-03-21", precision="day", expression="today", span=Span.of(TEXT, 58, 63)),
        explanation="verb-clause; speaker by role; via inherited; when inherited",
    )
    facts = facts_of(statement)
    assert (facts.resolution, facts.inherited, facts.when_inside) == ("role", ("via", "when"), True)
    outside = statement.model_copy(update={"explanation": "floating", "when": statement.when.model_copy(
        update={"span": Span.of(TEXT, 0, 4)})})
    assert (facts_of(outside).inherited, facts_of(outside).when_inside) == ((), False)


def test_via_and_when_are_scored_over_the_statements_that_have_one():
    text = "A said one thing here. B said another thing there. C said a third thing too. D said the last."
    spans = [(7, 21), (30, 49), (58, 75), (84, 92)]
    gold = [
        Attribution(content=(spans[0],), speaker="A", facts=Facts(via="CNN", when=("2022-03-21", "day"))),
        Attribution(content=(spans[1],), speaker="B", facts=Facts(via="BBC", inherited=("via",))),
        Attribution(content=(spans[2],), speaker="C", facts=Facts(when=("2022-03-14", "week"), inherited=("when",))),
        Attribution(content=(spans[3],), speaker="D", facts=Facts(when=(None, "day", "friday"))),   # undated: by its words
    ]
    pred = [
        Attribution(content=(spans[0],), speaker="A", facts=Facts(via="the CNN", when=("2022-03-21", "day"))),
        Attribution(content=(spans[1],), speaker="B", facts=Facts(via="ITV", inherited=("via",), when_inside=True)),
        # C not found; D found, with a via the gold does not give
        Attribution(content=(spans[3],), speaker="D", facts=Facts(via="Reuters", when=(None, "day", "friday"))),
    ]
    scores = score_fields([score_document(EvalDocument(id="t", text=text, attributions=tuple(gold), has_names=True), pred)])
    via, when = scores.occasions["via"], scores.occasions["when"]
    assert [(via.recall[s].correct, via.recall[s].total) for s in ("all", "own", "inherited")] == [(1, 2), (1, 1), (0, 1)]
    assert [(via.precision[s].correct, via.precision[s].total) for s in ("all", "own", "inherited")] == [
        (1, 3), (1, 2), (0, 1)]
    assert [(when.recall[s].correct, when.recall[s].total) for s in ("all", "own", "inherited")] == [(2, 3), (2, 2), (0, 1)]
    assert (when.found["all"].correct, when.found["all"].total) == (2, 2)   # C was not found
    assert (when.undated, when.inside) == (1, 1)
    assert set(scores.as_dict()["occasions"]) == {"via", "when"}
