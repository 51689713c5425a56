"""Frames that made narration, or the wrong words, look like someone's statement in BBC
output read as an editor would (issue 12): a passive of making whose subject is the thing
made ("The song was written by ...") is an action, not words; a clause joined to the cue by
"so" is what happened before, not what was said; a clause before a cue that also has one
after it, with no quotation mark, is not what was said; an inverted condition belongs to the
clause before it; "failed to disclose" says nothing; the participle of a passive clause
speaks for its subject. Sentences from BBC development articles."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue"), [
    ("The original single sold more than three million copies. The song was written by Lionel Richie and "
     "Michael Jackson in 1985.", "was written"),
    ("Results of the current tests will be published by the International Labour Organisation later this year.",
     "will be published"),
])
def test_a_passive_of_making_is_no_statement(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act not in DEFAULT_ACTS for s in found)
    assert all("an action, not words" in s.explanation for s in found)


def test_words_written_by_someone_are_still_writing():
    (s,) = _by_cue("The letter, which was written by the minister, said the plan had failed.", "said")
    assert s.act == "writing" and s.content.text == "the plan had failed"


def test_a_clause_joined_by_so_is_not_what_was_asked():
    text = ("He wanted software that would download new audio content. Mr Curry is not a computer programmer, "
            "so he asked others to create one for him.")
    (s,) = _by_cue(text, "asked")
    assert s.content.text == "to create one for him"  # the ones asked are no content (docs/annotation.md)


def test_a_fronted_clause_is_still_what_was_said():
    (s,) = _by_cue("Mr Curry said the radio was fake. The radio is dead, he said.", "said")[1:]
    assert s.content.text == "The radio is dead"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a split "co - manages" made the speaker a clause of "said"
    ("UK gamers have until 12 November to register. Philip Wride, who co-manages the Four-Kings team, said "
     "online qualifiers will be held from 16-28 November to find the best eight players.", "Philip Wride",
     "online qualifiers will be held from 16-28 November to find the best eight players"),
    # no full stop before a line break: the line before is not what the analysts said
    ("The Thai baht lost 0.3% against the US currency. In India the rupee shed 0.1% against the dollar\n"
     "Analysts said that it was difficult to predict the total cost of the disaster.", "Analysts",
     "that it was difficult to predict the total cost of the disaster"),
])
def test_a_clause_before_a_cue_with_a_complement_after_it_is_not_said(text, speaker, content):
    (s,) = _by_cue(text, "said")
    assert (s.speaker.name, s.content.text) == (speaker, content)


def test_an_inverted_condition_is_no_statement_of_its_own():
    found = _by_cue("Leicester say they will not be rushed into making a bid for Andy Farrell should the Great "
                    "Britain rugby league captain decide to switch codes.", "say")
    assert [s.content.text for s in found] == ["they will not be rushed into making a bid for Andy Farrell"]


def test_a_quotation_on_both_sides_of_the_cue_is_still_said():
    found = _by_cue('"We are ready," the minister said, "and we will win."', "said")
    assert [s.content.text for s in found] == ['"We are ready,"', '"and we will win."']


def test_failing_to_disclose_is_no_statement():
    (s,) = _by_cue("Walt Disney has settled charges from US federal regulators that it failed to disclose how "
                   "family members of directors were employed by the company.", "to disclose")
    assert s.act not in DEFAULT_ACTS and "failed to say" in s.explanation


def test_the_participle_of_a_passive_clause_speaks_for_its_subject():
    (s,) = _by_cue("Mr Blair has so far resisted calls for him to name the day. Downing Street would not be drawn "
                   "on the claim, saying election timing was a matter for the prime minister.", "saying")
    assert s.speaker.name == "Downing Street"


def test_a_name_the_parser_cut_off_before_its_verb_speaks():
    # bbc/sport/398.txt (dev): after the headline the parser made "Leicester" a sentence of its own
    text = ("Tigers wary of Farrell 'gamble'\n\nLeicester say they will not be rushed into making a bid for Andy "
            "Farrell should the Great Britain rugby league captain decide to switch codes.\n")
    (s,) = _by_cue(text, "say")
    assert s.speaker.name == "Leicester"


def test_a_relative_that_with_a_noun_for_content_narrates():
    (s,) = _by_cue("In 1978 he came to the UK for Top of the Pops, a visit that confirmed his global superstar "
                   "status.", "confirmed")
    assert s.act not in DEFAULT_ACTS and "narration" in s.explanation



@pytest.mark.parametrize(("text", "cue", "reason"), [
    # BBC development articles, read as an editor would
    ("The apparent discrepancy between rising unemployment and record numbers in work can be explained by an "
     "increase in the working population.", "can be explained", "narration"),
    ("But challenged on the remark, he denied accusing Germany of using the EU as cover for a \"4th German Reich\".",
     "accusing", "denied saying"),
    ("If coders are treated like this today, who is to say that it will not be you tomorrow?", "to say",
     "a question, not a speaker"),
    ("The ICM survey interviewed 110 pupils. Nearly half those pupils polled said it was not important for them to "
     "know more about the parties.", "said", "a number speaks"),
])
def test_frames_that_are_no_one_s_statement(text, cue, reason):
    (s,) = _by_cue(text, cue)
    assert s.act not in DEFAULT_ACTS and reason in s.explanation


def test_a_relative_who_still_speaks():
    (s,) = _by_cue("Jones, who says she is innocent, could lose all her medals.", "says")
    assert s.act == "speech" and s.speaker.name == "Jones"


def test_let_us_say_is_the_writer_s_own_voice():
    # bbc/tech/336.txt (dev)
    (s,) = _by_cue("Let us say then that if the Mac Mini is not a fully fledged revolution - it is a mini "
                   "revolution.", "say")
    assert s.act not in DEFAULT_ACTS and "the writer's own voice" in s.explanation


@pytest.mark.parametrize(("text", "cue", "reason"), [
    # bbc/politics/280.txt (dev): the one echoed is no words
    ("Echoing the new US Secretary of State Condoleezza Rice, the prime minister said there has been a clear "
     "evolution of US policy.", "Echoing", "a person, not words"),
    # bbc/politics/326.txt (dev): a place says nothing
    ("The prime minister almost blushed. This was not the appropriate place to announce election day, he "
     "stammered.", "to announce", "narration"),
])
def test_more_frames_that_are_no_one_s_statement(text, cue, reason):
    (s,) = _by_cue(text, cue)
    assert s.act not in DEFAULT_ACTS and reason in s.explanation


def test_a_person_talked_with_is_no_via():
    # bbc/politics/280.txt (dev): "in conversations with Mr Bush" is no medium
    text = ("Mr Blair had personally seen the change over time in conversations with Mr Bush. The prime minister "
            "conceded that the US had a harder position towards the state than Europe.")
    assert all(s.via is None for s in extract(text, "2005-01-21").statements)


def test_a_team_sheet_line_is_no_statement():
    # bbc/sport/139.txt (dev)
    text = "Chelsea: Cech, Paulo Ferreira, Gallas, Terry.\n\nSubs Not Used: Johnson, Smertin, Cudicini.\n"
    assert extract(text, "2005-01-21").statements == []


@pytest.mark.parametrize(("text", "cue", "reason"), [
    # BBC development articles: people asked, and moves in a game
    ("Teenagers questioned for a survey have shown little interest in politics.", "questioned for",
     "a question put to someone"),
    # the same after a headline, where the parser reads the participle as a subject clause
    ("Teens 'know little' of politics\n\nTeenagers questioned for a survey have shown little interest in politics "
     "- and have little knowledge.", "questioned for", "passive with no agent"),
    ("The Londoners have conceded six goals in their two subsequent League outings.", "have conceded",
     "an action, not words"),
    ("Wales twice threatened further scores but failed to find the crucial pass.", "twice threatened",
     "an action, not words"),
    # stop 35 review: judgments done by saying are speech, but a shot blasted is none (BBC dev slice)
    ("Early in the second half Wayne Carlisle's cross was met by Scott and he blasted the ball home from just "
     "outside the penalty area.", "blasted", "an action, not words"),
    ("Henry slammed home the winner in the 89th minute.", "slammed", "an action, not words"),
    ("She slammed the door and left the room.", "slammed", "an action, not words"),
    ("A furious Rusedski slammed his racket onto the ground in disgust.", "slammed", "an action, not words"),
    ("The defeat condemned Leeds to relegation.", "condemned", "an action, not words"),
])
def test_people_asked_and_moves_in_a_game_are_no_statement(text, cue, reason):
    (s,) = _by_cue(text, cue)
    assert s.act not in DEFAULT_ACTS and reason in s.explanation


@pytest.mark.parametrize(("text", "cue"), [
    ("The shadow chancellor slammed the budget as a con.", "slammed"),
    ("The minister condemned the rebels for the attack on the embassy.", "condemned"),
])
def test_a_judgment_blasted_at_someone_is_still_said(text, cue):
    (s,) = _by_cue(text, cue)
    assert s.act == "speech"


def test_conceding_in_words_is_still_said():
    (s,) = _by_cue("The minister conceded that the plan had failed.", "conceded")
    assert s.act == "speech"


def test_a_content_never_ends_inside_a_hyphenated_word():
    # bbc/tech/014.txt (dev): the parser split "re-drafted"
    (s,) = _by_cue("Also earlier this month the influential European Legal Affairs Committee (JURI) said the law "
                   "should be re-drafted after it failed to win the support of MEPs.", "said")
    assert s.content.text.startswith("the law should be re-drafted")


def test_what_is_reported_of_things_discussed_is_no_one_s_statement():
    # bbc/business/279.txt (dev)
    (s,) = _by_cue("Among sweeteners reported to have been discussed by Mr Seifert with Ms Furse were plans to move "
                   "the management.", "reported")
    assert s.act not in DEFAULT_ACTS and "passive with no agent" in s.explanation


def test_a_title_opening_with_an_honorific_word_is_not_the_name():
    # bbc/entertainment/385.txt (dev): the parser heads the subject with "Lord"
    (s,) = _by_cue("Lord of the Rings director Peter Jackson has said that it will be up to four years before he "
                   "starts work on The Hobbit.", "has said")
    assert s.speaker.name == "Peter Jackson"
    # the same title when the parser hangs the name on "director" inside the "of" phrase
    (s,) = _by_cue("The rights to the book are split between two studios. Lord of the Rings director Peter Jackson "
                   "said he thought the sale would cast further uncertainty on the project.", "said")
    assert s.speaker.name == "Peter Jackson"


def test_the_one_quoted_speaks_and_the_one_quoting_relays():
    # bbc/business/251.txt (dev)
    (s,) = _by_cue("The largest US telephone company Verizon has previously held preliminary merger discussions with "
                   "MCI, Reuters quoted sources as saying.", "quoted")
    assert (s.speaker.name, s.via.name) == ("sources", "Reuters")
    (s,) = _by_cue("The Financial Times quoted a Treasury official as saying that the deal was close.", "saying")
    assert s.via.name == "Financial Times" and s.speaker.name != "Financial Times"


def test_the_one_quoted_after_the_words_speaks_not_the_paper_quoting():
    # the words first, then "the paper quotes X": X said them, the paper only relays
    (s,) = _by_cue('"We will not pay the owners," the newspaper quotes a source close to the firm.', "quotes")
    assert (s.speaker.name, s.speaker.unnamed) == ("source", True)
    (s,) = _by_cue('"Talks have failed," the Times quotes Dmitry Peskov.', "quotes")
    assert s.speaker.name == "Dmitry Peskov" and s.via.name == "Times"


@pytest.mark.parametrize(("text", "cue"), [
    # BBC development articles: prizes won and goods offered are no words
    ("Jake White claimed the coaching award while his side held off Grand Slam winners France.", "claimed"),
    ("After claiming their first Triple Crown for 19 years last season, Wood tips his former team-mates to go one "
     "better.", "claiming"),
    ("And as Google has shown, there is money in offering a service that people cannot live without.", "offering"),
    # results of a game or a chart are won, not claimed in words
    ("Benitez refused to blame Dudek after Portsmouth claimed a draw at Anfield.", "claimed"),
    ("James Blunt claimed the top spot in the album chart for a second week.", "claimed"),
    # a race won, named by its distance or its stage
    ("Holmes won the women's 1500m, with Mottram claiming the men's 800m.", "claiming"),
    ("Armstrong claimed the final stage of the Tour for the first time.", "claimed"),
])
def test_prizes_won_and_goods_offered_are_no_statement(text, cue):
    (s,) = _by_cue(text, cue)
    assert s.act not in DEFAULT_ACTS


@pytest.mark.parametrize(("text", "name"), [
    # BBC development articles: the NER cut a bracket, or stopped after "of the"
    ("The World Health Organisation (WHO) said the outbreak was under control.", "World Health Organisation"),
    ("The Office of the Deputy Prime Minister said prices rose.", "Office of the Deputy Prime Minister"),
])
def test_a_body_s_name_the_ner_cut_is_made_whole(text, name):
    (s,) = _by_cue(text, "said")
    assert s.speaker.name == name


@pytest.mark.parametrize(("text", "cue", "reason"), [
    # BBC development articles
    ("Would it be too much to ask for an electronics recycling box too?", "to ask for", "the writer's own voice"),
    ("Having said that, Mark is looking in much better shape.", "Having said", "a set phrase, no words"),
    # the writer's hedge with a demonstrative, as "None of this is to say" (voice.dummy_it_infinitive)
    ("That is not to say that the firm has not had its dark days.", "not to say", "the writer's own voice"),
    ("This is not to say the plan will fail.", "not to say", "the writer's own voice"),
])
def test_the_writer_s_turns_of_phrase_are_no_statement(text, cue, reason):
    (s,) = _by_cue(text, cue)
    assert s.act not in DEFAULT_ACTS and reason in s.explanation


def test_a_noun_the_parser_read_as_a_verb_keeps_its_owner():
    # bbc/politics/332.txt (dev): "amid Tory claims the ads were ..." is the Tories', not Milburn's
    (s,) = _by_cue("Labour's election chief Alan Milburn has defended his party's campaign posters amid Tory claims "
                   "the ads were nothing short of \"sly anti-Semitism\".", "claims")
    assert s.speaker.name == "Tory"


def test_a_question_put_to_someone_is_not_their_words():
    # bbc/politics/407.txt (dev): the quoted words are the question's, not the answer's
    text = ("Asked if he was appointed as the result of a \"fair and open\" competition, he replied: \"I have been "
            "appointed as a result of a process that's been used before by Labour and Conservative governments.\"")
    assert [s.content.text[:14] for s in _by_cue(text, "replied")] == ['"I have been a']
    (s,) = _by_cue("Asked about the plan, he said: \"It is a good plan for the whole country.\"", "Asked about")
    assert s.act not in DEFAULT_ACTS and "a question put to someone" in s.explanation


def test_a_question_the_parser_hung_on_the_reply_is_not_the_reply():
    # PolNeAR train shape: the parser makes "encouraging" the reply's complement, "Asked" hanging from it
    text = ("On ABC's \u201cGood Morning America\u201d Tuesday, he said, \u201cI never said I was going to pay for "
            "fees.\u201d Asked if it had appeared he was encouraging violence with his initial statement, Trump "
            "replied, \u201cWell, maybe so. Maybe that's why I wouldn't do it.\u201d")
    replies = _by_cue(text, "replied")
    assert [s.content.text for s in replies] == ["\u201cWell, maybe so. Maybe that's why I wouldn't do it.\u201d"]
    assert replies[0].speaker.name == "Trump"
    (question,) = _by_cue(text, "Asked")
    assert question.content.text == "if it had appeared he was encouraging violence with his initial statement"


def test_a_that_clause_hung_above_a_cue_noun_is_the_noun_s():
    # PolNeAR train shape: the parser hangs the clause on "comply", not on "demand"
    text = ("The addressees were given a May 9 deadline to comply with the DOJ demand that HB2 not be "
            "implemented.")
    (s,) = _by_cue(text, "demand")
    assert s.content.text == "that HB2 not be implemented" and s.speaker.name == "DOJ"


def test_a_complement_the_parser_split_in_two_is_one_content():
    # bbc/business/509.txt (dev): "hurt" made a second complement of "said"
    text = ("But PwC's global chief executive, Samuel DiPiazza, said a growing number of companies were also "
            "concerned that moves to outsource work to cheaper countries could both hurt their reputation in their "
            "home markets and harm the quality of service they provide to their customers.")
    (s,) = _by_cue(text, "said")
    assert s.content.text.startswith("a growing number of companies") and s.content.text.endswith("their customers")
    # joined by a comma and "and", two complements stay two contents of the one cue
    found = _by_cue("Six in 10 voters said Clinton is honest, and most said the same of Sanders.", "said")
    assert all(", and" not in s.content.text for s in found)


def test_a_headline_s_two_parts_are_no_body():
    # bbc/sport/352.txt (dev): the NER took "Wood - Ireland" for an organisation
    text = ("Wood - Ireland can win Grand Slam\n\nFormer captain Keith Wood believes Ireland can win only their "
            "second Grand Slam in this year's RBS Six Nations Championship.\n\n\"Things have been building up over "
            "the past few years,\" Wood told BBC Sport.\n")
    (s,) = _by_cue(text, "told")
    assert s.speaker.name == "Keith Wood" and "-" not in (s.speaker.affiliation or "")


def test_a_topic_with_no_one_behind_it_is_no_statement():
    # bbc/business/245.txt (dev)
    (s,) = _by_cue("News coverage of the Bush budget will be dominated by debates about spending cuts, but the fact "
                   "is these will be large cuts.", "debates about")
    assert s.act not in DEFAULT_ACTS and "a topic, no speaker" in s.explanation


@pytest.mark.parametrize(("text", "speaker", "title"), [
    ("The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in how to send "
     "the multimedia messages.", "Shailendra Jain", "head"),
    ("The real issue, said John Smith, a spokesman for the union, is pay.", "John Smith", "spokesman"),
])
def test_an_inverted_parenthetical_name_speaks_for_the_whole_sentence(text, speaker, title):
    # the parser made the host's subject ("problem") the speaker and the name the subject of the rest
    [found] = _by_cue(text, "said")
    assert (found.speaker.name, found.speaker.title) == (speaker, title)
    assert found.content.text.startswith("The ") and found.content.text.rstrip(".").endswith(text.rstrip(".")[-12:])


def test_a_name_inside_an_opening_participle_speaks():
    # the parser made "Speaking for Google, Urs Holzle, ..." the subject, with the name inside it
    [found] = _by_cue("Speaking for Google, Urs Holzle, vice-president of operations, said search was important.",
                      "said")
    assert (found.speaker.name, found.speaker.title) == ("Urs Holzle", "vice-president of operations")


def test_a_name_after_the_place_of_an_opening_participle_speaks():
    # BBC sport (the brief's example): no comma, a connective first, the place glued to the name
    text = "Martina Hingis has not played for months. But speaking in Thailand Hingis admitted she missed the game."
    [found] = _by_cue(text, "admitted")
    assert (found.speaker.name, found.speaker.affiliation, found.speaker.unnamed) == ("Martina Hingis", None, False)


def test_a_body_named_before_a_dashed_role_speaks():
    # BBC business (development slice): the parser made the role between dashes the subject
    text = ("Mr Camus recently came under pressure. EADS - Airbus' majority owner - admitted earlier this week that the "
            "project was running 1.45bn euros over budget.")
    (s,) = _by_cue(text, "admitted")
    assert (s.speaker.name, s.speaker.type, s.speaker.title) == ("EADS", "organization", None)


def test_the_one_quoted_in_a_passive_speaks():
    (s,) = _by_cue("Mr Brown was quoted by the Sunday Times as saying that he would not resign.", "saying")
    assert s.speaker.name == "Brown" and s.content.text == "that he would not resign"


def test_between_a_quotation_and_its_cue_the_cues_own_subject_speaks():
    # PolNeAR train: an apposition on the quotation's subject stands before the speaker
    text = ('"[The current political situation] is reminiscent of the 1960s, going into the 1970s," the dawn of the '
            'modern conservative movement, Bozell says.')
    [found] = _by_cue(text, "says")
    assert found.speaker.name == "Bozell" and found.content.text.startswith('"[The current')


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # PolNeAR train: "tweeted" hung on "Donald Trump" as a participle left "to say" with no subject
    ("Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never suggested "
     "the U.S. should use a database to track Muslims.", "to say", "Donald Trump"),
    # PolNeAR train: "before claiming" hangs on the reported clause, whose subject is a deadlock
    ('Trump said the deadlock has "kept us safe" on Twitter before claiming that open borders are '
     '"tearing American families apart."', "claiming", "Trump"),
    # BBC business (development slice): "once told" hung on "promised" as a bare participle
    ('Mr Bell focused on boosting demand. He had promised not to let the company get "fat, dumb and happy," '
     'and, according to Reuters, once told analysts that he would shove a fire hose down the throat of '
     'competitors.', "once told", "Bell"),
])
def test_a_verb_the_parser_hung_elsewhere_keeps_its_speaker(text, cue, speaker):
    [found] = _by_cue(text, cue)
    assert found.speaker.name == speaker


def test_a_participle_on_someones_people_is_theirs():
    # a class named by a reader's verdict on the 2026-12-05-s25 sample (constructed sentence):
    # "despite X's allies saying" is the allies', not the main clause's subject
    text = ("Sacked MP Howard Flight has been dropped.\n\nThe decision came despite Mr Flight's allies saying they had "
            "enough support to hold a meeting.")
    [found] = _by_cue(text, "saying")
    assert (found.speaker.name, found.speaker.affiliation) == ("allies", "Howard Flight")


def test_a_verb_inside_the_next_sentences_clause_does_not_announce_a_quotation():
    # a class named by a reader's verdict on the 2026-12-05-s25 sample (constructed sentences):
    # "to charge" is no cue for the quotation before it, which stays Mr Pearson's
    text = ('Gadgets will become part of our clothing, says Mr Pearson. "You will not necessarily see the '
            'electronics." Wearable technology could exploit body heat to charge it up.')
    found = [s for s in extract(text, "2005-03-01").statements if "electronics" in s.content.text]
    assert found and found[0].speaker.name == "Pearson" and (found[0].cue is None or found[0].cue.text != "to charge")


def test_a_main_clause_before_a_relative_clause_with_no_that_is_not_what_was_written():
    # PolNeAR train shape: the parser hung the sentence on "wrote" of "columns [that] Bradley wrote"
    text = ("The contest jumped into the headlines in recent weeks after the progressive group unearthed "
            "controversial columns Bradley wrote while a student at Marquette University.")
    assert not _by_cue(text, "wrote")


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Tony Blair is likely to name 5 May as election day when Parliament returns from its Easter break, the "
     "BBC's political editor has learned.", "has learned", "Tony Blair is likely to name 5 May as election day"),
    ("It said more people were watching TV. The threat to TV was greatest in countries where broadband was on "
     "the up, in particular the UK, France and Spain, said the report.", "said",
     "The threat to TV was greatest in countries where broadband was on the up"),
])
def test_a_clause_before_a_comma_and_its_speaker_is_still_reported(text, cue, content):
    assert content in [s.content.text for s in _by_cue(text, cue)]


def test_a_speaker_the_parser_read_as_the_root_still_asks():
    # PolNeAR train: "the 43-year-old" made the root, "asked" a modifier of it
    text = ("Serafinowicz posted the clip to YouTube on Thursday.\n\n“What if Donald Trump had elocution lessons?” "
            "the 43-year-old asked in the video’s description. Despite some doubts, it worked.")
    (s,) = _by_cue(text, "asked")
    assert s.content.text == "“What if Donald Trump had elocution lessons?”" and s.act in DEFAULT_ACTS
    assert s.speaker.mention is not None and "43-year-old" in s.speaker.mention.text



@pytest.mark.parametrize(("text", "hedge"), [
    ("That is not to say that the firm has not had its dark days.", True),
    # the cue's own subject speaks ("the courts"); the "that" belongs to another clause
    ("That is for the courts to say, the minister said.", False),
])
def test_a_demonstrative_hedge_is_the_writer_s_only_as_the_subject_of_its_be(nlp, text, hedge):
    from onrecord.attribute.voice import dummy_it_infinitive

    cue = next(t for t in nlp(text) if t.lower_ == "say")
    assert dummy_it_infinitive(cue) is hedge
