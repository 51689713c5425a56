"""Speaker shapes of the newest development-gold articles (speakers-28, stop 36), from
PolNeAR train sentences: a participle joined to a reported clause, a document's passive, a
quantifier's noun, a headline label over a clause, a court's circuit."""

from __future__ import annotations

from conftest import speaker_of

from onrecord import extract


def test_a_participle_joined_to_a_reported_clause_goes_with_the_reporting_participle():
    # "could penetrate ... and implying": the parser joined "implying" to the reported clause
    speaker, _ = speaker_of("Donald Trump spoke on Wednesday. On Thursday, he expanded upon his calls for increased "
                            "surveillance of the Muslim community in the United States, warning followers on social "
                            "media and in interviews that the Islamic State could easily penetrate the country and "
                            "implying that some members of the group might already be attempting to do so.",
                            "some members of the group", "2015-11-19")
    assert speaker.name == "Donald Trump"


def test_a_document_speaks_the_participle_of_its_passive():
    speaker, statement = speaker_of("A federal lawsuit was filed in 2012 challenging the New York Police Department's "
                                    "surveillance of Muslim communities and alleging that police used the plaintiffs' "
                                    "Muslim identity as a “permissible proxy for criminality.”", "police used",
                                    "2015-11-19")
    assert (speaker.name, speaker.type) == ("federal lawsuit", "document")
    assert statement.act == "writing"


def test_a_noun_before_a_quantifier_subject_speaks():
    speaker, _ = speaker_of("Republican establishment figures — whose party was once respected for its discipline "
                            "and public unity — both suggested Melania’s speechwriter be fired and defended Trump as "
                            "a candidate.", "speechwriter", "2016-07-19")
    assert (speaker.name, speaker.type, speaker.affiliation) == ("establishment figures", "group", "Republican")
    assert speaker.unnamed


def test_figures_as_numbers_stay_a_document():
    speaker, _ = speaker_of("Official figures released on Monday suggested the economy grew.", "economy", "2016-07-19")
    assert speaker.type == "document"


def test_a_headline_label_over_a_clause_is_the_label_s_claim():
    text = ("Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.\n\nWednesday on Fox News Channel’s "
            "“Hannity,” Newt Gingrich said if Donald Trump picked him as a running mate it would be a “two-pirate "
            "ticket.”")
    first = extract(text, published="2016-07-14").statements[0]
    assert first.speaker.name == "Newt Gingrich"
    assert first.content.text.startswith("Trump Must Decide")


def test_a_headline_label_leaves_a_saying_verb_after_it_alone():
    text = "Poll: Trump says he will win Ohio.\n\nDonald Trump said on Monday he would win Ohio easily."
    names = {s.speaker.name for s in extract(text, published="2016-07-14").statements}
    assert "Poll" not in names


def test_a_court_s_name_keeps_its_circuit():
    speaker, _ = speaker_of("In October, the U.S. Court of Appeals for the 3rd Circuit reversed a previous decision "
                            "that the plaintiffs did not have standing, as well as ruling that it could not accept "
                            "\"national security\" as a reason.", "previous decision", "2015-11-19")
    assert speaker.name == "U.S. Court of Appeals for the 3rd Circuit"


def test_polling_and_indicators_are_documents():
    speaker, _ = speaker_of("Exit polling shows he won 83% of voters under 30 in Pennsylvania last month, 74% in "
                            "Indiana last week and 71% in West Virginia on Tuesday.", "83%", "2016-05-11")
    assert speaker.type == "document"
    speaker, _ = speaker_of("Other indicators are also suggesting that the country is inching back towards economic "
                            "health.", "economic health", "2005-03-01")
    assert speaker.type == "document"
