"""A role in the "As ..." phrase a sentence opens with is the subject's title and body
(``role_phrases.predicated_roles``), as an apposition would be; a kinship or a plain
description there is no role."""

from __future__ import annotations

import pytest
from conftest import speaker_of


def fields(text: str, content_word: str) -> tuple[str | None, str | None, str | None]:
    speaker, _ = speaker_of(text, content_word)
    return speaker.name, speaker.title, speaker.affiliation


@pytest.mark.parametrize(("text", "word", "expected"), [
    # PolNeAR train (usa-today, Clinton's pick of Kaine)
    ("As Virginia's governor, Kaine declared that \"I strongly support\" the state's law.",
     "support", ("Kaine", "governor", "Virginia")),
    ("As chairman of the Senate Finance Committee, Orrin Hatch said the bill would pass.",
     "bill", ("Orrin Hatch", "chairman", "Senate Finance Committee")),
    # counter-case: a mother is no office
    ("As a mother, Jane Smith said she worried about the schools.", "schools", ("Jane Smith", None, None)),
])
def test_the_role_a_sentence_opens_with_is_the_subject_s(text, word, expected):
    assert fields(text, word) == expected
