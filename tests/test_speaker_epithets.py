"""A modified epithet ("the presumptive Republican nominee", "the self-described democratic
socialist") names the one person named just before it (issue 11, role nouns); sentences
from PolNeAR train and BBC development articles."""

from __future__ import annotations

import pytest
from conftest import fields_of, speaker_fields, speaker_of


@pytest.mark.parametrize(("text", "word", "name"), [
    ("WASHINGTON (AP) — Donald Trump has invested in some of the companies that he uses as punching bags on "
     "the campaign trail.\n\nIn his 104-page public financial disclosure report, the presumptive Republican "
     "nominee reported holding investments in companies like Ford Motor Co.", "Ford", "Donald Trump"),
    ("Sanders visited Missouri on Saturday, holding a rally in Springfield that drew nearly 5,000 "
     "people. The "
     "self-described democratic socialist said he would win the state's primary if turnout were high.",
     "turnout", "Bernie Sanders"),
])
def test_a_modified_epithet_names_the_one_person_named_before(text, word, name):
    text = text if name in text else f"Bernie Sanders spoke in Iowa last month.\n\n{text}"
    speaker, statement = speaker_of(text, word)
    assert (speaker.name, speaker.unnamed) == (name, False)
    assert "speaker by role" in statement.explanation


@pytest.mark.parametrize(("text", "word"), [
    # a body's role is someone the body sent, not the person named before
    ("The UK's first official music download chart was launched last September, compiling the most "
     "popular tracks downloaded from legal UK sites - including iTunes, OD2, mycokemusic.com and "
     "Napster. Westlife's Flying Without Wings - a 1999 track reissued for the occasion - was the "
     "first number one of the UK download chart.\n\n"
     "A spokesman for the British Phonographic Industry (BPI) said the first combined UK download "
     "and sales chart was due to be compiled \"within the first half of this year\". \"Work is going "
     "on across the music business right now to make sure the new chart works to plan,\" he said. "
     "The BPI spokesman described the UK music download chart, compiled by the Official Charts "
     "Company, as having been \"a great success\" since its launch. \"It has provided a focus for "
     "the industry and has really driven interest in downloads among music fans,\" he said.\n", "Official Charts"),
    # an office the article never gave the person named before is no one yet
    ("John Ulzheimer, a credit expert, has studied the scores.\n\nPerhaps the next president could require "
     "that every company hand out the scores, the next president said.", "require"),
    # two people named just before: a guess, left unresolved
    ("Clinton leads Sanders by 271 pledged delegates, but the self-described democratic socialist said he "
     "would soldier on.", "soldier"),
])
def test_an_epithet_stays_unresolved_where_the_person_is_in_doubt(text, word):
    speaker, _ = speaker_of(text, word)
    assert speaker.unnamed


@pytest.mark.parametrize(("text", "name"), [
    # the person the article called a Scot, not the one in play last
    ("Andy Murray, the Scot who won Wimbledon, played Roger Federer in the final. Federer was the favourite. "
     '"I was tired," the Scot admitted.', "Andy Murray"),
    ("Scottish tennis player Andy Murray played Roger Federer in the final. Federer was the favourite. "
     '"I was tired," the Scot admitted.', "Andy Murray"),
    ("Former England captain Michael Vaughan and Australian bowler Shane Warne met in London. Warne was in good "
     'form. "We will win," the Englishman said.', "Michael Vaughan"),
])
def test_a_nationality_epithet_names_the_person_described_so(text, name):
    speaker, statement = speaker_of(text, "I was tired" if "tired" in text else "We will win")
    assert (speaker.name, speaker.unnamed) == (name, False)


def test_a_two_word_nationality_epithet_is_the_person_in_play():
    # BBC entertainment/385 (dev slice): "said the New Zealander" was a body named "New Zealander"
    text = ("Director Peter Jackson has said that it will be up to four years before he starts work on a film "
            "version of The Hobbit. \"I think it's gonna be a lot of lawyers sitting in a room trying to thrash out "
            "a deal,\" said the New Zealander.")
    speaker, _ = speaker_of(text, "lawyers sitting")
    assert (speaker.name, speaker.unnamed, speaker.type) == ("Peter Jackson", False, "person")


def test_a_role_of_an_unresolved_possessor_is_no_one_in_play():
    # BBC politics/229 (dev slice): "The Iraqi families' lawyer" became Baha Mousa, the Iraqi
    # whose death the families contest and the subject just before
    text = ("Iraqis win death test case probe\n\nThe family of an Iraqi civilian allegedly killed by UK troops have "
            "won a challenge against the government's refusal to order a full inquiry.\n\nThe High Court ruled on "
            "Tuesday that Baha Mousa's death in British custody in Iraq fell within the European Convention on Human "
            "Rights.\n\nFather-of-two Mr Mousa, 28, a hotel receptionist, was arrested with eight men seized at a "
            "hotel in Basra in September 2003. He was allegedly beaten to death while in the custody of the Queen's "
            "Lancashire Regiment. The Iraqi families' lawyer argued that failing to adequately investigate the death "
            "breached the European Convention on Human Rights.")
    speaker, _ = speaker_of(text, "failing to adequately")
    assert speaker.name != "Baha Mousa"


@pytest.mark.parametrize(("text", "word", "published", "expected"), [
    # BBC sport (development slice): Conte, "Balco boss", is no gold medallist
    pytest.param(
        "Jones files lawsuit against Conte\n\nMarion Jones has filed a lawsuit for defamation against Balco boss "
        "Victor Conte following his allegations that he gave her performance-enhancing drugs.\n\n"
        "The Sydney Olympic gold medallist says Conte damaged her reputation and she is seeking $25m in the suit.\n",
        "damaged her reputation", "2005-03-01", {"name": "Marion Jones", "unnamed": False},
        id="an_epithet_passes_over_a_person_the_article_gave_another_title"),
    # BBC sport (development slice): Melzer is named only inside what Agassi said
    pytest.param(
        "Melzer shocks Agassi in San Jose\n\nJurgen Melzer beat Andre Agassi on Friday. And Agassi, who was more "
        "than matched for power, said Melzer was an example of several players willing to take their chances "
        'against him. "A lot more guys are capable of it now," said the American.\n',
        "capable of it", "2005-03-01", {"name": "Andre Agassi", "unnamed": False},
        id="a_name_inside_what_was_said_does_not_make_a_nationality_epithet_a_guess"),
    # Reuters, PolNeAR train: Clinton, named just before, is the article's Democrat; Trump its
    # Republican "contender", which a "nominee" epithet does not contradict
    pytest.param(
        "WASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton said Russian "
        "intelligence services hacked into Democratic National Committee computers and she accused Republican "
        "contender Donald Trump of showing support for Russian President Vladimir Putin.\n"
        "Trump last week invited Russia to dig up tens of thousands of \u201cmissing\u201d emails from Clinton\u2019s "
        "time at the U.S. State Department. \u201cRussia, if you\u2019re listening, I hope you\u2019re able to find the "
        "30,000 emails that are missing,\u201d Trump told reporters.\n"
        "The Republican presidential nominee for the Nov. 8 election later said he was being \u201csarcastic\u201d "
        "in his comments.",
        "sarcastic", "2016-07-31", {"name": "Donald Trump"},
        id="a_party_s_nominee_is_never_the_other_party_s_candidate_and_a_contender_may_be_the_nominee"),
    # Reuters, PolNeAR train (devgold): Trump, Clinton and Putin all have titles; the
    # businessman is a man, Clinton a woman, and Putin the one he praises
    pytest.param(
        "WASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton said Russian "
        "intelligence services hacked into Democratic National Committee computers and she accused Republican "
        "contender Donald Trump of showing support for Russian President Vladimir Putin.\n"
        "\u201cFor Trump to both encourage that and to praise Putin despite what appears to be a deliberate effort "
        "to try to affect the election I think raises national security issues,\u201d she said.\n"
        "The New York businessman has praised Putin, saying he was a stronger leader than U.S. President Barack "
        "Obama, a Democrat.",
        "stronger leader", "2016-07-31", {"name": "Donald Trump", "unnamed": False},
        id="a_gendered_epithet_is_the_one_person_of_its_gender_named_just_before_and_not_after_it"),
    # BBC entertainment/385 (dev slice): the NER takes "Oscar" for a person, which made the
    # epithet one that names someone ("the Christie supporter"); Jackson is the one in play
    pytest.param(
        "Hobbit picture 'four years away'\n\nLord of the Rings director Peter Jackson has said that it will be up to "
        "four years before he starts work on a film version of The Hobbit.\n\nThe Oscar winner said on a visit to "
        "Sydney there was a \"desire\" to make it, but not before lengthy negotiations. The picture, which stars "
        "Naomi Watts and Oscar winner Adrien Brody, is due to be released in December.",
        "lengthy negotiations", "2005-03-01", {"name": "Peter Jackson", "unnamed": False},
        id="a_one_word_name_the_ner_found_does_not_make_an_epithet_name_someone"),
    # HuffPost, PolNeAR train: the Jeb Bush named paragraphs later was "the candidate" here
    pytest.param(
        "9 (More) Offensive Things Donald Trump Has Said About Latinos.\n\n"
        "A year ago it seemed unlikely Donald Trump would become the Republican presidential candidate.\n\n"
        "Trump may have flip-flopped on several issues over that time, but his ability to offend members of "
        "the Latino community has remained disturbingly consistent.\n\n"
        "The ongoing legal battle over Trump University took an even uglier turn during a February rally when "
        "the candidate implied the judge handling the lawsuits against him was biased.\n\n"
        "Former Florida Gov. Jeb Bush, a Republican presidential candidate, called the remarks wrong.",
        "judge handling", "2016-06-22", {"name": "Donald Trump"},
        id="a_role_is_not_a_person_named_only_later_while_someone_named_before_may_hold_it"),
    # Politico, PolNeAR train (politico_2016-05-05_paul-ryan-says-he-s-not-ready-to, lines
    # 40-63): Ryan spoke last and no one was named since outside what was said, but others in
    # play (Tom Rath, Bruce Hough) left "The Wisconsin Republican" unresolved
    pytest.param(
        '\nPriebus later Thursday told Fox News: “Both Donald Trump and Paul Ryan are meeting up next week to '
        'talk about these things. I think it’s going to work out, but you know in some cases, people are not '
        'going to be instantly on board. I know that can be frustrating for people, but I think everyone has '
        'to have a little bit of the steam to get out and get everyone settled down, and I think that this is'
        ' going to come together."\n\nOther Republican leaders said on Thursday that it’s up to Trump to close '
        'the schism in the GOP. They suggested one surefire method: a let-it-all-hang-out speech by Trump tha'
        't explains his uneasy relationship with the Republican Party — and why he wants to be its standard-b'
        'earer.\n\n“What Ryan did is almost is calling out for that kind of moment,” said Tom Rath, a veteran N'
        'ew Hampshire GOP leader who had endorsed Kasich and is slated to be a delegate to the Republican Nat'
        'ional Convention in July. “There are pages in his book that are blank, and I think he needs to fill '
        'them in. He’s not an intellectual politician. He’s much more an emotional and a visceral one. But th'
        'ere’s still a place to anchor that emotional and visceral connection to an intellectual one.”\n\nSever'
        'al prominent GOP elders agreed that Trump needs to deliver a speech along the lines of Mitt Romney’s'
        ' 2012 conversation about his Mormonism or Barack Obama’s 2008 speech about race. Trump, though, woul'
        'd have to identify his views on the core conservative planks of the Republican Party and whether he’'
        'll champion them heading into the fall campaign.\n\nThat clarity could ease his strained relationship '
        'with segments of the party that are distrustful of his principles and question his true connection t'
        'o the GOP. Trump has held left-leaning positions on numerous issues over the years, including on abo'
        'rtion, and while he’s renounced most of them, conservative leaders have questioned his sincerity. La'
        'ying a marker about his ideology now could help clear that up, some GOP leaders argued.\n\n“He does ne'
        'ed to come up with that statement,” said Bruce Hough, the Republican National Committeeman from Utah'
        '. “I think Paul Ryan is using his position of leadership to say, this is a great time to really show'
        ' everyone that you can unify the party by delivering the right messages and delivering them the righ'
        't way.”\n\nOne operative inside Trump Tower tried to downplay Ryan’s comments, saying they were “not a'
        " big deal around here.”\n\n“Nobody seems to be preoccupied by it,” the insider said.\n\nBut Ryan's comme"
        "nts could fuel Trump’s nagging concern that he cannot trust the party brass or Priebus' assertion Tu"
        "esday night that the party recognizes him as the presumptive nominee.\n\nAdding to the campaign's cont"
        'inued wariness is an understanding that Cruz, after suspending his campaign Tuesday night, has laid '
        'off his staff with the exception of his delegate team — an indication, some people in Trump world be'
        'lieve, that Cruz and perhaps some establishment Republicans could be trying to maintain the option o'
        'f adopting rules changes that could somehow wrest the nomination away from Trump in Cleveland.\n\nRyan'
        ' said in the CNN interview that the onus is on Trump to show that he can be a true leader for conser'
        'vatives. “I think what is required is that we unify this party, and I think the bulk of the burden o'
        'n unifying the party will have to come from our presumptive nominee,” he said.\n\nThe Wisconsin Republ'
        'ican did give Trump some credit during the interview, saying he should be congratulated for the succ'
        'ess of his campaign, but he suggested the reality TV star is no Ronald Reagan or Abraham Lincoln.\n',
        "congratulated", "2016-05-05", {"name": "Paul Ryan"},
        id="a_party_member_with_a_place_is_the_one_who_spoke_last"),
    # BBC tech/157 (dev slice): '"…," added the Uruguayan-born researcher' after Frasca's
    # quotation; the parser read the researcher as the object of "added"
    pytest.param(
        "\"When I started researching political games at the university, about five years ago, I thought it was "
        "going to be something that would take decades to happen,\" said Gonzalo Frasca, computer games "
        "specialist at the Information Technology University of Copenhagen. \"I must admit that I was the first "
        "person to be surprised at seeing how fast they have evolved,\" added the Uruguayan-born researcher, who "
        "has so far created games for two political campaigns.",
        "must admit", "2005-03-01", {"name": "Gonzalo Frasca"},
        id="an_epithet_after_added_that_the_parser_made_its_object_goes_on_with_the_speaker"),
    # BBC politics/234 (dev slice): Blunkett is the home secretary, so "The prime minister"
    # is Tony Blair, named as the agent of "was joined by" (no subject or speaker)
    pytest.param(
        "Blunkett unveils policing plans\n\nPeople could be given the mobile phone number of their local bobby "
        "under an overhaul of policing in England and Wales unveiled by David Blunkett.\n\nThe plans include a "
        "dedicated policing team for each neighbourhood and a 10 point compulsory customer charter. The home "
        "secretary said targets would be put in place to ensure that the public got a good response from "
        "police.\n\nBefore delivering a statement to MPs, Mr Blunkett was joined by Tony Blair at Welling School, "
        "in south east London, which is at the heart of a community policing initiative. Mr Blunkett said he "
        "wanted \"to go back to a time when I was very young, when you expected the police to be part of the "
        "community and the community to be part of policing and where people were joined together in "
        "partnership making it work\". The prime minister said the law-abiding citizen should be in charge of "
        "the community and \"not the minority who want to cause trouble\".",
        "law-abiding", "2005-03-01", {"name": "Tony Blair", "title": "prime minister"},
        id="a_bare_office_is_the_one_named_in_passing_when_everyone_in_play_holds_another"),
])
def test_epithet_speaker(text, word, published, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected, published) == expected


def test_a_person_introduced_by_an_indefinite_role_holds_no_bare_office():
    # review-37: the parser reads "a young teacher, Sarah Jones" as npadvmod, so her entity
    # had no role and "The prime minister" took her; the article never names the holder
    text = ("Chancellor Gordon Brown met union leaders on Monday, joined by a young teacher, Sarah Jones. Mr Brown said "
            "pay would rise. The prime minister said he backed his chancellor.")
    speaker, _ = speaker_of(text, "backed his chancellor")
    assert speaker.name != "Sarah Jones"


def test_an_office_s_spokesman_speaks_for_the_holder_named_in_passing_and_a_role_is_no_one_named_paragraphs_on():
    # BBC politics/027 (dev slice): "The prime minister's official spokesman" is Tony Blair's
    # (everyone in play holds another office); "The former cabinet secretary said" is not Lord
    # Armstrong, whom the article names as Butler's predecessor two paragraphs on
    text = ('Butler launches attack on Blair\n\nFormer civil service chief Lord Butler has criticised the way Tony '
            "Blair's government operates, accusing it of being obsessed with headlines.\n\nHe also attacked the way"
            ' the Iraq war was "sold" to the public, with important warnings on the strength of the intelligence '
            'left out. Tory leader Michael Howard said Lord Butler had given the "most damaging testimony" he cou'
            'ld remember. But Downing Street said Mr Blair should be judged by results not his style.\n\nLord Butle'
            'r said Mr Blair bypassed the Cabinet and relied instead on small, informal groups of advisers to hel'
            "p him make decisions. The prime minister's official spokesman said the Cabinet was still used to ach"
            'ieve a consensus on important issues. But he added: "You cannot, in a modern government, take every '
            'decision in Cabinet. It\'s just not possible."\n\nLord Butler said the government had too much freedom '
            'to "bring in bad Bills" and "to do whatever it likes" and it relied too much on the advice of politi'
            'cal appointees. The former cabinet secretary said in an interview with The Spectator magazine: "I wo'
            'uld be critical of the present government in that there is too much emphasis on selling, there is to'
            'o much central control and there is too little of what I would describe as reasoned deliberation whi'
            'ch brings in all the arguments." Mr Howard described Lord Butler\'s intervention as "very important".'
            ' "This is from someone who was an insider at the very heart of the Blair government. "It is certainl'
            'y the most damaging testimony I can ever remember from someone in such an eminent position."\n\nLord B'
            "utler's report earlier this year into Iraq intelligence said the government's September 2002 weapons"
            ' dossier did not make clear intelligence about claims that Saddam Hussein had stockpiles of chemical'
            ' and biological weapons was "very thin". The reason for this is that it would have weakened minister'
            "s' case for war, Lord Butler said in his Spectator interview, which was conducted by the magazine's "
            'editor, Conservative MP Boris Johnson. He said: "When civil servants give material to ministers, the'
            "y say these are the conclusions we've drawn, but we've got to tell you the evidence we've got is pre"
            'tty thin. "Similarly, if you are giving something to the United Nations and the country you should w'
            'arn them."\n\nAsked why he thought the warnings were not there Lord Butler said: "One has got to remem'
            'ber what the purpose of the dossier was. The purpose of the dossier was to persuade the British why '
            'the government thought Iraq was a very serious threat."\n\nWhen asked whether he thought the country w'
            'as well-governed on the whole, he replied: "Well. I think we are a country where we suffer very badl'
            'y from Parliament not having sufficient control over the executive, and that is a very grave flaw. "'
            'We should be breaking away from the party whip. The executive is much too free to bring in a huge nu'
            'mber of extremely bad Bills, a huge amount of regulation and to do whatever it likes - and whatever '
            'it likes is what will get the best headlines tomorrow. "All that is part of what is bad government i'
            'n this country." Lord Butler\'s assessment was backed by his predecessor as Cabinet Secretary, Lord A'
            'rmstrong.')
    speaker, _ = speaker_of(text, "consensus on important issues")
    assert (speaker.name, speaker.affiliation) == ("official spokesman", "Tony Blair")
    speaker, _ = speaker_of(text, "too much emphasis on selling")
    assert speaker.name != "Armstrong"


def test_a_body_written_before_a_role_is_no_person_the_epithet_may_name():
    # BBC sport (dev slice): "Balco" of "Balco boss Victor Conte", which "the Balco scandal"
    # made a person to the table, is Conte's body; "The Sydney Olympic gold medallist" is Jones
    speaker, _ = speaker_of(
        "Jones files lawsuit against Conte\n\nMarion Jones has filed a lawsuit for defamation against "
        "Balco boss Victor Conte following his allegations that he gave her performance-enhancing drugs.\n\n"
        "The Sydney Olympic gold medallist says Conte damaged her reputation and she is seeking $25m in the "
        "suit. Jones, who is under investigation for steroid use by the US Anti-Doping Agency, has "
        "continually denied ever taking illegal substances since being investigated in the Balco scandal, "
        "although she praised a zinc supplement Conte marketed.", "damaged")
    assert speaker.name == "Marion Jones"


_WOLF_BROTHER = (
    "Author's wolf tale sold to Fox\n\nA British author has had the film rights to her children's bestseller "
    "snapped up for a seven-figure sum, with Ridley Scott set to direct.\n\nMichelle Paver's Wolf Brother, a "
    "fantasy set 6,000 years ago, is the first in a planned series of six books. Film studio Fox has bought "
    "the rights for around $4m for Scott's company Scott Free to develop. The director said he was "
    "\"thrilled\" with the project.")


def test_the_agent_noun_of_a_verb_the_narration_gave_a_person_is_that_person():
    # BBC entertainment (dev slice): "Ridley Scott set to direct ... The director said" is
    # Scott (a two-word name the NER typed ORG), and "director" becomes his title
    assert fields_of(_WOLF_BROTHER, "thrilled") == ("Ridley Scott", "director", None)


def test_two_people_given_the_verb_leave_the_agent_noun_unresolved():
    text = _WOLF_BROTHER.replace("with Ridley Scott set to direct",
                                 "and Ridley Scott will direct the first film while Sam Mendes will direct the second")
    speaker, _ = speaker_of(text, "thrilled")
    assert speaker.name not in ("Ridley Scott", "Sam Mendes")


def test_an_epithet_the_tokenizer_split_at_its_hyphen_keeps_its_article():
    # invented, the shape of a BBC entertainment story: "The chart - topper", the article hung
    # on the last part, is a definite epithet, so the article's main person in play
    speaker, _ = speaker_of(
        "George Michael to release new album\n\nGeorge Michael is to release a new album next year, his record "
        "label has said. Michael, 41, has sold more than 80 million records. Sony said the album would be out in "
        "March.\n\nThe chart-topper said he was very excited to be back.", "excited to be back")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("George Michael", "person", False)
