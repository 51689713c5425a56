"""Title and affiliation as the article gives them (issue 11, docs/annotation.md "Title and
affiliation"), on sentences from the development data: BBC dev slices (i % 23 in {2, 8, 14,
20}) and PolNeAR train outside its held-out part. Each test is one class of error a reader
marked: a place where someone lives taken for their body, an aside after a dash run into a
body, an office written with its "of" phrase left without a title, a word that says when or
how uniquely someone holds a role kept in the title, a hyphenated compound cut or left with
its number."""

from __future__ import annotations

import pytest
from conftest import speaker_of


def fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title, speaker.affiliation


# -- a place where someone lives or works is no body ------------------------------------

def test_a_town_with_its_state_is_where_someone_lives_not_their_body():
    # PolNeAR train, nyt_2016-07-15_latest-poll-has-trump-pulling-ev
    text = "''Bernie seemed more to be more transparent than her,'' said Rachel Woolard, 20, of Jacksonville, Fla.\n"
    assert fields(text, "transparent") == ("Rachel Woolard", None, None)


def test_a_place_after_in_is_where_someone_works_not_their_body():
    # PolNeAR train, nyt_2016-07-15_latest-poll-has-trump-pulling-ev
    text = ("''I just don't think she's been completely truthful with this whole thing with her emails,'' said "
            "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa.\n")
    assert fields(text, "truthful") == ("Cecelia Purner", "retired customer service representative", None)


def test_an_office_of_a_place_keeps_the_place():
    text = "\"We will win,\" said Senator Bernie Sanders of Vermont.\n"
    assert fields(text, "win") == ("Bernie Sanders", "Senator", "Vermont")


# -- a dash opens or closes an aside --------------------------------------------------

def test_an_aside_after_a_dash_is_no_part_of_the_body():
    # BBC business/222 (dev slice 14)
    text = ("\"We regret the ministry has taken such a decision,\" said Ivan Kulakov, deputy chairman of Highland Gold "
            "- a mining firm that has the motto \"Bringing Russia's Gold to Market\".\n")
    assert fields(text, "regret") == ("Ivan Kulakov", "deputy chairman", "Highland Gold")


def test_a_role_between_spaced_dashes_is_an_aside_before_the_last_role():
    # BBC business/228 (dev slice 20)
    text = ("The combination means a revenue shortfall during 2005, SLBA chairman - and Commercial Bank managing "
            "director - AL Gooneratne told a news conference.\n")
    assert fields(text, "shortfall") == ("AL Gooneratne", "managing director", "Commercial Bank")


# -- an office written with its "of" phrase -------------------------------------------

def test_an_office_with_its_of_phrase_is_the_title_and_the_body_before_it_the_affiliation():
    # BBC business/210 (dev slice 2)
    text = ("\"This is the first time there has been a mention of the use of gold in a G7 communique for achieving "
            "debt relief,\" said UK Chancellor of the Exchequer Gordon Brown.\n")
    assert fields(text, "debt relief") == ("Gordon Brown", "Chancellor of the Exchequer", "UK")


def test_chief_of_staff_before_a_name():
    # PolNeAR train, west-journal_2016-05-26_republican-party-boosts-spending
    text = "That, RNC Chief of Staff Katie Walsh explained, is by design.\n"
    assert fields(text, "design") == ("Katie Walsh", "Chief of Staff", "RNC")


# -- words that are no part of the role -----------------------------------------------

def test_new_is_no_part_of_a_title():
    # BBC business/199 (dev slice 14)
    text = ("The country's new president, Mikhail Saakashvili, has said that anyone now willing to disclose their "
            "wealth will only have to pay 1% in income tax.\n")
    assert fields(text, "wealth")[:2] == ("Mikhail Saakashvili", "president")


def test_the_writers_praise_is_no_part_of_a_title():
    # BBC business/216 (dev slice 8)
    text = ("Nissan has named a lifetime employee to run its operations after Carlos Ghosn, its highly successful "
            "boss, takes charge at Renault. Mr Ghosn said the choice was easy.\n")
    assert fields(text, "choice")[:2] == ("Carlos Ghosn", "boss")


def test_only_is_no_part_of_a_title():
    # PolNeAR train, wash-post_2016-08-26_a-shaky-balancing-act-for-kelly-
    text = "Hassan is the only sitting governor running for the U.S. Senate this year. Hassan said she would win.\n"
    assert fields(text, "win")[1] == "sitting governor"  # "sitting" stays (test_speaker_rules)


def test_top_is_a_rank_kept_in_the_title():
    # PolNeAR train, politico_2016-06-13_terrorism-experts-rebuke-trump-p (devgold: "top
    # terrorism adviser"); "top" was dropped as the writer's praise
    text = ("Juan Zarate, a top terrorism adviser to then-President George W. Bush, also questioned Trump's logic.\n\n"
            "\"There is no question that you have to deny the Islamic State sanctuary and the sense of momentum in "
            "order to deflate their ideology and attractiveness,\" he said.\n")
    assert fields(text, "sanctuary")[:2] == ("Juan Zarate", "top terrorism adviser")


def test_a_president_whose_body_is_unresolved_is_not_the_body_that_acted_last():
    # PolNeAR train, usa-today_2016-06-07_political-conventio: "its" (the host committee) left
    # unresolved, the lower-case "president" took "Democrats", the body in play just before
    text = ("Political conventions race to close fundraising gaps; \nDeadline is fast approaching as each party "
            "committee works to raise more than $60 million.\n\nBoth the Republican and Democratic national "
            "political conventions remain short of their fundraising goals as organizers have grappled with calls for "
            "corporate boycotts of the Republican gathering and Democrats coped with a protracted nomination battle."
            "\n\nEach committee is working to raise more than $60 million.\n\nThe host committee for the Republican "
            "gathering in Cleveland has collected roughly $56.5 million, said David Gilbert, its president and CEO.\n")
    name, _, affiliation = fields(text, "56.5 million")
    assert name == "David Gilbert" and affiliation != "Democrats"


# -- hyphenated compounds -------------------------------------------------------------

def test_a_hyphenated_compound_keeps_its_first_part():
    # PolNeAR train, wash-post_2016-02-17_sanders-and-clinton-see-black-vo
    text = ("\"We've had offices on the ground in South Carolina since last April,\" said Stephanie Formas, "
            "Clinton's in-state communications director.\n")
    assert fields(text, "offices") == ("Stephanie Formas", "in-state communications director", "Clinton")


def test_a_length_of_time_is_no_part_of_a_title():
    # PolNeAR train, politico_2016-06-13_terrorism-experts-rebuke-trump-p
    text = ("Mike Morrell, a 30-year veteran of the CIA who retired as acting director in 2013, said the simplistic "
            "approach put forward by Trump is insufficient.\n")
    assert fields(text, "simplistic") == ("Mike Morrell", "veteran", "CIA")


def test_a_mayor_of_a_town_with_its_state_keeps_the_town():
    # PolNeAR train, huff-post_2016-05-19_ferguson-is-not-among-the-most-d (a quote made up for the cue)
    text = "\"It is a good day,\" said Libby Schaaf, the mayor of Oakland, California.\n"
    assert fields(text, "good day") == ("Libby Schaaf", "mayor", "Oakland")


def test_secretary_of_state_stays_one_title():
    # PolNeAR train, wash-post_2015-11-10_opposition-appears-to-win-landsl
    text = ("Secretary of State John F. Kerry said in a statement Sunday that although the elections were an "
            "\"important step forward,\" they were \"far from perfect.\"\n")
    assert fields(text, "elections")[1:] == ("Secretary of State", None)


# -- descriptors and awards before a name ----------------------------------------------

def test_a_body_s_descriptor_before_its_name_is_no_title():
    # BBC business/130 (dev slice 14)
    text = ("Meanwhile, flag carrier Air India is considering to buy 50 new aircraft from either Boeing or Airbus. "
            "Air India said it would decide soon.\n")
    speaker, _ = speaker_of(text, "decide")
    assert (speaker.name, speaker.type, speaker.title) == ("Air India", "organization", None)


def test_an_award_before_a_role_is_no_body():
    # BBC entertainment/068 (dev slice 2)
    text = ("Oscar-winning director Ron Howard chose Tautou for the part, preferring a French actress to a big name "
            "Hollywood star. Howard said she was perfect.\n")
    assert fields(text, "perfect") == ("Ron Howard", "director", None)


def test_a_capitalised_presidential_is_part_of_the_title():
    # PolNeAR train, breitbart_2015-12-21_nytimes-casually-conflates-ted-c
    text = ("In a casual remark, New York Times reporter Matt Flegenheimer conflated Republican Presidential "
            "candidate Ted Cruz with George Wallace. Mr. Cruz said the remark was unfair.\n")
    assert fields(text, "unfair") == ("Ted Cruz", "Presidential candidate", "Republican")


def test_both_opens_a_list_whose_last_item_holds_the_role():
    # PolNeAR train, breitbart_2016-03-01_the-latest-sanders-wins-minnesot
    text = ("Graham called both Trump and Democratic front-runner Hillary Clinton \"crazy\" and said the Republican "
            "party is bound to lose. Clinton said she was not worried.\n")
    assert fields(text, "worried") == ("Hillary Clinton", "front-runner", "Democratic")


def test_a_noun_that_names_a_body_is_no_role():
    # BBC business/325 (dev slice 2): "newspaper" ends like "reporter" but names a body
    text = ("Jagran publishes India's top-selling daily newspaper, the Hindi-language Dainik Jagran, which has been "
            "in circulation for 62 years. Dainik Jagran said its sales rose.\n")
    speaker, _ = speaker_of(text, "sales rose")
    assert speaker.title is None


def test_the_board_of_a_body_is_the_body():
    # PolNeAR train, wash-post_2016-03-24_republicans-building-firewall-be
    text = ("Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said it would jump "
            "into the White House race.\n")
    assert fields(text, "White House") == ("Mark Holden", "chairman", "Freedom Partners")


def test_a_body_called_a_supplier_is_the_chief_executive_s_body():
    # BBC business/118 (dev slice 2): "supplier" says Ericsson is a body though the NER reads
    # a surname, so the chief executive the article names without a body is Ericsson's
    text = ("Ericsson sees earnings improve\n\nTelecoms equipment supplier Ericsson has posted a rise in fourth quarter "
            "profits thanks to clients like Deutsche Telekom upgrade their networks.\n\nEricsson shares dropped 5.9% "
            "to 20.7 kronor in early trading on Thursday.\n\nChief executive Carl-Henric Svanberg explained that about "
            "\"27% of the world's population now has access to mobile communications\".\n")
    assert fields(text, "27%") == ("Carl-Henric Svanberg", "Chief executive", "Ericsson")


def test_a_modifier_capitalised_as_the_sentence_opens_is_no_part_of_the_body():
    # BBC sport/490 (dev slice 20)
    text = ("Safin plays down Wimbledon hopes\n\nNewly-crowned Australian Open champion Marat Safin has ruled out any "
            "chance of winning Wimbledon in the future.\n\nAfter losing in round one last year, Safin said he had "
            "\"given up\" on Wimbledon.\n")
    assert fields(text, "given up") == ("Marat Safin", "champion", "Australian Open")


def test_a_plural_inside_an_of_phrase_stays_plural():
    # BBC tech (development slice): only a plural role itself is one person's ("candidates" -> candidate)
    text = '"Search was always important," said Urs Holzle, Google vice-president of operations.'
    assert fields(text, "important") == ("Urs Holzle", "vice-president of operations", "Google")


def test_a_ministers_portfolio_is_part_of_the_title_not_a_body():
    # BBC politics (development slices): "Schools Minister", "First Minister" are offices
    assert fields("Schools Minister Stephen Twigg said engaging young people was essential.", "engaging") == (
        "Stephen Twigg", "Schools Minister", None)
    assert fields("First Minister Jack McConnell said the ban was right.", "ban") == (
        "Jack McConnell", "First Minister", None)
    assert fields("Scottish First Minister Jack McConnell said the ban was right.", "ban") == (
        "Jack McConnell", "First Minister", "Scotland")


def test_a_name_the_parser_made_the_object_of_its_roles_of_speaks_with_that_role():
    # BBC sport (development slice): "director of rugby" is Jack Rowell's title, Bath his club
    text = ("Bath director of rugby Jack Rowell, though, believes Williams fits the bill perfectly. \"He has a great "
            "affection for Bath,\" Rowell told Bath's official website.")
    assert fields(text, "fits the bill") == ("Jack Rowell", "director of rugby", "Bath")


def test_a_ranking_keeps_its_number():
    # BBC sport (development slice)
    assert fields("World number one Roger Federer said he was happy.", "happy") == (
        "Roger Federer", "World number one", None)


def test_an_ordinal_opening_a_bodys_name_stays():
    # a class named by a reader's verdict on the 2026-12-05-s25 sample (constructed sentence)
    text = '"It did well," said Bruce Snyder, president of domestic distribution at 20th Century Fox.'
    assert fields(text, "did well") == ("Bruce Snyder", "president of domestic distribution", "20th Century Fox")


@pytest.mark.parametrize(("text", "word", "name", "affiliation"), [
    # BBC development slices: the parser hangs "from X" on the verb, right after the name and a comma
    ('"Once they have invested in the brand, demand tapers off," said Brad Wernle, from Automotive News Europe.',
     "demand", "Brad Wernle", "Automotive News Europe"),
    ("Mike Hobday, from the League Against Cruel Sports, said the law was broken.", "law", "Mike Hobday",
     "League Against Cruel Sports"),
    # a body's name the NER found before a common noun ("St Bernard software")
    ('"The main motivation now is money," said Gary Stowell, spokesman for St Bernard software.', "money",
     "Gary Stowell", "St Bernard software"),
    # a town is where someone is from, not a body
    ("Andrew Fisher, from Omaha, Nebraska, said he would sell the space.", "sell", "Andrew Fisher", None),
])
def test_a_body_after_the_name_and_a_comma_is_the_affiliation(text, word, name, affiliation):
    speaker, _ = speaker_of(text, word)
    assert (speaker.name, speaker.affiliation) == (name, affiliation)


# -- a rank abbreviated with a full stop is part of the name, not a sentence end ----------

def test_a_rank_abbreviation_does_not_end_the_sentence_inside_the_name():
    # PolNeAR train, west-journal_2016-05-10_trump-s-support-twice-that-of-cl: "Capt" "."
    # split off made "Army Capt" the speaker
    text = ("“The candidates left just don’t understand the military,” said Army Capt. Christian Pardo, "
            "who said he would not vote for either Clinton or Trump.\n")
    assert fields(text, "military") == ("Christian Pardo", None, "Army")


def test_the_service_between_a_role_and_a_rank_is_no_part_of_the_body():
    # PolNeAR train, politico_2016-06-13_terrorism-experts-rebuke-trump-p
    text = ("\"I don't see how Orlando would cause us to change our operations,\" said Pentagon spokesman "
            "Navy Capt. Jeff Davis, who was asked about the need for a different war strategy.\n")
    assert fields(text, "Orlando") == ("Jeff Davis", "spokesman", "Pentagon")


# -- a role completed by a relative clause's copula ------------------------------------

def test_a_field_after_for_is_part_of_the_role_and_the_body_on_the_copula_is_the_affiliation():
    # PolNeAR train, politico_2016-06-13_terrorism-experts-rebuke-trump-p: the parser hangs
    # "at the State Department" on "was", not on "coordinator"
    text = ("\"Donald Trump doesn't understand the first thing about counterterrorism,\" said Daniel Benjamin, "
            "who was coordinator for counterterrorism at the State Department from 2009 to 2012.\n")
    assert fields(text, "counterterrorism") == ("Daniel Benjamin", "coordinator for counterterrorism", "State Department")


def test_a_spokesman_for_someone_speaks_for_them_the_for_phrase_is_no_field():
    text = "\"The bill will pass,\" said a spokesman for police.\n"
    assert fields(text, "bill")[1] == "spokesman"


def test_a_named_body_after_of_is_the_body_not_the_institution_after_at():
    # PolNeAR train, politico_2016-06-13_terrorism-experts-rebuke-trump-p: the project he
    # directs is his body (a desk or field after "of" still gives way: "head of UK Equities
    # at Standard Life Investments")
    text = ("\"Nothing we could do now in Iraq and Syria would make a difference right now,\" Fred Kagan, director of "
            "the Critical Threats Project at the hawkish American Enterprise Institute, said in an interview.\n")
    assert fields(text, "Nothing") == ("Fred Kagan", "director", "Critical Threats Project")
    text = "\"Rates will rise,\" said Ian Dunn, head of UK Equities at Standard Life Investments.\n"
    assert fields(text, "Rates")[2] == "Standard Life Investments"
