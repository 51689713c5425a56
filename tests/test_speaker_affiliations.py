"""Which body is a speaker's affiliation (issue 11, docs/annotation.md "Title and
affiliation"): the firm after "at", "of" or "from", the body someone works for or speaks for,
the owner of "its" earlier in the sentence, a body in lower case or an apposition's body
before a bare role, a party member's role the NER glued to the party; and what is none (a
possessor's "'s", a scare-quoted word, a person a role only relates to, a neighbour, a
film or book, a person before a headline verb, an award). Sentences from BBC dev slices,
PolNeAR train and written ones."""

from __future__ import annotations

import pytest

from conftest import fields_of, speaker_of, typed_fields_of

from onrecord import extract


def test_a_possessor_still_loses_its_s():
    speaker, _ = speaker_of("John Smith's lawyer said his client was innocent.", "client was innocent")
    assert speaker.affiliation == "John Smith"


def test_the_firm_after_at_wins_over_the_desk_of_the_role():
    speaker, _ = speaker_of('"The market is weak," said Mark Jones, head of UK Equities at Standard Life Investments.',
                            "market is weak")
    assert (speaker.title, speaker.affiliation) == ("head", "Standard Life Investments")


def test_a_scare_quoted_word_is_no_part_of_the_body():
    speaker, _ = speaker_of('"I will stay," said the head of the "failing" Child Support Agency.', "I will stay")
    assert (speaker.title, speaker.affiliation) == ("head", "Child Support Agency")


def test_a_person_a_role_only_relates_to_is_no_affiliation():
    text = '"It was a great night," said Jane Roe, a co-star of Johnny Depp.\n'
    assert typed_fields_of(text, "great night") == ("Jane Roe", "person", "co-star", None)
    text = ('"The band was not always in tune," said Cobain biographer Charles Cross. '
            "The band ended when songwriter Kurt Cobain died.\n")
    assert typed_fields_of(text, "in tune") == ("Charles Cross", "person", "biographer", None)


def test_a_person_someone_speaks_for_stays_their_affiliation():
    text = '"It was bad," said Jane Roe, spokeswoman for Johnny Depp.\n'
    assert typed_fields_of(text, "It was bad") == ("Jane Roe", "person", "spokeswoman", "Johnny Depp")


def test_a_masthead_in_capitals_keeps_its_day_word():
    text = ("According to USA TODAY contributor and monetary historian David Marsh, U.S. and European interest "
            "rates have moved in opposite directions seven times.\n")
    assert typed_fields_of(text, "interest rates")[3] == "USA TODAY"


def test_a_relative_clause_copula_gives_the_title_and_body():
    text = "Peter Nielson, who is UKIP Scotland chairman, said he had suspended Mr Houston on Friday night.\n"
    assert typed_fields_of(text, "suspended") == ("Peter Nielson", "person", "chairman", "UKIP Scotland")
    text = "Jane Roe, who is 45, said she was angry.\n"
    assert typed_fields_of(text, "angry") == ("Jane Roe", "person", None, None)


def test_a_firm_opening_the_sentence_before_a_role_is_the_affiliation():
    speaker, _ = speaker_of("Investec chief economist Philip Shaw said rates would rise.", "rates")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Philip Shaw", "chief economist", "Investec")


def test_a_club_the_tagger_reads_as_an_adjective_is_the_body():
    # "Arsenal" ends like "national" but no dictionary knows it as an adjective
    assert fields_of("Arsenal boss Arsene Wenger said the team had played well.", "played") == (
        "Arsene Wenger", "boss", "Arsenal")


def test_a_person_before_a_headline_verb_is_no_affiliation():
    # PolNeAR train, politico_2016-04-13_standing-with-activists-mark-viv
    text = ("Standing with activists, Mark-Viverito pillories Sanders’ immigration record.\n\n"
            "The speaker specifically focused on Sanders’ 2007 vote against a bill which had bipartisan support and "
            "would have overhauled the immigration system, as well as his support for a bill that essentially "
            "protected the Minute Men — a civilian group working along the southern border.")
    from onrecord import extract

    sanders = [s.speaker for s in extract(text).statements if s.speaker.name == "Sanders"]
    assert sanders and all(s.affiliation is None for s in sanders)


def test_a_body_named_after_its_descriptor_is_the_affiliation_not_the_paper_in_play():
    # BBC politics (development slice): the parser hangs "Vote No" on the person
    text = ("Blair rules out date.\n\nIn an interview with the Financial Times, Mr Blair refused to name a date. "
            "Neil O'Brien, director of anti-constitution group Vote No, said: \"The reality is that the government "
            "is scared.\"")
    assert fields_of(text, "reality") == ("Neil O'Brien", "director", "Vote No")


def test_the_body_someone_works_for_is_the_affiliation_not_the_party():
    # PolNeAR train, nyt_2015-11-09_jobs-report-gives-democrats-a-li
    text = ("Jobs report.\n\n\"Good news is bad news for them,\" said Geoff Garin, a Democratic pollster working for "
            "Priorities USA, a super PAC supporting Hillary Rodham Clinton.")
    assert fields_of(text, "Good news") == ("Geoff Garin", "pollster", "Priorities USA")
    assert speaker_of(text, "Hillary")[0].name == "Priorities USA"


def test_a_campaign_spokesman_speaks_for_the_campaign():
    # PolNeAR train, politico_2015-12-15_carson-huckabee-fiorina-earned-s
    text = "Speeches.\n\nHuckabee campaign spokesman Hogan Gidley said the plan was bad."
    assert fields_of(text, "plan") == ("Hogan Gidley", "spokesman", "Huckabee campaign")
    text = "Speeches.\n\nSanders campaign manager Jeff Weaver said the plan was bad."
    assert fields_of(text, "plan") == ("Jeff Weaver", "campaign manager", "Sanders")


def test_a_body_before_a_role_is_no_part_of_the_title():
    # BBC business (development slice)
    text = "S Korea.\n\n\"The economy is now heading upward,\" said central bank governor Park Seung."
    assert fields_of(text, "economy")[:2] == ("Park Seung", "governor")


def test_its_after_the_content_is_the_subject_the_sentence_opened_with():
    # BBC dev slice, business/072
    text = "South Korea looks set to sustain its revival thanks to renewed private consumption, its central bank says.\n"
    assert fields_of(text, "revival") == ("central bank", None, "South Korea")


def test_its_after_the_content_gives_a_named_person_the_body():
    text = "Vodafone expects profits to rise sharply this year, its chief executive Arun Sarin said.\n"
    assert fields_of(text, "profits") == ("Arun Sarin", "chief executive", "Vodafone")


def test_its_with_no_named_subject_before_it_gives_no_body():
    text = "Shares in the group rose sharply on Monday, its chief executive Arun Sarin said.\n"
    assert fields_of(text, "Shares") == ("Arun Sarin", "chief executive", None)


def test_a_qualified_body_in_lower_case_before_a_role_is_the_affiliation():
    # BBC dev slice, business/072
    text = '"The economy is now heading upward rather than downward," said central bank governor Park Seung.\n'
    assert fields_of(text, "economy") == ("Park Seung", "governor", "central bank")


def test_a_bare_company_before_a_role_names_no_body():
    text = '"We will appeal against the ruling," said company director John Smith.\n'
    assert fields_of(text, "appeal") == ("John Smith", "company director", None)


def test_the_apposition_with_a_body_outweighs_a_bare_role_before_the_name():
    # PolNeAR train (development gold), nyt_2015-11-09_jobs-report-gives-democrats-a-li
    text = ("''We finally may be seeing some wage acceleration,'' the economist Jared Bernstein, a former "
            "adviser in the Obama White House, wrote on his blog.\n")
    assert fields_of(text, "wage") == ("Jared Bernstein", "former adviser", "Obama White House")


def test_a_bare_role_stays_where_no_apposition_gives_a_body():
    text = "''We finally may be seeing some wage acceleration,'' the economist Jared Bernstein wrote on his blog.\n"
    assert fields_of(text, "wage") == ("Jared Bernstein", "economist", None)


def test_a_neighbour_has_no_body_even_where_their_resolves_to_one():
    # PolNeAR train, nyt_2016-04-27_china-trade-is-linked-to-u-s-vot (its opening, verbatim)
    text = (
        'China trade is linked to U.S. voter extremism; \n'
        'New research connects globalization and bitter American political divide.\n'
        '\n'
        'ABSTRACT.\n'
        '\n'
        'Research suggests that globalization and related job losses since the turn of the century have contributed heavily to a bitter political divide in the United States.\n'
        '\n'
        'FULL TEXT.\n'
        '\n'
        'In this forlorn Southern town whose once-humming factories were battered in recent years by a flood of Asian imports, Rhonda Hughes, 43, is a fervent supporter of Donald J. Trump. Her    72-year-old mother is equally passionate about Senator Bernie Sanders.\n'
        '\n'
        "Disenchantment with the political mainstream is no surprise. But research to be released  this week by four leading academic economists suggests that the damage to manufacturing jobs from a sharp acceleration in globalization since the turn of the century has contributed heavily to the United States' bitter political divide.\n"
        '\n'
        "Ms. Hughes avoids discussing the election with her mother, but their neighbor Benjamin Green, 83, knows just what Washington needs. ''It'll take a junkyard dog to straighten this country out,'' he said.\n"
    )
    assert fields_of(text, "junkyard")[2] is None


def test_an_award_before_the_body_is_no_part_of_it_nor_a_preposition_of_the_title():
    # PolNeAR train, breitbart_2016-04-01_clinton-sanders-had-opposing-vie
    text = ('"We were looking for signs that he is going to be supportive," said Dr. Harold Varmus, the Nobel '
            'Prize-winning former NIH director under President Bill Clinton.\n')
    assert fields_of(text, "signs") == ("Harold Varmus", "director", "NIH")


def test_a_party_members_role_inside_the_ners_body_is_the_title():
    # the lead's shape (stop 37): the NER reads "Labour MSP" as one ORG, which became the body
    speaker, _ = speaker_of("A Glasgow-based Labour MSP, Tom Brown, said the plan was wrong.", "plan")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Tom Brown", "MSP", "Labour")


def test_a_party_members_role_in_apposition_after_the_name():
    speaker, _ = speaker_of("Tom Brown, a Glasgow-based Labour MSP, said the plan was wrong.", "plan")
    assert (speaker.title, speaker.affiliation) == ("MSP", "Labour")


def test_a_name_the_parser_set_beside_the_role_s_body_is_the_role_holder():
    # PolNeAR train: "Ina Kirsch" parsed as the apposition of "the European Centre", so the
    # director was unnamed and "Ina Kirsch" her body
    text = ("Manafort lobbying\n\n"
            "Pointing to Manafort's involvement, Weber told AP that Manafort discussed the project before it began "
            "in a conference call with Podesta and himself.\n\n"
            "The director of the European Centre, Ina Kirsch, told the AP her group never worked with Manafort or "
            "Gates and said the group hired the Washington lobbyists on its own.")
    speaker, _ = speaker_of(text, "never worked", "2016-08-19")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Ina Kirsch", "director", "European Centre")


def test_a_role_hung_below_the_body_that_premodifies_it_speaks():
    # parsed "A Department" with "for ... spokeswoman" its preposition: the department spoke,
    # and "she said" had no one to stand for
    text = ("Mandarin still in post\n\n"
            "A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post and that he would "
            "continue in the job until a replacement was found. \"No date was ever given for Doug Smith's "
            "departure,\" she said adding that the post had been advertised.")
    for word in ("still in post", "No date"):
        speaker, _ = speaker_of(text, word, "2005-01-12")
        assert (speaker.name, speaker.type, speaker.unnamed) == ("spokeswoman", "person", True)
        assert (speaker.title, speaker.affiliation) == ("spokeswoman", "Department for Work and Pensions")


def test_a_body_of_its_own_stays_a_body():
    text = "Figures row\n\nThe Ministry of Defence said the figures were wrong."
    speaker, _ = speaker_of(text, "figures were wrong", "2005-01-12")
    assert (speaker.name, speaker.type) == ("Ministry of Defence", "organization")


@pytest.mark.parametrize(("text", "expected"), [
    ('"Silent Harbour" director Anne Fox said the film had taken six years to make.', ("Anne Fox", "director", None)),
    ("Harry Potter author JK Rowling said she was delighted with the response.", ("JK Rowling", "author", None)),
])
def test_a_work_is_no_affiliation(text, expected):
    assert fields_of(text, text.split()[-2]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BBC director Mark Thompson said he was delighted with the response.", ("Mark Thompson", "director", "BBC")),
    ("Labour author Tom Watson said he was delighted with the response.", ("Tom Watson", "author", "Labour")),
    ("Chelsea star Frank Lampard said he was delighted with the response.", ("Frank Lampard", "star", "Chelsea")),
])
def test_a_body_before_a_role_stays_the_affiliation(text, expected):
    assert fields_of(text, text.split()[-2]) == expected
