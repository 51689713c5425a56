"""A news lead opening on an indefinite role whose holder the next sentence names
(``indefinite_leads``; reader-judged BBC shape, stop 40). Sentences from BBC dev-slice
articles (politics/160, politics/039)."""

from __future__ import annotations

from conftest import speaker_of

_BARRISTER = ("Lawyer attacks anti-terror laws\n\n"
              "A senior barrister who has resigned in protest over the government's anti-terror laws says the "
              "current system is giving Britain a bad name.\n\n"
              "Ian MacDonald QC quit when the government failed to recognise a House of Lords ruling that "
              "detaining terror suspects indefinitely is unlawful.")


def test_an_indefinite_lead_role_is_the_person_the_next_sentence_introduces():
    speaker, statement = speaker_of(_BARRISTER, "giving Britain a bad name")
    assert (speaker.name, speaker.unnamed, speaker.title) == ("Ian MacDonald", False, "senior barrister")
    assert "role-lead" in statement.explanation
    text = ("Welsh arts row\n\nAn artist critical of Welsh arts funding being brought under assembly government "
            "control has denied comparing the idea with dictatorships in Russia and Germany.\n\n"
            "Shani Rhys James is worried that the Arts Council of Wales may be taken over.")
    speaker, _ = speaker_of(text, "comparing the idea")
    assert speaker.name == "Shani Rhys James"


def test_an_indefinite_lead_stays_unnamed_where_the_next_name_may_be_someone_else():
    # a role a body sends, one held for another, a name given before, a gender against it
    for lead, follow in (("A Chelsea spokeswoman said the club would await the report.", "Jose Mourinho said he was angry."),
                         ("A lawyer for the family said the police had failed them.", "John Smith died in 2003."),
                         ("A senior barrister who left his post says the current system is giving Britain a bad name.",
                          "Mrs Helen Smith quit when the government failed to act.")):
        text = f"Headline here\n\n{lead}\n\n{follow}"
        speaker, _ = speaker_of(text, lead.split(" said ")[-1].split(" says ")[-1].rstrip("."))
        assert speaker.unnamed, (lead, speaker.name)
    speaker, _ = speaker_of(_BARRISTER.replace("A senior barrister who", "Ian MacDonald QC, a senior barrister who"),
                            "giving Britain a bad name")
    assert speaker.name == "Ian MacDonald"


_SPOKESMAN = ("Singer Ian Brown 'in gig arrest'\n\n"
              "Former Stone Roses singer Ian Brown was arrested after a fight during a concert in San Francisco on "
              "Tuesday, his spokesman has said.\n\n"
              "A fan jumped on stage and attacked the singer, who then became involved in a fracas with a security "
              "guard, Fiction Records spokesman Paul Smernicki said.")


def test_a_lead_s_possessed_role_is_the_one_the_next_sentence_names_with_that_role():
    # (entertainment/293: the label's spokesman is no holder "of" the singer by body)
    speaker, statement = speaker_of(_SPOKESMAN, "arrested after a fight")
    assert (speaker.name, speaker.unnamed) == ("Paul Smernicki", False)
    assert "role-ahead" in statement.explanation  # (role_ahead names it; the lead rule need not)
    # another role noun in the next sentence gives no name to the spokesman
    speaker, _ = speaker_of(_SPOKESMAN.replace("Fiction Records spokesman", "Fiction Records boss"), "arrested after a fight")
    assert speaker.unnamed


# BBC politics/177 (dev slice, verbatim opening): a role in capitals the tagger reads as a name,
# and a sentence of background with no person as its subject before the holder is named
_PLAID = ("Plaid MP's cottage arson claim\n\n"
          "A Plaid Cymru MP believes UK security services were involved in some arson attacks blamed on Welsh "
          "extremists.\n\n"
          "It is 25 years since the start of 12 years of fire-bombings, attributed to a shadowy group known as "
          "Meibion Glyndwr. Plaid Cymru's Elfyn Llwyd has suggested the security services could have been involved.")


def test_an_indefinite_mp_lead_is_the_member_named_after_a_sentence_of_background():
    speaker, _ = speaker_of(_PLAID, "arson attacks")
    assert (speaker.name, speaker.unnamed, speaker.title) == ("Elfyn Llwyd", False, "MP")


def test_an_indefinite_lead_takes_a_holder_named_with_the_same_role():
    # (invented, the shape of a BBC lead: the seat before the role, the role the lead's)
    text = ("MP attacks broadband delay\n\nA Kent MP has said delays to a broadband scheme are unacceptable.\n\n"
            "Sittingbourne and Sheppey MP Derek Wyatt said the plan was a mess.")
    speaker, _ = speaker_of(text, "unacceptable")
    assert (speaker.name, speaker.unnamed) == ("Derek Wyatt", False)
    speaker, _ = speaker_of(text.replace("Sittingbourne and Sheppey MP", "Police chief"), "unacceptable")
    assert speaker.unnamed  # another role: someone else
