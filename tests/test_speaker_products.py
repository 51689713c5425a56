"""A product is no speaker (issue 11; attribute/products.py): "the firm" is the maker, never
its product ("RipGuard, made by Macrovision"), "it" skips a product for the company that
launched it, a system "called" so is no firm; a firm described as one stays a body even
when bought."""

from __future__ import annotations

from conftest import speaker_of


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
