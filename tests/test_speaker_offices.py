"""Role nouns for an office and sentence-opening bodies (issue 11), on sentences from the
BBC development slices (docs/engine.md, "Speaker resolution"): "the prime minister" is the
person in play when no one else might be, left unresolved when another person who might
hold the office was named just before; "Arsenal manager Arsene Wenger" gives title
"manager" and affiliation "Arsenal" when the article writes Arsenal as a name elsewhere."""

from __future__ import annotations

import pytest
from conftest import SHARED, speaker_fields, speaker_of, unavailable

# A BBC article of the development slices, read where ../shared is present.
_DEV_ARTICLE = SHARED / "data" / "bbc" / "politics" / "298.txt"

# BBC politics (development slice): Mr Blair is in play; the home secretary named between
# has a title that is not the prime minister's.
_BLAIR = ("Tony Blair has said he does not want higher tax rates for top earners. Home Secretary Charles Clarke "
          "this week published plans for a new points system. Mr Blair said abuses would be weeded out. That would "
          "probably create a fall in the migrant numbers, he said. The prime minister ridiculed the Tory plans for "
          "asylum quotas, saying they were unworkable.")

# BBC politics (development slice): the only person named before the office.
_BLUNKETT = ("Blunkett unveils policing plans\n\nPeople could be given the mobile phone number of their local bobby "
             "under an overhaul of policing in England and Wales unveiled by David Blunkett.\n\nThe plans include a "
             "dedicated policing team for each neighbourhood. The home secretary said targets would be put in place "
             "to ensure that the public got a good response from police.")

# BBC politics (development slice): the prime minister was named just before the home
# secretary spoke; "the prime minister" is then either's to a reader without the world.
_JOINED = ("Mr Blunkett said the plans were a new start. Before delivering a statement to MPs, Mr Blunkett was joined "
           "by Tony Blair at Welling School. Mr Blunkett said he wanted \"to go back to a time when the police were "
           "part of the community\". The prime minister said the law-abiding citizen should be in charge of the "
           "community.")


def test_a_common_word_opening_the_sentence_stays_part_of_the_title():
    # "race" is written in lower case elsewhere: "Race director" is a title, no body
    text = ("The race will start in Hyde Park. Race director Matthew Turnbull said the course was the fastest yet.")
    speaker, _ = speaker_of(text, "fastest")
    assert speaker.affiliation != "Race" and "director" in (speaker.title or "")


def test_the_commission_is_the_body_called_commission_not_another_agency():
    # BBC politics (development slice): "the commission" after the Scottish Parliament was
    # named in a list is still the Electoral Commission the earlier anaphors were, though
    # its name was written more than the nominal window before
    if not _DEV_ARTICLE.exists():
        unavailable(f"{_DEV_ARTICLE} not found")
    text = _DEV_ARTICLE.read_text(encoding="utf-8")
    speaker, _ = speaker_of(text, "four months")
    assert speaker.name == "Electoral Commission"


def test_a_persons_group_is_not_the_body_named_last():
    # PolNeAR train (not held out): "Barden's group" is his, not Sandy Hook Elementary School
    text = ("Mark Barden, whose son Daniel was killed at Sandy Hook Elementary School, stood behind the president. "
            "Barden says far too many lives have been lost. Barden’s group says it is particularly appreciative of "
            "Obama’s focus on background checks.")
    speaker, _ = speaker_of(text, "appreciative", published="2016-01-05")
    assert speaker.unnamed and speaker.name == "group" and speaker.affiliation == "Mark Barden"


def test_a_qualified_group_is_a_body_of_that_kind_not_any_body():
    # PolNeAR train (not held out): "the rights group" is no U.N. panel
    text = ("10 Things to Know for Today.\n\n2. U.N. PANEL RULES FOR WIKILEAKS FOUNDER.\n\nJulian Assange has been "
            "“arbitrarily detained” by Britain and Sweden since December 2010, and should be freed and compensated, "
            "the rights group says.\n\n3. EXPERTS DOWNPLAY PLANNED NORTH KOREA LAUNCH.")
    speaker, _ = speaker_of(text, "compensated", published="2016-02-05")
    assert speaker.unnamed and speaker.name != "U.N."


# PolNeAR train (not held out): an AP dateline before the lead's role, and an epithet for
# the only person in play.
_RENO = ("Trump tells 3,000 in Reno NFL has gone ‘soft’ like the US.\n\nRENO, Nev. (AP) — Republican presidential "
         "hopeful Donald Trump says he doesn’t watch professional football much anymore because the NFL has gone "
         "“soft” like the United States.\n\nTrump drew the analogy during a campaign speech to more than 3,000 people "
         "in downtown Reno on Sunday.\n\nThe billionaire real estate magnate says a violent hit that used to be "
         "considered a great tackle now draws a 15-yard penalty.")


def test_a_dateline_is_no_part_of_the_affiliation():
    speaker, _ = speaker_of(_RENO, "professional football", published="2016-01-10")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Donald Trump", "presidential hopeful", "Republican")


def test_an_epithet_is_the_only_person_in_play_whatever_his_title():
    speaker, _ = speaker_of(_RENO, "violent hit", published="2016-01-10")
    assert (speaker.name, speaker.unnamed) == ("Donald Trump", False)


def test_an_epithet_naming_someone_else_stays_unresolved():
    # "the Christie supporter" is not Christie, the only person in play
    text = ("Chris Christie spoke in Hudson, New Hampshire, on Monday. Asked about the rally, the Christie supporter "
            "retorted that there was a special place for people who did not vote.")
    speaker, _ = speaker_of(text, "special place", published="2016-02-08")
    assert speaker.name != "Chris Christie"


# A rank word makes another office: the shadow chancellor is not "the chancellor", the
# deputy prime minister not "the prime minister" (BBC politics wording).
_SHADOW_ONLY = ("The Chancellor said the economy was strong. Shadow chancellor Oliver Letwin said the figures "
                "did not add up.")
_SHADOW_AND_CHANCELLOR = ("Shadow chancellor Oliver Letwin attacked the plans. Chancellor Gordon Brown spoke later. "
                          "The chancellor said the economy was strong.")
_DEPUTY = ("Deputy Prime Minister John Prescott visited Hull on Friday. The prime minister said the plan would work.")


def test_a_rank_word_makes_another_office():
    speaker, _ = speaker_of(_SHADOW_ONLY, "economy was strong")
    assert speaker.name != "Oliver Letwin" and speaker.unnamed
    speaker, _ = speaker_of(_SHADOW_AND_CHANCELLOR, "economy was strong")
    assert speaker.name == "Gordon Brown"
    speaker, _ = speaker_of(_DEPUTY, "plan would work")
    assert speaker.name != "John Prescott"


def test_a_name_inside_what_was_said_does_not_compete_for_a_bare_office():
    # BBC politics (development slice): Bush is named only inside Blair's words
    from conftest import speaker_of

    text = ("Blair sees greater Bush consensus\n\nGeorge W Bush will display a more consensual approach to world "
            "politics as he begins his second term as US President, Tony Blair has said.\n\nThe prime minister said "
            "Mr Bush had learned military force was not the only way to fight terrorism.\n")
    speaker, statement = speaker_of(text, "military force")
    assert (speaker.name, speaker.unnamed) == ("Tony Blair", False)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "the prime minister" is not any minister: the home secretary does not compete for it
    pytest.param(
        _BLAIR,
        "quotas", {"name": "Tony Blair", "unnamed": False},
        id="a_bare_office_is_the_person_in_play_whose_title_does_not_contradict_it"),
    pytest.param(
        _BLUNKETT,
        "targets", {"name": "David Blunkett", "title": "home secretary"},
        id="a_bare_office_with_a_portfolio_is_the_only_person_named_so_far"),
    pytest.param(
        _JOINED,
        "law-abiding", {"unnamed": True, "name": "prime minister"},
        id="a_bare_office_stays_unresolved_when_another_person_was_named_just_before-1"),
    pytest.param(
        _JOINED,
        "new start", {"title": None},
        id="a_bare_office_stays_unresolved_when_another_person_was_named_just_before-2"),
    # BBC sport (development slice)
    pytest.param(
        "Wenger dismay at Arsenal display\n\nThe Gunners lost 3-1 in Munich. \"We made mistakes,\" he said. "
        "Arsenal manager Arsene Wenger claimed their display was \"our worst performance in the Champions "
        "League\". Bayern coach Felix Magath praised Arsenal for their spirit.",
        "worst", {"name": "Arsene Wenger", "title": "manager", "affiliation": "Arsenal"},
        id="a_body_opening_the_sentence_is_the_affiliation_when_the_article_names_it_elsewhere"),
    # BBC business (development slice): "Helmut Panke" typed ORG; "Mr Panke" is he
    pytest.param(
        "Speaking at a BMW event ahead of the Geneva motor show, Helmut Panke predicted demand for such crossover "
        "vehicles would soar in Europe. It takes three years from when a decision is taken before a new model hits "
        "the streets, Mr Panke said.",
        "three years", {"name": "Helmut Panke", "type": "person"},
        id="a_full_name_the_ner_took_for_a_body_is_the_person_an_honorific_names_later"),
    # BBC business (development slice); docs/annotation.md: "India" for "India's government"
    pytest.param(
        "The trade surplus narrowed to a record Australian dollar 29.4bn. The Australian government said the "
        "economy remained strong with unemployment at its lowest in decades.",
        "remained strong", {"name": "Australia", "type": "place", "unnamed": False},
        id="a_government_named_by_its_country_is_the_country"),
    # BBC business (development slice)
    pytest.param(
        "Critics said the government was planning to renationalise 3,000 firms. The government says many "
        "privatised firms were sold to allies of the former president at knock-down prices.",
        "knock-down", {"name": "government", "type": "organization", "unnamed": True},
        id="the_government_alone_is_an_unnamed_body_not_a_person"),
    # BBC politics (development slice): "all-party" does not make the group a party
    pytest.param(
        "The Parliamentary Group on Betting said betting on sport has led to more cheating. The all-party group "
        "recommended 15 ways to protect punters, saying the watchdog needed more powers.",
        "watchdog needed", {"name": "Parliamentary Group on Betting"},
        id="a_hyphened_qualifier_is_no_kind_of_the_group"),
    pytest.param(
        "Shadow chancellor Oliver Letwin attacked the plans. The shadow chancellor said the economy was weak.",
        "economy was weak", {"name": "Oliver Letwin"},
        id="the_rank_word_in_the_phrase_still_finds_its_holder"),
    # BBC politics (development slice): "the Labour peer and former minister" is Lord Dubs
    pytest.param(
        "Lord Dubs agreed to withdraw his bill after its second reading in the House of Lords. During the debate, "
        "the Labour peer and former minister said: \"The monarchy should symbolise the values of this country.\"",
        "monarchy", {"name": "Dubs", "unnamed": False},
        id="an_epithet_with_a_second_role_joined_is_still_the_person_in_play"),
    # BBC business (dev slice): "Transportation" was read as the body of a bare "Secretary"
    pytest.param(
        'Transportation Secretary Norman Mineta said he was "deeply concerned" at the disruption '
        'to passengers, and ordered a thorough investigation.',
        "deeply concerned", {"name": "Norman Mineta", "title": "Transportation Secretary", "affiliation": None},
        id="a_us_department_before_secretary_is_the_portfolio"),
])
def test_office_speaker(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected
