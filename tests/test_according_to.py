"""The "according to X" rule (attribute/according.py; issue 11): X is the source and the
clause after it the content, where the parser put X's name into the content ("According to
search engine Ask Jeeves, around 80% ...") or set it off by commas; a name with its own
relative clause or apposition after "according to the company" is the content's subject."""

from __future__ import annotations

import pytest
from conftest import speaker_of


def test_a_name_after_an_according_to_role_is_the_source_not_the_content():
    speaker, statement = speaker_of("According to search engine Ask Jeeves, around 80% of surfers visit search "
                                    "engines as their first port of call on the net.", "surfers")
    assert speaker.name != "search engine" and not speaker.unnamed
    assert "Jeeves" in speaker.name
    assert statement.content.text.startswith("around 80% of surfers")


@pytest.mark.parametrize(("text", "word", "source", "content"), [
    pytest.param("According to figures gathered by industry watchdog, Ofcom, the growth means that the UK has now "
                 "surpassed Germany.", "growth", "Ofcom", "the growth means",
                 id="a_name_set_off_by_commas_after_an_according_to_role_is_the_source"),
    pytest.param("According to the report, Vodafone, the largest operator, will cut jobs.", "cut jobs", "report",
                 "Vodafone", id="a_clause_opened_by_a_name_after_according_to_keeps_its_subject"),
    # the relative pronoun is the subject of the name's own aside
    pytest.param("According to the complaint, Smith, who ran the fund, lied to investors.", "lied", "complaint",
                 "Smith, who ran the fund", id="a_name_with_its_own_relative_clause_is_the_content_subject-1"),
    pytest.param("According to the police, John Smith, who lives nearby, saw the attack.", "attack", "police",
                 "John Smith, who lives nearby", id="a_name_with_its_own_relative_clause_is_the_content_subject-2"),
    pytest.param("According to analysts, Microsoft, which makes Windows, will cut jobs.", "cut jobs", "analysts",
                 "Microsoft, which makes Windows",
                 id="a_plural_source_of_according_to_is_never_in_apposition_to_a_name"),
    # the parser hangs the comma on "company" itself
    pytest.param("According to the company, Microsoft, the world's biggest software firm, will cut jobs.", "cut jobs",
                 "company", "Microsoft, the world's",
                 id="a_name_with_an_apposition_after_according_to_the_company_is_the_content_subject"),
])
def test_according_to_gives_the_source_and_the_content_s_start(text, word, source, content):
    speaker, statement = speaker_of(text, word)
    assert speaker.name == source
    assert statement.content.text.startswith(content)


def test_a_possessive_role_after_according_to_is_not_left_over_as_the_via():
    speaker, statement = speaker_of("According to the BBC's political editor, Nick Robinson, the vote will be close.",
                                    "vote")
    assert statement.via is None or "editor" not in (getattr(statement.via, "name", None) or str(statement.via))


# Remarks are the medium, their owner the source (attribute/remark_owners.py). No real sentence
# of these shapes turned up in the PolNeAR train, devgold or BBC dev texts: the first is the
# issue's own sentence, the others written in the shapes it names.
@pytest.mark.parametrize(("text", "word", "source"), [
    pytest.param("Gas supplies will rise, according to comments on Wednesday from the energy minister, Grant Shapps.",
                 "supplies", "Grant Shapps", id="according_to_comments_from_x_gives_x"),
    pytest.param("Prices will rise, according to remarks by the chancellor, Rishi Sunak.", "Prices", "Rishi Sunak",
                 id="according_to_remarks_by_x_gives_x"),
    pytest.param("According to comments made by the minister, prices will rise.", "prices", "minister",
                 id="according_to_comments_made_by_x_gives_x"),
    pytest.param("Comments from the minister suggested that prices will rise.", "prices", "minister",
                 id="comments_from_x_as_the_subject_of_a_cue_give_x"),
    # a day's possessive owns no remarks: the walk goes on to "from" (remark_owners.owner_written_with)
    pytest.param("Wednesday's comments from the finance minister said the budget would be balanced.", "budget",
                 "finance minister", id="a_day_s_comments_from_x_give_x"),
])
def test_the_owner_of_remarks_is_the_source(text, word, source):
    speaker, statement = speaker_of(text, word, published="2022-03-21")
    assert speaker.name == source
    assert statement.via is None  # a person's comments relay nothing


def test_remarks_keep_the_day_they_are_dated_by():
    _, statement = speaker_of("Gas supplies will rise, according to comments on Wednesday from the energy minister, "
                              "Grant Shapps.", "supplies", published="2022-03-21")
    assert statement.when is not None and str(statement.when.date) == "2022-03-16"


def test_remarks_with_no_owner_stay_the_source():
    speaker, _ = speaker_of("Prices will rise, according to comments on Wednesday.", "Prices", published="2022-03-21")
    assert speaker.name == "comments"


def test_the_owner_of_remarks_saying_something_is_its_speaker():
    # PolNeAR train (nyt_2016-08-17): "Mr. Trump's comments saying ..." is Trump's saying
    from onrecord import extract

    article = extract("Mr. Biden said on Monday that on a trip to Kosovo and Serbia this week, he would be "
                      "compelled to ''reassure'' allies that the United States would honor its commitment to "
                      "NATO, given Mr. Trump's comments saying he would reassess the arrangement if elected.",
                      published="2016-08-17")
    saying = [s for s in article.statements if s.content.text.startswith("he would reassess")]
    assert saying and saying[0].speaker.name == "Trump"
