"""Speakers the sentence names that a misread parse hid (issue 11): an inverted
cue's titled name read as a clause, a name read as an adverb of its verb, a subject hung on
an aside's auxiliary, a name before a party-and-state parenthesis, a verb left unjoined
after a comma, a name the tagger took for a common noun, and the quote paragraphs that go
on with them; a subject behind a modifier read as the verb, a noun a finite cue was read as
modifying, a name before an aside between a quotation and its cue, a closing quotation mark
glued to the speaker, a relative clause's own content, a quantifier's noun, and a cue joined
to the wrong clause (attribute/modifier_cues.py, conjunct_subjects.py, subject_shapes.py).
One short text per rule, parsed by the real pipeline."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of

from onrecord import extract


def test_an_inverted_cues_titled_name_speaks_and_is_never_said():
    text = '"This is typical of hypocrisy," said Tory shadow local government secretary Caroline Spelman.'
    statements = extract(text, published="2005-03-01").statements
    assert [(s.speaker.name, s.content.text) for s in statements] == [
        ("Caroline Spelman", '"This is typical of hypocrisy,"')]
    assert statements[0].speaker.mention.text == "Tory shadow local government secretary Caroline Spelman"


def test_a_name_read_as_an_adverb_speaks_and_its_quotes_go_on_with_him():
    text = ('Keeper Dean Kiely said: "We were poor in the first half. We improved after the break."\n\n'
            '"We will kick on now. Our ambition is to progress."')
    speaker, statement = speaker_of(text, "poor")
    assert speaker.name is not None and speaker.name.endswith("Kiely")
    assert statement.cue.text == "said"
    follow, _ = speaker_of(text, "kick on")
    assert follow.name == speaker.name


@pytest.mark.parametrize(("text", "word", "name"), [
    ("Clinton paused, then revealed why the campaign had changed course.", "campaign", "Clinton"),
    ("Johnson paused, then explained why the club had sold its best player.", "club", "Johnson"),
])
def test_a_verb_left_unjoined_after_a_comma_goes_on_with_the_subject(text, word, name):
    assert speaker_of(text, word)[0].name == name


def test_a_name_read_as_a_common_noun_at_the_root_speaks_as_itself():
    text = 'Trump defended eminent domain, calling the use of private property an "absolute necessity" for building roads.'
    speaker, _ = speaker_of(text, "necessity")
    assert (speaker.name, speaker.mention.text) == ("Trump", "Trump")


def test_the_phrase_of_a_name_at_the_root_keeps_its_aside_not_the_sentence():
    text = ("Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never "
            "suggested a database.")
    speaker, _ = speaker_of(text, "database")
    assert speaker.mention.text == "Donald Trump, who is vying to be the next president"


def test_a_party_and_state_parenthesis_closes_with_the_speaker_phrase():
    speaker, _ = speaker_of("Sen. Dick Durbin (D-Ill.) said the plan would fail.", "plan")
    assert (speaker.name, speaker.mention.text) == ("Dick Durbin", "Sen. Dick Durbin (D-Ill.)")


def test_a_name_before_a_parenthesis_speaks_for_a_cue_with_no_subject():
    text = ("Thursday at the Republican Jewish Coalition conference in Washington, D.C., Republican, presidential "
            "candidate Sen. Lindsey Graham (R-SC) called out his rival Donald Trump for alienating Hispanics.")
    statements = [s for s in extract(text, published="2015-12-03").statements if s.cue.text == "called out"]
    assert [s.speaker.name for s in statements] == ["Lindsey Graham"]


def test_a_name_after_a_preposition_in_the_inverted_phrase_does_not_speak():
    text = '"Jeremy said he had a rather embarrassing problem," reads a telephone memo for Mr Heath.'
    speaker, _ = speaker_of(text, "embarrassing")
    assert speaker.name != "Heath" and speaker.type == "document"


def test_an_inverted_cue_inside_an_opening_clause_takes_the_name_not_the_content():
    text = "While the market is weak, said Ms Jones, the firm will keep its staff."
    speaker, statement = speaker_of(text, "staff")
    assert speaker.name == "Jones"
    assert statement.content.text.startswith("While the market is weak")


def test_a_relative_clauses_content_ends_before_the_host_verb_the_parser_hung_inside_it():
    speaker, statement = speaker_of("The man who said he had seen the crash was questioned by police.", "crash")
    assert speaker.name == "man" and speaker.unnamed
    assert statement.content.text == "he had seen the crash"


def test_a_relative_clause_the_parser_closed_keeps_its_content():
    _, statement = speaker_of("A woman who said she lived nearby was taken to hospital.", "nearby")
    assert statement.content.text == "she lived nearby"


def test_the_subject_of_a_modifier_read_as_the_verb_speaks():
    # "privy" and "going" were read as the root, "say" hung on them as a bare dependant
    speaker, _ = speaker_of("But while Republicans are happily supporting the delay as a blow to Obamacare, multiple "
                            "sources privy to negotiations say it’s the Democratic leaders in Congress, responding to "
                            "pressure from labor unions, who have insisted on acting now.", "Democratic leaders",
                            "2015-12-08")
    assert speaker.name is not None and "sources" in speaker.name
    speaker, _ = speaker_of("Majorities of Democrats in five states going to the polls Tuesday say they would be "
                            "satisfied with both candidates as the nominee.", "satisfied", "2016-03-15")
    assert speaker.name is not None and "Democrats" in speaker.name


def test_a_name_before_an_aside_after_a_quotation_speaks_the_quotation():
    speaker, statement = speaker_of(
        "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat "
        "and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down around him amid the sound of "
        "popping balloons underfoot.", "successful conventions", "2016-07-21")
    assert speaker.name == "Bill Eastland"
    assert "Eastland" not in statement.content.text


def test_the_one_named_before_a_gerund_after_about_speaks():
    speaker, _ = speaker_of("Breitbart News’ Dr. Thomas Williams will be interviewed about Pope Francis calling "
                            "Christmas a sham.", "a sham", "2015-11-23")
    assert "Francis" in speaker.name


_HOWARD_IN_LEEDS = ("Mr Howard spoke in Leeds on Monday. But he did, for the first time, say there would be tax cuts.\n\n"
                    '"At this election, people will have a clear choice between more tax and less tax."')


@pytest.mark.parametrize(("text", "word", "published", "expected"), [
    pytest.param(
        _HOWARD_IN_LEEDS,
        "tax cuts", "2005-03-01", {"name": "Howard"},
        id="a_subject_on_the_auxiliary_before_an_aside_speaks-1"),
    pytest.param(
        _HOWARD_IN_LEEDS,
        "clear choice", "2005-03-01", {"name": "Howard"},
        id="a_subject_on_the_auxiliary_before_an_aside_speaks-2"),
    pytest.param(
        "Weaver didn’t seem particularly impressed with the comments Tuesday, telling reporters, "
        "“A lot of people said the mayor should step down.”",
        "mayor", "2005-03-01", {"name": "Weaver"},
        id="a_name_the_tagger_left_out_before_a_participle_speaks"),
    pytest.param(
        '"I must admit that I was the first person to be surprised," added the Uruguayan-born researcher, who has made games.',
        "surprised", "2005-03-01", {"name": "researcher", "unnamed": True},
        id="an_inverted_cues_described_speaker_read_as_its_object_speaks"),
    # BBC politics (dev slice, politics/303): the memo the parser made the object of "reads"
    pytest.param(
        '"Jeremy said he was encountering a rather embarrassing problem with his colleagues," reads a memo for Mr Heath.',
        "embarrassing problem", "2005-03-01", {"name": "memo", "type": "document"},
        id="a_document_an_inverted_reads_has_as_its_object_speaks"),
    # BBC tech/106 (dev slice): "read" after the document tagged a noun, so the quotation had no cue
    pytest.param(
        'In one message, Morquendi wrote about a Sri Lankan woman who was running home with a friend when the wave '
        'hit. "She was being swept away," Morquendi\'s message read.',
        "swept away", "2005-03-01", {"name": "Morquendi", "document": "message"},
        id="a_documents_read_the_tagger_took_for_a_noun_is_the_cue_and_its_owner_speaks"),
    pytest.param(
        "Greek sprinter Kostas Kenteris has protested his innocence. The 31-year-old insisted he will be happy "
        "if he is charged so he can clear his name.",
        "clear his name", "2005-03-01", {"name": "Kostas Kenteris"},
        id="an_age_the_parser_hung_on_the_verb_still_speaks_and_resolves_to_the_person"),
    # "yelled" read as a modifier of "man", the quotation as the sentence's verb
    pytest.param(
        "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a "
        "man yelled “Stay there!”",
        "Stay there", "2016-03-01", {"name": "man", "type": "person", "unnamed": True},
        id="a_noun_before_a_finite_shout_is_its_speaker"),
    pytest.param(
        "“I think it’s been most surprising to me to see somebody who was affable really traffic in "
        "a lot of the prejudice and paranoia,”Clinton said. “Some of the comments he has made "
        "doesn’t fit with what I thought I knew about him.”",
        "most surprising", "2016-02-26", {"name": "Clinton"},
        id="a_closing_mark_glued_to_the_speaker_is_split_off"),
    # not "AFP", the audience after "told"
    pytest.param(
        "“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, "
        "told AFP in an interview in Mexico City on Monday.",
        "tremendously wrong", "2016-04-12", {"name": "Ramos"},
        id="an_age_between_commas_leaves_the_name_before_it_the_speaker"),
    pytest.param(
        "Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll welcome "
        "advice for anyone who wants to talk to or yell at him if elected.",
        "welcome advice", "2016-02-08", {"name": "Kasich"},
        id="the_subject_of_the_first_of_two_joined_predicates_speaks"),
    pytest.param(
        "UK Independence Party leader Nigel Farage said the warning was indicative that the "
        "President did not know what he was talking about, and accused Number 10 Downing Street of "
        "putting words in the President’s mouth.",
        "Downing Street", "2016-04-23", {"name": "Nigel Farage"},
        id="a_past_cue_after_comma_and_goes_with_the_reporting_verb_not_the_reported_clause"),
    pytest.param(
        "French President Francois Hollande wants Islamic State strongholds to be hit even harder. He has also "
        "called on the United States to attack the oil that funds the Islamic State and proposed a safe zone "
        "inside Syria for the refugees.",
        "safe zone", "2015-11-19", {"name": "Francois Hollande"},
        id="a_second_participle_of_a_perfect_is_not_the_relative_clause_s"),
    pytest.param(
        "If you don’t believe your federal government, the Washington Post will brand you a liar "
        "and NBC News will accuse you of engaging in a “freak out.”",
        "freak out", "2015-11-17", {"name": "NBC News"},
        id="the_subject_of_a_second_clause_read_as_the_object_s_conjunct_speaks"),
    # "could penetrate ... and implying": the parser joined "implying" to the reported clause
    pytest.param(
        "Donald Trump spoke on Wednesday. On Thursday, he expanded upon his calls for increased "
        "surveillance of the Muslim community in the United States, warning followers on social "
        "media and in interviews that the Islamic State could easily penetrate the country and "
        "implying that some members of the group might already be attempting to do so.",
        "some members of the group", "2015-11-19", {"name": "Donald Trump"},
        id="a_participle_joined_to_a_reported_clause_goes_with_the_reporting_participle"),
    pytest.param(
        "Republican establishment figures — whose party was once respected for its discipline "
        "and public unity — both suggested Melania’s speechwriter be fired and defended Trump as "
        "a candidate.",
        "speechwriter", "2016-07-19", {"name": "establishment figures", "type": "group", "affiliation": "Republican", "unnamed": True},
        id="a_noun_before_a_quantifier_subject_speaks"),
])
def test_speaker_found(text, word, published, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected, published) == expected


def test_a_misread_read_after_a_document_no_name_owns_is_no_cue(nlp):
    from onrecord.attribute.quote_side_verbs import document_read_as_noun

    for text, expected in (('"We will win," Trump\'s message read.', True), ('"We will win," the message read.', False)):
        doc = nlp(text)
        read = next(t for t in doc if t.lower_ == "read")
        closing = next(t for t in doc if t.text == '"' and t.i > 1)
        assert read.pos_ == "NOUN" and document_read_as_noun(read, 0, closing.idx + 1) is expected, text
