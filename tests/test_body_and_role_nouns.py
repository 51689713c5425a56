"""Bare body and role nouns the article names (issue 11): "the magazine" is the magazine
named before, "the firm's developers" the firm, "the regulator" the regulator named before,
"the Lord Chancellor" the person the article gives that office. One short text per rule,
parsed by the real pipeline."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of


@pytest.mark.parametrize(("text", "word", "name"), [
    # the descriptor a name premodifies gives the body its kind: "the magazine" is TV Guide
    ("America's TV Guide magazine tested the phone. The screen was the best it had seen, the magazine said.",
     "best", "TV Guide"),
    # a title the NER missed before "magazine" is an outlet the article names
    ("Opera has released a new browser. Mobile PC magazine tested it. The browser was the best it had seen, "
     "the magazine said.", "best", "Mobile PC"),
    # the body the members belong to speaks for them, by a possessive name, noun or pronoun
    ("Opera, the Norwegian software firm, has released a browser. The firm's developers said it would ship in May.",
     "ship", "Opera"),
    ("Opera, the Norwegian software firm, has released a browser. Its developers said it was fast.", "fast", "Opera"),
    # "regulator" is in the role lexicon, but no one in the article holds it: the body does
    ("Ofcom fined the channel last year. Rules will change next month, the regulator said.", "Rules", "Ofcom"),
    # a capitalised descriptor alone is the writer's short name for the body named in full
    ("The Reserve Bank of Australia raised interest rates to 5.5%. The Bank said it had acted to curb inflation.",
     "curb", "Reserve Bank of Australia"),
    # an unknown name the tagger took for a common noun, in apposition to the descriptor
    ("A German drug firm is looking to raise money. The firm, Paion, said that it hoped to sell shares.", "sell",
     "Paion"),
])
def test_a_body_noun_is_the_body_the_article_names(text, word, name):
    speaker, _ = speaker_of(text, word)
    assert (speaker.name, speaker.type) == (name, "organization")


@pytest.mark.parametrize(("text", "word"), [
    # members of a person ("his developers") are no body the article names
    ("Tony Blair met the unions. His developers said it would ship in May.", "ship"),
    # a trade that people hold ("producer") stays a person's role, not the body before
    ("Ofcom fined the channel last year. The film was costly, the producer said.", "costly"),
    # a trade that says no more than "a business" does not tell two firms apart
    ("Investors bought the stake from Reline Investments, the family investment firm. Fosters shares fell, as "
     "the brewer said that it was not looking to expand.", "expand"),
])
def test_a_body_noun_without_a_body_stays_a_description(text, word):
    speaker, _ = speaker_of(text, word)
    assert speaker.name in ("developers", "producer", "brewer")


@pytest.mark.parametrize(("text", "word", "name", "title"), [
    # "Lord" before an office is part of it, not a name's honorific: the holder in apposition speaks
    # (and, issue 11, "Lord" opening the office stays in the title)
    ("The Lord Chancellor, Lord Falconer, agreed the Act was discriminatory.", "discriminatory", "Falconer",
     "Lord Chancellor"),
    # the office stated with its holder anywhere before resolves though others were named since
    ("Lord Chancellor Lord Falconer backed the bill. Lord Dubs said the law was old. Michael Howard disagreed. "
     "The lord chancellor said the change was complex.", "complex", "Falconer", "Lord Chancellor"),
    ("Prime Minister Tony Blair visited the school on Monday. Michael Howard attacked the plan. Charles Kennedy "
     "said it was weak. But the prime minister said the plan would work.", "work", "Tony Blair", "Prime Minister"),
    # the parser hangs the name on the body of "leader of the Commons": the name still speaks
    ("Shadow leader of the Commons Oliver Heald said: \"This will be part of our aim.\"", "aim", "Oliver Heald",
     "Shadow leader"),
    # a person's name in apposition to a role, which the NER took for a body's
    ("The Scottish National Party's Holyrood leader, Nicola Sturgeon, welcomed the move but added that the "
     "public should be consulted.", "consulted", "Nicola Sturgeon", "leader"),
])
def test_a_role_noun_is_the_person_the_article_gives_it(text, word, name, title):
    speaker, _ = speaker_of(text, word)
    assert (speaker.name, speaker.type, speaker.title) == (name, "person", title)


def test_a_descriptor_that_begins_a_longer_name_is_no_short_name():
    text = ("The Child Support Agency was criticised. A Department for Work and Pensions spokeswoman confirmed "
            "Mr Smith was still in post.")
    speaker, _ = speaker_of(text, "still in post")
    assert speaker.name != "Child Support Agency" and speaker.affiliation != "Child Support Agency"


def test_a_common_word_opening_the_sentence_before_newspaper_is_no_title():
    from onrecord.attribute import load_pipeline
    from onrecord.attribute.name_finding import unlabelled_outlets

    nlp = load_pipeline()
    assert [[t.text for t in run] for run in unlabelled_outlets(nlp("Mobile PC magazine tested it."))] == [["Mobile", "PC"]]
    assert unlabelled_outlets(nlp("Local newspaper reports said it was slow.")) == []


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param(
        "The Lord Chancellor, Lord Falconer, backed the bill. Chancellor Gordon Brown said the law was old. "
        "The Lord Chancellor said the change was complex.",
        "complex", {"name": "Falconer"},
        id="the_lord_chancellor_is_not_the_chancellor_of_the_exchequer"),
    pytest.param(
        "The Bank said rates would rise.",
        "rates", {"name": "Bank", "type": "organization"},
        id="a_short_name_with_no_body_named_in_full_stays_as_written"),
    # Phytopharm named five times, Unilever twice and last: "the firm" is what the article is about
    pytest.param(
        "Cactus drug maker gets a boost\n\nPhytopharm rose 5% on Monday. Investors cheered a deal for "
        "Phytopharm's cactus extract and Phytopharm's plans. Analysts like Phytopharm and the growth of "
        "Phytopharm. The plant grows in the Kalahari desert of southern Africa and tastes very bitter indeed. "
        "Unilever bought the rights to the extract. Unilever will pay for trials. The firm said it had first "
        "hoped to sell a slimming pill.",
        "slimming", {"name": "Phytopharm"},
        id="the_body_the_article_is_about_wins_a_near_tie_with_one_named_since"),
    # BBC dev slice, business/279 (verbatim sentences): a rival suitor is a bidding body, no person's role
    pytest.param(
        "However, rival suitor Euronext also upped the ante in the bid battle. In a statement on Thursday, Euronext "
        "said any offer was likely to be solely in cash.",
        "solely in cash", {"name": "Euronext", "type": "organization", "title": None},
        id="a_suitor_before_a_name_is_the_kind_of_body_not_a_title"),
    # devgold huff-post_2016-06-27 (verbatim sentence): a movement is a collective, no one person
    pytest.param(
        "The anti-abortion movement has traditionally argued that abortion providers should be punished, but not "
        "women who seek abortions.",
        "providers", {"name": "anti-abortion movement", "type": "group"},
        id="a_movement_speaks_as_a_group"),
])
def test_body_or_role_noun_speaker(text, word, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected) == expected
