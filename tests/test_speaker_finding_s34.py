"""Speakers the parse hid (issue 11, stop 34): a new clause's subject after a dash, where the
parser made the cue a conjunct of the verb before the dash."""

from __future__ import annotations

from conftest import speaker_of


def test_a_name_opening_a_clause_after_a_dash_speaks_not_the_subject_before_it():
    speaker, statement = speaker_of("And it wasn't a one-off or an accident — Brendan Buck, a spokesman for Ryan, "
                                    "told POLITICO that the House speaker gave Priebus a heads up.", "heads up")
    assert speaker.name == "Brendan Buck"
    assert speaker.title == "spokesman"
    assert statement.via is not None and statement.via.name == "POLITICO"


def test_an_aside_between_dashes_before_and_leaves_the_subject_before_it():
    speaker, _ = speaker_of("The firm cut 500 jobs — a move analysts had expected — and said profits would rise.",
                            "profits")
    assert speaker.name == "firm"


def test_the_object_of_led_or_forced_says_what_the_infinitive_after_it_says():
    speaker, _ = speaker_of("The decisive victory led Republican National Committee Chairman Reince Priebus to "
                            "declare him the presumptive nominee.", "nominee")
    assert speaker.name == "Reince Priebus"
    speaker, _ = speaker_of("The scandal forced the minister to admit that he had lied.", "lied")
    assert speaker.name == "minister" and speaker.type == "person"


def test_a_promise_keeps_its_subject_as_the_one_who_acts():
    speaker, _ = speaker_of("Smith promised voters to announce a tax cut by March.", "tax cut")
    assert speaker.name == "Smith"


def test_a_participle_after_a_predicate_noun_goes_to_the_named_subject():
    speaker, statement = speaker_of("Democratic front-runner Hillary Clinton was the first candidate to weigh in on "
                                    "the occasion, tweeting her appreciation.", "appreciation")
    assert speaker.name == "Hillary Clinton" and not speaker.unnamed
