"""Findings in which nothing was said (issue 12, attribute/unsaid.py and the evidence and
victories of non_statements/deeds): each stays out of the default record, with its reason in
the explanation; the sentences that look alike but report words stay in."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "reason"), [
    ("Finally, Disney also did not reveal that it provided more than $200,000 annually for office space.",
     "also did not reveal", "negated, nothing said"),
    ("New sections added to the website include advice on how to complain about unwanted calls.",
     "how to complain about", "a topic, no speaker"),
    ("The new features include a button asking users to rate each story.", "asking", "narration"),
    ("Early indicators suggest that sales rose over Christmas.", "suggest", "evidence with no maker"),
    ("The carmaker has decided to recall 20,000 vehicles because of a brake fault.", "to recall",
     "a memory or a recall, not words"),
    ("Federer claimed his third victory of the season in Dubai on Sunday.", "claimed", "an action, not words"),
    ("The chief executive, who is optimistic about the deal, said nothing.", "said", "nothing said"),
    ("Publishing its 2005 economic survey of the US, the OECD warned of a slowdown.", "Publishing",
     "a document issued, not its words"),
    ("The study also looked at the effect of the tax on families.", "also looked at", "a topic, no words"),
    ("The majority of respondents said they used the net every day.", "said", "a number speaks"),
    ("One in five adults said they had been targeted by fraudsters.", "said", "a number speaks"),
    ("Almost a third said they would not buy one.", "said", "a number speaks"),
    ("Those questioned for the survey said they wanted more choice.", "said", "a number speaks"),
    ("According to reports, Newcastle have joined the race to sign Real Madrid striker Fernando Morientes.",
     "According to", "hearsay, no speaker"),
    ("Fans should note that the title refers to the film, not the book.", "should note", "the writer's own voice"),
    ("The report was optimistic about the prospects for the economy.", "optimistic about",
     "an attitude, not words"),
    ("The Tories have yet to say where the cuts will fall.", "to say", "not said yet"),
    ("The firm has yet to confirm that it will close the plant.", "to confirm", "not said yet"),
    # BBC tech (development slice): the relative word alone is the content of "talking about"
    ("Although it has been widely predicted that Mr Gates would be showcasing the new Xbox, some media reports "
     "have cast doubt on what he would be talking about in the keynote.", "would be talking about", "a topic, no words"),
])
def test_what_says_nothing_stays_out_of_the_record(text, cue, reason):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act not in DEFAULT_ACTS and reason in s.explanation for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    ("The chancellor not only revealed that taxes would rise but promised a vote on them.", "revealed"),
    ("The firm issued a statement calling for calm.", "calling for"),
    ("Mr Brown recalled an incident in 1998 when the club nearly folded.", "recalled"),
    ("The Kasich campaign is already claiming victory in the race.", "is already claiming"),
    ("The minister said that sales rose over Christmas.", "said"),
    ("Residents questioned by police said they heard shots.", "said"),
    ("Reports in the Spanish press suggest Liverpool will lift their offer.", "suggest"),
    ("Two of the bidders said they would pull out of the auction.", "said"),
    ("\u201cWhat if he had elocution lessons?\u201d the 43-year-old asked in the video\u2019s description.", "asked"),
    ("The Treasury published a report on the costs of the war.", "published"),
])
def test_words_that_look_alike_stay_in_the_record(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act in DEFAULT_ACTS for s in found)


@pytest.mark.parametrize(("text", "cue", "reason"), [
    # BBC dev slices: the reviewer's own aside, and works whose existence alone is reported
    ("There is more to be said on the computer's size and design but it is worth highlighting that the "
     "Mac Mini is a just a computer.", "highlighting", "the writer's own voice"),
    # voice.writers_aside takes this row too ("it is fair to say"): the Mac Mini row above is the frame rule's own
    ("It is important to stress that no decision has been taken.", "to stress", "the writer's own voice"),
    ("Jagran publishes India's top-selling daily newspaper, the Hindi-language Dainik Jagran, which has been "
     "in circulation for 62 years.", "publishes", "a work put out, not its words"),
    ("Ellen Simonetti, known as Queen of the Sky, wrote an anonymous semi-fictional account of her life in "
     "the sky.", "wrote", "a work put out, not its words"),
])
def test_the_writers_frame_and_works_put_out_stay_out_of_the_record(text, cue, reason):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act not in DEFAULT_ACTS and reason in s.explanation for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    # a frame adjective with a person as subject: the "it" guard of unvoiced.writers_frame decides it
    ("The minister was fair to point out that the plan is safe.", "to point out"),
    ("It is worth remembering that the minister said the plan was safe.", "said"),
    # works named with a topic or side of their own: the _TOPICAL guard of unvoiced._work_named decides them
    ("The activist published a blog against the mogul.", "published"),
    ("The mayor wrote a letter about the closure of the hospital.", "wrote"),
    ("She wrote that the plan was safe.", "wrote"),
    # bbc/politics/022.txt: plans published say what is planned, as plans announced do (PolNeAR train)
    ("Home Secretary Charles Clarke this week published plans for a new points system for economic migrants, "
     "with only high-skilled workers allowed into the UK from outside the European Union.", "published"),
])
def test_words_beside_the_writers_frame_stay_in_the_record(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act in DEFAULT_ACTS for s in found)


@pytest.mark.parametrize(("text", "cue", "reason"), [
    # bbc/business dev slices: results or findings put out by name, none given (acts-42)
    ("A number of retailers have already reported poor figures for December.", "have already reported",
     "results put out, not what they say"),
    ("It could take several months for the WTO's dispute settlement panel to report its findings.", "to report",
     "results put out, not what they say"),
    # PolNeAR train: a speech planned by an aim, said by no one yet (the annotator's cue is "are determined")
    ("Although some mainstream Republicans are making themselves more comfortable with the prospect of Trump as "
     "the nominee, others are determined to do everything they can to highlight all the ways in which Trump's "
     "positions, current or past, run counter to conservative principles.", "to highlight", "an aim, not yet said"),
    # PolNeAR train: an indefinite crowd wondering, a general debate
    ("Others wonder how the connection could affect Hillary's run for president.", "wonder",
     "a general debate, no one's words"),
    # the same, with the question words unsaid.open_question knows ("which" was missed)
    ("Others wonder which firms were involved in the deal.", "wonder", "a general debate, no one's words"),
])
def test_aims_debates_and_results_named_stay_out_of_the_record(text, cue, reason):
    found = _by_cue(text, cue)
    assert found, cue
    assert all(s.act not in DEFAULT_ACTS and reason in s.explanation for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    # a figure given is what was reported (bbc/business dev slice)
    ("In 2003, Barclays reported a 20% rise in pre-tax profits to £3.8bn.", "reported"),
    # a named group that questions puts it in words (bbc/business/164, a dev slice)
    ("Analysts have questioned whether a US court has any jurisdiction over Russian companies.", "have questioned"),
    # a try at speaking spoke (devgold, PolNeAR nyt_2016-04-23): "seek" is no aim's head
    ("Trump's newly installed campaign chief has sought to assure members of the Republican National Committee "
     "that Mr. Trump recognized the need to reshape his persona.", "to assure"),
])
def test_figures_and_named_questioners_stay_in_the_record(text, cue):
    found = _by_cue(text, cue)
    assert found and all(s.act in DEFAULT_ACTS for s in found)
