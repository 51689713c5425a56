"""Where a content ends (attribute/boundaries.py, quote_ends.py): the words a reader sees as
what was said, neither cut short by a misparse nor run on into the writer's: what the
speaker did after a modal, a joined report of another named speaker, an aside after the
subject, the person called on, a figure put on an object."""

from __future__ import annotations

import pytest
from conftest import record_of, statements_by_cue as _by_cue

from onrecord import extract
from onrecord.attribute.quotes import find_quotes


@pytest.mark.parametrize(("text", "cue", "content", "speaker"), [
    # no comma before a trailing "said X": the parser made "educational elements" a subject of "said"
    ("Already there are games on the market, such as Civilisation and Age of Empire, that have educational "
     "elements said Mr Owen.", "said",
     "Already there are games on the market, such as Civilisation and Age of Empire, that have educational elements",
     "Owen"),
    ("The company has no plans to close the factory said Mr Smith.", "said",
     "The company has no plans to close the factory", "Smith"),
])
def test_a_trailing_said_with_no_comma_keeps_the_whole_content(text, cue, content, speaker):
    found = _by_cue(text, cue)
    assert [s.content.text for s in found] == [content]
    assert found[0].speaker.name == speaker


def test_a_subject_the_parser_gave_the_cue_opens_the_content():
    # "the changes ..." read as a second subject of "said": the clause "were made ..." had none
    (statement,) = _by_cue("But Alain Terzian, president of the Cesar organisers, said the changes in eligibility "
                           "rules, which allow films \"of French expression\", were made three months prior to the "
                           "court decision.", "said")
    assert statement.content.text == ("the changes in eligibility rules, which allow films \"of French expression\", "
                                      "were made three months prior to the court decision")
    assert statement.speaker.name == "Alain Terzian"


@pytest.mark.parametrize(("text", "content"), [
    ("Terzian said the changes in eligibility rules, which allow foreign films, were made last year.",
     "the changes in eligibility rules, which allow foreign films, were made last year"),
    ("The minister has warned the unions, which represent most nurses, will face a long dispute.",
     "the unions, which represent most nurses, will face a long dispute"),
])
def test_a_subject_with_an_aside_the_parser_made_the_cue_s_object_opens_the_content(text, content):
    # the parser made "the changes" the object of "said" and hung the aside's closing comma on it
    (statement,) = _by_cue(text, "said" if " said " in text else "has warned")
    assert statement.content.text == content


def test_a_speaker_after_the_cue_stays_the_speaker():
    found = _by_cue("\u201cWe will win,\u201d said Mr Smith, the party chairman, adding that the vote was close.", "said")
    assert [s.speaker.name for s in found] == ["Smith"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Calisto Tanzi said he would co-operate fully with prosecutors investigating the scandal.", "said",
     "he would co-operate fully with prosecutors investigating the scandal"),
    ("The Tories also claim that of the \u00a3750m the prime minister pledged in 2000 to invest on school sports "
     "facilities, only \u00a341m had been spent.", "also claim",
     "that of the \u00a3750m the prime minister pledged in 2000 to invest on school sports facilities, only \u00a341m "
     "had been spent"),
])
def test_a_clause_the_parser_split_is_one_content(text, cue, content):
    assert [s.content.text for s in _by_cue(text, cue)] == [content]


def test_two_clauses_joined_by_a_comma_and_and_stay_apart():
    found = _by_cue("The minister said the plan was well received, and voters would back it.", "said")
    assert [s.content.text for s in found] == ["the plan was well received"]


def test_one_word_is_no_clause():
    # the parser ran the headline on into the first paragraph: "rises" is no content
    text = "Fed warns of more US rate rises\n\nThe US Federal Reserve is on course to push up interest rates further."
    assert not _by_cue(text, "warns")


@pytest.mark.parametrize(("text", "content"), [
    # a name in apposition to the source is no part of what it says
    ("According to a new book, Brown's Britain by Sunday Telegraph journalist Robert Peston, Mr Blair went back on "
     "a pledge to make way for Mr Brown after Cabinet allies intervened in June 2004.",
     "Mr Blair went back on a pledge to make way for Mr Brown after Cabinet allies intervened in June 2004"),
    ("According to technology analysts, TDG Research, there will be 20 million subscribers to IPTV services in "
     "under six years.", "there will be 20 million subscribers to IPTV services in under six years"),
    # the clause's own subject, and an opening with no name, stay
    ("According to police, John Smith, 45, was arrested at his home.", "John Smith, 45, was arrested at his home"),
    ("According to the report, in January, sales rose by 5%.", "in January, sales rose by 5%"),
])
def test_according_to_leaves_an_apposition_to_the_source_out(text, content):
    assert [s.content.text for s in _by_cue(text, "According to")] == [content]


def test_a_clause_before_a_dash_is_not_what_the_cue_after_it_says():
    # the parser hung the clause before the dash on "told", whose own words follow it
    text = ("Mr Blunkett's own comments on immigration had prompted censure - he told refugees from Afghanistan and "
            "Kosovo to \"get back home\" to start rebuilding their countries.")
    assert not [s for s in _by_cue(text, "told") if "prompted censure" in s.content.text]
    assert [s.content.text for s in _by_cue("The deal is off - the minister said.", "said")] == ["The deal is off"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the parser made the name a subject inside the host (its own subject an apposition, or a second subject)
    ("Often, said Mr Pearson, this sensitive information was invisible because it got deleted and changed as "
     "different drafts were prepared.", "Pearson"),
    ("On average, said Mr Macklin, users conduct between five and 10 searches per day.", "Macklin"),
])
def test_an_inverted_said_after_an_adverbial_gives_the_name_to_the_speaker(text, speaker):
    (s,) = _by_cue(text, "said")
    # the content is the side after the aside, which holds the claim (judge-45: no cue inside a content)
    assert s.speaker.name == speaker and s.content.text == text.rstrip(".").split(", ", 2)[2]


def test_a_colon_quotation_ends_at_its_closing_mark_before_a_repeated_tag():
    # BBC dev politics/361: 'X said: "...," he said.' is one statement of X, the quotation alone
    text = ('For the Lib Dems David Laws said: "The chancellor will no doubt tell us today how wonderfully the '
            'economy is doing," he said. "But a lot of that is built on an increase in personal and consumer debt."')
    found = [s for s in extract(text).statements if "wonderfully" in s.content.text]
    assert [s.content.text for s in found] == [
        '"The chancellor will no doubt tell us today how wonderfully the economy is doing,"']
    assert found[0].speaker.name is not None and "Laws" in found[0].speaker.name


@pytest.mark.parametrize("tag", ["the MP added", "said the MP", "Mr Laws added"])
def test_a_colon_quotation_ends_before_a_tag_with_a_noun_or_a_name(tag):
    # review-37: BBC dev politics/361 with the tag as news copy also writes it; the tag was read
    # as part of the content ('..., the MP added') and its own finding kept as a second statement
    text = ('For the Lib Dems David Laws said: "The chancellor will no doubt tell us today how wonderfully the '
            f'economy is doing," {tag}.')
    found = [s for s in extract(text).statements if "wonderfully" in s.content.text and s.act == "speech"]
    assert [s.content.text for s in found] == [
        '"The chancellor will no doubt tell us today how wonderfully the economy is doing,"']


def test_a_quotation_closed_by_a_comma_does_not_run_into_the_next_sentence():
    # BBC dev business/348: the text lost a paragraph break after the closing mark
    text = ('The airline said it was "embarrassed by the situation" and "deeply regrets any inconvenience caused to '
            'customers," The probe will focus on the industry\'s compliance with a 1999 agreement.')
    contents = [s.content.text for s in extract(text).statements]
    assert not any("probe" in c for c in contents), contents
    assert any(c.endswith('caused to customers,"') for c in contents), contents


def test_a_quotation_interrupted_by_its_cue_keeps_both_parts():
    text = '"When I look at somebody like Hillary Clinton," he said, "who sits there and lies, I get angry."'
    contents = [s.content.text for s in extract(text).statements]
    assert any("who sits there" in c for c in contents) and any("When I look" in c for c in contents)


def test_the_time_and_medium_of_an_announcement_are_not_what_was_announced():
    # the parser hangs them on the object: "announced [the move] in a statement on Monday"
    s = [s for s in extract("The firm announced the move in a statement on Monday.", published="2022-03-21").statements
         if s.cue is not None and s.cue.text == "announced"]
    assert [x.content.text for x in s] == ["the move"]


def test_an_unclosed_quotation_ends_before_a_sentence_tagged_it_said():
    # BBC dev politics/016: the quotation never closes; the next sentence is the writer's report of the committee
    from onrecord.attribute.quotes import find_quotes

    text = ('In its report on the council\'s work the committee said: "We are deeply concerned by the skills '
            'shortages afflicting, in particular, the qualitative branches of social sciences. This mirrored '
            'previous concerns the committee had expressed on shortages in the fields of maths and chemistry, it said.')
    (quote,) = find_quotes(text)
    assert text[quote.start:quote.end].endswith("social sciences.") and not quote.closed


def test_a_content_before_a_trailing_cue_runs_on_past_an_opening_quotation_mark():
    # the parser split the clause at the mark: 'means' and '"few surprises" are left' were two
    # complements of "said", so the first content stopped at "means \"few surprises\"" (BBC dev slice)
    text = ("But Entertainment Weekly's Dave Karger maintained the Oscars only generated excitement outside the "
            "industry when a blockbuster was nominated. The near constant flow of US film awards, representing "
            "directors, actors and producers' guilds, also means \"few surprises\" are left by the time the Oscar "
            "ceremony is upon us, he said.")
    found = _by_cue(text, "said")
    assert [s.content.text for s in found] == [
        "The near constant flow of US film awards, representing directors, actors and producers' guilds, also means "
        "\"few surprises\" are left by the time the Oscar ceremony is upon us"]


@pytest.mark.parametrize(("text", "content"), [
    ("A spokesman for UKIP called on Mr Hockney to quit the London Assembly.", "Mr Hockney to quit the London Assembly"),
    ("The unions called upon the government to act now.", "the government to act now"),
])
def test_who_is_called_on_is_never_the_whole_content(text, content):
    assert any(s.content.text == content for s in extract(text, "2005-03-01").statements)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("A bank spokesman spoke to Reuters. He estimated the bank's loss at 3bn rupees.", "estimated",
     "the bank's loss at 3bn rupees"),
    ("The minister criticised the plan at a rally in Leeds.", "criticised", "the plan"),
])
def test_a_figure_put_on_an_object_is_part_of_the_estimate(text, cue, content):
    assert [s.content.text for s in _by_cue(text, cue)] == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("In 1998 the party said it would not return to Blackpool but did so in 2002.", "said",
     "it would not return to Blackpool"),
    ("The minister said he would resign but changed his mind a week later.", "said", "he would resign"),
    ("He said he would stay and was happy at the club.", "said", "he would stay and was happy at the club"),
    ("She told CNN she would still consider it but loves what she is doing and has no plans to leave.", "told",
     "she would still consider it but loves what she is doing and has no plans to leave"),
    ("A character witness told the court that Mr Smith was honest.", "told", "that Mr Smith was honest"),
    # BBC sport (development slice): an active past with an object cannot share "might be"
    ("As a result, Woodward stressed his Lions group might not be dominated by players from England and Ireland "
     "and held out hope for the struggling Scots.", "stressed",
     "his Lions group might not be dominated by players from England and Ireland"),
    ("The chairman said the plant would be sold and closed within a year.", "said",
     "the plant would be sold and closed within a year"),
])
def test_what_the_speaker_did_after_a_modal_is_not_what_they_said(text, cue, content):
    found = _by_cue(text, cue)
    assert [s.content.text for s in found] == [content]
    assert all(s.act == "speech" for s in found)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # BBC politics (development slice): "believe" cannot share the content's "should"
    ("But the Scottish National Party and the Tories say the issue of super-casinos should be decided in Scotland "
     "and believe the executive is shirking its responsibility.", "say",
     "the issue of super-casinos should be decided in Scotland"),
    # written counterexample: two verbs of the reported clause, no modal between them
    ("She said voters want change and believe it will come.", "said", "voters want change and believe it will come"),
])
def test_a_belief_joined_after_a_modal_is_the_speakers_own(text, cue, content):
    assert [s.content.text for s in _by_cue(text, cue)] == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # BBC politics and business (development slices 20): the relative word, the speaker and the cue are no content
    ('MPs are preparing to debate a bill which critics claim would legalise euthanasia "by the back door".', "claim",
     'would legalise euthanasia "by the back door"'),
    ("Mr Chidambaram's options are limited by a new law which makes him cut the budget deficit, which he said would "
     "be 4.5% of GDP in the year to March 2005.", "said", "would be 4.5% of GDP in the year to March 2005"),
    # the guide's own example (docs/annotation.md, "Content boundaries")
    ("It was a strike that company executives said could ultimately affect second-quarter earnings.", "said",
     "could ultimately affect second-quarter earnings"),
])
def test_a_relative_word_before_its_speaker_and_cue_is_no_content(text, cue, content):
    assert [s.content.text for s in _by_cue(text, cue)] == [content]


def test_what_opens_a_question_and_stays_in_the_content():
    # BBC tech (development slice 2): "what" holds its own noun; cutting it would change the words
    text = ("The Consumer Electronics Show gives a glimpse of what major technology companies think people will be "
            "doing with gadgets.")
    assert [s.content.text for s in _by_cue(text, "think")] == [
        "what major technology companies think people will be doing with gadgets"]


def test_a_parenthetical_in_a_relative_clause_starts_at_the_noun_described():
    text = ('Michael Howard has no doubt it is the prime minister who, he claims, is "ramming" through Parliament '
            'the new measures without proper debate.')
    assert [s.content.text for s in _by_cue(text, "claims")] == [
        'the prime minister who, he claims, is "ramming" through Parliament the new measures without proper debate']


def test_a_past_tense_that_looks_like_its_base_form_stays_in_the_content():
    # "put" after "would sell": the tagger may read it as a past tense; it is the bare verb
    found = _by_cue("The minister said the government would sell the plant and put the money into schools.", "said")
    assert [s.content.text for s in found] == ["the government would sell the plant and put the money into schools"]


def test_an_aside_after_the_subject_does_not_cut_the_content():
    [statement] = record_of("The survey suggested crime, unlike unemployment, was the main worry of voters.")
    assert statement.content.text == "crime, unlike unemployment, was the main worry of voters"


# BBC dev-slice shapes (published 2005-03-15): the one statement at the cue and its content
@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("He said that prices rose and that analysts said so too.", "said",
                 "that prices rose and that analysts said so too", id="a_joined_report_after_that_stays_in_the_content"),
    pytest.param("The US company also said it had agreed with a new Indian budget airline the sale of 10 737-800 planes "
                 "for $630m. The airline, SpiceJet, will also have the option to acquire 10 more aircraft.", "also said",
                 "it had agreed with a new Indian budget airline the sale of 10 737-800 planes for $630m.",
                 id="a_sentence_the_tokenizer_joined_after_a_unit_is_not_said"),
    # the police reported both the admission and the confirmation
    pytest.param("Police said the man admitted the offence and the victim confirmed his account.", "said",
                 "the man admitted the offence and the victim confirmed his account",
                 id="a_report_joined_to_a_reported_report_stays_in_the_content-1"),
    pytest.param("Mr Brown said the bank warned of a slowdown and the Treasury predicted growth of 2%.", "said",
                 "the bank warned of a slowdown and the Treasury predicted growth of 2%",
                 id="a_report_joined_to_a_reported_report_stays_in_the_content-2"),
])
def test_the_content_of_a_report_joined_to_another(text, cue, content):
    (s,) = _by_cue(text, cue, "2005-03-15")
    assert s.content.text == content


def test_a_joined_report_of_another_named_speaker_ends_the_first_content():
    text = ("After falls at the end of 2004, Halifax said house prices rose by 0.8% in January and Nationwide "
            "reported a rise of 0.4% in the first month of the year.")
    (s,) = _by_cue(text, "said", "2005-03-15")
    assert s.speaker.name == "Halifax" and s.content.text == "house prices rose by 0.8% in January"


def test_an_aside_of_saying_behind_a_writers_link_is_no_content():
    # BBC dev tech/382 (judged "partly"): "Also," is the writer's link and "said Mr Flynn," the attribution
    text = ("Some have been told to revamp websites, said Mr Flynn. Also, said Mr Flynn, Vodafone has briefly cut off "
            "between eight and ten content sellers flouting the rules.")
    contents = [s.content.text for s in _by_cue(text, "said")]
    assert "Vodafone has briefly cut off between eight and ten content sellers flouting the rules" in contents
    assert not [c for c in contents if "Mr Flynn" in c]


def test_an_aside_behind_an_adverbial_of_its_own_is_no_content():
    # judge-45, BBC dev tech/100 (judged "partly": "he said" inside the content): the content is
    # one range, and the side after the aside holds the claim
    text = ('"It was thought to be like skateboarding," he said, "a craze that everyone thought would go away." '
            "Now, he said, the gaming world rivals the movie industry for sales and cultural influence.")
    assert "the gaming world rivals the movie industry for sales and cultural influence" in [
        s.content.text for s in _by_cue(text, "said")]
    (s,) = _by_cue("In the end, said Mr Smith, the deal collapsed.", "said")
    assert s.content.text == "the deal collapsed"


def test_an_aside_behind_a_time_keeps_the_sentence():
    # the time may date the saying as well as the claim: the sentence stays as written
    (s,) = _by_cue("On Monday, he said, the firm would close.", "said")
    assert s.content.text == "On Monday, he said, the firm would close"


def test_a_condition_fronted_in_the_reported_clause_stays_in_the_content():
    # BBC dev tech/014 (judged "partly"): the parser hung the "only when" clause on "said"
    text = ("During consultation the software patents bill could be substantially re-drafted or even scrapped. The "
            "bill was backed by some hi-tech firms, saying they needed protections it offered to make research "
            "worthwhile.\n\nHugo Lueders, European director for public policy at CompTIA, an umbrella organization "
            "for technology companies, said only when intellectual property was adequately protected would European "
            "inventors prosper. He said the benefits of the bill had been obscured by special interest groups.")
    (s,) = [s for s in _by_cue(text, "said") if "prosper" in s.content.text]
    assert s.content.text == "only when intellectual property was adequately protected would European inventors prosper"


def test_a_clause_on_a_quoted_word_is_part_of_the_same_content():
    text = ("In 2003, Stewart said he was \"astounded\" he had never won a Grammy - but \"they tend not to give it "
            "to the British unless you're Sting\".")
    (s,) = _by_cue(text, "said")
    assert s.content.text.startswith("he was \"astounded\" he had never won a Grammy")


def test_a_relative_on_a_stance_keeps_its_clause():
    # devgold (PolNeAR breitbart_2016-07-19): no clause follows "agree on" to start the content at
    found = _by_cue("They were due to stick to issues that most Republicans can agree on — opposition to Hillary "
                    "Clinton, a tough line on anti-terrorism and supporting the military and police.", "can agree on")
    assert found and all(s.content.text != "on" for s in found)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # BBC dev slice: the rally is the fans' own plan, not what they ask the channel to do
    ("But fans around the world have pitched in to pay for the advert. They are also asking the Sci-Fi Channel to "
     "pick it up from UPN and will stage a rally in Los Angeles on 25 February.", "are also asking",
     "to pick it up from UPN"),
    # both verbs bare: both are asked for (the one asked is no content, docs/annotation.md)
    ("The union urged members to reject the offer and hold a ballot.", "urged", "to reject the offer and hold a ballot"),
])
def test_a_verb_with_its_own_tense_after_an_infinitive_content_is_the_subject_s(text, cue, content):
    (s,) = _by_cue(text, cue)
    assert s.content.text == content


@pytest.mark.parametrize(("text", "cue", "content"), [
    # the shape of a judged BBC sample (issue 12): the present "faces" after a backshifted report is the
    # writer's, what befalls the speaker, not what he admitted
    ("Bewlay admitted that he had stolen the money and faces up to four years in prison.", "admitted",
     "that he had stolen the money"),
    # an adverb of what came after moves the story on
    ("The driver told police he had not seen the cyclist and was later arrested.", "told",
     "he had not seen the cyclist"),
    # PolNeAR train: after "but" a present perfect goes on with her own account
    ("Conway said that she recruited Bossie for his role at the super-PAC, but hasn’t decided what she’ll be "
     "doing next.", "said",
     "that she recruited Bossie for his role at the super-PAC, but hasn’t decided what she’ll be doing next"),
    # the content in the present itself: a present conjunct is the speaker's
    ("The chief executive says he is happy with the results and expects growth next year.", "says",
     "he is happy with the results and expects growth next year"),
    # a joined verb of belief or intention is the speaker's own mind, in the present as she speaks
    ("The minister said she had met the families and hopes to visit the site next week.", "said",
     "she had met the families and hopes to visit the site next week"),
    ("The minister said she had met the builders and expects the work to begin in June.", "said",
     "she had met the builders and expects the work to begin in June"),
    ("The coach said he had enjoyed his time at the club and wants to spend more time with his family.", "said",
     "he had enjoyed his time at the club and wants to spend more time with his family"),
])
def test_the_writer_s_next_clause_about_the_speaker_ends_the_content(text, cue, content):
    (s,) = _by_cue(text, cue)
    assert s.content.text == content


def test_a_later_deed_is_cut_whatever_its_verb():
    # a reviewer's sentence: "saw" is a verb of the mind too, but "later" makes it the writer's
    (s,) = _by_cue("Mr Brown said he was sorry for the mistake and later saw his lawyer in London.", "said")
    assert s.content.text == "he was sorry for the mistake"


@pytest.mark.parametrize(("text", "cue", "content"), [
    # BBC sport (development slice, judged "partly"): the columnist's present after ", so"
    ("A lot of the athletes said the runway was not very helpful, so for Phillips to jump like that is a good "
     "performance.", "said", "the runway was not very helpful"),
    # BBC politics (development slice): the writer's circumstance, in the present, after ", despite"
    ("Mr Blair insisted nothing would derail Labour's campaign, despite a new book saying he has upset his "
     "chancellor by backing out of a pledge to stand aside.", "insisted", "nothing would derail Labour's campaign"),
    # backshifted after the comma too: the speaker's own qualification (BBC politics, development slice)
    ("Suffolk Chief Constable Alastair McWhirter, the Association of Chief Police Officers' spokesman on rural "
     "policing, told the BBC the law would be enforced, although the police would not break up hunts.", "told",
     "the law would be enforced, although the police would not break up hunts"),
    ("They said the other five Iraqis did not die in custody, so their cases had to fail.", "said",
     "the other five Iraqis did not die in custody, so their cases had to fail"),
    # PolNeAR train (politico) keeps a closing ", though ..." in the content, present or not
    ("He even revealed, somewhat stiltedly, that he would vote for Hillary Clinton, though he hasn't endorsed her.",
     "even revealed", "that he would vote for Hillary Clinton, though he hasn't endorsed her"),
])
def test_the_writer_s_present_aside_after_a_backshifted_report_is_not_content(text, cue, content):
    assert [s.content.text for s in _by_cue(text, cue)] == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a relative on a quantity ("the vast majority of which") goes on the first clause's noun:
    # the parser made it a second complement of "said", a second statement with no head
    ("Mr Younger said there was anecdotal evidence of inaccuracies in the register, the vast majority of which "
     "were caused by genuine mistakes.", "said",
     "there was anecdotal evidence of inaccuracies in the register, the vast majority of which were caused by "
     "genuine mistakes"),
    # a pluperfect joined with no subject to a present-tense report is the writer's narration
    ("Yukos says those tax demands are exorbitant, and had sought refuge in US courts.", "says",
     "those tax demands are exorbitant"),
    # the subject read as the object of the cue's time phrase ("Tuesday care")
    ("Chairman Sam Younger told MPs on Tuesday care was needed to ensure that people were not lost off the "
     "register in the process.", "told",
     "care was needed to ensure that people were not lost off the register in the process"),
    # a reduced relative ("materials kept during ...") read as the whole reported clause
    ("North Wales Police reopened the case, saying materials kept during their investigations would be examined "
     "to find whether it would yield DNA evidence.", "saying",
     "materials kept during their investigations would be examined to find whether it would yield DNA evidence"),
])
def test_a_reported_clause_the_parser_cut_is_whole_and_stops_at_narration(text, cue, content):
    assert [s.content.text for s in _by_cue(text, cue)] == [content]


def test_a_past_joined_to_a_past_report_stays_the_speaker_s():
    # both verbs are the reported words: no present tense for the pluperfect to break from
    (statement,) = _by_cue("He said the firm was in trouble and had sought help from the banks.", "said")
    assert statement.content.text == "the firm was in trouble and had sought help from the banks"


def test_an_apposition_summing_up_the_report_is_the_writers():
    # judge-45, BBC dev politics/355 (judged "partly"): the chancellor's denial is no words of the experts
    (s,) = _by_cue('City experts say there is a £10bn "black hole" in the public finances, a claim denied by the '
                   "chancellor.", "say")
    assert s.content.text == 'there is a £10bn "black hole" in the public finances'
    (s,) = _by_cue("The union said 500 jobs would go, a figure disputed by the company.", "said")
    assert s.content.text == "500 jobs would go"


def test_an_apposition_on_a_noun_of_the_report_stays():
    (s,) = _by_cue("Police said they found a body, a man killed by gunfire.", "said")
    assert s.content.text == "they found a body, a man killed by gunfire"


def test_a_predicate_after_an_insertion_is_the_first_clauses():
    # judge-45, BBC dev tech/376 (judged "partly"): the parser made "did not offer yet" a second complement
    # of "said" with no subject; it is the relative on "services" across the "such as" insertion
    text = ("He said this was something other similar in-train wi-fi services, such as that offered on GNER "
            "trains, did not offer yet.")
    assert [s.content.text for s in _by_cue(text, "said")] == [
        "this was something other similar in-train wi-fi services, such as that offered on GNER trains, "
        "did not offer yet"]


def test_a_content_does_not_end_on_because():
    # judge-45 reading of BBC dev tech/100: the parser made "thought" the main verb and hung "said" under it,
    # so the content stopped at "because, not too long ago"
    text = ("He said he was surprised as much because, not too long ago, many people thought computer gaming "
            "was a fad.")
    assert [s.content.text for s in _by_cue(text, "said")] == [
        "he was surprised as much because, not too long ago, many people thought computer gaming was a fad"]


def test_an_inverted_predicate_before_an_aside_keeps_the_sentence():
    # BBC dev business/285: the words before the aside are the clause's fronted predicate, not an adverbial
    (s,) = _by_cue("Among the biggest laggards, according to the report, are Greece and Italy.", "according to")
    assert s.content.text.startswith("Among the biggest laggards")


def test_the_clauses_own_verb_hung_on_an_earlier_verb_ends_the_content():
    # acts-46, BBC dev politics/257: "distract" was made a conjunct of "insisted" right after the quoted word
    text = ('Tony Blair has insisted he has done no deals over the premiership while Mr Brown says he will not let '
            '"gossip" distract him from helping a unified election campaign.')
    assert [s.content.text for s in _by_cue(text, "says")] == [
        'he will not let "gossip" distract him from helping a unified election campaign']
    # acts-46, BBC dev politics/234 (devgold's miss): "was" a conjunct of "suggested" after a content with no tense
    text = ("A Mori poll this summer suggested policing, unlike health and education, was the one major public "
            "service where people were less satisfied the more contact they had with it.")
    assert [s.content.text for s in _by_cue(text, "suggested")] == [
        "policing, unlike health and education, was the one major public service where people were less "
        "satisfied the more contact they had with it"]
    # a second cue after a comma is its own statement, not the first content's
    text = "The minister denied the charges, said he would fight on."
    assert [s.content.text for s in _by_cue(text, "denied")] == ["the charges"]


@pytest.mark.parametrize(("text", "content"), [
    # (invented, the shape of an editor's PARTLY verdict at stop 46: the content cut at "his guilt")
    ("The warehouse owner, Peter Grant, admitted his guilt over the failure to install alarms.",
     "his guilt over the failure to install alarms"),
    # a place or a time hung on the verb is the saying's, not what was admitted
    ("Jones admitted his guilt in court last year.", "his guilt"),
])
def test_a_noun_object_keeps_what_it_is_about_where_the_parser_hung_it_on_the_verb(text, content):
    assert [s.content.text for s in _by_cue(text, "admitted")] == [content]


def test_a_count_of_occasions_after_a_noun_object_is_no_part_of_it():
    # BBC business/394 (dev slice, its shape): how often, not what was sought
    text = "US Airways seeks protection\n\nUS Airways sought bankruptcy protection for a second time in two years last September."
    assert [s.content.text for s in _by_cue(text, "sought")] == ["bankruptcy protection"]
