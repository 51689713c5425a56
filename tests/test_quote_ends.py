"""Where a quotation that never closes ends (attribute/quotes.py ``find_quotes``,
quote_ends.py; issue 12): at the writer's narration after it, at an opening mark after the
writer's report of the speaker; it keeps the speaker's own first-person sentences, and no
sentence ends after an abbreviation."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue

from onrecord import extract
from onrecord.attribute.quotes import find_quotes


MOYA = ('Moya confirmed afterwards: "I am donating my prize money to the victims. I hope it helps to rebuild their '
        'lives. His contribution follows pledges by four other players. Scrichapan said he would give his money too.')


def test_an_unclosed_quotation_ends_where_the_narration_starts():
    confirmed = statements_by_cue(MOYA, "confirmed")
    assert [s.content.text for s in confirmed] == [
        '"I am donating my prize money to the victims. I hope it helps to rebuild their lives.']
    said = statements_by_cue(MOYA, "said")
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


def test_an_unclosed_quotation_is_given_once():
    text = ("Electoral Commission boss Sam Younger said: \"We know that young people often feel disengaged from "
            "democratic life and we believe in working creatively to encourage their interest and participation. "
            "\"Mock elections can play an extremely valuable role in helping young people understand how the "
            "democratic process works and why it matters,\" he said.")
    statements = extract(text, "2005-03-01").statements
    spans = [(s.content.start, s.content.end) for s in statements]
    assert len(spans) == len(set(spans)) and statements
    assert all(s.speaker.name == "Sam Younger" for s in statements)
