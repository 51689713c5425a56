"""An outlet's report that carries someone's saying: the saying keeps its speaker with the
outlet as its via, and the outlet is no speaker of it (attribute/reported_sayings.py)."""

from __future__ import annotations

import pytest
from conftest import record_of


@pytest.mark.parametrize(
    ("text", "speaker", "content", "via"),
    [
        ("Officials said the talks had stalled, Reuters reported Tuesday.", "Officials", "the talks had stalled", "Reuters"),
        ("The Trump campaign said the candidate will be attending events in Kansas on Saturday, CNN reported.",
         "Trump campaign", "the candidate will be attending events in Kansas on Saturday", "CNN"),
        ("Senator John Smith said the bill would pass next month, the New York Times reported on Thursday.",
         "John Smith", "the bill would pass next month", "New York Times"),
    ],
)
def test_the_outlet_relays_the_saying_it_reports(text, speaker, content, via):
    record = record_of(text, "2016-03-05")
    assert [(s.speaker.name, s.content.text, s.via.name if s.via else None, s.act) for s in record] == [
        (speaker, content, via, "speech")
    ]


def test_an_outlet_reporting_on_its_own_stays_its_writing():
    (statement,) = record_of("The talks have stalled, Reuters reported on Tuesday.", "2016-03-05")
    assert (statement.speaker.name, statement.act, statement.content.text) == ("Reuters", "writing", "The talks have stalled")
