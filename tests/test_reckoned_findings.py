"""acts-47: a figure reckoned and given in a clause ("calculated that ...") is said, not a
stance, and a time counted from now that opens the sentence with no comma ("Earlier this year
economists calculated ...") dates the saying although the parser glued it onto the speaker."""

from __future__ import annotations

import pytest
from conftest import statements_by_cue


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # BBC tech-249 (dev slice, devgold); PolNeAR train nyt ("The Rhodium Group ... has
    # calculated that Mr. ..."), usa-today ("Adam Ozimek ... calculates that 600,000 ...")
    ("Earlier this year economists calculated that these massively multi-player online role-playing games have a "
     "gross economic impact equivalent to the GDP of the African nation of Namibia.", "calculated", "economists"),
    ("The Rhodium Group, an economic consulting firm, has calculated that Mr. Trump's plan would cost billions.",
     "has calculated", "Rhodium Group"),
    ("Adam Ozimek, an economist at Moody's Analytics, calculates that 600,000 California manufacturing jobs "
     "currently pay $15 an hour.", "calculates", "Adam Ozimek"),
])
def test_a_figure_reckoned_in_a_clause_is_said(text, cue, speaker):
    [statement] = statements_by_cue(text, cue, "2016-05-03")
    assert (statement.speaker.name, statement.act) == (speaker, "speech")


@pytest.mark.parametrize(("text", "cue", "when"), [
    ("Earlier this year economists calculated that these games have a large impact.", "calculated",
     "Earlier this year"),
    # invented, the same shape: the parser makes "year" a compound of "economists" here too
    ("Last year economists estimated that the plan had failed.", "estimated", "Last year"),
])
def test_a_fronted_time_glued_onto_the_speaker_dates_the_saying(text, cue, when):
    [statement] = statements_by_cue(text, cue, "2016-05-03")
    assert statement.when is not None and statement.when.expression == when


def test_a_year_before_a_title_still_dates_the_title():
    [statement] = statements_by_cue("The 2004 champion said he was ready.", "said", "2016-05-03")
    assert statement.when is None
