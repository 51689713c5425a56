"""The learned act decision (src/onrecord/attribute/act_model.py; docs/engine.md, "Acts"):
it overrules the rule act only past its thresholds, and says so in the explanation."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute import act_model
from onrecord.schema import DEFAULT_ACTS

# A BBC development sentence: speech by the rules.
SAID = ('At the same time, finance minister Nicolas Sarkozy warned that high oil prices posed a threat to '
        'French growth.')


def test_the_shipped_model_loads_with_thresholds_that_overrule_only_when_confident():
    model = act_model.load_model()
    assert model is not None, "src/onrecord/attribute/data/act_model.json is missing or fitted on other features"
    assert 0.0 <= model.out_below <= 0.5 < model.in_from
    assert model.weights


def _with_model(monkeypatch, bias: float, out_below: float, in_from: float) -> None:
    model = act_model.ActModel(weights={"bias": bias}, out_below=out_below, in_from=in_from)
    monkeypatch.setattr(act_model, "load_model", lambda: model)


def test_a_confident_no_takes_speech_out_of_the_default_record_and_says_why(monkeypatch):
    _with_model(monkeypatch, bias=-5.0, out_below=0.5, in_from=2.0)
    [statement] = [s for s in extract(SAID).statements if s.cue is not None and s.cue.text == "warned"]
    assert statement.act not in DEFAULT_ACTS
    assert statement.explanation.endswith("; act by model 0.01")


def test_an_unsure_model_leaves_the_rule_act(monkeypatch):
    _with_model(monkeypatch, bias=0.0, out_below=0.3, in_from=0.7)  # every probability is 0.5
    [statement] = [s for s in extract(SAID).statements if s.cue is not None and s.cue.text == "warned"]
    assert statement.act == "speech"
    assert "act by model" not in statement.explanation


def test_a_confident_yes_brings_a_belief_into_the_record(monkeypatch):
    _with_model(monkeypatch, bias=5.0, out_below=0.0, in_from=0.9)
    text = "Most observers believe the true figure is far higher."
    [statement] = [s for s in extract(text).statements if s.cue is not None and s.cue.text == "believe"]
    assert statement.act == "speech"
    assert statement.explanation.endswith("; act by model 0.99")


@pytest.mark.parametrize("text, expected", [
    (SAID, {"act=speech", "lemma=warn", "class=speech", "child=ccomp", "spk=ent:PERSON"}),
    ("The film recounts the life of blues singer Ray Charles, who died in 2004.", {"spk=thing", "spk.lemma=film"}),
])
def test_the_features_name_the_rule_act_the_cue_frame_and_the_speaker(text, expected):
    from onrecord.attribute import load_pipeline, prepare_text
    from onrecord.clean import clean_document
    from onrecord.schema import RawDocument

    doc = load_pipeline()(prepare_text(clean_document(RawDocument(source="t", text=text), languages=None)))
    described = doc.user_data[act_model.ACT_FEATURES_KEY]
    assert described and any(expected <= set(names) for names in described), described


def test_a_root_cue_has_no_head_feature_of_its_own_lemma(nlp):
    # "warned" is the sentence's root, its own head: compared by identity (``cue.head is not
    # cue`` always held) it read "head.lemma=warn", its own lemma, as if a verb governed it
    from onrecord.attribute import prepare_text
    from onrecord.clean import clean_document
    from onrecord.schema import RawDocument

    doc = nlp(prepare_text(clean_document(RawDocument(source="t", text=SAID), languages=None)))
    [names] = [n for n in doc.user_data[act_model.ACT_FEATURES_KEY] if "lemma=warn" in n]
    assert "cue.dep=ROOT" in names
    assert not [n for n in names if n.startswith("head.lemma=")]
