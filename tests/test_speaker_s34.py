"""Speaker fields of issue 11, stop 34: a club the tagger reads as an adjective, a ranking
written "No 1", a headline's verb read as a noun, a predicate nominal's subject, compound
sources, a role noun read as a verb, "Public Advocate"."""

from __future__ import annotations

from conftest import speaker_of


def fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title, speaker.affiliation


# -- a club's name that ends like an adjective -----------------------------------------------

def test_a_club_the_tagger_reads_as_an_adjective_is_the_body():
    # "Arsenal" ends like "national" but no dictionary knows it as an adjective
    assert fields("Arsenal boss Arsene Wenger said the team had played well.", "played") == (
        "Arsene Wenger", "boss", "Arsenal")


def test_a_real_adjective_opening_a_title_stays_in_it():
    assert fields("General manager Bob Smith said the team had played well.", "played") == (
        "Bob Smith", "General manager", None)


# -- a ranking written "No 1" ------------------------------------------------------------------

def test_a_ranking_written_with_no_is_a_title():
    assert fields("World No 1 Roger Federer said he was tired.", "tired") == ("Roger Federer", "World No 1", None)


def test_a_ranking_after_a_nation_keeps_its_no():
    assert fields("British No 1 Tim Henman said he was tired.", "tired")[:2] == ("Tim Henman", "No 1")


def test_a_ranking_the_ner_took_for_a_law_is_no_organisation():
    speaker, _ = speaker_of("The world No 1 Roger Federer said he was tired.", "tired")
    assert (speaker.name, speaker.type) == ("Roger Federer", "person")


def test_an_inverted_ranking_keeps_its_number():
    assert fields("The match was hard, said world number one Roger Federer.", "match")[:2] == (
        "Roger Federer", "world number one")


# -- a headline's verb read as a noun ---------------------------------------------------------

def test_a_person_before_a_headline_verb_is_no_affiliation():
    # PolNeAR train, politico_2016-04-13_standing-with-activists-mark-viv
    text = ("Standing with activists, Mark-Viverito pillories Sanders’ immigration record.\n\n"
            "The speaker specifically focused on Sanders’ 2007 vote against a bill which had bipartisan support and "
            "would have overhauled the immigration system, as well as his support for a bill that essentially "
            "protected the Minute Men — a civilian group working along the southern border.")
    from onrecord import extract

    sanders = [s.speaker for s in extract(text).statements if s.speaker.name == "Sanders"]
    assert sanders and all(s.affiliation is None for s in sanders)


# -- the subject of a predicate nominal -------------------------------------------------------

def test_the_first_candidate_to_weigh_in_is_the_subject():
    # PolNeAR train, politico_2016-04-22_virginia-governor-restores-votin
    text = ("Virginia governor restores voting rights.\n\nVirginia Gov. Terry McAuliffe on Friday signed an order.\n\n"
            "Democratic front-runner Hillary Clinton was the first candidate to weigh in on the occasion, tweeting "
            "her appreciation Friday afternoon.\n\n\"Proud of my friend,\" she wrote.")
    assert speaker_of(text, "Proud")[0].name == "Hillary Clinton"


def test_a_negated_copula_leaves_the_description():
    text = "Mary Smith was not the first person to say the law was unjust."
    assert speaker_of(text, "unjust")[0].name != "Mary Smith"
    text = "Mary Smith was the first person to say the law was unjust."
    assert speaker_of(text, "unjust")[0].name == "Mary Smith"


# -- compound sources --------------------------------------------------------------------------

def test_a_compound_source_is_the_names_without_their_titles():
    # PolNeAR train, politico_2016-05-05_paul-ryan-says-he-s-not-ready-to
    text = "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they would only offer conditional support."
    assert speaker_of(text, "conditional")[0].name == "Susan Collins and Louis Gohmert"
    text = "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas also said they would be happy to have Cruz."
    assert speaker_of(text, "happy")[0].name == "Johnny Isakson and John Boozman"


# -- a second role noun the tagger read as a verb ----------------------------------------------

def test_a_role_read_as_a_verb_keeps_the_name_and_the_title():
    # PolNeAR train, politico_2016-04-11_clinton-and-sanders-trade-low-bl
    text = ("Clinton hits back.\n\nClinton's chief pollster and strategist Joel Benenson on Monday said the attacks "
            "were wrong.")
    assert fields(text, "attacks") == ("Joel Benenson", "chief pollster and strategist", "Clinton")


# -- "Public Advocate" -------------------------------------------------------------------------

def test_public_advocate_is_a_title_not_part_of_the_name():
    # PolNeAR train, politico_2016-04-08_families-of-mass-shooting-victim
    text = "Clinton hits back.\n\nNew York City Public Advocate Trish James said the attacks were wrong."
    assert fields(text, "attacks") == ("Trish James", "Public Advocate", "New York City")
