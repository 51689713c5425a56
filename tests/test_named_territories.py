"""A state or city named with "of" after a role is its body, as the article writes it
(``named_territories``; docs/annotation.md, "Title and affiliation"), while a bare "of
State" stays part of the office."""

from __future__ import annotations

import pytest
from conftest import speaker_of


def fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title, speaker.affiliation


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train (breitbart, Sanders on Brexit): the body after "from"
    ("Sanders, a senator from the state of Vermont and self-described democratic socialist, "
     "said economic stagnation is the source of anger.", "stagnation", ("Sanders", "senator", "state of Vermont")),
    # PolNeAR train (usa-today, Trump University): "of the state" is no part of the title
    ("The attorney general of the state of New York is suing Trump, claiming Trump University is a fraud.",
     "fraud", ("attorney general", "attorney general", "state of New York")),
    # counter-case: the office's own "of State"
    ("Secretary of State John Kerry said the talks would resume on Monday.",
     "talks", ("John Kerry", "Secretary of State", None)),
])
def test_a_named_state_after_a_role_is_the_body(text, word, expected):
    assert fields(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train (usa-today, Europe's right-wing parties)
    ("\"Go Donald Trump, go!!!,\" Italy's Northern League leader Matteo Salvini wrote on Facebook.",
     "Go Donald", ("Matteo Salvini", "leader", "Northern League")),
    # PolNeAR train (wash-post, Rubio in Iowa)
    ("\"He did sound like he was talking out of both sides of his mouth,\" said Brad Sherman, "
     "pastor of Coralville's Solid Rock Christian Church and a supporter.",
     "both sides", ("Brad Sherman", "pastor", "Solid Rock Christian Church")),
    # counter-case: a place's possessive before lower-case words is the body
    ("\"We are ready,\" London's newly elected mayor Sadiq Khan said.", "ready", ("Sadiq Khan", "mayor", "London")),
])
def test_a_place_s_possessive_before_a_named_body_is_not_part_of_it(text, word, expected):
    assert fields(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train (nyt, the party's future after the convention): a second role, no part of the body
    ("\"You make your focus Fox News,'' said Corey Lewandowski, the former campaign manager for Mr. Trump and current CNN analyst.",
     "focus", ("Corey Lewandowski", "former campaign manager", "Trump")),
    # counter-case: a body whose name holds "and"
    ("\"Sales rose,\" said Jane Roe, a spokeswoman for Procter and Gamble.", "Sales", ("Jane Roe", "spokeswoman", "Procter and Gamble")),
])
def test_a_role_conjoined_to_the_body_after_a_role_is_no_part_of_it(text, word, expected):
    assert fields(text, word) == expected
