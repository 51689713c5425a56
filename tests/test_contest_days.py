"""The day of a game in narration does not date what a player then says (``contest_days``):
BBC sport/151 (a dev slice) and an invented sentence of its shape; a campaign event still does."""

from __future__ import annotations

from onrecord import extract

_OWEN = (
    "Michael Owen revelled in his return to the to the Real Madrid starting line-up and inspired a 3-1 win over "
    "Real Betis on Wednesday by scoring the first goal.\n\nHe said: \"I am happy I could play a game from the "
    "start again.\"")


def _said(text: str):
    (s,) = [s for s in extract(text, "2005-03-10").statements if s.act in ("speech", "writing")]
    return s


def test_the_day_of_a_win_does_not_date_the_players_words():
    assert _said(_OWEN).when is None


def test_the_day_of_a_game_won_does_not_date_the_strikers_words():
    text = ("Thierry Henry scored twice in a 3-0 victory over Chelsea on Saturday.\n\nHe said: \"The whole team "
            "played well and we deserved it.\"")
    assert _said(text).when is None


def test_the_day_of_a_campaign_event_still_dates_what_follows():
    text = "Mr. Trump took on Hillary Clinton on Sunday. He said: \"She is a disaster for this country.\""
    assert _said(text).when is not None and _said(text).when.expression == "on Sunday"
