"""What is a speaker's title (issue 11, docs/annotation.md "Title and affiliation"): a rank
or office before a name ("Justice", "Pastor", "Rear Admiral", "World No 1", "Public
Advocate"), coordinated roles ("Broadcaster and writer"), a hyphenated role kept whole, a
role only the headline gives yielding to the body's introduction; and what is no title (a
prize, a critic of someone, "woman", an adjective opening the sentence, a plural set beside
a person)."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of


_WILLIAMS = ("Scrum-half Williams rejoins Bath\n\nBath have signed {who} on a short-term deal from the "
             "Neath-Swansea Ospreys.\n\nWales international Williams, whose contract with the Welsh region was due "
             "to expire in June, has agreed a contract until the end of the season. With Martyn Wood's injury likely "
             "to keep him out until February, Bath need experienced back-up to Nick Walshe. Said Williams: \"When "
             "this opportunity presented itself, I did not really have to think twice about it.\"\n")


@pytest.mark.parametrize(("text", "word", "published", "expected"), [
    # R6: "company director" names no body; "central bank governor" keeps its body apart
    pytest.param(
        "Company director John Smith said the firm would survive.",
        "survive", "2005-03-01", {"name": "John Smith", "title": "Company director"},
        id="a_bare_body_noun_before_a_role_stays_in_the_title-1"),
    pytest.param(
        "Bank manager Jane Doe said the loans were safe.",
        "safe", "2005-03-01", {"title": "Bank manager"},
        id="a_bare_body_noun_before_a_role_stays_in_the_title-2"),
    pytest.param(
        "Gebrselassie in London triple bid\n\n"
        "\"It is a coup for us to secure Haile's presence for the next three years,\" said race director David "
        "Bedford. \"If I didn't think I could win I would not be here,\" said Double Olympic 10,000m champion "
        "Haile Gebrselassie.",
        "could win", "2005-01-20", {"name": "Haile Gebrselassie", "title": "Double Olympic champion", "affiliation": None},
        id="double_before_a_title_is_part_of_it"),
    # issue 11's leftover: the parser makes "Broadcaster" the subject and the name its conjunct,
    # and the title kept only "writer"
    pytest.param(
        "Broadcaster and writer Melvyn Bragg said the book was a triumph.",
        "triumph", "2005-01-20", {"name": "Melvyn Bragg", "title": "Broadcaster and writer", "affiliation": None},
        id="coordinated_roles_before_a_name_make_one_title"),
    # "BBC and ITV presenter": the first word is a body, not a role coordinated with the title
    # ("Former" goes with the role past the bodies: docs/annotation.md)
    pytest.param(
        "Political editor Nick Robinson said the vote was close. Former BBC and ITV presenter "
        "Anna Ford said the campaign was dull.",
        "dull", "2005-01-20", {"title": "Former presenter"},
        id="two_bodies_before_a_role_stay_no_title"),
    # the tagger reads "rugby" as a proper noun, so the name the parser made the object of
    # "of" was not taken for the role's holder and the title was lost
    pytest.param(
        "Saint-Andre anger at absent stars\n\n"
        "\"Under the Elite Player Squad agreement, England wanted a second opinion, which they can do,\" "
        "director of rugby Nigel Melville told the Gloucester Citizen.",
        "second opinion", "2005-01-20", {"name": "Nigel Melville", "title": "director of rugby"},
        id="a_lower_case_field_after_the_role_s_of_keeps_the_title"),
    # issue 11's leftover: the NER's "DJ Jamie Cullum" and the parser's subject "Singer" gave
    # only "Singer"
    pytest.param(
        "Singer and DJ Jamie Cullum said the show was great.",
        "great", "2005-01-20", {"name": "Jamie Cullum", "title": "Singer and DJ"},
        id="coordinated_roles_where_the_ner_took_the_second_into_the_name"),
    pytest.param(
        "Supreme Court Justice Ruth Bader Ginsburg said on Monday that the court would hear the case.",
        "court would hear", "2005-03-01", {"name": "Ruth Bader Ginsburg", "title": "Justice", "affiliation": "Supreme Court"},
        id="a_justice_is_the_title_and_the_court_the_affiliation-1"),
    pytest.param(
        "Chief Justice John Roberts said the law was constitutional.",
        "constitutional", "2005-03-01", {"title": "Chief Justice", "affiliation": None},
        id="a_justice_is_the_title_and_the_court_the_affiliation-2"),
    pytest.param(
        "Justice Secretary Jack Straw said the prisons were full.",
        "prisons were full", "2005-03-01", {"title": "Justice Secretary", "affiliation": None},
        id="the_justice_portfolio_stays_part_of_a_minister_s_title"),
    pytest.param(
        "The theatre impresario Bill Kenwright said the show would go on.",
        "show would go on", "2005-03-01", {"name": "Bill Kenwright", "title": "theatre impresario"},
        id="an_impresario_is_a_role"),
    pytest.param(
        "Pastor Joseph Brown of the Marion Avenue Baptist Church said the candidates were \"good men\".",
        "good men", "2005-03-01", {"name": "Joseph Brown", "title": "Pastor", "affiliation": "Marion Avenue Baptist Church"},
        id="a_pastor_is_a_title_not_part_of_the_name"),
    pytest.param(
        "Of all the voters who might be expected to resist the charms of Donald J. Trump, the two million members of "
        "the Service Employees International Union would most likely be near the top of the list. Donald J. Trump "
        "said he would win them over.",
        "win them over", "2005-03-01", {"name": "Donald J. Trump", "title": None, "affiliation": None},
        id="a_plural_the_parser_set_beside_a_person_is_no_role_of_theirs"),
    pytest.param(
        "Best Actress winner Hilary Swank said she was thrilled.",
        "thrilled", "2005-03-01", {"name": "Hilary Swank", "title": None, "affiliation": None},
        id="a_prize_is_no_title_and_no_body-1"),
    pytest.param(
        "Booker Prize winner Ian McEwan said the novel was not dead.",
        "novel was not dead", "2005-03-01", {"title": None, "affiliation": None},
        id="a_prize_is_no_title_and_no_body-2"),
    pytest.param(
        "Democratic nominee John Kerry said the war was a mistake.",
        "war was a mistake", "2005-03-01", {"title": "nominee", "affiliation": "Democratic"},
        id="a_party_s_nominee_keeps_title_and_party-1"),
    pytest.param(
        "Lottery winner John Smith said he would buy a house.",
        "buy a house", "2005-03-01", {"title": "Lottery winner"},
        id="a_party_s_nominee_keeps_title_and_party-2"),
    pytest.param(
        "The singer Tom Barr is being sued by his ex-girlfriend for $2 million, "
        "claiming he broke a promise to marry her.",
        "broke a promise", "2005-03-01", {"name": "ex-girlfriend", "type": "person"},
        id="an_unnamed_speakers_hyphenated_noun_is_described_whole"),
    pytest.param(
        "The party co-chairman said the vote had been lost.",
        "vote had been", "2005-03-01", {"title": "party co-chairman"},
        id="a_hyphenated_role_keeps_its_title"),
    pytest.param(
        "Film wins award\n\nThe award was given at a London hotel on Sunday night. Evening Standard "
        "film critic Derek Hall said: \"He has never made a better film.\"\n",
        "better film", "2005-03-01", {"title": "film critic", "affiliation": "Evening Standard"},
        id="a_critic_before_a_name_is_the_title_and_an_evening_paper_the_body"),
    pytest.param(
        "Jane Roe, a critic of the president, said the plan was wrong.",
        "plan was wrong", "2005-03-01", {"title": None},
        id="a_critic_of_someone_is_still_no_title"),
    # a stance noun with its cause after it is what the person thinks, not an office
    # (role_words.STANCE_NOUNS); without one it stays a role ("Olympic champion", "consumer advocate")
    pytest.param(
        "Tony Blair, a leading advocate of Turkish membership, said talks should start soon.",
        "talks should start", "2005-03-01", {"name": "Tony Blair", "title": None},
        id="an_advocate_of_a_cause_is_no_title"),
    pytest.param(
        "Richard Cobden, a champion of free trade, said the tariffs should go.",
        "tariffs should go", "2005-03-01", {"name": "Richard Cobden", "title": None},
        id="a_champion_of_a_cause_is_no_title"),
    pytest.param(
        "Kelly Holmes, the Olympic champion, said she would run again.",
        "run again", "2005-03-01", {"name": "Kelly Holmes", "title": "Olympic champion"},
        id="a_champion_with_no_cause_keeps_the_title"),
    pytest.param(
        "Ralph Nader, a consumer advocate, said the cars were unsafe.",
        "unsafe", "2005-03-01", {"name": "Ralph Nader", "title": "consumer advocate"},
        id="an_advocate_with_no_cause_keeps_the_title"),
    pytest.param(
        "A US woman is suing a printer maker, saying its ink cartridges are secretly programmed to expire.",
        # (no affiliation either: where she is from, not whom she speaks for; places_of_origin)
        "secretly programmed", "2005-03-01", {"name": "woman", "title": None, "affiliation": None},
        id="a_woman_is_no_title"),
    pytest.param(
        "Former chief executive John Smith said rates would rise.",
        "rates", "2005-03-01", {"affiliation": None},
        id="an_adjective_opening_the_sentence_is_no_body-1"),
    pytest.param(
        "Renowned economist John Smith said rates would rise.",
        "rates", "2005-03-01", {"title": "economist", "affiliation": None},
        id="an_adjective_opening_the_sentence_is_no_body-2"),
    pytest.param(
        'A Number 10 spokeswoman would only say: "He will announce an election when he wants to."',
        "announce", "2005-03-01", {"title": "spokeswoman", "affiliation": "Number 10"},
        id="number_10_is_the_body_not_part_of_the_title-1"),
    pytest.param(
        "The No 10 spokesman said the election would come.",
        "election", "2005-03-01", {"title": "spokesman"},
        id="number_10_is_the_body_not_part_of_the_title-2"),
    pytest.param(
        "World number one Roger Federer said he was tired.",
        "tired", "2005-03-01", {"name": "Roger Federer", "title": "World number one"},
        id="a_ranking_stays_in_the_title"),
    pytest.param(
        "General manager Bob Smith said the team had played well.",
        "played", "2005-03-01", {"name": "Bob Smith", "title": "General manager", "affiliation": None},
        id="a_real_adjective_opening_a_title_stays_in_it"),
    pytest.param(
        "World No 1 Roger Federer said he was tired.",
        "tired", "2005-03-01", {"name": "Roger Federer", "title": "World No 1", "affiliation": None},
        id="a_ranking_written_with_no_is_a_title"),
    pytest.param(
        "British No 1 Tim Henman said he was tired.",
        "tired", "2005-03-01", {"name": "Tim Henman", "title": "No 1"},
        id="a_ranking_after_a_nation_keeps_its_no"),
    pytest.param(
        "The world No 1 Roger Federer said he was tired.",
        "tired", "2005-03-01", {"name": "Roger Federer", "type": "person"},
        id="a_ranking_the_ner_took_for_a_law_is_no_organisation"),
    pytest.param(
        "The match was hard, said world number one Roger Federer.",
        "match", "2005-03-01", {"name": "Roger Federer", "title": "world number one"},
        id="an_inverted_ranking_keeps_its_number"),
    # PolNeAR train, politico_2016-04-11_clinton-and-sanders-trade-low-bl
    pytest.param(
        "Clinton hits back.\n\nClinton's chief pollster and strategist Joel Benenson on Monday said the attacks "
        "were wrong.",
        "attacks", "2005-03-01", {"name": "Joel Benenson", "title": "chief pollster and strategist", "affiliation": "Clinton"},
        id="a_role_read_as_a_verb_keeps_the_name_and_the_title"),
    # PolNeAR train, politico_2016-04-08_families-of-mass-shooting-victim
    pytest.param(
        "Clinton hits back.\n\nNew York City Public Advocate Trish James said the attacks were wrong.",
        "attacks", "2005-03-01", {"name": "Trish James", "title": "Public Advocate", "affiliation": "New York City"},
        id="public_advocate_is_a_title_not_part_of_the_name"),
    # PolNeAR train, huff-post_2016-06-04_u-s-flexes-muscles-as-asia-worri
    pytest.param(
        '"This is a time of cooperation and common security," Rear Admiral Guan Youfei told reporters.\n',
        "cooperation", "2005-03-01", {"name": "Guan Youfei", "title": "Rear Admiral", "affiliation": None},
        id="rear_admiral_is_a_title_not_a_body_nor_part_of_the_name"),
    pytest.param(
        "The Labour Party said the plan was flawed. According to the spokesman, John Smith, the plan will fail.\n",
        "fail", "2005-03-01", {"name": "John Smith", "title": "spokesman", "affiliation": "Labour Party"},
        id="a_definite_role_before_a_name_between_commas_is_its_title"),
    # BBC dev slice, sport/392 (its opening, verbatim)
    pytest.param(
        _WILLIAMS.format(who="their former scrum-half Andy Williams"),
        "opportunity", "2005-03-01", {"name": "Andy Williams", "title": "former scrum-half"},
        id="a_role_only_the_headline_gives_yields_to_the_body_s_introduction"),
    pytest.param(
        _WILLIAMS.format(who="Andy Williams"),
        "opportunity", "2005-03-01", {"name": "Andy Williams", "title": "Scrum-half"},
        id="a_role_only_the_headline_gives_stays_where_the_body_gives_none"),
    # PolNeAR train, huff-post_2015-12-30 (verbatim): the party label as written, without its country
    pytest.param(
        "Dec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton on Tuesday said that Islamic "
        "State violence against Iraqi Yazidis and other religious minorities in the Middle East is genocide.",
        "genocide", "2015-12-30", {"name": "Hillary Clinton", "title": "presidential candidate", "affiliation": "Democratic"},
        id="a_party_label_after_its_country_is_the_body_without_the_country"),
    # the shape of BBC dev slice tech/048 ("French Green MEP Alain Lipietz warned ..."): a demonym before a party label
    pytest.param(
        "French Green MEP Alain Lipietz said the treaty would hurt workers.",
        "workers", "2005-03-01", {"name": "Alain Lipietz", "title": "MEP", "affiliation": "Green"},
        id="a_party_label_after_its_nation_s_demonym_is_the_body"),
    # a nation's own party keeps its name ("Scottish Labour" is the party)
    pytest.param(
        "Scottish Labour leader Jack McConnell said the plan would fail.",
        "fail", "2005-03-01", {"name": "Jack McConnell", "title": "leader", "affiliation": "Scottish Labour"},
        id="a_nation_s_own_party_keeps_its_name"),
    # PolNeAR train, west-journal_2016-08-25 and politico_2016-01-27 (verbatim): a state before a party
    # label stays, for it may be the state's party
    pytest.param(
        "Ohio Democratic Party chairman David Pepper said the party is considering filing an appeal.",
        "filing an appeal", "2016-08-25", {"name": "David Pepper", "title": "chairman", "affiliation": "Ohio Democratic Party"},
        id="a_state_before_a_party_stays_in_the_body"),
    pytest.param(
        "Grant Young, another unaligned Iowa Republican strategist, said there are advantages for a front-runner like "
        "Cruz to showing up in remote areas.",
        "advantages", "2016-01-27", {"name": "Grant Young", "title": "strategist", "affiliation": "Iowa Republican"},
        id="a_state_before_a_party_label_stays_in_the_body"),
])
def test_speaker_title(text, word, published, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected, published) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # BBC dev slice, sport/415: "former" stays in the title though the body stands between
    ("Meanwhile, former England full-back Dusty Hare put England's mistakes down to a lack of mental toughness. "
     '"Jonny Wilkinson has proved himself a cool customer," Hare told BBC Radio Five Live.',
     "cool customer", ("Dusty Hare", "former full-back", "England")),
    # BBC dev slice, sport/208
    ("Smith already has the backing of many pundits and fans, including former Scotland manager Craig Brown. "
     'Brown said: "Walter is an outstanding candidate without doubt."',
     "outstanding", ("Craig Brown", "former manager", "Scotland")),
    # BBC dev slice, politics/292 ("ex-UKIP MEP Robert Kilroy-Silk"): the hyphen stays glued to the role
    ("Ex-UKIP MEP Robert Kilroy-Silk said the comments were a joke.", "joke", ("Robert Kilroy-Silk", "Ex-MEP", "UKIP")),
    # the appositive shape the reader judged: a firm between "former" and the role
    ('"It is over," said Tom Brown, a former Marsh senior vice president.', "over",
     ("Tom Brown", "former senior vice president", "Marsh")),
    # a body noun before the role keeps the modifiers before it in the title
    ("Former central bank governor Park Seung said the economy was heading upward.", "heading",
     ("Park Seung", "Former governor", "central bank")),
    # BBC dev slice, entertainment/258 (verbatim): "ex-" qualifies the possessor, the singer, not her lawyer
    ("The ex-Hole singer's lawyer Howard Weitzman said Ms Love had \"turned her life around\" and she was \"clean and "
     'sober".', "turned her life", ("Howard Weitzman", "lawyer", None)),
    # "outgoing" is no past role (an outgoing chairman is still the chairman): left where written
    ("The outgoing Fed chairman Ben Bernanke said rates would stay low.", "rates", ("Ben Bernanke", "chairman", "Fed")),
])
def test_a_past_role_word_stays_in_the_title_across_the_body(text, word, expected):
    speaker, _ = speaker_of(text, word)
    assert (speaker.name, speaker.title, speaker.affiliation) == expected


def test_a_clause_the_parser_ran_into_a_name_is_no_title():
    # BBC dev slice, sport/116 (verbatim): "impressed" read as an adjective made the whole
    # clause "professionalism and dedication impressed manager" the title
    text = ("Bosvelt joined City from Feyenoord in 2003 and at first he struggled to adapt to life in England. "
            "But his professionalism and dedication impressed manager Kevin Keegan. \"He realised the pace of the "
            "game was faster than anything he was used to but he drove himself back into the team. He is an unsung "
            "hero,\" said Keegan.")
    assert speaker_fields(text, "unsung hero", {"name": "Kevin Keegan", "title": "manager"}) == \
        {"name": "Kevin Keegan", "title": "manager"}


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a participle before the role with no clause subject before it stays the title's
    ("The armed forces minister Adam Ingram said the troops would stay.", "troops", ("Adam Ingram", "armed forces minister")),
    ('The company said retired general Tom Jones would lead it. "It is a great honour," said Jones.', "honour",
     ("Tom Jones", "retired general")),
])
def test_a_participle_before_a_role_stays_in_the_title(text, word, expected):
    speaker, _ = speaker_of(text, word)
    assert (speaker.name, speaker.title) == expected


def test_a_role_the_copula_denies_is_no_title():
    # PolNeAR train usa-today_2016-06-07 (a reader's letter, verbatim): "is not a billionaire"
    # denies the role, so Trump's later statements carry no title "billionaire"; the role a
    # copula affirms still counts
    text = ("Trump claims he's worth $10 billion. Would a real billionaire be bilking old ladies and retired veterans "
            "out of their life savings? I claim Trump is not a billionaire and believe me, you will never see his "
            "federal income tax records. \"We will win,\" Trump said.")
    speaker, _ = speaker_of(text, "We will win")
    assert (speaker.name, speaker.title) == ("Trump", None)
    speaker, _ = speaker_of(text.replace("is not a billionaire", "is a billionaire"), "We will win")
    assert (speaker.name, speaker.title) == ("Trump", "billionaire")
    # the same letter: "Trump is such a con artist" judges him, it gives him no trade
    speaker, _ = speaker_of("Trump is such a con artist. It amazes me. \"We will win,\" Trump said.", "We will win")
    assert (speaker.name, speaker.title) == ("Trump", None)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train wash-post_2015-11-08 (devgold, verbatim): the role he shares, in the singular
    ('"Mexicans laugh at our tragedies," said German Ortega, one of the stars of the play.', "tragedies",
     ("German Ortega", "star", None)),
    # an invented sentence of the same shape, the body after the role kept
    ('"We are happy," said Bill Brown, one of the founders of Google.', "happy", ("Bill Brown", "founder", "Google")),
])
def test_one_of_a_role_plural_is_the_role(text, word, expected):
    speaker, _ = speaker_of(text, word)
    assert (speaker.name, speaker.title, speaker.affiliation) == expected
