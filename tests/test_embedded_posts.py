"""An embedded social-media post (its text, then "— Name (@handle) Month D, YYYY") is the
writing of the account that signs it, on the signature's date; what the rules find inside it
is the post's wording, not the article's narration (posts.py)."""

from onrecord import extract

# dailycaller.com2 and mashable.com2 (news-html), as the HTML path cleans them
_GAME = (
    "On a side note, apparently Jennifer Lawrence is a Cardinals fan.\n\n"
    "NEW: Jennifer Lawrence at the Louisville Cardinals basketball game today (Dec. 27) pic.twitter.com/soxnfJGWwd\n\n"
    "— Jennifer Lawrence (@JenniferUpdates) December 27, 2014\n\n"
    "\"May the odds be ever in Louisville's favor!\" – Jennifer Lawrence http://t.co/rE6Li6QWGp pic.twitter.com/zK8QMCzPDf\n\n"
    "— Sporting News (@sportingnews) December 27, 2014\n\n"
    "I love you too, J. Law.\n")
_OUTAGE = (
    "The power outage lasted about two hours.\n\n"
    "Lights still on in main #Stansted terminal but #RyanAir wing dark. Staff trying to get people out but "
    "connecting doors now appear jammed\n\n"
    "— Leigh Holmwood (@LeighHolmwood) December 22, 2014\n\n"
    "The power outage is affecting the transit system that gets travelers to their airplanes, according to the airport.\n")


def _statements(text: str):
    return [s for s in extract(text, published="2014-12-29").statements if s.act in ("speech", "writing")]


def test_a_post_is_its_accounts_writing_on_the_signatures_date():
    found = _statements(_OUTAGE)
    post = next(s for s in found if "connecting doors" in s.content.text)
    assert post.speaker.name == "Leigh Holmwood" and post.act == "writing"
    assert post.content.text.startswith("Lights still on") and "Holmwood (@" not in post.content.text
    assert post.when is not None and str(post.when.date) == "2014-12-22"
    narration = next(s for s in found if "transit system" in s.content.text)
    assert narration.speaker.name == "airport" and narration.when is None


def test_a_posts_caption_is_not_a_label_statement_and_its_quote_is_the_accounts():
    # "NEW: Jennifer Lawrence at ..." was a colon-label statement of Jennifer Lawrence, undated
    found = _statements(_GAME)
    caption = [s for s in found if "Louisville Cardinals basketball game" in s.content.text]
    assert len(caption) == 1 and caption[0].cue.text == "—" and caption[0].content.text.startswith("NEW:")
    assert str(caption[0].when.date) == "2014-12-27"
    quoting = [s for s in found if "odds be ever" in s.content.text]
    assert [s.speaker.name for s in quoting] == ["Sporting News"] and quoting[0].act == "writing"


def test_an_accounts_second_post_of_the_day_is_recorded_too():
    # mashable.com2: the airport's two posts sign alike, and a line repeated on a page is
    # masked as boilerplate; a post's signature is not, each signs its own post
    found = _statements(
        "A power failure is currently affecting certain parts of @STN_Airport. The main terminal building and "
        "runway are unaffected (1/2)\n\n"
        "— Stansted Airport (@STN_Airport) December 22, 2014\n\n"
        "The airport reported that crews had restored power at about 5:30 p.m. local time (12:30 p.m. EST).\n\n"
        "Power has now been restored. Flights continue to operate but are subject to delay. We apologise to all "
        "passengers delayed this afternoon\n\n"
        "— Stansted Airport (@STN_Airport) December 22, 2014\n")
    posts = [s for s in found if s.cue is not None and s.cue.text == "—"]
    assert [s.speaker.name for s in posts] == ["Stansted Airport", "Stansted Airport"]
    assert posts[1].content.text.startswith("Power has now been restored")


def test_a_signer_with_a_handle_and_no_body_evidence_is_no_organisation():
    # telegraph.co.uk1 (news-html): the lone capital "J" has no NER label; it was typed an organisation
    text = ("Relatives of the passengers gathered at the airport in Surabaya.\n\n"
            "Air Asia flight attendant Khairunisa Haidar Fauzi was travelling on the missing flight. pic.twitter.com/RBBPdyUNaS\n\n"
            "— J (@jealousay) December 30, 2014\n\n"
            "The search resumed on Wednesday.\n")
    post = next(s for s in _statements(text) if "flight attendant" in s.content.text)
    assert post.speaker.name == "J" and post.speaker.type == "person"
    # a body's display name stays a body's
    found = _statements(_GAME)
    assert next(s for s in found if "odds be ever" in s.content.text).speaker.type == "organization"
