"""Speaker fields of issue 11, stop 29: a company named for its founder keeps its "'s"
("McDonald's said"), and a portfolio word that is the role itself when it ends the words
before a name ("Supreme Court Justice Ruth Bader Ginsburg": Justice of the Supreme Court,
never an affiliation "Supreme Court Justice")."""

from __future__ import annotations

from conftest import speaker_of


def test_a_company_named_for_its_founder_keeps_its_s():
    speaker, _ = speaker_of("McDonald's said its profits had risen by 10% in the last quarter.", "profits had risen")
    assert (speaker.name, speaker.type) == ("McDonald's", "organization")


def test_a_possessor_still_loses_its_s():
    speaker, _ = speaker_of("John Smith's lawyer said his client was innocent.", "client was innocent")
    assert speaker.affiliation == "John Smith"


def test_a_justice_is_the_title_and_the_court_the_affiliation():
    speaker, _ = speaker_of("Supreme Court Justice Ruth Bader Ginsburg said on Monday that the court would hear the case.",
                            "court would hear")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Ruth Bader Ginsburg", "Justice", "Supreme Court")
    speaker, _ = speaker_of("Chief Justice John Roberts said the law was constitutional.", "constitutional")
    assert (speaker.title, speaker.affiliation) == ("Chief Justice", None)


def test_the_justice_portfolio_stays_part_of_a_minister_s_title():
    speaker, _ = speaker_of("Justice Secretary Jack Straw said the prisons were full.", "prisons were full")
    assert (speaker.title, speaker.affiliation) == ("Justice Secretary", None)


def test_an_impresario_is_a_role():
    speaker, _ = speaker_of("The theatre impresario Bill Kenwright said the show would go on.", "show would go on")
    assert (speaker.name, speaker.title) == ("Bill Kenwright", "theatre impresario")


def test_the_firm_is_the_maker_never_its_product():
    text = ("Hollywood studios are backing a new anti-piracy system. RipGuard, made by Macrovision, will be added "
            "to DVDs from March. The firm said the technology would stop most casual copying.")
    speaker, _ = speaker_of(text, "stop most casual copying")
    assert (speaker.name, speaker.type) == ("Macrovision", "organization")


def test_it_skips_a_product_for_the_company_that_launched_it():
    text = "Apple unveiled the iPod Shuffle on Tuesday. The iPod Shuffle costs $99. It said the player would be in shops next week."
    speaker, _ = speaker_of(text, "in shops next week")
    assert speaker.name == "Apple"


def test_a_system_called_so_is_no_firm():
    text = ("Macrovision has released a new copy protection system called RipGuard. Hollywood studios backed RipGuard "
            "on Monday. The firm said the technology would stop most casual copying.")
    speaker, _ = speaker_of(text, "stop most casual copying")
    assert speaker.name == "Macrovision"


def test_a_firm_described_as_one_stays_a_body_even_when_bought():
    text = ("Google has bought the mapping firm Keyhole. Keyhole makes software that shows 3D images of the Earth. "
            "Keyhole said the deal would help it grow.")
    speaker, _ = speaker_of(text, "help it grow")
    assert (speaker.name, speaker.type) == ("Keyhole", "organization")


def test_secretary_of_state_is_written_once_in_an_epithet_s_title():
    text = ("Hillary Clinton spoke on Tuesday. The controversy centers on comments Clinton made during a speech. "
            "The former secretary of state mocked Trump for calling himself the \"king of debt,\" noting that his plan "
            "would add trillions to the debt.")
    speaker, _ = speaker_of(text, "add trillions")
    assert (speaker.name, speaker.title) == ("Hillary Clinton", "former secretary of state")


def test_a_placed_office_is_the_one_in_play_though_an_object_was_named_nearby():
    text = ("One month after announcing his support for Donald Trump, Marco Rubio still believes that the presumptive "
            "GOP nominee is unfit to be commander-in-chief. \"I stand by everything I said during the campaign,\" "
            "the Florida senator told reporters on Tuesday.")
    speaker, _ = speaker_of(text, "I stand by everything")
    assert (speaker.name, speaker.unnamed) == ("Marco Rubio", False)


def test_a_placed_office_stays_unresolved_between_two_people_in_play():
    speaker, _ = speaker_of("Marco Rubio and Ted Cruz spoke in Miami. The Florida senator said the deal was \"a disaster\".",
                            "a disaster")
    assert speaker.unnamed
    speaker, _ = speaker_of("Ted Cruz met Marco Rubio in Miami. The Florida senator said the deal was \"a disaster\".",
                            "a disaster")
    assert speaker.unnamed


def test_a_nominee_for_an_election_is_still_a_plain_epithet():
    text = ("Trump invited Russia to find the missing emails. \"Russia, if you are listening, I hope you are able to find "
            "the 30,000 emails that are missing,\" Trump told reporters. The Republican presidential nominee for the "
            "Nov. 8 election later said he was being \"sarcastic\" in his comments.")
    speaker, _ = speaker_of(text, "sarcastic")
    assert (speaker.name, speaker.unnamed) == ("Trump", False)


def test_an_adverb_the_ner_took_into_a_name_is_no_part_of_it():
    text = ("Ari Fleischer said Trump's nomination will test the report. “Certainly Donald Trump has gone in the "
            "opposite direction from what we recommended,” he said. Donald Trump said the report was wrong.")
    speaker, _ = speaker_of(text, "report was wrong")
    assert speaker.name == "Donald Trump"


def test_a_surname_of_both_genders_is_not_the_one_named_in_full():
    text = ("As President Obama faced criticism over his speech, he hosted a party at the White House. \"That was a good "
            "speech,\" Representative Steve Cohen told Mr. Obama. It was one of hundreds of interactions that the president "
            "and the first lady, Michelle Obama, are having with guests. Mr. Obama said he enjoyed the parties. "
            "Mrs. Obama said she did not.")
    speaker, _ = speaker_of(text, "enjoyed the parties")
    assert (speaker.name, speaker.title) == ("Obama", "President")
    speaker, _ = speaker_of(text, "she did not")
    # ("the first lady, Michelle Obama": a role since stop 34)
    assert (speaker.name, speaker.title) == ("Michelle Obama", "first lady")


def test_a_pastor_is_a_title_not_part_of_the_name():
    speaker, _ = speaker_of("Pastor Joseph Brown of the Marion Avenue Baptist Church said the candidates were \"good men\".",
                            "good men")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Joseph Brown", "Pastor", "Marion Avenue Baptist Church")


def test_an_epithet_is_not_the_one_in_play_when_another_was_named_since_in_what_was_said():
    text = ("Supporters of Hillary Clinton and Bernie Sanders met on Wednesday.\n\n"
            "Clinton won the primaries in California on Tuesday. Sanders’ only path to the nomination is to convince "
            "the superdelegates who have said they support Clinton to switch. But progressive groups say the superdelegates "
            "should choose the candidate who won the most delegates, putting them at odds with Sanders’ stated plans.\n\n"
            "The Independent Vermont senator vowed last month to take his campaign all the way to the convention.")
    speaker, _ = speaker_of(text, "take his campaign")
    assert speaker.name != "Hillary Clinton"


def test_a_one_word_name_its_clause_calls_its_own_is_a_body():
    text = ("Yukos said it would fight the sale in court. Baikal paid 260bn roubles for Yugansk. Yukos reacted immediately "
            "by repeating its view that the auction was illegal, and said Baikal had bought itself trouble.")
    speaker, _ = speaker_of(text, "bought itself trouble")
    assert (speaker.name, speaker.type) == ("Yukos", "organization")



def test_a_plural_the_parser_set_beside_a_person_is_no_role_of_theirs():
    text = ("Of all the voters who might be expected to resist the charms of Donald J. Trump, the two million members of "
            "the Service Employees International Union would most likely be near the top of the list. Donald J. Trump "
            "said he would win them over.")
    speaker, _ = speaker_of(text, "win them over")
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Donald J. Trump", None, None)
