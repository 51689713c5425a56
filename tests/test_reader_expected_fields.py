"""Titles and affiliations a reader expects where the parse hides them (issue 11, a reader's
judgements of BBC development articles): the body after "from" that the parser hung on the
quote's verb; a body's acronym before the role in an apposition; a job the sentence opens
with, before a name the parser cut off from it; the body after "to" behind a role in
apposition, hung on the name; the person a spokesman speaks for, called by a role alone."""

from __future__ import annotations

import pytest
from conftest import fields_of

# BBC tech/163 (development slice): the quote before the name, "from" hung on the quote's verb
_CEA = ('Highlights will include the latest trends in digital imaging. "The story this year remains all about digital '
        'and how that is completely transforming and revolutionising products and the way people interact with them," '
        'Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC News website.')


@pytest.mark.parametrize(("text", "word", "expected"), [
    (_CEA, "story", ("Jeff Joseph", None, "Consumer Electronics Association")),
    # counter-case: a place after "from" is where he is, no body
    ('"The story this year remains all about digital and how that is transforming products," Jeff Joseph, '
     'from London, told the BBC News website.', "story", ("Jeff Joseph", None, None)),
])
def test_the_body_after_from_hung_on_the_quote(text, word, expected):
    assert fields_of(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # BBC business/015 (development slice): the parser made "ERAA" the apposition, "director" hung on it
    ("The European Regions Airline Association (ERAA) claims that neither airlines nor consumers were consulted. "
     "Andy Clarke, ERAA director of air transport, said that the EC advice misleads customers.",
     "misleads", ("Andy Clarke", "director of air transport", "ERAA")),
    # counter-case: an acronym with no role after it gives no title
    ("Andy Clarke, ERAA, said that the EC advice misleads customers.", "misleads", ("Andy Clarke", None, None)),
])
def test_an_acronym_before_the_role_in_an_apposition_is_its_body(text, word, expected):
    assert fields_of(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # BBC business/193 (development slice): the dash aside made "Fund manager" a modifier of "investor"
    ("Fund manager Florian Hamm - Borussia Dortmund's largest investor - said he would only invest more money "
     "in the company.", "invest", ("Florian Hamm", "Fund manager", None)),
    # counter-case: a word opening the sentence that is no role gives no title
    ("Yesterday Florian Hamm - the largest investor - said he would only invest more money in the company.",
     "invest", ("Florian Hamm", None, None)),
])
def test_a_job_opening_the_sentence_before_the_name_is_its_title(text, word, expected):
    assert fields_of(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # BBC politics/407 (development slice): after the headline the parser hung "to the Treasury" on the name
    ("Boateng to step down at election\n\nPaul Boateng, Chief Secretary to the Treasury, is to step down as a Labour MP "
     "at the forthcoming general election.\nMr Boateng said: \"I am honoured to be asked to take on this role.\"",
     "honoured", ("Paul Boateng", "Chief Secretary", "Treasury")),
    # counter-case: an envoy posted to a country does not belong to it
    ("Envoy to step down\n\nJohn Smith, ambassador to South Africa, is to step down next year.\n"
     "Mr Smith said: \"I am honoured to have served.\"", "honoured", ("John Smith", "ambassador", None)),
])
def test_the_body_after_to_behind_a_role_in_apposition(text, word, expected):
    assert fields_of(text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # BBC entertainment/304 (development slice), with the author named by her role earlier
    ("The film is based on the first book by author Michelle Paver. \"Michelle Paver lives and breathes the worlds "
     "she writes about,\" said a spokesman for the author.", "breathes", ("spokesman", "spokesman", "Michelle Paver")),
    # counter-case: a role no one named gives no body, not the word "author"
    ("The film rights were sold on Tuesday. \"She lives and breathes the worlds she writes about,\" said a spokesman "
     "for the author.", "breathes", ("spokesman", "spokesman", None)),
])
def test_a_spokesman_for_a_person_called_by_role(text, word, expected):
    assert fields_of(text, word) == expected
