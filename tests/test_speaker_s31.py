"""Speaker fields of issue 11, stop 31: "the company" goes on with the firm the article is
about, not a research firm cited once; a descriptor before a body's name is no part of the
affiliation and makes the name a body even where the NER reads a person's; a definite role
that "continued" is the speaker who was talking; a lead's "the watchdog has said" is the
body the next sentence names; a field of work opening the sentence is no body."""

from __future__ import annotations

from conftest import speaker_of, statements_by_cue


def _fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.type, speaker.title, speaker.affiliation


# -- "the company": the article's subject, not the body cited last -----------------------

NOKIA = ("Nokia profits rise as phone sales soar\n\n"
         "Nokia has reported a 20% rise in quarterly profits, helped by strong sales of its cheaper handsets. "
         "Nokia said sales in Asia had doubled. The Finnish firm sold 60 million phones in the quarter, Nokia said. "
         "The market grew by 25%, according to research firm IDC. "
         "The company said it expected the market to keep growing in 2005.\n")


def test_the_company_is_the_firm_the_article_is_about_not_a_research_firm_cited_once():
    assert _fields(NOKIA, "keep growing")[:2] == ("Nokia", "organization")
    assert _fields(NOKIA, "market grew")[0] == "IDC"


def test_the_company_after_a_body_named_often_still_goes_on_with_the_last_speaker():
    # the body that spoke last is no one-off citation: it goes on
    text = ("Shell and BP in talks\n\nShell said oil prices would rise. Shell said its output had fallen. "
            "Shell said it would cut costs. BP said demand was strong. BP said it would hire staff. "
            "The company said it expected a good year.\n")
    assert _fields(text, "good year")[0] == "BP"


# -- a descriptor before a body's name --------------------------------------------------

def test_a_descriptor_before_the_body_after_a_name_is_no_part_of_the_affiliation():
    text = "Camera phones are likely to prove popular, said Ben Wood, principal analyst at research firm Gartner.\n"
    assert _fields(text, "popular") == ("Ben Wood", "person", "principal analyst", "Gartner")
    text = '"The market grew by 25%," said Jane Roe of research firm IDC.\n'
    assert _fields(text, "market grew")[3] == "IDC"
    text = '"The market grew," said Jane Roe, of consultancy firm Deloitte.\n'
    assert _fields(text, "market grew")[3] == "Deloitte"


def test_a_business_word_before_a_name_the_ner_reads_as_a_person_s_makes_it_a_body():
    text = ("Australian building products group James Hardie has agreed to pay $1.1bn to victims. "
            "The move follows protests after the firm said a previous fund was running out of money.\n")
    assert _fields(text, "running out")[:2] == ("James Hardie", "organization")


# -- a role that goes on with the last speaker -------------------------------------------

def test_a_role_that_continued_is_the_speaker_who_was_talking():
    text = ("Souness backs Smith\n\nGraeme Souness said Walter Smith would be the perfect choice. Souness joined "
            "Sir Alex Ferguson in backing Smith. The association appointed Tommy Burns as caretaker. Ferguson said: "
            "\"He would be the outstanding candidate. You need somebody who knows what they are doing.\" The Man Utd "
            "boss continued: \"I do not know what credentials are needed to do the job.\"\n")
    assert _fields(text, "credentials")[0] == "Alex Ferguson"


def test_a_role_that_continued_is_not_the_speaker_when_someone_else_was_named_since():
    text = ("Souness backs Smith\n\nFerguson said: \"He would be the outstanding candidate.\" Arsene Wenger "
            "agreed with Souness. The Man Utd boss continued: \"I do not know what credentials are needed.\"\n")
    assert _fields(text, "credentials")[0] != "Ferguson"


# -- a lead's body-first role -------------------------------------------------------------

WATCHDOG = ("Watchdog rejects donations cap\n\n"
            "A cap on donations to political parties should not be introduced yet, the elections watchdog has said.\n\n"
            "The Electoral Commission says capping donations would mean taxpayers giving parties more cash. "
            "All local election candidates should be entitled to a free mailshot, says the watchdog.\n")


def test_a_lead_s_watchdog_is_the_body_the_next_sentence_names():
    assert _fields(WATCHDOG, "cap on donations")[:2] == ("Electoral Commission", "organization")
    assert _fields(WATCHDOG, "free mailshot")[:2] == ("Electoral Commission", "organization")


def test_a_lead_s_watchdog_may_be_named_a_sentence_later():
    text = ("Debate needed on donations cap\n\n"
            "A cap on donations to political parties should not be introduced yet, the elections watchdog has said.\n\n"
            "Fears that big donors can buy political favours have sparked calls for a limit. In a new report, the "
            "Electoral Commission says it is worth debating a cap for the future.\n")
    assert _fields(text, "cap on donations")[:2] == ("Electoral Commission", "organization")


def test_a_lead_s_watchdog_is_no_other_kind_of_body_named_next():
    text = ("Bank fined\n\nA bank has been fined for mis-selling, the watchdog has said.\n\n"
            "Barclays said it would appeal against the fine.\n")
    assert _fields(text, "mis-selling")[0] != "Barclays"


# -- titles and affiliations --------------------------------------------------------------

def test_a_field_of_work_opening_the_sentence_is_no_body_though_the_ner_says_so():
    text = "Theatre impresario Sir Cameron Mackintosh has said he hopes the musical is a blend of the film and the book.\n"
    name, _, title, affiliation = _fields(text, "musical")
    assert (name, affiliation) == ("Cameron Mackintosh", None)
    assert title == "Theatre impresario"


def test_higher_education_is_a_portfolio_not_a_body():
    text = 'The Higher Education Minister, Kim Howells, said: "We are working in schools."\n'
    assert _fields(text, "working in schools") == ("Kim Howells", "person", "Higher Education Minister", None)


def test_a_person_a_role_only_relates_to_is_no_affiliation():
    text = '"It was a great night," said Jane Roe, a co-star of Johnny Depp.\n'
    assert _fields(text, "great night") == ("Jane Roe", "person", "co-star", None)
    text = ('"The band was not always in tune," said Cobain biographer Charles Cross. '
            "The band ended when songwriter Kurt Cobain died.\n")
    assert _fields(text, "in tune") == ("Charles Cross", "person", "biographer", None)


def test_a_person_someone_speaks_for_stays_their_affiliation():
    text = '"It was bad," said Jane Roe, spokeswoman for Johnny Depp.\n'
    assert _fields(text, "It was bad") == ("Jane Roe", "person", "spokeswoman", "Johnny Depp")


def test_a_name_after_an_inverted_role_and_a_phrase_of_the_verb_is_the_speaker():
    text = ("How an aide held sway\n\nPaul Manafort worked in Ukraine for years. With Mr. Manafort's help, the party "
            "was ''working to change its image,'' wrote the American ambassador at the time, John E. Herbst.\n")
    name, _, title, _ = _fields(text, "change its image")
    assert (name, title) == ("John E. Herbst", "ambassador")


def test_a_role_in_the_adverbial_clause_of_a_named_speaker_is_someone_else():
    text = ("Cruz says heckler deserves a spanking\n\nTexas Sen. Ted Cruz has made no secret of the fact that he "
            "spanks his daughter. Now, he is prescribing the same discipline for a protester who interrupted him.\n\n"
            '"Apparently there is a young man who is having some problems," Cruz said as the heckler yelled: "You suck!"\n')
    speaker, _ = speaker_of(text, "You suck")
    assert (speaker.name, speaker.unnamed) == ("heckler", True)
    said = statements_by_cue(text, "said")
    assert said and all(s.speaker.name == "Ted Cruz" and s.speaker.title is None for s in said)


# -- "the campaign", "the newspaper": the body of the person or the body the article is about --

def test_the_campaign_is_the_campaign_of_the_person_the_article_is_about():
    text = ("Sanders lays off campaign staff\n\nBernie Sanders is laying off hundreds of staff. Sanders said he would "
            "stay in the race. Sanders wants a party platform that calls for a $15 minimum wage. The campaign said it "
            "had not decided what other issues it would push.\n")
    assert _fields(text, "other issues")[:2] == ("Sanders campaign", "organization")


def test_a_campaign_that_names_its_own_backer_is_not_the_campaign_of_the_article_s_person():
    text = ("Heart charity appeal\n\nDr Jane Smith runs the clinic. Dr Smith said it was busy. Dr Smith said more staff "
            "were needed. The campaign, launched by the British Heart Foundation, said it had reached a million people.\n")
    speaker, _ = speaker_of(text, "a million people")
    assert "Smith" not in (speaker.name or "")


def test_the_campaign_stays_unnamed_between_two_people_named_as_often():
    text = ("Clinton and Sanders clash\n\nHillary Clinton attacked Bernie Sanders on Monday. Bernie Sanders hit back "
            "at Hillary Clinton. Hillary Clinton said he was wrong and Bernie Sanders said she was wrong. The campaign "
            "said it would respond.\n")
    speaker, _ = speaker_of(text, "would respond")
    assert speaker.unnamed


def test_the_airline_is_the_body_the_article_is_about_whose_kind_it_never_gave():
    text = ("Delta cuts jobs\n\nDelta is to cut 7,000 jobs. Delta said it needed to reduce costs. Analysts had warned "
            "that Delta might have to seek bankruptcy protection. The airline also said it had agreed a loan from "
            "American Express.\n")
    assert _fields(text, "agreed a loan")[:2] == ("Delta", "organization")


def test_a_portfolio_word_inside_a_network_s_name_stays_in_the_body():
    text = "Rubio was asked by Fox Business moderator Gerard Baker whether his plan would work.\n"
    assert _fields(text, "plan would work") == ("Gerard Baker", "person", "moderator", "Fox Business")
    text = "BBC business editor Robert Peston said the deal was good.\n"
    assert _fields(text, "deal was good") == ("Robert Peston", "person", "business editor", "BBC")


def test_a_role_that_names_its_body_is_not_a_person_the_article_never_gave_that_body():
    text = ("Big win for Sanders as union waits\n\nBernie Sanders won in Iowa. The biggest prize will not be doled "
            "out next week, the president of the AFL-CIO labor federation said.\n")
    speaker, _ = speaker_of(text, "biggest prize")
    assert (speaker.name, speaker.unnamed) == ("president", True)
    text = ("Union chief speaks\n\nRichard Trumka, president of the AFL-CIO, spoke in Ohio. Later the president of "
            "the AFL-CIO said the union would wait.\n")
    assert _fields(text, "union would wait")[0] == "Richard Trumka"


def test_a_masthead_in_capitals_keeps_its_day_word():
    text = ("According to USA TODAY contributor and monetary historian David Marsh, U.S. and European interest "
            "rates have moved in opposite directions seven times.\n")
    assert _fields(text, "interest rates")[3] == "USA TODAY"


def test_a_relative_clause_copula_gives_the_title_and_body():
    text = "Peter Nielson, who is UKIP Scotland chairman, said he had suspended Mr Houston on Friday night.\n"
    assert _fields(text, "suspended") == ("Peter Nielson", "person", "chairman", "UKIP Scotland")
    text = "Jane Roe, who is 45, said she was angry.\n"
    assert _fields(text, "angry") == ("Jane Roe", "person", None, None)


def test_a_giant_before_a_name_the_ner_reads_as_a_person_s_is_a_body():
    text = ("The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit "
            "to pay back a loan. Yukos said it would sue.\n")
    assert _fields(text, "would sue")[:2] == ("Yukos", "organization")


def test_a_title_and_surname_read_as_a_body_s_name_is_the_titled_person():
    text = ('However, Professor John Curtice, of the University of Strathclyde, is sceptical. "For the most part the '
            'seats are safe," Professor Curtice said.\n')
    assert _fields(text, "seats are safe")[:3] == ("John Curtice", "person", "Professor")


def test_a_name_written_as_a_body_s_is_an_organisation_though_the_ner_reads_a_person():
    text = "Nottingham Forest have confirmed they have received an £8m bid from Tottenham for Andy Reid.\n"
    assert _fields(text, "bid from Tottenham")[:2] == ("Nottingham Forest", "organization")
    text = "But BAA has said it has attempted to involve communities in any future airport plans.\n"
    assert _fields(text, "involve communities")[:2] == ("BAA", "organization")
    text = "Tony Blair has said he will stay.\n"
    assert _fields(text, "will stay")[:2] == ("Tony Blair", "person")
