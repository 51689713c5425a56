"""Documents whose author is named in another shape (issue 11, stop 45): a compiled list's
compiler ("a round-up ... compiled by Stuff Magazine"), a later "the ... list" that takes
it up, the magazine's short name ("Stuff predicts"), a cue that puts out a document as its
object ("published an open letter"); and a first name that looks like a nationality."""

from __future__ import annotations

from conftest import speaker_of

# bbc tech/341 (dev slice)
_STUFF = ("Sony PSP tipped as a 'must-have'\n\nSony's Playstation Portable is the top UK gadget for 2005, according to "
          "a round-up of ultimate gizmos compiled by Stuff Magazine.\n\nIt beats the iPod into second place in the Top "
          "Ten Essentials list which predicts what gadget-lovers are likely to covet this year. Next year will see a new "
          "set of technologies capturing the imaginations of gadget lovers, Stuff predicts. The Xbox 2, high-definition "
          "TV and MP3 mobiles will be among the list of must-haves that will dominate 2006, it says.")


def test_a_round_up_compiled_by_a_magazine_is_the_magazine_s_writing():
    speaker, statement = speaker_of(_STUFF, "top UK gadget")
    assert (speaker.name, speaker.type, speaker.document, statement.act) == (
        "Stuff Magazine", "organization", "round-up", "writing")


def test_the_top_ten_list_names_no_author_and_takes_up_the_round_up_s():
    speaker, _ = speaker_of(_STUFF, "likely to covet")
    assert (speaker.name, speaker.document) == ("Stuff Magazine", "list")


def test_a_magazine_s_first_word_read_as_a_noun_is_the_magazine():
    # "Stuff" is tagged a common noun; the article named "Stuff Magazine"; "it" then is the magazine too
    assert speaker_of(_STUFF, "new set of technologies")[0].name == "Stuff Magazine"
    assert speaker_of(_STUFF, "must-haves")[0].name == "Stuff Magazine"


def test_a_lone_capitalised_noun_with_no_such_body_stays_unnamed():
    speaker, _ = speaker_of("Prices will rise next year, Stuff predicts.", "Prices")
    assert (speaker.name, speaker.document) == ("Stuff", None)  # no magazine, no list the article never named


def test_a_document_a_cue_puts_out_is_where_the_words_are():
    # PolNeAR wash-post_2015-11-08: the calling on people is in the letter too
    text = ('A group of 67 Latin American artists, writers, actors and scientists this week published an open letter '
            'about the "hateful discourse of Trump" and called on people to "remember the historic campaigns against '
            'other ethnic groups that ended with millions dead."')
    assert speaker_of(text, "hateful", "2015-11-08")[0].document == "letter"
    assert speaker_of(text, "historic campaigns", "2015-11-08")[0].document == "letter"


def test_a_warning_put_out_is_no_document():
    speaker, _ = speaker_of("The agency issued a warning and said the storm would hit on Friday.", "storm")
    assert speaker.document is None


def test_a_nationality_word_the_article_writes_alone_as_an_owner_is_a_first_name():
    # PolNeAR wash-post_2015-11-08: German Ortega and his brother Freddy
    text = ('"Mexicans laugh at our tragedies," said German Ortega, one of the stars of the play. "This is a social '
            'critique, in general, of the elitists," said Freddy Ortega, German\'s brother and fellow longtime '
            'television comedian, who also stars in the show.')
    speaker, _ = speaker_of(text, "tragedies", "2015-11-08")
    assert (speaker.name, speaker.affiliation) == ("German Ortega", None)
    assert speaker_of(text, "social critique", "2015-11-08")[0].name == "Freddy Ortega"


def test_a_nationality_before_a_surname_named_in_full_stays_a_nationality():
    text = ('Svetlana Kuznetsova won the title on Sunday. "I played well," said Russian Kuznetsova. '
            '"The Russian\'s serve was too good," said her opponent Mary Pierce.')
    assert speaker_of(text, "played well")[0].name == "Svetlana Kuznetsova"


# PolNeAR train, breitbart_2016-06-28_sanders-brexit-s-message-could-d
_OPINION_PIECE = ("In an opinion piece appearing in the New York Times, Bernie Sanders wrote that American voters are ripe for "
                  "the message of protectionism.\n\n“Could this happen in the United States? You bet it could,” wrote "
                  "Sanders.\n\n“Millions of American voters are understandably angry,” he continued.\n\n"
                  "Later, at a rally in Vermont, Sanders said the economy was failing workers.")


def test_a_cue_in_an_opinion_piece_names_the_piece():
    assert speaker_of(_OPINION_PIECE, "ripe for", "2016-06-28")[0].document == "opinion piece"


def test_writing_that_goes_on_stays_in_the_opinion_piece():
    assert speaker_of(_OPINION_PIECE, "You bet", "2016-06-28")[0].document == "opinion piece"
    speaker, statement = speaker_of(_OPINION_PIECE, "understandably angry", "2016-06-28")
    assert speaker.document == "opinion piece" and "document inherited" in statement.explanation


def test_a_later_said_is_not_in_the_piece():
    assert speaker_of(_OPINION_PIECE, "failing workers", "2016-06-28")[0].document is None


def test_another_speaker_between_ends_the_document():
    text = ('In a statement, Smith said the plan was flawed. Jones said the plan was sound. '
            '"It will work," Smith added.')
    assert speaker_of(text, "flawed")[0].document == "statement"
    assert speaker_of(text, "It will work")[0].document is None
