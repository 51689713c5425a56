"""Organisation anaphora and the attribution chain (issue 11, nominal anaphora): the last
speaker's body goes on as "the company" only while no other body of that kind has been
named since; sentences from a PolNeAR train article (nyt_2016-07-30, markets report)."""

from __future__ import annotations

from conftest import speaker_of

MARKETS = (
    "However, the gains were held back by disappointing results from Exxon Mobil as well as news "
    "from the Bank of Japan, which did not announce as much stimulus as many had hoped.\n\nThe Dow "
    "Jones industrial average closed down 24.11 points, or 0.1 percent, to close at 18,432.24. The "
    "Standard & Poor's 500-stock index rose 3.54 points, or 0.2 percent, to 2,173.60 and the "
    "Nasdaq composite increased 7.15 points, or 0.1 percent, to 5,162.13.\n\nThe Dow was held back "
    "partly by a drop in the oil giant Exxon Mobil. The company reported its smallest quarterly "
    "profit in 17 years, well below what analysts were looking for, because of the continuing "
    "weakness in oil prices. Its major competitor, Chevron, fared slightly better. While earnings "
    "dropped sharply from a year ago, Chevron's results still beat analysts' expectations.\n\nWall "
    "Street is finishing its busiest week of corporate earnings, which was dominated by mostly "
    "strong results from technology companies including Alphabet, Amazon, Apple, Facebook and "
    "others.\n\nAlphabet, the parent company of Google, jumped $25.50, or 3.3 percent, to $791.34. "
    "The company reported earnings of $8.42 a share, well above the $8.04 that analysts were "
    "looking for.\n\nAmazon rose $6.20, or 1 percent, to $758.81. The online retail giant reported "
    "a profit of $1.78 per share, well above the $1.11 a share that analysts expected."
)


def test_the_chain_speaker_is_not_the_company_once_another_body_is_named():
    # before: "the Bank of Japan, which did not announce" made every later "the company" it
    speaker, _ = speaker_of(MARKETS, "smallest quarterly profit")
    assert speaker.name != "Bank of Japan"
    speaker, statement = speaker_of(MARKETS, "$1.78 per share")
    assert (speaker.name, speaker.type) == ("Amazon", "organization")
    assert statement.explanation.endswith("nominal")


def test_a_body_named_in_the_speakers_own_sentence_does_not_interrupt_the_chain():
    # PolNeAR train (huff-post_2016-05-12): Fox 35 is named in the foundation's own sentence
    speaker, statement = speaker_of(
        "The Trayvon Martin Foundation did not want to address \u201cthat person,\u201d telling Fox 35 "
        "that the organization is focused on \u201cending senseless gun violence.\u201d\n"
        "\u201cThis election season, we are laser focused on furthering that mission,\u201d the group said.",
        "laser focused")
    assert speaker.name == "Trayvon Martin Foundation" and statement.explanation.endswith("nominal")


def test_salience_counts_only_the_mentions_before_the_anaphor():
    # Amazon, named more often after it, no longer outweighs the body the sentence before
    # gave ("Alphabet, the parent company of Google, jumped ... The company reported")
    speaker, _ = speaker_of(MARKETS, "$8.42 a share")
    assert speaker.name != "Amazon"
