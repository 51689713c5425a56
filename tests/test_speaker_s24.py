"""Speaker rules of stop s24 (issue 11), each with a case drawn from a real development
sentence (PolNeAR train outside its held-out part), parsed by the real pipeline."""

from __future__ import annotations

from conftest import speaker_of

# huff-post_2016-07-18 "9 (More) Offensive Things Donald Trump Has Said About Latinos" (PolNeAR train), shortened
_TRUMP_LIST = (
    "9 (More) Offensive Things Donald Trump Has Said About Latinos.\n\n"
    "A year ago it seemed unlikely Donald Trump would become the Republican presidential candidate. "
    "Now we've compiled an updated list of Trump's absurd anti-Latino remarks. "
    "“There's great danger with the illegals,” Trump told reporters, before insisting he had a “great "
    "relationship” with Latinos.\n\n"
    "The GOP candidate has insisted on building a wall on the U.S.-Mexico border, despite critics, like "
    "John Oliver, breaking down why it's an expensive and futile idea.\n\n"
    "Sometimes confrontations between supporters and protestors grew violent, and the GOP candidate took to "
    "Twitter to call out protestors. “Everybody is talking about the protesters burning the American flags,” "
    "he tweeted on May 2."
)


def test_an_epithet_names_the_person_the_article_is_about():
    speaker, _ = speaker_of(_TRUMP_LIST, "building a wall")
    assert speaker.name == "Donald Trump"
    speaker, _ = speaker_of(_TRUMP_LIST, "burning the American flags")
    assert speaker.name == "Donald Trump"


def test_an_office_is_no_epithet_for_the_main_person():
    # the same article with an office in place of the epithet: "the senator" may be
    # someone new, and nothing says Trump is a senator (with Trump the only person in play
    # and no one else named since, a bare office is his: someone else is named just before
    # here, so only the main-person rule could give it to Trump)
    text = _TRUMP_LIST.replace("The GOP candidate has insisted",
                               "The debate was watched by Jeb Bush. The senator has insisted")
    speaker, _ = speaker_of(text, "building a wall")
    assert speaker.name != "Donald Trump"


def test_an_epithet_without_a_main_person_stays_unresolved():
    # two people named as often: the article is about neither
    text = ("Donald Trump met Jeb Bush. Trump spoke first. Bush spoke next. Trump and Bush left.\n\n"
            "The GOP candidate has insisted on building a wall on the border.")
    speaker, _ = speaker_of(text, "building a wall")
    assert speaker.unnamed
