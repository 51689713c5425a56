"""Speaker errors of long US political articles (issue 11, stop 35, round 2), from PolNeAR
train sentences."""

from __future__ import annotations

from conftest import speaker_of


def test_an_east_asian_surname_written_first_says_no_gender():
    # "Lu" is a census first name (female): "he told reporters" went to the man before
    text = ("Shane Shook, a cyber security expert who has helped investigate some of the breaches uncovered to "
            "date, said he did not see convincing evidence in the report that the Chinese government was behind "
            "the FDIC hack.\n\n"
            "Speaking in Beijing, Chinese Foreign Ministry spokesman Lu Kang repeated that China opposed hacking "
            "and acted against it.\n"
            "People should provide evidence for their accusations and not wave around speculative words like "
            "\u201cmaybe\u201d and \u201cperhaps\u201d, he told reporters.")
    assert speaker_of(text, "provide evidence", "2016-07-14")[0].name == "Lu Kang"


def test_a_first_name_after_such_a_surname_still_says_the_gender():
    from onrecord.attribute.names import gender_of_name

    assert gender_of_name("Lu Kang") is None and gender_of_name("Li Keqiang") is None
    assert gender_of_name("Su Ann Smith") == "female" and gender_of_name("Hillary Clinton") == "female"


def test_a_relative_clause_on_the_first_of_two_names_is_that_person_s():
    text = ("Former secretary of State Clinton was for the TPP before she was against it, and she might yet be for "
            "it once again.\n\n"
            "Contrast that with Trump, who has called the 12-nation TPP pact \"insanity,\" and Sanders, who says "
            "it's \"disastrous.\"")
    speaker, _ = speaker_of(text, "12-nation", "2016-05-02")
    assert (speaker.name, speaker.type) == ("Trump", "person")
    assert speaker_of(text, "disastrous", "2016-05-02")[0].name == "Sanders"


def test_the_writer_s_imperative_hides_no_name_from_the_pronouns_after_it():
    # (the article named her first far back, beyond the pronouns' reach)
    text = ("At the same time, a chronic trade deficit and an overvalued dollar have caused factory jobs to dry up, "
            "contributing to a deep divide between the political and economic elite and the rest of the nation. "
            "Perhaps a clash was inevitable.\n\n"
            "Consider the case of Ms. Shanklin-Hawkins. While she says she will not be voting for Mr. Trump and "
            "considers him a racist, she applauds his message on trade. She says she plans to vote for Senator "
            "Bernie Sanders of Vermont, who similarly blasts free trade, but from the left.")
    assert speaker_of(text, "plans to vote", "2016-03-21")[0].name == "Shanklin-Hawkins"
    assert speaker_of(text, "not be voting", "2016-03-21")[0].name == "Shanklin-Hawkins"


def test_an_unnamed_someone_met_in_passing_is_not_the_next_he():
    text = ("''It's not going to be easy for Marco Rubio to do it,'' said Representative Peter T. King of New York, "
            "who endorsed Mr. Rubio on Tuesday.\n\n"
            "With four states having voted, Mr. Rubio has not won a single contest or managed to commandingly "
            "defeat Mr. Cruz, despite his formidable advantages. In South Carolina he campaigned with a popular "
            "governor who had endorsed him. In Nevada, he constantly reminded voters of the six years his family "
            "had lived in Las Vegas.")
    assert speaker_of(text, "six years", "2016-02-25")[0].name == "Marco Rubio"


def test_the_one_the_words_are_said_of_is_not_who_said_them():
    text = ("When Mr. Clinton had trouble joining a conservative Westchester golf club, Mr. Trump boasted that he "
            "welcomed the former president to a newly built Trump National Golf Club, a five-minute drive from the "
            "Clintons' Chappaqua, N.Y., home.\n\n"
            "''He's a great gentleman, a good golfer and a wonderful guy,'' the real estate developer said of "
            "Mr. Clinton, who, in reality, has played at the club.")
    assert speaker_of(text, "great gentleman", "2015-12-31")[0].name == "Trump"
