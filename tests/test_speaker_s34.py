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


# -- "the first lady", "the incumbent", a surname read as an adjective --------------------------

def test_the_first_lady_is_a_title_that_resolves():
    # PolNeAR train, usa-today_2016-07-27_michelle-obama-made-america-pay-
    text = ("Michelle Obama made America pay attention.\n\nMichelle Obama spoke at the Democratic National "
            "Convention. The first lady said that the country was great.")
    assert fields(text, "country")[:2] == ("Michelle Obama", "first lady")


def test_the_incumbent_is_a_role_that_resolves():
    # PolNeAR train, wash-post_2016-08-26_a-shaky-balancing-act-for-kelly-
    text = ("Ayotte balances.\n\nSen. Kelly Ayotte, a first-term senator from New Hampshire, faces a tough race.\n\n"
            "\"I will vote for him,\" Ayotte said.\n\nThe Republican incumbent said that her position is genuine.")
    assert speaker_of(text, "genuine")[0].name == "Kelly Ayotte"


def test_a_surname_the_tagger_reads_as_an_adjective_is_the_person():
    # PolNeAR train, politico_2016-05-05_paul-ryan-says-he-s-not-ready-to
    text = ("Ryan says no.\n\nDonald Trump won. Several prominent GOP elders agreed that Trump needs to deliver a "
            "speech about race. Trump, though, would have to identify his views on the core conservative planks "
            "of the Republican Party.")
    speaker, _ = speaker_of(text, "planks")
    assert (speaker.name, speaker.unnamed) == ("Donald Trump", False)


# -- bodies: a name after a descriptor, a capitalised poll, "working for", an apposition --------

def test_a_body_named_after_its_descriptor_is_the_affiliation_not_the_paper_in_play():
    # BBC politics (development slice): the parser hangs "Vote No" on the person
    text = ("Blair rules out date.\n\nIn an interview with the Financial Times, Mr Blair refused to name a date. "
            "Neil O'Brien, director of anti-constitution group Vote No, said: \"The reality is that the government "
            "is scared.\"")
    assert fields(text, "reality") == ("Neil O'Brien", "director", "Vote No")


def test_a_poll_written_in_capitals_speaks_for_its_author():
    # PolNeAR train, breitbart_2016-01-23_poll-donald-trump-ties-hillary-c
    text = ("Poll: Trump ties Clinton.\n\nA Morning Consult Poll found that Bloomberg would draw from Clinton.\n\n"
            "Trump received 37 percent, according to the results.")
    speaker, _ = speaker_of(text, "Bloomberg would draw")
    assert (speaker.name, speaker.type) == ("Morning Consult", "organization")
    assert speaker_of(text, "37 percent")[0].name == "Morning Consult"


def test_the_body_someone_works_for_is_the_affiliation_not_the_party():
    # PolNeAR train, nyt_2015-11-09_jobs-report-gives-democrats-a-li
    text = ("Jobs report.\n\n\"Good news is bad news for them,\" said Geoff Garin, a Democratic pollster working for "
            "Priorities USA, a super PAC supporting Hillary Rodham Clinton.")
    assert fields(text, "Good news") == ("Geoff Garin", "pollster", "Priorities USA")
    assert speaker_of(text, "Hillary")[0].name == "Priorities USA"


def test_a_campaign_spokesman_speaks_for_the_campaign():
    # PolNeAR train, politico_2015-12-15_carson-huckabee-fiorina-earned-s
    text = "Speeches.\n\nHuckabee campaign spokesman Hogan Gidley said the plan was bad."
    assert fields(text, "plan") == ("Hogan Gidley", "spokesman", "Huckabee campaign")
    text = "Speeches.\n\nSanders campaign manager Jeff Weaver said the plan was bad."
    assert fields(text, "plan") == ("Jeff Weaver", "campaign manager", "Sanders")


def test_a_body_before_a_role_is_no_part_of_the_title():
    # BBC business (development slice)
    text = "S Korea.\n\n\"The economy is now heading upward,\" said central bank governor Park Seung."
    assert fields(text, "economy")[:2] == ("Park Seung", "governor")



def test_a_financial_disclosure_speaks_for_its_owner():
    # PolNeAR train, politico_2015-12-15_carson-huckabee-fiorina-earned-s
    text = ("X.\n\nHillary Clinton delivered a pair of speeches. Her financial disclosure suggests she diverted "
            "the fees to charity.")
    speaker, _ = speaker_of(text, "diverted")
    assert (speaker.name, speaker.document) == ("Hillary Clinton", "disclosure")
