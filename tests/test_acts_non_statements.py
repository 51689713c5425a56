"""Findings that are no one's statement leave the default record (issue 12;
src/onrecord/attribute/non_statements.py): each class on real sentences of the BBC
development slices (a work described by the people it shows talking, the writer's own "I
say", a denial of charges named as a bare plural, an action), with the true statements
beside them that must stay speech or writing."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


def statement(text: str, cue: str, content: str):
    """The one statement whose cue contains ``cue`` and whose content contains ``content``."""
    found = [s for s in extract(text).statements
             if s.cue is not None and cue in s.cue.text and content in s.content.text]
    assert len(found) == 1, [(s.cue and s.cue.text, s.content.text, s.act) for s in extract(text).statements]
    return found[0]


# Each: a development sentence, the cue and a piece of the content of the finding that is no
# one's statement, and the reason its explanation gives.
OUT = [
    # 1. hearsay and predictions in an agentless passive
    ("Mary Poppins was originally created by author Pamela Travers, who is said to have cried when "
     "she saw Disney's 1964 film starring Julie Andrews.", "is said", "cried", "passive with no agent"),
    ("Farrell's appearance is said to be a result of his friendship with Zach Braff, who stars in the programme.",
     "is said", "result", "passive with no agent"),
    ("By the middle of 2005, it is estimated that 50% of all UK net users will be on broadband.",
     "estimated", "50%", "passive with no agent"),
    ("It was announced last July that three Welsh quangos, education and training body Elwa, the Wales Tourist "
     "Board and the Welsh Development Agency, would be brought under assembly government control.",
     "announced", "quangos", "passive with no agent"),
    # 2. shares of people and evidence with no maker as speakers
    ("Almost 50% of those questioned said they would trust search engines much less, if they knew information "
     "about who paid for results was being hidden.", "said", "trust", "a number speaks"),
    ("In a separate survey by RSA, 80% said they were fed up with passwords and would like a better way to "
     "login to work computer systems.", "said", "passwords", "a number speaks"),
    ("Research suggests that about 258 million images are saved and shared every day, equating to 94 billion a year.",
     "suggests", "258 million", "evidence with no maker"),
    ("Previous election research has shown the overwhelming majority have traditionally voted Labour, but more "
     "recent studies have suggested Labour support has been falling away significantly among some Muslim voters.",
     "suggested", "Labour support", "evidence with no maker"),
    ("Studies have reportedly shown the plant curbs appetite instead of reducing calorific intake like many "
     "existing products.", "shown", "appetite", "evidence with no maker"),
    # 3. actions read as statements
    ("Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte following his allegations "
     "that he gave her performance-enhancing drugs.", "filed", "lawsuit", "an action, not words"),
    ("Paver is currently writing the second book in the series.", "writing", "second book", "an action, not words"),
    # 3b. a relative clause's leftovers (relative_contents.py; devgold tech-387, PolNeAR train)
    ("The names are just two of a total of 10 proposed domains that are being considered by the Internet "
     "Corporation for Assigned Names and Numbers, Icann.", "considered", "that", "a relative word, no content"),
    ("On that issue, he has a nine percentage point edge over Clinton, who’s viewed as honest by 55 percent of "
     "Democrats.", "viewed", "who", "a relative word, no content"),
    ("The .post domain is backed by the Universal Postal Union that wants to use it as the online marker for every "
     "type of postal service.", "is backed", "wants to use", "the speaker described, no content"),
    # 4. refusals and non-commitments with a noun for content
    ("A spokesman for the firm refused to comment on the reports, but said any results from the demerger study "
     "were likely to be set out when it unveiled its results on Friday.", "comment", "the reports",
     "refusal with no words"),
    ("Should he win the next general election, he has earmarked 4 billion pounds that will be used to reduce "
     "taxes - although he still will not say which or how.", "say", "which or how", "negated, no words"),
    # 5. an effect: a speech verb as the complement of "help" (editor-acts)
    ("Membership of the Geneva-based WTO helps guarantee a country's goods receives equal treatment in the markets "
     "of other member states.", "guarantee", "equal treatment", "an effect, not words"),
    # a participle the parser made a subjectless main verb: "announced changes" is the subject of "include"
    ("Recently announced changes to the ceremony include lining up all five nominees on stage before announcing "
     "the winner.", "announced", "nominees", "passive with no agent"),
    # the same after its article's paragraph: the parser then made "changes" the subject of "include"
    ("The recent Grammy music awards proved to be a ratings loser, and it seems Oscars organisers are determined "
     "not to go the same way.\n\nRecently announced changes to the ceremony include lining up all five nominees "
     "on stage before announcing the winner.", "announced", "nominees", "passive with no agent"),
]


@pytest.mark.parametrize("text, cue, content, reason", OUT)
def test_no_ones_statement_leaves_the_default_record(text, cue, content, reason):
    found = statement(text, cue, content)
    assert found.act not in DEFAULT_ACTS
    assert found.explanation.endswith(reason)


def test_goods_a_thing_provides_are_no_words():
    # 5. narration with a verb that says nothing: "offer" with goods for its object, in the present
    found = statement("Islamic banks offer services which permit modern banking principles while sticking "
                      "to Islamic law's ban on the payment of interest.", "offer", "services")
    assert found.act not in DEFAULT_ACTS


# True statements beside them, which must stay in the default record.
STAYS = [
    # the refusal's own statement, after "but said"
    ("A spokesman for the firm refused to comment on the reports, but said any results from the demerger study "
     "were likely to be set out when it unveiled its results on Friday.", "said", "demerger study", "speech"),
    # evidence that names its maker is its maker's writing
    ("A YouGov poll for the Daily Telegraph found that 75% of respondents backed the plan.", "found", "75%", "writing"),
    ("The report by the US Pew Research Center reveals that 87% of searchers usually find what they were "
     "looking for when using search engines.", "reveals", "87%", "writing"),
    # a single study is a document, whose maker the article names after it
    ("By 2025, 40% of the UK's population will still be without internet access at home, says a study.",
     "says", "2025", "writing"),
    # a passive with its agent, and a passive whose subject was heard or quoted speaking
    ('"I demand better transparency," he is quoted as saying by Germany\'s Manager Magazin.', "quoted",
     "transparency", "speech"),
    ("Mr Smith told reporters the reports were false.", "told", "false", "speech"),
    # a clitic "'s" before an object is "has", not a passive (PolNeAR train)
    ("Donald Trump is thanking his supporters for delivering a commanding first-place finish in South Carolina "
     "Saturday.\n\nAnd he’s predicted big wins in the races ahead.", "predicted", "big wins", "speech"),
    # a count of people is people; "one of the bidders" is a body
    ("One of the jilted bidders, Netherlands-based group LNM, said it welcomed the possibility that the mill "
     "might be back on the market.", "said", "welcomed", "speech"),
    ("Two officials said the talks had stalled.", "said", "stalled", "speech"),
    # a demonstrative "that" points at words said before (PolNeAR train)
    ("But his emotions had already begun to overtake him by the time he said that.", "said", "that", "speech"),
    # the larger part of a definite group speaks as the group does (PolNeAR train); a poll's share does not
    ("Most of the vulnerable Senate Republicans have already said they would begrudgingly support Trump, while "
     "emphasizing it’s not an endorsement.", "said", "begrudgingly", "speech"),
    ("In a September debate, while most of his competitors called for a bigger military effort to destroy the "
     "Islamic State, also known as ISIS or ISIL, Trump hewed more to President Obama's approach, noting that the "
     "Syrian leadership and ISIL are enemies.", "called for", "military effort", "speech"),
    # a past tense with its subject, and a person's guarantee, still speak
    ("The Academy recently announced changes to the ceremony would include lining up all five nominees.",
     "announced", "nominees", "speech"),
    ("The minister guaranteed that pensions would rise every year.", "guaranteed", "pensions", "speech"),
    # a negated cue with a clause still reports what was said
    ("The minister did not deny that the talks had stalled.", "deny", "stalled", "speech"),
    # "offered" an account on an occasion speaks
    ("Mr Rubio offered a defence of the immigration bill at the rally.", "offered", "defence", "speech"),
]


@pytest.mark.parametrize("text, cue, content, act", STAYS)
def test_a_true_statement_stays(text, cue, content, act):
    assert statement(text, cue, content).act == act


def test_a_spokesman_who_declines_but_says_something_is_on_record():
    text = "A spokesman declined to comment, saying the talks were private."
    acts = {s.cue.text: s.act for s in extract(text).statements if s.cue is not None}
    assert acts.get("saying") == "speech"


def test_what_a_kind_of_people_will_tell_you_is_the_writers_generalisation():
    # judged s39 (BBC sport): no one said it; the writer tells the reader what bosses would say
    text = ("It would certainly keep club managers happy. But international bosses will tell you that scrapping "
            "friendlies is counterproductive because the only way for a team to get better is by playing.")
    assert not [s for s in extract(text, "2005-02-01").statements if s.act in DEFAULT_ACTS]
    # a named person's, or a dated one, is still reported
    assert [s for s in extract("Officials will tell the committee on Monday that the plan failed.",
                               "2005-02-01").statements if s.act in DEFAULT_ACTS]


def test_that_suggests_is_the_writers_inference():
    # judged s39 (BBC politics): "That" points at what Kennedy said; the writer infers
    text = ("Mr Kennedy went on to suggest the re-election of a Labour government with a small majority would amount "
            "to a \"massive vote of no confidence\" in Tony Blair's government. That suggests the Lib Dem leader "
            "believes he may well find himself in a powerful position.")
    assert not [s for s in extract(text, "2005-02-01").statements if s.cue.text == "suggests" and s.act in DEFAULT_ACTS]
    # a document pointed at still writes
    text = "The report was published on Monday. That report suggests that taxes will rise."
    assert [s for s in extract(text, "2005-02-01").statements if s.cue.text == "suggests" and s.act in DEFAULT_ACTS]


@pytest.mark.parametrize(("text", "cue"), [
    # judged s39 (BBC politics): the reports are the newspapers', which he would not discuss
    ("The Tory co-chairman attacked Labour's six new pledges as \"vacuous\" and said Mr Blair was very worried "
     "voters would take revenge for his failure to deliver. Dr Fox refused to discuss weekend newspaper reports "
     "that the party had repaid £500,000 to former Tory Treasurer Lord Ashcroft after he said the party could not "
     "win the election.", "reports"),
    # judged s39 (BBC politics): the questions were put to him
    ("Mr Brown is currently touring Africa after a week of facing questions about reports of his splits with "
     "Downing Street.", "questions about"),
])
def test_a_cue_noun_someone_faces_or_discusses_is_not_their_statement(text, cue):
    assert not [s for s in extract(text, "2005-02-01").statements if s.cue.text == cue and s.act in DEFAULT_ACTS]


def test_a_claim_its_subject_makes_is_still_theirs():
    found = extract("She made the claim that taxes would rise.", "2005-02-01").statements
    assert [s for s in found if s.act in DEFAULT_ACTS and s.content.text == "that taxes would rise"]


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
    found = statements_by_cue(text, cue)
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
    found = [s for s in statements_by_cue(text, cue) if s.content.text == content]
    assert found, [(s.content.text, s.explanation) for s in statements_by_cue(text, cue)]
    assert not any(s.explanation.endswith(("a work described", "the writer's own voice", "a denial, no words", "narration"))
                   for s in found)


def test_a_request_in_a_relative_clause_on_its_addressee_is_no_statement():
    # BBC dev politics/275 (judged "wrong"): the clause says who David James is, not what "they" said
    text = ("The party on Tuesday challenged the Tories to publish the full report from David James, the "
            "trouble-shooter they asked to identify possible savings.")
    assert not [s for s in extract(text, "2005-02-01").statements if s.cue.text == "asked" and s.act in DEFAULT_ACTS]
    # the same request told in its own clause is still the Tories'
    found = extract("The Tories asked David James to identify possible savings.", "2005-02-01").statements
    assert [s for s in found if s.cue.text == "asked" and s.act in DEFAULT_ACTS]


@pytest.mark.parametrize(("text", "cue", "reason"), [
    ("French stock market regulator AMF has filed complaints against media giant Vivendi Universal, its boss and "
     "another top executive.", "has filed", "an action, not words"),
    ("Explaining why it has asked the WTO to set up a dispute settlement panel on customs barriers, the US Trade "
     "Representative's Office said that it wants to tackle the issue \"early in the EU's process of dealing with "
     "the problems of enlargement\".", "Explaining", "a topic, no words"),
    ("The panel's aim was to try to define what constitutes cheating, assess how much might be going on and suggest "
     "what the government might do to put it right.", "suggest", "a question, not a speaker"),
])
def test_what_says_nothing_stays_out_of_the_record(text, cue, reason):
    found = statements_by_cue(text, cue)
    assert found, cue
    assert all(s.act not in DEFAULT_ACTS and s.explanation.endswith(reason) for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    ("Explaining that the rules had changed, the minister said the tax would rise.", "said"),
    ("The office said that it wants to tackle the issue early.", "said"),
    ("He explained why the club had sold its best player.", "explained"),
])
def test_words_that_look_alike_stay_in_the_record(text, cue):
    found = statements_by_cue(text, cue)
    assert found and all(s.act in DEFAULT_ACTS for s in found)


@pytest.mark.parametrize(("text", "cue", "act", "reason"), [
    # a side declared by a noun of backing, with the one backed (attribute/wordless_objects.py)
    ("On Wednesday, the board of Reliance Energy, another Reliance Group company, reaffirmed its faith in Anil, who "
     "is the company's chief.", "reaffirmed", "stance", "a side taken, no words"),
    ("He announced his support for the Ohio governor on Thursday night.", "announced", "stance",
     "a side taken, no words"),
    # a side spoken for or against, with no words (devgold business-279)
    ("Local government officials in Frankfurt's state of Hessen have also spoken out against the move.",
     "have also spoken out against", "stance", "a side taken, no words"),
    # a proposed thing with the infinitive of its aim
    ("The all-party group recommended 15 ways to protect punters and improve the integrity of sports betting.",
     "recommended", "intention", "a proposal, no words"),
    # an aim stated by its noun
    ("The young Irish boys had stated their intentions earlier in the season when they finished runners-up to "
     "England in the Six Nations under-21 tournament.", "had stated", "intention", "an aim, no words"),
    ("What is significant is that such a large and powerful organisation has stated its desire for digital formats "
     "to be open to all and work on any gadget.", "has stated", "intention", "an aim, no words"),
    # a thing that echoes a thing
    ("The trend echoes the uptake of mobiles in many developing economies, which continues to grow as people opt to "
     "leapfrog slower and more expensive state-run fixed-line operators.", "echoes", "belief", "narration"),
    # a thing that adds to things
    ("The latest triumph adds to the three Grammys and four American MTV gongs won earlier in this year.", "adds",
     "belief", "narration"),
])
def test_a_side_taken_a_thing_proposed_or_an_aim_named_is_no_words(text, cue, act, reason):
    found = statements_by_cue(text, cue)
    assert found, cue
    assert all(s.act == act and s.explanation.endswith(reason) for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    # a pledge with no one backed, a recommendation in a clause and people echoing words stay
    ("Dayton has been a longtime Clinton supporter and has pledged his support as a superdelegate to the national "
     "convention no matter how she does Tuesday.", "has pledged"),
    ("The report recommended the governing bodies of sports have a say in the type of bets offered to punters, and "
     "for bookmakers to set up \"audit trails\" to allow suspicious betting patterns to be traced.", "recommended"),
    # speaking out with the words after it: a quotation, or a participle that gives them
    ("Libby Schaaf, the mayor of Oakland, California, also spoke out against Trump: \"He is a danger to our city.\"",
     "also spoke out"),  # (a learned cue keeps its particle since stop 45)
    # PolNeAR train (huff-post 2016-05-19): the colon leads to words the article gives next
    ("Local politicians also fired back at Trump’s comments, including Rep. Lacy Clay (D-Mo.):\n\n"
     "Libby Schaaf, the mayor of Oakland, California, also spoke out against Trump:\n\nOakland, which has a "
     "population of more than 400,000, had over 6,000 occurrences of violent crime in 2014, including 80 murders.",
     "also spoke out against"),
    ("The bishop spoke out against the plan, saying it would hurt the poor.", "spoke out against"),
    # people who echo words take them up
    ("Companies echoed this sentiment, saying that they would require more information before ringing the alarm "
     "bells.", "echoed"),])
def test_a_pledge_a_recommendation_in_words_or_words_echoed_stay(text, cue):
    found = statements_by_cue(text, cue)
    assert found and not any(s.explanation.endswith(("a side taken, no words", "a proposal, no words", "narration"))
                             for s in found)


@pytest.mark.parametrize("cue", ["declared", "announced"])
def test_an_intention_declared_or_announced_is_speech(cue):
    # PolNeAR train keeps announced plans as speech: "declared" announces as "announced" does
    found = statements_by_cue(f"Senator Jones {cue} his intention to run for president.", cue)
    assert found and all(s.act == "speech" for s in found)
