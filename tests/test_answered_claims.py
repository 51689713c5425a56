"""The owner of a claim someone answers is not the antecedent of the "he said" after it
(``answered_claims``): BBC politics/200 (a dev slice) and an invented sentence of its shape."""

from __future__ import annotations

from onrecord import extract

_ROBB = (
    "Middlesbrough mayor Ray Mallon said an assembly would give local people more of a say. Graham Robb, "
    "spokesman for North East Says No, said the Yes campaign's decision to get personal dragged the campaign "
    "\"into the gutter\" and showed they were \"rattled\". And he hit back at Mr Mallon's claim that an assembly "
    "would improve transport links in the region. \"It can push paper around but it can not get people moving,\" "
    "he said.")

_RESPONDED = (
    "Health Secretary John Reid said waiting lists had fallen. Shadow health secretary Andrew Lansley "
    "said the figures were misleading. And he responded to Mr Reid's claim that hospitals were cleaner than ever. "
    "\"Patients know the truth when they see the wards,\" he said.")


def _said(text: str, opening: str):
    (s,) = [s for s in extract(text, "2004-10-28").statements if s.content.text.startswith(opening)]
    return s


def test_the_he_after_hitting_back_at_a_claim_is_the_one_who_hit_back():
    assert _said(_ROBB, "\"It can push paper").speaker.name == "Graham Robb"
    assert _said(_ROBB, "that an assembly would improve").speaker.name == "Ray Mallon"  # the claim stays his


def test_the_he_after_responding_to_a_claim_is_the_one_who_responded():
    assert _said(_RESPONDED, "\"Patients know").speaker.name == "Andrew Lansley"
