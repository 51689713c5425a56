"""A month word that opens a name is no date: "March for Bernie at DNC", "March on the RNC"
become bodies (org_name_runs) before any date is read. Sentences from PolNeAR train
(nyt_2016-06-23, a development file); the months that stay dates are the resolver's everyday
shapes."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute import load_pipeline

TAYLOR = ("Mr. Taylor's group, March for Bernie at DNC, plans to demand the resignation of the Democratic "
          "Party chairwoman, Representative Debbie Wasserman Schultz of Florida; the end of the use of "
          "superdelegates, or party leaders who get nominating votes and have overwhelmingly backed Mrs. "
          "Clinton; and universal open primaries.")
BURKE = ("''They made this plan to frustrate and aggravate people who want to demonstrate within their "
         "rights against the Republican agenda,'' said Thomas Burke, a leader of the Coalition to Stop Trump "
         "and March on the RNC.")


def _march(text: str):
    doc = load_pipeline()(text)
    return [e for e in doc.ents if e.label_ == "DATE" and e.text == "March"]


def test_the_group_named_march_dates_nothing():
    statements = extract("Headline\n\n" + TAYLOR, published="2016-06-23").statements
    assert statements and all(s.when is None for s in statements)


@pytest.mark.parametrize("text", [TAYLOR, BURKE])
def test_a_month_that_opens_a_name_is_no_date(text):
    assert not _march(text)
    assert any(e.label_ == "ORG" and "March " in e.text for e in load_pipeline()(text).ents)


@pytest.mark.parametrize("text, when", [
    ("Smith said in March at the World Economic Forum that growth would slow.", "2016-03-01"),
    ("The minister said last March that the plan was dead.", "2016-03-01"),
    ("In March, Smith told reporters the plan was dead.", "2016-03-01"),
])
def test_a_month_of_the_calendar_stays_a_date(text, when):
    statements = extract("Headline\n\n" + text, published="2016-06-23").statements
    assert [str(s.when.date) for s in statements] == [when]
    assert any(e.label_ == "DATE" and "March" in e.text for e in load_pipeline()(text).ents)


def test_a_month_before_a_named_thing_stays_its_month():
    # bbc/business/210.txt (development slice): "April" the parser hung on "IMF", itself on "meetings"
    text = ('"Whatever happens the market is going to be disconcerted and on the back foot until the April IMF '
            'meetings," said John Reade, an analyst at UBS.')
    months = [e for e in load_pipeline()(text).ents if e.label_ == "DATE" and e.text == "April"]
    assert months


def test_a_month_after_for_or_to_stays_a_date():
    # BBC business (dev slice shape): "for March on the London Underground" is the month
    for text in ("A second walkout is planned for March on the London Underground, the union said.",
                 "The strike was put back to March on the advice of lawyers, the union said."):
        ents = load_pipeline()(text).ents
        assert not any(e.label_ == "ORG" and e.text.startswith("March") for e in ents)
        assert any(e.label_ == "DATE" and e.text == "March" for e in ents)


def test_a_things_plural_before_a_body_opens_no_name():
    # BBC business shape: "Profits for Apple" is no body, the company speaks
    statements = extract("Headline\n\nProfits for Apple rose 10% in the quarter, the company said.").statements
    assert statements and all(s.speaker.name != "Profits for Apple" for s in statements)
    ents = load_pipeline()("Profits for Apple rose 10% in the quarter, the company said.").ents
    assert not any(e.text == "Profits for Apple" for e in ents)
