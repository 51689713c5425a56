"""Speaker fields a fresh reader found wrong on the BBC development slice (docs/engine.md,
"Members, fields and leads"): a quantifier subject with a name apposed ("One of the jilted
bidders, Netherlands-based group LNM, said") speaks as that name; a role's field with an
ordinal in it ("head of third party services at Vodafone") stays in the title; a lead's
role with a phrase the parser hung on it as an apposition ("The Belgian sports minister at
the centre of the ... doping row says") is still the person the next sentence names."""

from __future__ import annotations

from conftest import speaker_of

# BBC business (development slice): the member named after the comma is a body.
_LNM = ("Ukraine revisits state sell-offs\n\nThe mill, Krivorizhstal, is one of the world's most profitable. "
        "One of the jilted bidders, Netherlands-based group LNM, said it welcomed the possibility that the mill "
        "might be back on the market.")

# The same shape with the name hung on the quantifier itself (the parser's other reading).
_MITTAL = "One of the bidders, Mittal Steel, said it welcomed the possibility of a new sale."

# A clause, not a name, after the comma: no one is named, the record keeps the unnamed source.
_CLAUSE = "One of the bidders, which is based in Kiev, said it welcomed the possibility of a new sale."

# BBC tech (development slice): head of a portfolio at a body.
_FLYNN = ("Mobile networks tighten ringtone rules\n\nThe rules have been drawn up by the networks. \"The rules will "
          "make sure that people know what they are buying,\" said Jeremy Flynn, head of third party services at "
          "Vodafone.")

# BBC sport (development slice): the lead gives the role, the next sentence the name.
_EERDEKENS = ("Minister digs in over doping row\n\nThe Belgian sports minister at the centre of the Svetlana "
              "Kuznetsova doping row says he will not apologise for making allegations against her.\n\nClaude "
              "Eerdekens claims the US Open champion tested positive for ephedrine at an exhibition event last month.")


def test_a_body_apposed_to_one_of_a_group_is_the_speaker():
    speaker, _ = speaker_of(_LNM, "welcomed")
    assert (speaker.name, speaker.type, speaker.affiliation) == ("LNM", "organization", None)


def test_a_body_apposed_to_the_quantifier_itself_is_the_speaker():
    speaker, _ = speaker_of(_MITTAL, "welcomed")
    assert (speaker.name, speaker.type) == ("Mittal Steel", "organization")


def test_a_clause_after_one_of_a_group_names_no_one():
    speaker, _ = speaker_of(_CLAUSE, "welcomed")
    assert speaker.name != "Kiev"


def test_an_ordinal_in_a_portfolio_keeps_the_portfolio_in_the_title():
    speaker, _ = speaker_of(_FLYNN, "buying")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Jeremy Flynn", "head of third party services", "Vodafone")


def test_a_lead_role_with_a_phrase_hung_on_it_is_the_person_named_next():
    speaker, _ = speaker_of(_EERDEKENS, "apologise")
    assert (speaker.name, speaker.title) == ("Claude Eerdekens", "sports minister")


# The Grayzone page (news-html article_with_br): a bare number or a measure noun names no
# one; the group it counts out is the speaker (docs/annotation.md: the head without its quantifier).
def test_a_number_counting_out_a_group_gives_the_group():
    speaker, _ = speaker_of("Three of the staffers amended the lawsuit to allege that they were denied promotions "
                            "because they were African American.", "denied promotions")
    assert (speaker.name, speaker.type) == ("staffers", "group")


def test_one_of_them_is_the_group_the_pronoun_stands_for():
    speaker, _ = speaker_of("In their complaint against Sands, the plaintiffs alleged that Lahav routinely told racially "
                            "charged jokes. One of them accused Lahav of forcing team members to \"transport firearms in "
                            "violation of state law\" and making them work unpaid.", "firearms")
    assert speaker.name == "plaintiffs"


def test_a_measure_noun_gives_what_it_measures():
    speaker, _ = speaker_of("The first step in Pompeo's fledgling campaign, according to a raft of articles, was outreach "
                            "to Sheldon Adelson to \"gauge interest\" in financing the Senate bid.", "outreach")
    assert speaker.name == "articles"


def test_a_handful_is_a_share_whose_description_keeps_it():
    # "a handful" is phrase_shapes' share ("79 percent of Democrats"), not a measure noun:
    # the group speaks, described with its share (before, the description lost "handful of")
    speaker, _ = speaker_of("A handful of analysts said the plan would fail.", "plan")
    assert (speaker.name, speaker.description) == ("analysts", "handful of analysts")


def test_the_host_of_a_show_is_no_measure():
    speaker, _ = speaker_of("The host of the Oscars said the ceremony would run long.", "ceremony")
    assert speaker.name != "Oscars"


def test_one_of_a_possessed_group_is_left_as_it_was():
    # PolNeAR train (huff-post_2016-04-06_wisconsin-elects-a-supreme-court): "her ads" is the
    # owner's; the group noun alone would hand the ad to the person its words are about
    speaker, _ = speaker_of("Kloppenburg and her backers tried to tie Bradley to Walker, with one of her ads asking, "
                            "\u201cIs Rebecca Bradley independent enough to serve on the Supreme Court?\u201d", "independent")
    assert speaker.name != "Rebecca Bradley"
