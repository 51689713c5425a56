"""Speaker fields of issue 11, stop 30: a body's name is never cut to the place inside it
("Sheffield Wednesday"), a peer's territorial designation is no affiliation ("Lord Smith of
Birkenhead"), a prize is neither title nor body ("Best Actress winner"), an affiliation
carries no dash or run-on description, and a title written in capitals before a name the
NER cut and read as a body's still makes a person ("Cardinal Cormac Murphy-O'Connor")."""

from __future__ import annotations

from conftest import speaker_of


def test_a_club_named_after_a_weekday_stays_whole():
    speaker, _ = speaker_of("Sheffield Wednesday manager Chris Turner said the team had played well.", "played well")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Chris Turner", "manager", "Sheffield Wednesday")
    speaker, _ = speaker_of("Chris Turner, the Sheffield Wednesday manager, said the team had played well.", "played well")
    assert speaker.affiliation == "Sheffield Wednesday"
    speaker, _ = speaker_of("Chris Turner, manager of Sheffield Wednesday, said the team had played well.", "played well")
    assert speaker.affiliation == "Sheffield Wednesday"


def test_a_weekday_after_a_body_s_name_is_the_day_it_spoke():
    speaker, _ = speaker_of("A spokesman for Exxon Wednesday said sales rose.", "sales rose")
    assert (speaker.title, speaker.affiliation) == ("spokesman", "Exxon")


def test_a_weekday_after_a_preposition_is_still_a_date():
    speaker, _ = speaker_of("In London Wednesday spokesman John Smith said the talks were over.", "talks were over")
    assert (speaker.name, speaker.affiliation) == ("John Smith", None)


def test_a_peer_s_territorial_designation_is_no_affiliation():
    speaker, _ = speaker_of('"This is wrong," said Lord Smith of Birkenhead.', "This is wrong")
    assert speaker.affiliation is None
    speaker, _ = speaker_of("Lord Browne of Madingley, BP chief executive, said oil prices would fall.", "prices would fall")
    assert (speaker.title, speaker.affiliation) == ("chief executive", "BP")


def test_an_office_of_a_place_keeps_its_place():
    speaker, _ = speaker_of("Senator Bernie Sanders of Vermont said the bill was wrong.", "bill was wrong")
    assert (speaker.title, speaker.affiliation) == ("Senator", "Vermont")


def test_a_prize_is_no_title_and_no_body():
    speaker, _ = speaker_of("Best Actress winner Hilary Swank said she was thrilled.", "thrilled")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Hilary Swank", None, None)
    speaker, _ = speaker_of("Booker Prize winner Ian McEwan said the novel was not dead.", "novel was not dead")
    assert (speaker.title, speaker.affiliation) == (None, None)


def test_a_party_s_nominee_keeps_title_and_party():
    speaker, _ = speaker_of("Democratic nominee John Kerry said the war was a mistake.", "war was a mistake")
    assert (speaker.title, speaker.affiliation) == ("nominee", "Democratic")
    speaker, _ = speaker_of("Lottery winner John Smith said he would buy a house.", "buy a house")
    assert speaker.title == "Lottery winner"


def test_the_role_resolves_to_the_titled_person_the_ner_misread():
    text = ("Cardinal Cormac Murphy-O'Connor visited the school on Monday. "
            "The cardinal said the church would help the families.")
    speaker, _ = speaker_of(text, "church would help")
    assert (speaker.name, speaker.type, speaker.title, speaker.affiliation) == (
        "Cormac Murphy-O'Connor", "person", "Cardinal", None)
    assert not speaker.unnamed


def test_the_firm_after_at_wins_over_the_desk_of_the_role():
    speaker, _ = speaker_of('"The market is weak," said Mark Jones, head of UK Equities at Standard Life Investments.',
                            "market is weak")
    assert (speaker.title, speaker.affiliation) == ("head", "Standard Life Investments")


def test_a_company_named_for_its_founder_keeps_its_s_as_an_affiliation():
    text = "McDonald's boss Charlie Bell said sales would rise. McDonald's said profits had risen."
    speaker, _ = speaker_of(text, "sales would rise")
    assert (speaker.title, speaker.affiliation) == ("boss", "McDonald's")
    speaker, _ = speaker_of("Google's boss Eric Schmidt said sales would rise.", "sales would rise")
    assert speaker.affiliation == "Google"


def test_a_place_before_the_name_gives_way_to_the_organisation_after_it():
    speaker, _ = speaker_of("US researcher John Smith of West Virginia University said the results were clear.", "results")
    assert (speaker.title, speaker.affiliation) == ("researcher", "West Virginia University")
    speaker, _ = speaker_of("New York writer Jane Mayer of the New Yorker said the report was accurate.", "report")
    assert speaker.affiliation == "New Yorker"


def test_a_role_that_represents_the_place_keeps_it():
    speaker, _ = speaker_of("Wales striker Craig Bellamy of Newcastle said he was happy.", "happy")
    assert (speaker.title, speaker.affiliation) == ("striker", "Wales")


def test_where_the_body_is_is_no_part_of_it():
    speaker, _ = speaker_of('"It works," said John Smith from West Virginia University in the United States.', "It works")
    assert speaker.affiliation == "West Virginia University"


def test_a_descriptor_opening_the_sentence_is_no_part_of_the_firm_s_name():
    text = ("Bookmaker William Hill has stopped taking bets on the next James Bond. "
            "The firm closed the book on Friday, saying the odds had moved.")
    speaker, _ = speaker_of(text, "odds had moved")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("William Hill", "organization", False)
    speaker, _ = speaker_of("Carmaker Ford has recalled 10,000 cars. The company said the fault was minor.", "fault")
    assert speaker.name == "Ford"


def test_an_airline_named_so_is_the_airline():
    speaker, _ = speaker_of("Delta Air Lines has cut 7,000 jobs. The airline also said it had agreed a loan.", "agreed a loan")
    assert (speaker.name, speaker.unnamed) == ("Delta Air Lines", False)


def test_a_scare_quoted_word_is_no_part_of_the_body():
    speaker, _ = speaker_of('"I will stay," said the head of the "failing" Child Support Agency.', "I will stay")
    assert (speaker.title, speaker.affiliation) == ("head", "Child Support Agency")


def test_a_peer_s_apposition_hung_on_the_designation_is_still_his_title():
    speaker, _ = speaker_of("Lord Smith of Birkenhead, a former minister, said the plan was wrong.", "plan was wrong")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Smith", "former minister", None)


def test_a_government_written_in_capitals_is_a_body():
    speaker, _ = speaker_of("Earlier, the Scottish Executive said it would introduce a ban on smoking.", "ban on smoking")
    assert (speaker.name, speaker.type, speaker.title) == ("Scottish Executive", "organization", None)
    speaker, _ = speaker_of("Scottish Executive minister Andy Kerr said the ban would work.", "ban would work")
    assert (speaker.title, speaker.affiliation) == ("minister", "Scottish Executive")
    speaker, _ = speaker_of("Chief Executive John Smith said sales rose.", "sales rose")
    assert (speaker.name, speaker.title) == ("John Smith", "Chief Executive")


def test_a_role_the_ner_took_into_a_name_is_cut_from_it():
    speaker, _ = speaker_of('"He is unlikely to be ready for the final game," said Wales physio Mark Davies.', "final game")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Mark Davies", "physio", "Wales")
    speaker, _ = speaker_of("Osama bin Laden said the war would go on.", "war would go on")
    assert speaker.name == "Osama bin Laden"
