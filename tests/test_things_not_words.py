"""More frames an editor judged wrong in BBC output (issue 12), each a sentence from a BBC
development article: a thing remembered or a role played is not words; a player "denied"
by a keeper was stopped, not contradicted; rumours speak for no one; money shared or pledged and a try threatened are deeds; "is who
they say they are" is a set phrase; "was given a curfew
and told to surrender his passport" names no one telling; a quotation is not announced by
the next sentence's verb when that verb has an object of its own; "with analysts saying"
is the analysts'; "was arrested and told police" is his; "the warning does highlight",
"we need a full report on", "will reveal who" and "claiming $20bn in damages" say nothing."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue as _by_cue

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS


@pytest.mark.parametrize(("text", "cue", "reason"), [
    ("Interest-sensitive industries will feel pain immediately. Some will recall the news footage of angry "
     "farmers driving their heavy equipment around the US Capitol in the late 1970s.", "will recall",
     "a memory, not words"),
    ("He played a much more serious, sensitive role in his next major film, Donnie Brasco, where he portrayed "
     "an undercover cop infiltrating a mafia ring.", "portrayed", "narration"),
    ("After a quiet opening, James denied Damien Duff, Jiri Jarosik and Mateja Kezman, while Paul Bosvelt "
     "cleared William Gallas' header off the line.", "denied", "an action, not words"),
    ("No details of this year's line-up have been confirmed but rumours have suggested U2 and Coldplay may be "
     "among the headliners.", "have suggested", "hearsay, no speaker"),
    ("He was told he would not be able to leave his home. Mr Wass was also given a curfew and told to "
     "surrender his passport.", "told", "passive with no agent"),
    ("Bank of China is one of two frontrunners in the race to list overseas. They shared a $45bn state bailout "
     "in 2003, to help clean up their balance sheets.", "shared", "an action, not words"),
    ("Actress Sandra Bullock has donated $1m to The American Red Cross and actor Leonardo DiCaprio pledged a "
     "\"sizable\" aid contribution to Unicef.", "pledged", "an action, not words"),
    ("De Marigny landed a penalty and a Nitoglia break through the middle threatened a try only for the move to "
     "break down with a knock-on.", "threatened", "an action, not words"),
    ("The most difficult is to ascertain whether an individual is who they say they are when they are online.",
     "say", "a set phrase, no words"),
    # a constructed sentence: the class (issue 12's "X denied claims that Y", refused) was
    # named by a reader's verdict on the 2026-12-05-s23 sample
    ("The minister again refused to deny claims that she had told aides the plan was dead.",
     "to deny", "refusal with no words"),
    ("In the men's event, world number three Lleyton Hewitt returns to defend his title, along with runner-up "
     "Carlos Moya.", "to defend", "an action, not words"),
    ("Doug Smith's departure was announced on 17 November. His \"resignation\" was referred to by both Tory and "
     "Lib Dem leaders during that day's prime ministers questions.", "was referred", "a topic, no words"),
    ("Skype allows people to make free PC-based calls to other Skype users.", "calls to", "narration"),
    ("The Justice Department refused to say if it would appeal.", "to say", "refusal with no words"),
    ("But if the judge rules that Grokster and Morpheus are merely providers of technology, then the industry "
     "would be forced to abandon its pursuit.", "rules", "a condition, not a statement"),
    ("England coach Andy Robinson could take a gamble and call inexperienced Sale Sharks prop Andrew Sheridan "
     "into his front row.", "call", "an action, not words"),
    ("By the end Mansfield fans were chanting for the head of chairman Keith Haslam.", "were chanting for",
     "an action, not words"),
    # a reader's verdict on the 2026-12-05-s24 sample: no one is said to allege it
    ("In both cases, the justification has been national security, amid allegations that the Turkish firms are "
     "too close to Israel.", "allegations", "hearsay, no speaker"),
    # bbc/entertainment (development slice): unconfirmed reports that no one is named behind
    ("Reports that it will be released either in cinemas or on DVD have yet to be confirmed.", "Reports",
     "hearsay, no speaker"),
    # bbc business/153 (a dev slice): warnings no one is named as giving
    ("There have been a number of warnings that the UK housing market may be heading for a downturn after four "
     "years of strong growth to 2004.", "warnings", "hearsay, no speaker"),
    ("Shares fell amid warnings that profits would slump this year.", "warnings", "hearsay, no speaker"),
    ("Players must battle soldiers, snowmen, zombies, giant crabs and aliens, not to mention the huge bosses that "
     "guard each of the five levels.", "not to mention", "a set phrase, no words"),
    ("The fact that there is no obvious replacement speaks volumes about Dallaglio's massive influence on English "
     "rugby.", "speaks volumes about", "a set phrase, no words"),
    ("But his attempted chip ahead was charged down by Orquera, who snaffled the loose ball.", "was charged down",
     "an action, not words"),
    ("A union representing 5,200 flight attendants at bankrupt US Airways have agreed to a new contract that cuts "
     "pay by nearly 10%.", "have agreed to", "an action, not words"),
    ("That said, Fox News's audience tends to be older, which is why executives there indicate that the family "
     "views Megyn Kelly as important.", "said", "a set phrase, no words"),
    ("Suffice it to say that the new owners have not yet won over the club's fans.", "to say",
     "a set phrase, no words"),
    ("It goes without saying that the vote in the Commons will be close.", "saying", "a set phrase, no words"),
    ("All told, the group, whose members met last week to discuss how to escalate their efforts against Mr. Trump, "
     "raised $4 million in February.", "told", "a set phrase, no words"),
    # PolNeAR train: poll shares that "say" are counts of people, as "60% said" is
    ("Mrs. Clinton is seen as vastly more prepared for the job - with 50 percent saying she is prepared.", "saying",
     "a number speaks"),
    ("The killings of black men by white police officers have left 62 percent of voters saying race relations are "
     "growing worse.", "saying", "a number speaks"),
    ("The storm claimed the lives of 10 people.", "claimed", "an action, not words"),
    ("Spam fighting efforts have claimed a high-profile victim.", "have claimed", "an action, not words"),
    # BBC tech (development slice): a thing the learned pass took for a speaker
    ("The gadget explosion signalled the strongest growth yet for the industry.", "signalled", "narration"),
    ("Sideways tells the story of two men who take a road trip through California's wine regions.", "tells",
     "narration"),
    # PolNeAR train shape: a chamber that confirms people appoints them
    ("By this point in 2008, Democrats had confirmed 68 judicial nominees.", "had confirmed", "an action, not words"),
    # BBC sport and business shapes: a player called up, a strike called off
    ("Youngsters Ben Hudell and Sam Tillen would be options should Mourinho decide to call up a replacement.",
     "to call up", "an action, not words"),
    ("The union called off the strike after talks with management.", "called off", "an action, not words"),
    # BBC shapes an editor judged narration: an utterance read by the writer, words wished
    # for, a reveal still to come, a sum sought in court
    ("The warning does highlight the risks facing the economy this year.", "does highlight", "narration"),
    ("We need a full report on what went wrong at the hospital.", "report on", "a wish, no words"),
    ("The unions demanded an assurance that jobs would be safe.", "assurance", "a wish, no words"),
    ("Next week's chart will reveal who will have the festive chart-topper.", "will reveal", "not said yet"),
    ("Yukos is claiming more than $20bn (£11bn) in damages after Yugansk was sold in December.", "is claiming",
     "an action, not words"),
    ("The package was announced by agriculture minister Dominique Bussereau after talks with wine makers.",
     "was announced", "an action, not words"),
])
def test_things_that_are_not_words_stay_out_of_the_record(text, cue, reason):
    found = _by_cue(text, cue)
    assert found and all(s.act not in DEFAULT_ACTS for s in found)
    assert all(reason in s.explanation for s in found)


@pytest.mark.parametrize(("text", "cue"), [
    ("She recalled that she had warned him about the risks in 2003.", "recalled"),
    ("The club denied that it had broken any rules.", "denied"),
    ("The mourners recalled Ali's generosity and his wit.", "recalled"),
    ("Police confirmed the names of the victims.", "confirmed"),
    ("He told reporters the story of his escape was true.", "told"),
    ("Fans chanted \"Lock her up\" as she spoke.", "chanted"),
    ("He called on the government to act on climate change.", "called on"),
    ("He claimed that the deal was worth $20bn.", "claimed"),
    # a dated future stays speech (an undated one is not said yet: test_predicted_speech, acts-46)
    ("She will tell the court on Monday that she was not there.", "will tell"),
    ("It was announced by the club that the manager had left.", "was announced"),
])
def test_a_recalled_or_denied_clause_is_still_said(text, cue):
    (s,) = _by_cue(text, cue)
    assert s.act == "speech"


def test_a_document_that_highlights_still_writes():
    (s,) = _by_cue("The report highlights the risks facing the economy.", "highlights")
    assert s.act == "writing"


def test_a_quotation_is_not_announced_by_a_verb_with_its_own_object():
    text = ("\"I need a leadership team capable of accelerating the performance,\" Mr Ghosn said. \"I have full "
            "confidence in Toshiyuki Shiga and the new leadership team to help me implement the next chapter of "
            "Nissan's growth.\" Nissan also announced a number of other management appointments.")
    statements = extract(text, "2005-03-01").statements
    (quote,) = [s for s in statements if s.content.text.startswith("\"I have full confidence")]
    assert quote.speaker.name == "Ghosn" or quote.speaker.name.endswith("Ghosn")
    (announced,) = [s for s in statements if s.cue is not None and s.cue.text == "also announced"]
    assert announced.content.text.startswith("a number of other management appointments")


def test_a_quotation_is_not_the_content_of_a_passive_with_a_subject_of_its_own():
    # BBC sport dev: the coach's quotation went on, and the next sentence's passive
    # "is also highlighted" took its last paragraphs as a speakerless belief
    text = ("Ireland coach Eddie O'Sullivan says his side should not underestimate the visitors. \"Had they kicked "
            "their points they would have beaten France,\" he said. \"This is England we are talking about. They "
            "have a depth of talent and a very good record against Ireland. \"They will target a victory in Dublin "
            "as the turning point in their Six Nations.\" The differences between the sides is also highlighted "
            "in the team selections for the Dublin encounter.")
    statements = extract(text).statements
    assert not [s for s in statements if s.cue is not None and s.cue.text == "is also highlighted"]
    said = [s for s in statements if s.content.text.startswith(("\"This is England", "\"They will target"))]
    assert len(said) == 2 and all(s.speaker.name == "Eddie O'Sullivan" and s.act == "speech" for s in said)


def test_the_ones_saying_in_a_with_clause_speak():
    (s,) = _by_cue("Phytopharm shares jumped 10.7% on the news, with analysts saying sales of $600m a year "
                   "were possible.", "saying")
    assert s.speaker.mention.text == "analysts"


def test_the_one_who_writes_to_people_asks_them():
    # "asking" hung on the customers' relative clause: the writers ask, the customers are asked
    (s,) = _by_cue("Ticketweb and the SECC box office will write to customers who bought tickets for the February "
                   "gig asking if they want to attend the new show.", "asking")
    assert s.speaker.name == "Ticketweb"
    assert s.content.text == "if they want to attend the new show"


def test_the_one_arrested_tells_the_police():
    (s,) = _by_cue("Mr Doherty was arrested and told police that he had been at home all night.", "told")
    assert s.speaker.name.endswith("Doherty")
    assert s.content.text == "that he had been at home all night"


def test_the_agent_of_a_passive_speaks_in_its_participle():
    (s,) = _by_cue("The bill was backed by some hi-tech firms, saying they needed protections it offered to make "
                   "research worthwhile.", "saying")
    assert s.speaker.mention.text.endswith("hi-tech firms")
    (s,) = _by_cue("Downing Street would not be drawn on the claim, saying it was a matter for the party.", "saying")
    assert s.speaker.name == "Downing Street"


def test_a_clause_s_subject_read_as_the_cue_s_object_is_part_of_the_content():
    (s,) = _by_cue("All Blacks captain Tama Umaga has warned the British and Irish Lions will be his most fearsome "
                   "opponents yet ahead of their summer tour.", "has warned")
    assert s.content.text.startswith("the British and Irish Lions will be")
    (s,) = _by_cue("The minister urged MPs to back the bill.", "urged")
    assert s.content.text == "to back the bill"  # the one urged is no content (docs/annotation.md)


def test_a_parenthetical_cue_s_object_still_ends_the_host_clause():
    (s,) = _by_cue("Mr Mallon is a late recruit to the Yes campaign after rejecting overtures from No campaigners "
                   "including, he claims, Tory leader Michael Howard.", "claims")
    assert s.content.text.endswith("including, he claims, Tory leader Michael Howard")


def test_an_inverted_verb_the_ner_took_into_a_name_is_not_the_name():
    text = ("The event will be filmed and the final cut made available online for others to watch. The movie is being "
            "put together by Simon Bysshe who has shot many other films about pro-gaming that have been widely shared "
            "online. Said Mr Bysshe: \"Painkiller is a new game and the opportunity is there for a new player to step "
            "up.\"")
    (s,) = _by_cue(text, "Said")
    assert s.speaker.name == "Simon Bysshe"


def test_of_two_subjects_the_one_who_can_speak_speaks():
    (s,) = _by_cue("Already there are games on the market, such as Civilisation and Age of Empire, that have "
                   "educational elements said Mr Owen.", "said")
    assert s.speaker.name == "Owen"


def test_agreeing_that_something_is_so_is_still_said():
    # only a deal accepted ("agreed to a new contract") is a deed; agreeing with a claim is a view spoken
    [found] = _by_cue("The senator agreed that the plan was flawed.", "agreed")
    assert found.act in DEFAULT_ACTS and found.content.text == "that the plan was flawed"


def test_a_person_in_a_passive_says_the_conjoined_words():
    (s,) = _by_cue("By the end of the day, Mr. Trump was forced into a rare moment of damage control and said "
                   "that his words had been misconstrued.", "said")
    assert s.speaker.name.endswith("Trump")
    assert s.content.text == "that his words had been misconstrued"


def test_said_in_a_statement_is_the_subjects_own():
    (s,) = _by_cue("April Mellody, a spokeswoman for the Democratic National Convention, said in a statement that "
                   "the security team would work with the Philadelphia police.", "statement")
    assert s.speaker.name == "April Mellody"
    assert s.speaker.affiliation == "Democratic National Convention"
    assert s.content.text == "that the security team would work with the Philadelphia police"


def test_the_named_speaker_after_a_quote_is_not_a_reported_clause():
    found = extract("''It is not proportionate to the scale of the problems we are facing,'' said Robert Reich, who "
                    "served as labor secretary during Mr. Clinton's first term yet endorsed Bernie Sanders in the "
                    "Democratic primary. ''Her instinct is good, but timid.''", "2016-06-01").statements
    assert not any(s.content.text.startswith("Robert Reich") for s in found)
    (s,) = [s for s in found if s.content.text.startswith("''Her instinct")]
    assert s.speaker.name == "Robert Reich"
