"""Who a speaker cannot be (stop 47, issue 11; attribute/cue_objects.py, body_anaphora.py,
org_kinds.py, device_pronouns.py): the one the cue's verb acts on ("accused its rival
Boeing of ...", "called the CSA a failing organisation"), a competition for "the club", a
device for "it". Written sentences of the shapes an editor judged wrong on unseen BBC
articles, and a BBC dev-slice sentence (business, Yushchenko's administration)."""

from __future__ import annotations

from conftest import speaker_of

from onrecord import extract
from onrecord.schema import DEFAULT_ACTS

ACCUSED = (
    "Boeing wins rocket contract\n\n"
    "Boeing has won a $1bn contract to launch military satellites. Boeing was banned from some "
    "launches last year after it was found with a rival's documents.\n\n"
    "Lockheed Martin, which lost the contract, has gone to court. The firm has accused its rival "
    "Boeing of using stolen documents to win the deal.\n\n"
    "It also accused its rival Boeing of hiring a Pentagon official."
)


def test_the_accuser_is_never_the_accused():
    # before: "The firm" and "It" were Boeing, the article's most named body, the accused
    for words in ("stolen documents", "Pentagon official"):
        speaker, _ = speaker_of(ACCUSED, words)
        assert speaker.name != "Boeing"


def test_an_accused_in_apposition_is_not_the_speaker():
    text = ("Ukraine's new government has begun a review of privatisations. Leonid Kuchma, the former "
            "president, oversaw many of them.\n\nMr Yushchenko's administration has accused its "
            "predecessor, led by ex-President Leonid Kuchma, of corruption.")
    speaker, _ = speaker_of(text, "predecessor")
    assert speaker.name != "Leonid Kuchma"


CSA = (
    "CSA faces axe\n\n"
    "The Child Support Agency should be scrapped, the government has been told.\n\n"
    "The CSA has failed to collect millions of pounds from absent parents. It was set up in 1993.\n\n"
    "The Commons work and pensions committee called the CSA a failing organisation.\n\n"
    "The committee last year called the agency \"a failing organisation\".\n\n"
    "The committee has called the CSA a disgrace, adding that it had no confidence in it."
)


def test_the_one_called_a_failure_is_not_who_called_it_so():
    # before: every "the committee" was the CSA, the body the article is about
    for words in ("the CSA a failing", "the agency", "the CSA a disgrace", "no confidence"):
        speaker, _ = speaker_of(CSA, words)
        assert speaker.name is not None and "committee" in speaker.name, (words, speaker.name)


CLUB = (
    "Bayern eye Champions League glory\n\n"
    "Bayern Munich face Arsenal in the Champions League on Tuesday. The Champions League is the "
    "biggest prize in European football.\n\n"
    "The German club said it was confident of reaching the quarter-finals.\n\n"
    "The club insists its squad is strong enough to win the Champions League.\n\n"
    "The Champions League draw was made on Friday. The club said the draw was fair."
)


def test_the_club_is_never_a_competition():
    # before: all three were the Champions League, the body the article names most
    for words in ("quarter-finals", "squad", "draw was fair"):
        speaker, _ = speaker_of(CLUB, words)
        assert speaker.name == "club" and speaker.unnamed, speaker.name


def test_the_club_is_still_the_club_the_article_is_about():
    text = ("Chelsea reach Carling Cup final\n\n"
            "Chelsea beat Watford to reach the Carling Cup final. Chelsea have won the Carling Cup "
            "twice and Chelsea want a third.\n\n"
            "The club said it would field a full-strength side.")
    speaker, _ = speaker_of(text, "full-strength")
    assert speaker.name == "Chelsea"


DEVICE = ("Police seized the suspect's mobile phone. The handset had recorded every call he made, "
          "and detectives were shocked by what it said about its owner.")


def test_what_a_device_says_is_no_statement():
    statements = [s for s in extract(DEVICE).statements if "owner" in s.content.text]
    assert statements and all(s.act not in DEFAULT_ACTS for s in statements), \
        [(s.cue and s.cue.text, s.act) for s in statements]
    assert statements[0].explanation is not None and "a device" in statements[0].explanation


def test_it_said_of_a_company_stays_its_statement():
    text = "Nokia launched a new phone on Monday. It said the handset would go on sale in March."
    speaker, statement = speaker_of(text, "go on sale")
    assert speaker.name == "Nokia" and statement.act == "speech"


def test_a_role_inside_the_content_never_replaces_the_cues_subject():
    # "Milburn promised that the PM would ...": the PM is talked about, Milburn speaks
    text = ("Blair vows full term\n\n"
            "Prime Minister Tony Blair says he will serve a full third term if Labour wins.\n\n"
            "Alan Milburn, Labour's election co-ordinator, promised voters that the PM would stay.\n\n"
            "Milburn promised that the PM would be \"there for the full term\". He also said the "
            "prime minister had no plans to quit.")
    for words in ("would stay", "full term", "no plans"):
        speaker, _ = speaker_of(text, words)
        assert speaker.name == "Alan Milburn", (words, speaker.name)
