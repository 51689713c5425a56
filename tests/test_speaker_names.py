"""Names and roles the NER or the parser gets wrong (issue 11), one rule per case, on
hand-built sentences parsed by the real pipeline."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from onrecord.attribute import load_pipeline
from onrecord.attribute.mentions import unlabelled_names
from onrecord.attribute.names import span_text


def _table(text: str):
    return load_pipeline()(text)._.entities


@pytest.mark.parametrize(("text", "word", "name"), [
    # en_core_web_sm finds no entity in "Marat Safin"; the surname alone later is his
    ("Safin slumps to shock Dubai loss\n\nMarat Safin suffered a shock loss to unseeded Nicolas Kiefer in "
     "round one. Safin said the defeat was disappointing.", "disappointing", "Marat Safin"),
])
def test_a_full_name_the_ner_missed_takes_its_surname(text, word, name):
    speaker, _ = speaker_of(text, word)
    assert (speaker.name, speaker.type) == (name, "person")


def test_a_missed_name_needs_a_first_name_or_a_verb_it_is_subject_of():
    nlp = load_pipeline()
    subject = nlp("Marat Safin suffered a shock loss. Safin said it hurt.")
    assert [span_text(run) for run in unlabelled_names(subject)] == ["Marat Safin"]
    # the same run as an object, "Marat" no first name the corpora know: no evidence of a person
    assert unlabelled_names(nlp("The crowd cheered Marat Safin after the final. Safin was pleased.")) == []


def test_a_list_before_a_name_is_no_affiliation():
    table = _table("There were also wins for two other Russians, Igor Andreev and seventh seed Mikhail Youzhny. "
                   "Youzhny said he was tired.")
    youzhny = next(e for e in table if e.name == "Mikhail Youzhny")
    assert all("," not in (a or "") and "Russians" not in (a or "") for _, _, a in youzhny.role_at)


@pytest.mark.parametrize(("text", "word", "title", "affiliation"), [
    # no comma: "Spurs and England" is one affiliation (docs/annotation.md)
    ("Former Spurs and England defender Gary Mabbutt said the club would recover.", "recover", "defender",
     "Spurs and England"),
])
def test_a_coordinated_body_without_a_list_stays_whole(text, word, title, affiliation):
    speaker, _ = speaker_of(text, word)
    assert (speaker.title, speaker.affiliation) == (title, affiliation)
