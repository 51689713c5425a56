"""The article's only body a descriptor can name, beyond the nominal window
(attribute/sole_bodies.py): "the Benghazi committee" a sentence before the full name, "the
panel" pages after the House Select Committee on Benghazi was named; none with two such
bodies, nor after "a <noun>" brought a new one in. Sentences from PolNeAR train
(wash-post_2016-09-07, wash-post_2016-02-19) and written ones of the same shape."""

from __future__ import annotations

from conftest import speaker_of

# a stretch of narrative that names no body: puts the committee beyond the nominal window
_FILLER = " ".join(["The hearing room was quiet for most of the long afternoon, and the lights stayed low."] * 30)

CATAPHORIC = (
    "On March 2, 2015, the New York Times revealed that Clinton used a personal email account as "
    "secretary of state, and the following day, the Benghazi committee requested documents related "
    "to it be preserved. The request is based on an incident in which an employee deleted an archive "
    "of Clinton emails, even though he had been asked to preserve them by the House Select Committee "
    "on Benghazi."
)


def test_a_qualified_committee_is_the_one_named_in_full_after_it():
    speaker, statement = speaker_of(CATAPHORIC, "documents related")
    assert (speaker.name, speaker.type, speaker.unnamed) == ("House Select Committee on Benghazi", "organization", False)


def test_the_panel_far_back_is_the_only_committee_named():
    text = ("Democrats on the House Select Committee on Benghazi plan to release a slew of interview "
            "transcripts.\n\n" + _FILLER + "\n\nThe panel said the investigation had made significant breakthroughs.")
    speaker, _ = speaker_of(text, "significant breakthroughs")
    assert speaker.name == "House Select Committee on Benghazi"


def test_two_committees_leave_the_panel_unresolved():
    text = ("Democrats on the House Select Committee on Benghazi and the Senate Intelligence Committee "
            "plan to release a slew of interview transcripts.\n\n" + _FILLER
            + "\n\nThe panel said the investigation had made significant breakthroughs.")
    speaker, _ = speaker_of(text, "significant breakthroughs")
    assert speaker.name not in ("House Select Committee on Benghazi", "Senate Intelligence Committee")


def test_a_body_brought_in_anew_is_not_the_one_named_before():
    # PolNeAR train (usa-today_2016-06-07): "a normal college ... the college" is not Trump University
    text = ("Students sued Trump University last year.\n\n" + _FILLER + "\n\nA student went to a normal "
            "college in Ohio. The college said the degree was worth every cent.")
    speaker, _ = speaker_of(text, "worth every cent")
    assert speaker.name != "Trump University"


def test_a_business_or_an_outlet_by_kind_is_no_sole_body():
    # BBC business dev slice: "the Delta subsidiary" is Comair, never Delta Air Lines; PolNeAR
    # train (breitbart_2016-08-19): "The magazine said" is no CBS News named pages before
    text = ("Delta Air Lines said its Comair unit cancelled flights.\n\n" + _FILLER + "\n\nThe Delta "
            "subsidiary said it regretted the inconvenience.")
    speaker, _ = speaker_of(text, "regretted the inconvenience")
    assert speaker.name != "Delta Air Lines"
    text = ("CBS News reported the poll.\n\n" + _FILLER + "\n\nThe magazine said the cookie poll "
            "winner has predicted the White House winner.")
    speaker, _ = speaker_of(text, "cookie poll")
    assert speaker.name != "CBS News"


def test_a_possessed_body_is_the_possessors():
    # PolNeAR train (breitbart_2016-02-20): "Nevada's Democratic party's estimates" is no
    # "Rubio's party" named before
    text = ("Marco Rubio's party, the Republican Party, held its caucus on Tuesday.\n\n" + _FILLER
            + "\n\nNevada's Democratic party said 80,000 Democrats caucused on Saturday.")
    speaker, _ = speaker_of(text, "80,000 Democrats")
    assert speaker.name != "Republican Party"
