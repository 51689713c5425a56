"""Vias named by a programme alone, a trade paper, a US paper's name, or a passive quoting."""

from __future__ import annotations

import pytest

from onrecord import extract


def via_of(passage: str) -> list[str | None]:
    statements = extract("Headline\n\n" + passage, published="2005-03-15").statements
    return [s.via.name if s.via else None for s in statements]


@pytest.mark.parametrize("passage, via", [
    # bbc politics: the programme alone, its name read by the NER as a date
    ('"It will take Britain backwards," Mr Balls told Today.', "Today"),
    ('Mr Johnson told Today: "It is perfectly true that I got into trouble."', "Today"),
    ('"They are in it to fill their boots," Mr Pound told the Today programme.', "Today programme"),
    ("Speaking on the Today programme, Mr Brown said taxes would fall.", "Today programme"),
    # a title's capitalised "With" the parser hung on the verb
    ('Lord Falconer told BBC1\'s Breakfast With Frost: "It is a matter for the Commons."',
     "BBC1's Breakfast With Frost"),
    # trade papers and weeklies
    ('"We are thrilled with the result," Warner producer Jeff Robinov told Variety.', "Variety"),
    ('"It was the best night of my life," the singer told NME.', "NME"),
    # an outlet naming the interview
    ("The reason was that it would have weakened the case, Lord Butler said in his Spectator interview.",
     "Spectator"),
    # a paper's name the NER missed, by the word that makes it one (PolNeAR train)
    ("Christine Todd Whitman told The Star-Ledger of Newark last week that he was wrong.", "Star-Ledger"),
    ("Smith told the Philadelphia Inquirer that the plan was wrong.", "Philadelphia Inquirer"),
    ("Smith told the Des Moines Register that the plan was wrong.", "Des Moines Register"),
    # what was told "of" is no part of the outlet's name (PolNeAR train, politico 2015-12-03), a name after "of" is
    ('"They may not be," Trump told The Associated Press of the prospects for peace in the region.',
     "Associated Press"),
    ("He told the Voice of America that he was wrong.", "Voice of America"),
    # PolNeAR train (Breitbart show transcripts, curly apostrophes): the day opening the sentence,
    # wherever the parser hung it; the programme an edition is of; the outlet's generic head kept
    ("Thursday on Fox News Channel’s “The Kelly File,” Donald Trump said the plan was bad.",
     "Fox News Channel's The Kelly File"),
    ("On Sunday’s broadcast of NBC’s “Meet the Press,” Donald Trump said the plan was bad.", "NBC's Meet the Press"),
    ("Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said the plan was bad.",
     "Fox News channel's Sunday Morning Futures"),
    # PolNeAR train (west-journal 2016-01-26): the parser split the curly "’s" off its outlet, and the
    # programme the NER reads after it is the via, also where the NER took the mark into the name
    ("“I think I’d do very well against it,” Trump said Sunday on NBC’s Meet the Press.", "NBC’s Meet the Press"),
    ("Trump explained his reasoning in an appearance on CBS’s Face the Nation.", "CBS’s Face the Nation"),
    # an "of the" inside the name the NER reads whole (invented, the same shape)
    ("Trump told CNN’s State of the Union that he would win.", "CNN’s State of the Union"),
    # a title in quotation marks after "on" that the parser read as a clause (PolNeAR train, huff-post)
    ("“I have always said that I expect to be vetted,” he said on “Meet the Press.”", "Meet the Press"),
    # a passive quoting names the paper
    ('Mr Houston was quoted in the Herald newspaper saying: "I feel UKIP have over-reacted."', "Herald"),
    # the passive's agent quotes; the one quoted speaks
    ("Mr Brown was quoted by the Sunday Times as saying that he would not resign.", "Sunday Times"),
    # the agent after "as saying", where the parser hung it on "saying" (BBC dev, business)
    ("The licence had been withdrawn, minister Yuri Trutnev was quoted as saying by the Interfax news agency.",
     "Interfax"),
    ('"I demand better transparency," he is quoted as saying by the Frankfurter Allgemeine newspaper.',
     "Frankfurter Allgemeine"),
])
def test_a_programme_a_trade_paper_or_a_paper_quoting_is_the_via(passage, via):
    # a programme's title in quotation marks may come out as a statement of its own, whose content
    # the via cannot lie in; every other statement names the via
    assert set(via_of(passage)) - {None} == {via} and via_of(passage)[0] == via


@pytest.mark.parametrize("passage", [
    "Mr Milburn told reporters today that Labour wanted new policies.",   # the day, no programme
    "He was quoted by a colleague as saying the tax would fall.",         # a person quoting, no outlet
    "Mr Brown told the party conference that taxes would fall.",          # an audience, no name
])
def test_a_day_a_colleague_or_an_audience_is_no_via(passage):
    assert via_of(passage) == [None]


def test_a_paper_referred_back_to_after_a_saying_s_to_is_the_outlet_named_before():
    # PolNeAR train (huff-post 2016-08-29), shortened
    vias = via_of("Weiner told the New York Post that they were friends. Although Weiner admitted to the newspaper "
                  "that they had been friends, he claimed they had never met.")
    assert vias[:2] == ["New York Post", "New York Post"]


def test_a_weekly_written_in_capitals_is_an_outlet():
    # PolNeAR train (huff-post 2016-06-09)
    assert via_of('"I stand by everything I said," the Florida senator told THE WEEKLY STANDARD on Thursday.') == [
        "WEEKLY STANDARD"]


def test_a_curly_possessive_apostrophe_stays_in_the_via():
    # PolNeAR train (Politico): the apostrophe after "News" is a possessive, not a closing quote
    from onrecord import extract
    statements = extract("Headline\n\nIn an interview with Fox News’ Sean Hannity on Monday night, Trump said "
                         "the wall was negotiable.", published="2016-03-01").statements
    assert [s.via.name for s in statements if s.via] == ["Fox News’ Sean Hannity"]
    statements = extract("Headline\n\nHe told ‘The Times’ that the wall was negotiable.",
                         published="2016-03-01").statements
    assert [s.via.name for s in statements if s.via] == ["Times"]


@pytest.mark.parametrize("passage, via", [
    # a programme title in quotation marks after its outlet's possessive
    ('Pence said Sunday on CBS\'s "Face the Nation" that Trump was right.', "CBS's Face the Nation"),
    # an op-ed the tokenizer split still names the paper it ran in
    ("Romney wrote in an op-ed in The Washington Post that Trump was a phony.", "Washington Post"),
    # the outlet that aired the interview
    ("Clinton said in an interview aired Sunday on CBS that she was confident.", "CBS"),
    # a paper whose name keeps its article
    ("Ryan told The Hill that he was not ready.", "The Hill"),
    # venues the NER reads as organisations are no medium
    ("Ryan told reporters on Capitol Hill that he was not ready.", None),
    ("Ryan told reporters on the Hill that he was not ready.", None),
    ("Ryan said at a press conference on Capitol Hill Thursday that he was not ready.", None),
])
def test_us_programmes_papers_and_venues(passage, via):
    assert via_of(passage) == [via]


def test_a_day_in_a_quoted_programme_title_is_no_time_and_its_spaces_stay():
    statements = extract('Headline\n\nClinton said on "Fox News Sunday" that she never sent classified emails.',
                         published="2016-03-01").statements
    assert [(s.via.name if s.via else None, s.when) for s in statements] == [("Fox News Sunday", None)]
    assert via_of('Trump told NBC\'s "Today" show that he would win.') == ["NBC's Today show"]


@pytest.mark.parametrize("passage, via", [
    # the parser hangs the relative clause on the outlet
    ("Mr Brown gave an interview to the Observer in which he said taxes would fall.", "Observer"),
    ("Ms Jowell wrote a letter to the Guardian in which she said the games would pay.", "Guardian"),
    ("Mr Brown gave an interview to the BBC during which he said taxes would fall.", "BBC"),
    # a relative clause of a place or an audience names no outlet
    ("Mr Brown visited the town in which he said he was born.", None),
    ("Mr Brown gave a speech to the CBI in which he said taxes would fall.", None),
])
def test_a_cue_in_a_relative_clause_of_an_interview_is_relayed_by_its_outlet(passage, via):
    assert via_of(passage)[-1] == via


@pytest.mark.parametrize("passage, via, when", [
    # PolNeAR train (usa-today 2015-11-09): a bare possessive mark after an outlet ending in "s";
    # the parser hangs the title (and the day under it) apart from the outlet
    ("\"There's no question I'm getting special scrutiny,\" the Republican presidential candidate told CBS' "
     "Face the Nation on Sunday.", "CBS' Face the Nation", "on Sunday"),
    ('"People are very threatened," Carson told ABC News\' This Week on Sunday.', "ABC News' This Week", "on Sunday"),
])
def test_a_programme_after_a_bare_possessive_mark_is_the_outlet_s(passage, via, when):
    statements = extract("Headline\n\n" + passage, published="2015-11-09").statements
    assert [(s.via.name if s.via else None, s.when.expression if s.when else None) for s in statements] == [(via, when)]


@pytest.mark.parametrize("passage, via", [
    # PolNeAR train (politico 2016-08-17): a paper not in the outlet list, named before "op-ed"
    ("Richard Cross, a former staff member for Maryland Republicans, wrote in a Baltimore Sun op-ed that he penned "
     "the scathing remarks.", "Baltimore Sun"),
    ("In a Baltimore Sun op-ed on Monday, Cross wrote that he penned the remarks.", "Baltimore Sun"),
    # a lone untagged name before it is the writer's, and a bare op-ed names no paper
    ("Cross wrote in a Trump op-ed that he penned the remarks.", None),
    ("Cross wrote in an op-ed that he penned the remarks.", None),
    # a body whose name says what kind it is writes op-eds too, and is no paper
    ("In a Heritage Foundation op-ed, Smith wrote that the tax plan would fail.", None),
])
def test_the_paper_named_before_an_op_ed_is_the_via(passage, via):
    assert via_of(passage) == [via]


@pytest.mark.parametrize("passage, via", [
    # PolNeAR train (breitbart 2016-08-08): the participle says it where the verb above it was
    ("Clinton campaign spokesman Brian Fallon responded on Twitter, calling Trump’s charge “pathetic” and "
     "“dangerous.”", "Twitter"),
    ("Trump took to Twitter to say that the charge was pathetic.", "Twitter"),
    ("Fallon posted on Facebook, saying the charge was pathetic.", "Facebook"),
    # a day or a place on the verb above names no medium
    ("Fallon reacted on Monday, saying the charge was pathetic.", None),
    ("Fallon appeared on Capitol Hill, saying the charge was pathetic.", None),
])
def test_a_participle_of_saying_takes_the_medium_of_the_verb_it_hangs_from(passage, via):
    assert via_of(passage) == [via]


def test_an_outlet_s_thing_spoken_about_is_no_medium():
    # review of stop 36: "on Facebook's privacy plans" is the topic of the verb above, not where it was said
    assert set(via_of("The senator commented on Facebook's privacy plans, saying they were inadequate.")) == {None}
    assert set(via_of("Fallon focused on CNN's coverage, calling it biased.")) == {None}


def test_the_verb_above_may_hang_the_platform_on_its_object():
    # PolNeAR train (politico 2015-11-19): "on Twitter and Instagram" hangs from "push", the object
    passage = ("Trump continued his push on Twitter and Instagram, referencing a confirmed Breitbart News report that "
               "eight Syrian refugees were detained attempting to enter Texas from Mexico on Monday.")
    assert via_of(passage) == ["Twitter and Instagram"]
    # a place on the object is no medium
    assert via_of("Trump continued his push on Capitol Hill, referencing a report that the plan was bad.") == [None]


def test_an_outlet_named_before_with_news_is_the_full_via():
    # PolNeAR train (politico 2015-11-19): "told Yahoo" after "an interview with Yahoo News"
    passage = ("In an interview with Yahoo News published Thursday, Trump did not rule out warrantless searches.\n\n"
               "“We’re going to have to do things that we never did before,” Trump told Yahoo in response to a "
               "question about the searches.")
    assert via_of(passage) == ["Yahoo News"]
    assert via_of("“We’re going to have to do things,” Trump told Yahoo in response to a question.") == ["Yahoo"]
    # a broadcaster's initials are a brand of their own
    assert via_of("BBC News reported the plan on Monday.\n\n“It is wrong,” Mr Howard told the BBC.")[-1] == "BBC"


def test_initials_of_an_outlet_named_in_full_before_are_its_full_name():
    # PolNeAR train (huff-post 2016-03-16, devgold): "told the AP" after "the Associated Press"
    passage = ("Hillary Clinton won the Missouri Democratic primary, the Associated Press declared on Thursday.\n\n"
               "On Thursday, Sanders told the AP that he would not seek a recount, conceding the race to Clinton.")
    assert via_of(passage)[-1] == "Associated Press"
    # huff-post 2016-04-27 (PolNeAR train): the name with its initials in brackets
    # (past the opening lines, where "(AP)" would be the article's own wire's dateline)
    passage = ("Israel has never recognised the killings of 1915 as a genocide. " * 8 + "\n\n"
               "Archbishop Aris Shirvanian told the Associated Press (AP), “We will not forget.”\n\n"
               "“In foreign policy, there are interests and there are values,” Nachman Shai told the AP.")
    assert via_of(passage)[-1] == "Associated Press"
    # initials of no name the article gave stay as written
    assert via_of("On Thursday, Sanders told the AP that he would not seek a recount.") == ["AP"]


def test_an_outlet_read_inside_a_longer_title_is_no_full_name():
    # PolNeAR train (huff-post 2016-07-31): "Fox News" only inside the programme's title
    # "Fox News Sunday"; "told Fox" stays as written
    passage = ("“We know that Russian intelligence services hacked into the DNC,” Clinton said in an interview "
               "with “Fox News Sunday.”\n\n"
               "“But I think laying out the facts raises serious issues,” Clinton told Fox in the interview, "
               "taped Saturday.")
    assert via_of(passage) == ["Fox News Sunday", "Fox"]
