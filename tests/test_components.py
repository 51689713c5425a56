"""The engine's settings are the config of its spaCy component, never module globals."""

from __future__ import annotations

import pytest
import spacy

from onrecord.attribute import component  # noqa: F401  (registers the factories)
from onrecord.attribute.clause_rules import calibrated_object_cues, clause_findings
from onrecord.attribute.lexicon import SPEECH_VERBS


def test_the_engine_pipeline_carries_its_settings_in_its_config(nlp):
    config = nlp.config["components"]["onrecord_attributions"]
    assert (config["object_cues"], config["propose_all"]) == ("calibrated", False)
    assert nlp.get_pipe("onrecord_attributions").object_cues == calibrated_object_cues()


@pytest.mark.parametrize(("setting", "verbs"), [("calibrated", calibrated_object_cues()), ("all", SPEECH_VERBS)])
def test_object_cues_setting_picks_the_verbs(setting, verbs):
    blank = spacy.blank("en")
    pipe = blank.add_pipe("onrecord_attributions", config={"object_cues": setting, "propose_all": True})
    assert pipe.object_cues == verbs and pipe.propose_all is True
    assert blank.config["components"]["onrecord_attributions"]["object_cues"] == setting


def test_unknown_object_cues_setting_is_refused():
    with pytest.raises(ValueError, match="object_cues"):
        spacy.blank("en").add_pipe("onrecord_attributions", config={"object_cues": "some"})


def test_object_cues_decide_whether_an_object_is_what_was_said(nlp):
    # "deny" is a speech verb whose object PolNeAR train did not count as said often enough
    assert "deny" in SPEECH_VERBS and "deny" not in calibrated_object_cues()
    with nlp.select_pipes(disable=["onrecord_attributions"]):
        doc = nlp("The minister denied the allegations of fraud.")
    calibrated = clause_findings(doc, [], object_cues=calibrated_object_cues())
    every = clause_findings(doc, [], object_cues=SPEECH_VERBS)
    assert [f.rule for f in calibrated] == []
    assert [(f.rule, doc.text[slice(*f.content)]) for f in every] == [("verb-object", "the allegations of fraud")]
