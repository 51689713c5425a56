"""A quotation running over several paragraphs is one statement per paragraph
(attribute/quote_paragraphs.py; docs/annotation.md, "Content"): the paragraphs after the
first are floating continuations with its speaker, via and time. Sentences from BBC
development files (politics/004, politics/033), which run paragraphs together."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord import extract
from onrecord.attribute.found import Found
from onrecord.attribute.quote_paragraphs import split_paragraphs
from onrecord.attribute.quotes import find_quotes

BLACKPOOL = ('Colin Asplin, Blackpool Hotel Association said: "We have tried very hard to make sure they come back '
             'to Blackpool. "Obviously we have failed in that. I just hope Manchester can handle the crowds. "It '
             'amazes me that the Labour Party, which is a working class party, doesn\'t want to come to the main '
             'working class resort in the country."')
STANSTED = ('Lord Hanningfield, leader of Essex County Council, told BBC Radio 4\'s Today programme on Monday: "We are '
            'going to the High Court because we want a judge to rule there should be a proper inquiry. "We want a '
            'judge to say there has been inadequate preparation, consultation and thought before the government came '
            'out with its Green Paper. "Then there could be a proper debate nationally about where this extra '
            'capacity should go."')


def rows(text: str, published: str | None = None):
    article = extract("Headline\n\n" + text, published=published)
    return [(s.content.text, s.speaker.name, s.via.name if s.via else None, s.when.expression if s.when else None,
             s.cue.text if s.cue else None) for s in sorted(article.statements, key=lambda s: s.content.start)]


def test_each_paragraph_of_a_run_is_a_statement_of_the_speaker():
    found = rows(BLACKPOOL)
    assert [r[0][:20] for r in found] == ['"We have tried very ', '"Obviously we have f', '"It amazes me that t']
    assert found[0][0].endswith("come back to Blackpool.")  # no trailing space, no mark of the next paragraph
    # the person before the body speaks for it (attribute/speaker_repairs.py): every paragraph is Asplin's
    assert {r[1] for r in found} == {"Colin Asplin"}
    assert [r[4] for r in found] == ["said", None, None]


def test_the_paragraphs_after_the_first_carry_its_via_and_time():
    found = rows(STANSTED, published="2004-11-03")
    assert len(found) == 3
    assert {(r[1], r[2], r[3]) for r in found} == {("Hanningfield", "BBC Radio 4's Today programme", "on Monday")}


def test_a_run_ending_in_its_cue_stays_whole():
    # the cue stands in the last paragraph: the first is no continuation of anything
    text = '"We are going to the High Court. "Politicians should not decide where runways should be," he said.'
    found = rows(text)
    assert [(r[0][:7], r[4]) for r in found] == [('"We are', "said")]


def test_a_quoted_word_inside_a_sentence_is_no_new_paragraph():
    text = 'She said: "They called it a "scandal" and walked out. It was over."'
    found = rows(text)
    assert len([r for r in found if r[0].startswith('"They called')]) == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["We tried.", "It failed", "Why?", "\n", " ", '"', "'", "A"]), max_size=12))
def test_parts_stay_inside_the_run_in_order(pieces):
    text = 'He said: "' + "".join(pieces) + '"'
    start = text.index('"')
    whole = Found((start, len(text)), None, None, None, rule="colon", confidence=0.8)
    parts = split_paragraphs(text, find_quotes(text), [whole])
    bounds = [p.content for p in parts]
    assert bounds[0][0] == start and all(a < b for a, b in bounds)
    assert all(b0[1] <= b1[0] for b0, b1 in zip(bounds, bounds[1:]))
    assert all(p.inherit is q for q, p in zip(parts, parts[1:]))


def test_a_speaker_named_after_the_run_starts_a_new_paragraph():
    # politics/275: the run's paragraphs go on with the interview; "Mr Howard said" after its
    # closing mark is a new paragraph of the BBC file, named anew: not tied to it
    text = ('Interviewed on BBC Radio 2\'s Jeremy Vine show, Mr Howard said: "It is perfectly true that I am being '
            'attacked on one side by people who think we ought to be promising much bigger tax cuts.\n\n"On the other '
            'side, there are people who say we won\'t be able to achieve these tax cuts. "I think we have got it about '
            'right." Mr Howard said voters faced a clear choice at the next election between more waste and value '
            'for money.')
    found = rows(text)
    runs = [r for r in found if r[0].startswith('"')]
    assert len(runs) == 3 and {r[2] for r in runs} == {"BBC Radio 2's Jeremy Vine show"}
    named_anew = next(r for r in found if r[0].startswith("voters faced"))
    assert named_anew[2] is None


def test_a_transcript_after_a_lead_in_line_goes_on_with_the_speaker():
    # PolNeAR train (breitbart 2016-03-15, Kasich): "Transcript as follows:" on a line of its own
    text = ('Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican presidential '
            'primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon. We’re going to have '
            'the wind blow us over the Rocky Mountains to California.”\n\nTranscript as follows:\n\n"Tonight we '
            'arrived in Cleveland, and we went to a restaurant. We thought we could kind of sneak in and grab a quick '
            'meal.\n\n"We’re now up 400,000 plus jobs. We’re running a $2 billion surplus. Our pensions are secure."')
    found = rows(text, published="2016-03-16")
    assert [r[0][:9] for r in found] == ["“I’m gett", '"Tonight ', '"We’re no']
    assert {(r[1], r[3]) for r in found} == {("John Kasich", "Tuesday")}


def test_a_paragraph_of_narration_still_ends_the_speaker():
    text = ('Gov. John Kasich said, “I’m getting ready to rent a covered wagon and ride it all the way.”\n\n'
            'The crowd in the hall cheered for a long time afterwards.\n\n'
            '"Tonight we arrived in Cleveland, and we went to a restaurant."')
    assert not any(r[0].startswith('"Tonight') for r in rows(text))


def test_a_lead_in_naming_someone_is_no_lead_in():
    from onrecord.attribute.quote_rules import _lead_in
    assert _lead_in("Transcript as follows:") and _lead_in("Partial transcript as follows:")
    assert not _lead_in("Here is what Clinton said:")  # another speaker's words follow
    assert not _lead_in("The rationale these proven liars at the Washington Post use is a cultish faith:")
