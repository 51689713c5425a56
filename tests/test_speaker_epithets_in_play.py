"""An epithet or an office for the person in play (issue 11, role nouns): "the GOP candidate"
is the person the article is about, "the Kentucky Republican" the party member in play,
"the Florida senator" the one in play whom the article gave no office, "the first lady" and
"the incumbent" the person named with it, "the Glasgow-born striker" or "the 24-year-old
Londoner" the person just named; each left unresolved where another person might hold it."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of


# huff-post_2016-07-18 "9 (More) Offensive Things Donald Trump Has Said About Latinos" (PolNeAR train), shortened
_TRUMP_LIST = (
    "9 (More) Offensive Things Donald Trump Has Said About Latinos.\n\n"
    "A year ago it seemed unlikely Donald Trump would become the Republican presidential candidate. "
    "Now we've compiled an updated list of Trump's absurd anti-Latino remarks. "
    "“There's great danger with the illegals,” Trump told reporters, before insisting he had a “great "
    "relationship” with Latinos.\n\n"
    "The GOP candidate has insisted on building a wall on the U.S.-Mexico border, despite critics, like "
    "John Oliver, breaking down why it's an expensive and futile idea.\n\n"
    "Sometimes confrontations between supporters and protestors grew violent, and the GOP candidate took to "
    "Twitter to call out protestors. “Everybody is talking about the protesters burning the American flags,” "
    "he tweeted on May 2."
)


def test_an_office_is_no_epithet_for_the_main_person():
    # the same article with an office in place of the epithet: "the senator" may be
    # someone new, and nothing says Trump is a senator (with Trump the only person in play
    # and no one else named since, a bare office is his: someone else is named just before
    # here, so only the main-person rule could give it to Trump)
    text = _TRUMP_LIST.replace("The GOP candidate has insisted",
                               "The debate was watched by Jeb Bush. The senator has insisted")
    speaker, _ = speaker_of(text, "building a wall")
    assert speaker.name != "Donald Trump"


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


def test_a_party_member_s_epithet_stays_unresolved_between_two_people_of_no_party():
    text = ("House Speaker Paul Ryan says no matter what action President Barack Obama takes, \"his word does not "
            "trump the Second Amendment.\"\n\nThe Wisconsin Republican says the steps are certain to be challenged.")
    speaker, _ = speaker_of(text, "certain to be challenged")
    assert speaker.name != "Barack Obama"


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


# breitbart_2016-07-13 "Trump demands Ginsburg resign" (PolNeAR train), shortened
_GINSBURG = ("House Speaker Paul Ryan told CNN Tuesday that Ginsburg’s comments “shows bias to me.”\n\n"
             "Former Democratic candidate Bernie Sanders, who on Tuesday endorsed Clinton, said Wednesday he agrees "
             "with Ginsburg’s remarks.\n\nThe Vermont senator declined to say whether it is appropriate for a sitting "
             "Supreme Court justice to openly criticize a White House contender. But he told ABC’s “Good Morning "
             "America” that he agrees Trump is a “total opportunist”.")


def test_a_campaign_status_is_no_office_for_a_placed_office_among_others_in_play():
    # others in play hold other offices (Speaker Ryan); Clinton, named in passing, is not in play
    speaker, _ = speaker_of(_GINSBURG, "total opportunist")
    assert (speaker.name, speaker.unnamed) == ("Bernie Sanders", False)


def test_a_placed_office_between_two_candidates_stays_unresolved():
    text = _GINSBURG.replace("House Speaker Paul Ryan told", "Republican candidate Ted Cruz told")
    speaker, _ = speaker_of(text, "total opportunist")
    assert speaker.unnamed
    # a candidate the article tied to another place than a party is no Vermont senator
    text = _GINSBURG.replace("Former Democratic candidate Bernie Sanders", "Former Texas candidate Bernie Sanders")
    speaker, _ = speaker_of(text, "total opportunist")
    assert speaker.unnamed


def test_an_epithet_is_not_the_one_in_play_when_another_was_named_since_in_what_was_said():
    text = ("Supporters of Hillary Clinton and Bernie Sanders met on Wednesday.\n\n"
            "Clinton won the primaries in California on Tuesday. Sanders’ only path to the nomination is to convince "
            "the superdelegates who have said they support Clinton to switch. But progressive groups say the superdelegates "
            "should choose the candidate who won the most delegates, putting them at odds with Sanders’ stated plans.\n\n"
            "The Independent Vermont senator vowed last month to take his campaign all the way to the convention.")
    speaker, _ = speaker_of(text, "take his campaign")
    assert speaker.name != "Hillary Clinton"


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        _TRUMP_LIST,
        "building a wall", {"name": "Donald Trump"},
        id="an_epithet_names_the_person_the_article_is_about-1"),
    pytest.param(
        _TRUMP_LIST,
        "burning the American flags", {"name": "Donald Trump"},
        id="an_epithet_names_the_person_the_article_is_about-2"),
    # two people named as often: the article is about neither
    pytest.param(
        "Donald Trump met Jeb Bush. Trump spoke first. Bush spoke next. Trump and Bush left.\n\n"
        "The GOP candidate has insisted on building a wall on the border.",
        "building a wall", {"unnamed": True},
        id="an_epithet_without_a_main_person_stays_unresolved"),
    pytest.param(
        "Hillary Clinton spoke on Tuesday. The controversy centers on comments Clinton made during a speech. "
        "The former secretary of state mocked Trump for calling himself the \"king of debt,\" noting that his plan "
        "would add trillions to the debt.",
        "add trillions", {"name": "Hillary Clinton", "title": "former secretary of state"},
        id="secretary_of_state_is_written_once_in_an_epithet_s_title"),
    pytest.param(
        "One month after announcing his support for Donald Trump, Marco Rubio still believes that the presumptive "
        "GOP nominee is unfit to be commander-in-chief. \"I stand by everything I said during the campaign,\" "
        "the Florida senator told reporters on Tuesday.",
        "I stand by everything", {"name": "Marco Rubio", "unnamed": False},
        id="a_placed_office_is_the_one_in_play_though_an_object_was_named_nearby"),
    pytest.param(
        "Marco Rubio and Ted Cruz spoke in Miami. The Florida senator said the deal was \"a disaster\".",
        "a disaster", {"unnamed": True},
        id="a_placed_office_stays_unresolved_between_two_people_in_play-1"),
    pytest.param(
        "Ted Cruz met Marco Rubio in Miami. The Florida senator said the deal was \"a disaster\".",
        "a disaster", {"unnamed": True},
        id="a_placed_office_stays_unresolved_between_two_people_in_play-2"),
    pytest.param(
        "Trump invited Russia to find the missing emails. \"Russia, if you are listening, I hope you are able to find "
        "the 30,000 emails that are missing,\" Trump told reporters. The Republican presidential nominee for the "
        "Nov. 8 election later said he was being \"sarcastic\" in his comments.",
        "sarcastic", {"name": "Trump", "unnamed": False},
        id="a_nominee_for_an_election_is_still_a_plain_epithet"),
    # PolNeAR train, usa-today_2016-07-27_michelle-obama-made-america-pay-
    pytest.param(
        "Michelle Obama made America pay attention.\n\nMichelle Obama spoke at the Democratic National "
        "Convention. The first lady said that the country was great.",
        "country", {"name": "Michelle Obama", "title": "first lady"},
        id="the_first_lady_is_a_title_that_resolves"),
    # PolNeAR train, wash-post_2016-08-26_a-shaky-balancing-act-for-kelly-
    pytest.param(
        "Ayotte balances.\n\nSen. Kelly Ayotte, a first-term senator from New Hampshire, faces a tough race.\n\n"
        "\"I will vote for him,\" Ayotte said.\n\nThe Republican incumbent said that her position is genuine.",
        "genuine", {"name": "Kelly Ayotte"},
        id="the_incumbent_is_a_role_that_resolves"),
    pytest.param(
        'Kevin Bell scored the winner. "We deserved it," said the Glasgow-born striker.',
        "deserved", {"name": "Kevin Bell", "title": "striker", "affiliation": None},
        id="a_birthplace_epithet_is_the_person_just_named_with_no_affiliation"),
    pytest.param(
        'Kevin Bell scored the winner. Jim Hay came on late. "We deserved it," said the '
        'Glasgow-born striker.',
        "deserved", {"name": "striker", "unnamed": True},
        id="a_birthplace_epithet_with_two_people_nearby_stays_unnamed"),
    pytest.param(
        'Tom Reed scored twice for the visitors. "It was a great night for us," said the '
        '24-year-old Londoner.',
        "great", {"name": "Tom Reed", "unnamed": False},
        id="an_aged_native_of_a_place_is_the_person_just_named"),
])
def test_epithet_for_the_person_in_play(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected


def test_an_aged_surname_stays_the_name():
    speaker, _ = speaker_of('Cole Palmer scored twice. Ben Palmer watched. "It was a great night for us," said '
                            'the 24-year-old Palmer.', "great")
    assert speaker.name != "Tom Reed" and "Palmer" in speaker.name
