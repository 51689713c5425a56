"""What is no statement, and where a content ends (issue 12, stop 32): a work described by
the people it shows talking, the writer's own "I say", a reader's letter closing an
article, a denial of charges named as a bare plural, the person called on as the whole
content, and a quotation that never closes running on into narration."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord import extract
from onrecord.attribute.quotes import find_quotes
from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "act", "reason"), [
    ("The 93-minute film will see Michael discussing his early days in the band.", "discussing", "belief",
     "a work described"),
    ("The documentary features the singer talking about his career and his battle with addiction.",
     "talking about", "belief", "a work described"),
    ("This new party seems a logical next step. Good luck to the man, I say.", "say", "belief",
     "the writer's own voice"),
    ("Mr Ebbers has denied multiple charges of conspiracy and fraud.", "has denied", "stance", "a denial, no words"),
    ("Keys won two awards. She also shared the award for best R&B vocal performance by a duo with Usher.",
     "also shared", "stance", "an action, not words"),
    ("EastEnders won the drama title when character Dot confided in Den Watts that she was unwell.", "confided",
     "belief", "a work described"),
    ("The government held a consultation meeting with those who had commented on the proposals.",
     "had commented on", "belief", "a topic, no speaker"),
    ("More than 277 million enquiries were made, asking for information on a wide range of subjects.", "asking for",
     "stance", "narration"),
])
def test_no_one_reports_these_words(text, cue, act, reason):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act == act and s.explanation.endswith(reason) for s in found)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The footage shows the minister saying that he would resign.", "saying", "that he would resign"),
    ("He denied any wrongdoing over the contracts.", "denied", "any wrongdoing over the contracts"),
    ("Mr Ebbers has denied taking bribes from the developer.", "has denied", "taking bribes from the developer"),
    ("SMITH: We must act now on the deficit, I say.", "say", "We must act now on the deficit"),
    ("The landmark agreement includes a pledge to curb emissions, calling on countries to support each other.",
     "calling on", "to support each other"),
])
def test_the_same_shapes_with_words_stay_out_of_these_rules(text, cue, content):
    found = [s for s in _by_cue(text, cue) if s.content.text == content]
    assert found, [(s.content.text, s.explanation) for s in _by_cue(text, cue)]
    assert not any(s.explanation.endswith(("a work described", "the writer's own voice", "a denial, no words", "narration"))
                   for s in found)


def test_a_readers_letter_closing_the_article_is_out_of_the_record():
    text = ("The council voted to close the library on Monday.\n\n"
            "The mayor told me the closure is a disgrace and would save nothing at all.\n"
            "John Smith, Leeds, UK\n")
    told = _by_cue(text, "told")
    assert told and all(s.act not in DEFAULT_ACTS and s.explanation.endswith("a reader's comment") for s in told)


def test_a_quoted_reporters_sign_off_is_no_letter():
    text = ('The council voted to close the library.\n\n"I think it is a disgrace," the mayor told reporters '
            'on Monday in Leeds.\nBBC News, Leeds\n')
    assert any(s.act in DEFAULT_ACTS for s in _by_cue(text, "told"))


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
])
def test_what_the_speaker_did_after_a_modal_is_not_what_they_said(text, cue, content):
    found = _by_cue(text, cue)
    assert [s.content.text for s in found] == [content]
    assert all(s.act == "speech" for s in found)


def test_a_parenthetical_in_a_relative_clause_starts_at_the_noun_described():
    text = ('Michael Howard has no doubt it is the prime minister who, he claims, is "ramming" through Parliament '
            'the new measures without proper debate.')
    assert [s.content.text for s in _by_cue(text, "claims")] == [
        'the prime minister who, he claims, is "ramming" through Parliament the new measures without proper debate']


MOYA = ('Moya confirmed afterwards: "I am donating my prize money to the victims. I hope it helps to rebuild their '
        'lives. His contribution follows pledges by four other players. Scrichapan said he would give his money too.')


def test_an_unclosed_quotation_ends_where_the_narration_starts():
    confirmed = _by_cue(MOYA, "confirmed")
    assert [s.content.text for s in confirmed] == [
        '"I am donating my prize money to the victims. I hope it helps to rebuild their lives.']
    said = _by_cue(MOYA, "said")
    assert [(s.speaker.name, s.content.text) for s in said] == [("Scrichapan", "he would give his money too")]


@pytest.mark.parametrize(("text", "quoted"), [
    ('He said: "I am giving it all to the victims. I hope it helps.\' His gift follows others.',
     '"I am giving it all to the victims. I hope it helps.\''),
    ('He said: "We will win. The fans deserve it. We are ready.', '"We will win. The fans deserve it. We are ready.'),
    ('He said: "I told him it was \'rubbish.\' He agreed. Smith said nothing more.',
     '"I told him it was \'rubbish.\' He agreed.'),
])
def test_unclosed_quotation_ends(text, quoted):
    assert [text[q.start:q.end] for q in find_quotes(text)] == [quoted]


@pytest.mark.parametrize(("text", "quoted"), [
    # the writer's report of the speaker between two opening marks: the first quote was never closed
    ('"I think we did well. He accepted the result had not gone his way, he said. "But we move on," said Smith.',
     ['"I think we did well.', '"But we move on,"']),
    ('"I am fit enough to play on. Jones joined the club in 2003. But his dedication impressed the manager. '
     '"He is a hero," said Keegan.', ['"I am fit enough to play on. Jones joined the club in 2003.', '"He is a hero,"']),
    # a paragraph the text runs on in one line repeats its opening mark: the quote goes on
    ('"We played well. Gary Neville is a big lad, he can handle himself. "They deserved to win," he said.',
     ['"We played well. Gary Neville is a big lad, he can handle himself. "They deserved to win,"']),
    # an attribution in the first person is the speaker's own words
    ('"The ref asked me if I was ready. He said to me, go. "It looked strange," he said.',
     ['"The ref asked me if I was ready. He said to me, go. "It looked strange,"']),
])
def test_an_opening_mark_after_the_writer_s_narration_starts_a_new_quote(text, quoted):
    assert [text[q.start:q.end] for q in find_quotes(text)] == quoted


@pytest.mark.parametrize("text", [
    # a sentence in the first person is the speaker's, whatever it opens with
    'Ferguson said: "I thought Rooney was superb. His goal won us the game.',
    'Smith said: "We were angry about it. We told them to leave. Nothing happened.',
    # a pronoun or "Nobody" before "said/told" may be the speaker reporting someone
    'He said: "I was shocked by the decision. Nobody told him anything about it. It was wrong.',
    'Ms Jones said: "My son was killed in 2003. My husband has never recovered. He said he would fight on.',
])
def test_an_unclosed_quotation_keeps_the_speaker_s_own_sentences(text):
    assert [text[q.start:q.end] for q in find_quotes(text)] == [text[text.index('"'):]]


def test_no_sentence_ends_after_an_abbreviation():
    text = 'Jones said: "We met Mr. Smith on Monday. Mr. Brown said the deal was done.'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ['"We met Mr. Smith on Monday.']


def test_a_past_tense_that_looks_like_its_base_form_stays_in_the_content():
    # "put" after "would sell": the tagger may read it as a past tense; it is the bare verb
    found = _by_cue("The minister said the government would sell the plant and put the money into schools.", "said")
    assert [s.content.text for s in found] == ["the government would sell the plant and put the money into schools"]
