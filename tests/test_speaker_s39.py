"""Speaker names (issue 11, stop 39): a surname the article names in full once carries the
full name; a nationality before a surname is no part of it. Sentences from BBC News."""

from __future__ import annotations

from conftest import speaker_of


def test_a_surname_takes_the_full_name_the_ner_read_as_a_body_s():
    # "Marco Bortolami" labelled a body, "Bortolami" a person: two entities before
    text = ("Bortolami predicts dour contest\n\n"
            "Italy skipper Marco Bortolami believes Saturday's Six Nations contest against Scotland will be a "
            "scrappy encounter.\n\n"
            "However, they were thoroughly outplayed by an impressive Welsh side in Rome last time out. "
            "\"Scotland played extremely well against France in Paris but not so well when Ireland came to "
            "Edinburgh,\" said Bortolami.")
    speaker, _ = speaker_of(text, "Scotland played", "2005-03-01")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Marco Bortolami", "skipper", "Italy")


def test_a_surname_takes_the_full_name_the_ner_cut():
    # the NER labels "Tory Dominic" a person's name and leaves "Grieve" out
    text = ("Blair's hope for Blunkett return\n\n"
            "Mr Blair said he left \"without a stain on his character\" but Tory Dominic Grieve branded the way Mr "
            "Blunkett's office operated as \"scandalous\".\n\n"
            "But shadow attorney general Mr Grieve said: \"While I don't rule out the possibility that Mr Blunkett "
            "may return as a minister, I don't think it's something that can simply be brushed under the carpet.\"")
    assert speaker_of(text, "rule out", "2005-01-20")[0].name == "Dominic Grieve"


def test_a_surname_takes_the_full_name_the_ner_missed():
    text = ("Belgian minister refuses to apologise\n\n"
            "Other players to take part in the tournament were Belgian Justine Henin-Hardenne, Nathalie Dechy of "
            "France and Russia's Elena Dementieva. But Dechy is fuming that she has been implicated in the row. "
            "Dementieva is also angry and says that Dechy and herself are the real victims of the scandal.")
    assert speaker_of(text, "real victims", "2005-01-20")[0].name == "Elena Dementieva"


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


def test_a_nationality_before_a_surname_is_no_part_of_the_name():
    text = ("Champion wins in Doha\n\n"
            "Russian Kuznetsova beat the top seed in Doha on Tuesday. Kuznetsova will now face Venus Williams.\n\n"
            "\"I played very well today,\" Russian Kuznetsova said after the match.")
    speaker, _ = speaker_of(text, "played very well", "2005-01-20")
    assert (speaker.name, speaker.type) == ("Kuznetsova", "person")


def test_a_past_role_is_the_person_the_sentence_before_names_as_subject():
    # "Mr Blunkett" and "Sir Alan" both named before: the subject is the one
    text = ("Blunkett row should end - Blair\n\n"
            "Mr Blunkett quit as home secretary last week after being told in advance of Sir Alan's findings. "
            "In a statement, the ex-home secretary said he accepted the inquiry's findings.")
    speaker, _ = speaker_of(text, "accepted the inquiry", "2004-12-21")
    assert (speaker.name, speaker.unnamed) == ("Blunkett", False)


def test_a_past_role_after_a_titled_person_is_that_person():
    # "Former civil service chief Lord Butler": his title says otherwise than "cabinet secretary"
    text = ("Butler launches attack on Blair\n\n"
            "Former civil service chief Lord Butler has criticised the way Tony Blair's government operates. "
            "Tory leader Michael Howard said Lord Butler had given the \"most damaging testimony\" he could "
            "remember.\n\n"
            "Lord Butler said the government had too much freedom to \"bring in bad Bills\". The former cabinet "
            "secretary said in an interview with The Spectator magazine: \"I would be critical of the present "
            "government in that there is too much emphasis on selling.\"")
    speaker, _ = speaker_of(text, "too much emphasis", "2004-12-10")
    assert (speaker.name, speaker.unnamed) == ("Butler", False)


def test_a_past_role_takes_no_body_the_ner_called_a_person():
    # "Narcotics Anonymous", the only "person" of the sentence before, is no one's name
    text = ("No jail for singer Courtney Love\n\n"
            "Singer Courtney Love has been spared jail for assault and drug offences.\n\n"
            "In the second, Ms Love, 40, pleaded guilty to possessing a forged prescription and painkiller "
            "oxycodone. She must also do 100 hours community service, have drug treatment, attend Narcotics "
            "Anonymous and pay a fine. The ex-Hole singer's lawyer Howard Weitzman said Ms Love had \"turned her "
            "life around\" and she was \"clean and sober\".")
    speaker, _ = speaker_of(text, "turned her", "2005-03-18")
    assert speaker.name == "Howard Weitzman" and speaker.affiliation != "Narcotics Anonymous"


def test_a_name_the_parser_set_beside_the_role_s_body_is_the_role_holder():
    # PolNeAR train: "Ina Kirsch" parsed as the apposition of "the European Centre", so the
    # director was unnamed and "Ina Kirsch" her body
    text = ("Manafort lobbying\n\n"
            "Pointing to Manafort's involvement, Weber told AP that Manafort discussed the project before it began "
            "in a conference call with Podesta and himself.\n\n"
            "The director of the European Centre, Ina Kirsch, told the AP her group never worked with Manafort or "
            "Gates and said the group hired the Washington lobbyists on its own.")
    speaker, _ = speaker_of(text, "never worked", "2016-08-19")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Ina Kirsch", "director", "European Centre")


def test_a_role_hung_below_the_body_that_premodifies_it_speaks():
    # parsed "A Department" with "for ... spokeswoman" its preposition: the department spoke,
    # and "she said" had no one to stand for
    text = ("Mandarin still in post\n\n"
            "A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post and that he would "
            "continue in the job until a replacement was found. \"No date was ever given for Doug Smith's "
            "departure,\" she said adding that the post had been advertised.")
    for word in ("still in post", "No date"):
        speaker, _ = speaker_of(text, word, "2005-01-12")
        assert (speaker.name, speaker.type, speaker.unnamed) == ("spokeswoman", "person", True)
        assert (speaker.title, speaker.affiliation) == ("spokeswoman", "Department for Work and Pensions")


def test_a_body_of_its_own_stays_a_body():
    text = "Figures row\n\nThe Ministry of Defence said the figures were wrong."
    speaker, _ = speaker_of(text, "figures were wrong", "2005-01-12")
    assert (speaker.name, speaker.type) == ("Ministry of Defence", "organization")


def test_the_article_s_word_for_a_person_s_sex_beats_her_first_name_s():
    # "Robin" is a man's name in the name lists: "She is also claiming" had no one to stand for
    text = ("Rock star sued by ex-girlfriend\n\n"
            "Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend for $10 million (\u00a35.4 million), "
            "claiming he broke a promise to take care of her.\n\n"
            "The woman, Robin Mantooth, said Mars promised her repeatedly that he would provide financial support "
            "in the event of the couple breaking up. Mantooth added that the pair became lovers in 1990, after which "
            "she abandoned her career as a documentary film-maker.\n\n"
            "She is also claiming that Mars, 53, has failed to provide her with any material support since they "
            "ceased to be a couple.")
    assert speaker_of(text, "material support", "2005-03-18")[0].name == "Robin Mantooth"


def test_a_dj_before_a_name_is_a_role_not_part_of_the_name():
    # BBC entertainment/218 (a dev slice), made a statement: the NER glues "DJ" to the name
    speaker, _ = speaker_of("Controversial DJ Howard Stern said he was leaving conventional radio for the relatively "
                            "restriction-free satellite service.", "leaving conventional", "2005-01-05")
    assert speaker.name == "Howard Stern"
