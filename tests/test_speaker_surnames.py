"""A surname and the full name the article gives once (issue 11; attribute/surname_completion.py,
name_folds.py): the surname takes the full name the NER read as a body's, cut or missed, but
no full name from a hyphenated surname's first part or a surname of both genders; a surname
with a participle set off before the cue speaks; a person's possessive ("Mr. Trump's",
"Sen. Warren's") is no firm."""

from __future__ import annotations

import pytest
from conftest import speaker_fields, speaker_of

from onrecord import extract


def test_a_surname_with_a_participle_set_off_before_the_cue_speaks():
    for when in ("Tuesday", "on Tuesday"):
        text = f"Donald Trump won the primary.\n\nTrump, speaking to reporters {when}, said the wall would be built."
        speaker, statement = speaker_of(text, "wall would be built")
        assert speaker.name == "Donald Trump"
        assert statement.when is not None and "Tuesday" in statement.when.expression


_WARREN_BARGAIN = ("Elizabeth Warren, the progressive icon, invoked the same implicit bargain while running for the Senate in "
                   "2012. Corporations are part of communities with multiple stakeholders, she said: \"Part of the underlying "
                   "social contract is you take a hunk of that and pay forward for the next kid who comes along.\"\n\n"
                   "Clinton's proposal to make firms stay or pay is good policy that is also good politics. Given how closely "
                   "her views resemble Sen. Warren's, it's ironic that the presidential candidate most identified with free "
                   "trade could be the most progressive.")


_OBAMA_PARTY = ("As President Obama faced criticism over his speech, he hosted a party at the White House. \"That was a good "
                "speech,\" Representative Steve Cohen told Mr. Obama. It was one of hundreds of interactions that the president "
                "and the first lady, Michelle Obama, are having with guests. Mr. Obama said he enjoyed the parties. "
                "Mrs. Obama said she did not.")


@pytest.mark.parametrize(("text", "word", "published", "expected"), [
    pytest.param(
        "Mr. Trump, in an interview on Friday, said that he was already looking ahead to a general election.\n\n"
        "''I'm a little surprised that I've done this well,'' Mr. Trump said.\n\n"
        "Mr. Cruz is trumpeting an anti-establishment message like Mr. Trump's, but the caucuses will show if "
        "a sitting senator can run against the system.\n\n"
        "On Friday, Mr. Trump joined other Republicans in pouncing on the news, saying: ''The new email "
        "release is a disaster for Hillary Clinton.''",
        "looking ahead", "2016-01-31", {"name": "Trump", "type": "person"},
        id="a_person_s_possessive_after_like_is_no_firm"),
    # NYT, PolNeAR train: "Mr. Trump's commanding lead" made a firm "Mr. Trump's" of the man
    pytest.param(
        "The party of Prescott Bush, George Bush and George W. Bush is, for the moment, the party of Donald J. "
        "Trump.\n\n"
        "Republican leaders are now openly questioning how Mr. Trump's remaining Republican rivals can stop "
        "him.\n\n"
        "On Sunday, Mr. Trump was magnanimous in a round of television interviews. Turning his attention to "
        "the general election, he said he was the candidate best suited to draw support from independents.",
        "best suited", "2016-02-22", {"name": "Donald J. Trump", "type": "person"},
        id="a_person_s_possessive_before_a_participle_and_its_noun_is_no_firm"),
    # USA Today, PolNeAR train: "her views resemble Sen. Warren's" made a firm "Sen. Warren's" of
    # Elizabeth Warren, and her "she said" went to Clinton
    pytest.param(
        _WARREN_BARGAIN,
        "implicit bargain", "2016-05-02", {"name": "Elizabeth Warren", "type": "person"},
        id="a_surname_s_possessive_of_a_person_named_in_full_is_no_firm-1"),
    pytest.param(
        _WARREN_BARGAIN,
        "social contract", "2016-05-02", {"name": "Elizabeth Warren"},
        id="a_surname_s_possessive_of_a_person_named_in_full_is_no_firm-2"),
    # ("the first lady, Michelle Obama": a role since stop 34)
    pytest.param(
        _OBAMA_PARTY,
        "enjoyed the parties", "2005-03-01", {"name": "Obama", "title": "President"},
        id="a_surname_of_both_genders_is_not_the_one_named_in_full-1"),
    pytest.param(
        _OBAMA_PARTY,
        "she did not", "2005-03-01", {"name": "Michelle Obama", "title": "first lady"},
        id="a_surname_of_both_genders_is_not_the_one_named_in_full-2"),
    # PolNeAR train, politico_2016-05-05_paul-ryan-says-he-s-not-ready-to
    pytest.param(
        "Ryan says no.\n\nDonald Trump won. Several prominent GOP elders agreed that Trump needs to deliver a "
        "speech about race. Trump, though, would have to identify his views on the core conservative planks "
        "of the Republican Party.",
        "planks", "2005-03-01", {"name": "Donald Trump", "unnamed": False},
        id="a_surname_the_tagger_reads_as_an_adjective_is_the_person"),
    # "Marco Bortolami" labelled a body, "Bortolami" a person: two entities before
    pytest.param(
        "Bortolami predicts dour contest\n\n"
        "Italy skipper Marco Bortolami believes Saturday's Six Nations contest against Scotland will be a "
        "scrappy encounter.\n\n"
        "However, they were thoroughly outplayed by an impressive Welsh side in Rome last time out. "
        "\"Scotland played extremely well against France in Paris but not so well when Ireland came to "
        "Edinburgh,\" said Bortolami.",
        "Scotland played", "2005-03-01", {"name": "Marco Bortolami", "title": "skipper", "affiliation": "Italy"},
        id="a_surname_takes_the_full_name_the_ner_read_as_a_body_s"),
    # the NER labels "Tory Dominic" a person's name and leaves "Grieve" out
    pytest.param(
        "Blair's hope for Blunkett return\n\n"
        "Mr Blair said he left \"without a stain on his character\" but Tory Dominic Grieve branded the way Mr "
        "Blunkett's office operated as \"scandalous\".\n\n"
        "But shadow attorney general Mr Grieve said: \"While I don't rule out the possibility that Mr Blunkett "
        "may return as a minister, I don't think it's something that can simply be brushed under the carpet.\"",
        "rule out", "2005-01-20", {"name": "Dominic Grieve"},
        id="a_surname_takes_the_full_name_the_ner_cut"),
    pytest.param(
        "Belgian minister refuses to apologise\n\n"
        "Other players to take part in the tournament were Belgian Justine Henin-Hardenne, Nathalie Dechy of "
        "France and Russia's Elena Dementieva. But Dechy is fuming that she has been implicated in the row. "
        "Dementieva is also angry and says that Dechy and herself are the real victims of the scandal.",
        "real victims", "2005-01-20", {"name": "Elena Dementieva"},
        id="a_surname_takes_the_full_name_the_ner_missed"),
])
def test_surname_speaker(text, word, published, expected):
    # each case: a sentence, a word of the statement's content, the speaker's fields it must give
    assert speaker_fields(text, word, expected, published) == expected


def test_no_full_name_from_a_hyphenated_surname_s_first_part():
    # "Robert Kilroy-Silk": "Robert Kilroy" is no one, "Kilroy" joins no first name
    from onrecord.attribute.names import is_first_name

    assert is_first_name("Robert")
    text = ("The meeting was shown in a BBC 3 film on ex-UKIP MEP Robert Kilroy-Silk. The former chat show host "
            "quit the party earlier this month, calling it a joke.\n\n"
            "Asked by the documentary makers why he had lied about his leadership ambitions, Mr Kilroy-Silk said: "
            "\"There was one thing I said that I shouldn't have said at the time.\"")
    assert speaker_of(text, "one thing", "2005-01-20")[0].name == "Robert Kilroy-Silk"
    from onrecord import extract

    names = {e.name for e in extract(text, published="2005-01-20").entities}
    assert "Robert Kilroy" not in names


# ap_meta_refresh (news-html): an article about the father; the NER misses his full name, and
# the son's, apposed to "his son", was the only full name the bare surname could join
_MATEEN = ("KABUL, Afghanistan (AP) -- The father of the Orlando nightclub gunman came to the U.S. from Afghanistan more "
           "than 30 years ago and has made a series of rambling political videos about his former homeland, even once "
           "describing himself as its \"revolutionary president.\" Seddique Mir Mateen maintained a high profile on social "
           "media in the U.S., but is a mystery to Afghan authorities. Some government departments ran background and "
           "security checks Monday and found no trace of him, an official said. Mateen met with reporters Monday at his "
           "home in Port St. Lucie, Florida, and called the massacre by his son, Omar Mateen, \"the act of a terrorist.\" "
           "The deadly weekend attack shocked the family, the father said, and went against what he had taught his son. "
           "The elder Mateen also said that if he had known what the 29-year-old was planning, he would have arrested him "
           "himself. In a Facebook video posted after the killings, Mateen said: \"I don't know what caused him to shoot "
           "last night.\"")


def test_a_full_name_a_kin_noun_introduces_takes_no_bare_surname_from_its_holder():
    for words in ("would have arrested him", "what caused him to shoot"):
        speaker, _ = speaker_of(_MATEEN, words, published="2016-06-13")
        assert speaker.name != "Omar Mateen" and speaker.name.endswith("Mateen")


@pytest.mark.parametrize("text, words, expected", [
    # the father named in full by the kin noun: "the elder" picks him, a bare surname the son
    ("Omar Mateen, 29, was a security guard. Mateen had been investigated by the FBI twice, officials said. "
     "Investigators spoke to his father, Seddique Mateen, on Monday. The elder Mateen said that his son was angry. "
     "Mateen told a 911 operator that he had pledged allegiance to the group.", "his son was angry", "Seddique Mateen"),
    ("Omar Mateen, 29, was a security guard. Mateen had been investigated by the FBI twice, officials said. "
     "Investigators spoke to his father, Seddique Mateen, on Monday. The elder Mateen said that his son was angry. "
     "Mateen told a 911 operator that he had pledged allegiance to the group.", "pledged allegiance", "Omar Mateen"),
    # PolNeAR train (breitbart 2016-03-01): the wife's article; her husband named by the kin noun
    ("Hillary Clinton won the primary on Tuesday. Clinton's husband, Bill Clinton, campaigned for her in the state. "
     "Clinton said the race was close.", "race was close", "Hillary Clinton"),
    # a title before the surname picks by the title, not by the kin noun
    ("Hillary Clinton won the primary on Tuesday. Clinton's husband, Bill Clinton, campaigned for her in the state. "
     "Former President Clinton said the race was close.", "race was close", "Bill Clinton"),
    # PolNeAR train (breitbart 2016-01-19): "his father, Brent Bozell, Jr." is no new holder of the surname
    ("\"Yes, I support Ted Cruz,\" Brent Bozell III, founder of the Media Research Center, tells Breitbart News. "
     "Bozell was only five years old when the Sharon Statement was signed. William F. Buckley, Jr. was his uncle and "
     "his father, Brent Bozell, Jr. was the ghost writer of a classic. \"That is the new reality,\" Bozell says.",
     "new reality", "Brent Bozell"),
])
def test_a_relative_named_by_a_kin_noun_and_the_surname_s_holder(text, words, expected):
    speaker, _ = speaker_of(text, words)
    assert speaker.name == expected


def test_a_surname_the_tagger_read_as_a_plural_noun_is_the_person():
    # BBC sport/283 (dev slice): "Mendes" read as a plural noun (a product to the NER), so
    # "He said:" after it went to the manager named before
    text = ("Tottenham manager Martin Jol was furious. Jol said: \"It was a clear goal and everyone saw it.\" Jol "
            "added that Pedro Mendes' shot had crossed the line by a yard.\n\nMendes could not believe the 'goal' "
            "was not given after seeing a replay. He said: \"My reaction on the pitch was to celebrate.\"")
    speaker, _ = speaker_of(text, "My reaction")
    assert speaker.name == "Pedro Mendes"
