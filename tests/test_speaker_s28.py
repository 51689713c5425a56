"""Speakers left as a bare epithet or a misread word although the article names the person
(issue 11, stop 28): a party member's epithet ("the Arizona Republican"), a lead's role
with a country's possessive ("The UK's top judge"), the same role as an unnamed lead's once a
name has come in ("A Labour peer ... Lord Dubs ... the Labour peer"), and a bare surname with a participle set off before the cue
("Trump, speaking to reporters Tuesday, said"). Sentences in the shape of PolNeAR train
articles."""

from __future__ import annotations

from conftest import speaker_of


def test_a_party_member_s_epithet_is_the_person_in_play():
    text = ("Senate Majority Leader Mitch McConnell told reporters that he had spoken with the candidate. "
            "The Kentucky Republican said the violence must stop.")
    speaker, statement = speaker_of(text, "violence must stop")
    assert (speaker.name, speaker.unnamed) == ("Mitch McConnell", False)
    assert "role-epithet" in statement.explanation


def test_a_party_member_s_epithet_is_never_one_the_article_gave_the_other_party():
    text = ("Democrat Hillary Clinton met Republican Donald Trump on Monday. Trump said the debate was rigged. "
            "Clinton said the debate was fair. The Republican said he would not attend another.")
    speaker, _ = speaker_of(text, "attend another")
    assert speaker.name == "Donald Trump"
    text = text.replace("The Republican said he would not", "The Democrat said she would")
    speaker, _ = speaker_of(text, "attend another")
    assert speaker.name == "Hillary Clinton"


def test_the_party_itself_stays_a_body():
    speaker, _ = speaker_of("The Republican Party said the rules would not change.", "rules")
    assert (speaker.name, speaker.type) == ("Republican Party", "organization")


def test_a_surname_with_a_participle_set_off_before_the_cue_speaks():
    for when in ("Tuesday", "on Tuesday"):
        text = f"Donald Trump won the primary.\n\nTrump, speaking to reporters {when}, said the wall would be built."
        speaker, statement = speaker_of(text, "wall would be built")
        assert speaker.name == "Donald Trump"
        assert statement.when is not None and "Tuesday" in statement.when.expression


def test_a_party_member_s_epithet_stays_unresolved_between_two_people_of_no_party():
    text = ("House Speaker Paul Ryan says no matter what action President Barack Obama takes, \"his word does not "
            "trump the Second Amendment.\"\n\nThe Wisconsin Republican says the steps are certain to be challenged.")
    speaker, _ = speaker_of(text, "certain to be challenged")
    assert speaker.name != "Barack Obama"


def test_a_lead_role_with_a_country_s_possessive_is_the_person_the_next_sentence_names():
    text = ("Top judge clashes with ministers\n\nThe UK's top judge has revealed he has clashed with ministers "
            "about inquiries.\n\nLord Woolf said he was determined his veto should continue.")
    speaker, statement = speaker_of(text, "clashed with ministers")
    # ("top" is a rank kept in the title since stop 37: "top terrorism adviser" in the devgold)
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Woolf", "top judge", "UK")
    assert "role-lead" in statement.explanation
    text = ("PM defends plan\n\nBritain's prime minister has defended the plan.\n\nOpposition leader Michael Howard "
            "said the plan was flawed.")
    speaker, _ = speaker_of(text, "the plan")
    assert speaker.unnamed  # a person the article gave another title is not the lead's role


def test_an_unnamed_lead_s_role_is_the_person_named_since_who_may_hold_it():
    text = ("A Labour peer has withdrawn proposals to change the succession.\n\nThe Lord Chancellor, Lord Falconer, "
            "said the act was discriminatory. Lord Dubs agreed to withdraw his bill. During the debate, the Labour "
            "peer and former minister said: \"The monarchy should symbolise the values of this country.\"")
    speaker, statement = speaker_of(text, "monarchy should symbolise")
    assert (speaker.name, speaker.unnamed, speaker.affiliation) == ("Dubs", False, "Labour")
    text = ("A Labour peer has withdrawn proposals to change the succession.\n\nThe government said the act was "
            "fair. During the debate, the Labour peer and former minister said: \"The monarchy should symbolise the "
            "values of this country.\"")
    speaker, _ = speaker_of(text, "monarchy should symbolise")
    assert speaker.unnamed  # no one named since: the lead's unnamed peer again


def test_an_office_tied_to_a_place_is_the_one_in_play_whom_the_article_gave_no_office():
    text = "Democratic candidate Bernie Sanders spoke in Iowa on Monday. The Vermont senator said the race is close."
    speaker, _ = speaker_of(text, "race is close")
    assert (speaker.name, speaker.unnamed) == ("Bernie Sanders", False)
    text = ("Republican hopeful Ted Cruz spoke in Iowa on Monday. Hillary Clinton was in Ohio. The Texas senator "
            "said the race is close.")
    speaker, _ = speaker_of(text, "race is close")
    assert speaker.unnamed  # someone else named since: a guess
    text = "Gov. John Kasich spoke in Iowa on Monday. Mayor Bill de Blasio was in Ohio. The Ohio senator said the race is close."
    speaker, _ = speaker_of(text, "race is close")
    assert speaker.name != "John Kasich"
