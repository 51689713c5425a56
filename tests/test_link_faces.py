"""The faces of the link stage: the API's speaker objects (canonical id, aliases, unnamed),
outlets with their unnamed-source share, and the CLI commands, on a store linked as ingest
links it."""

from __future__ import annotations

import json

import httpx
import pytest
from test_link import BLAIR, MR_BLAIR, article, store_linked
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.serve import create_app
from onrecord.serve.background import serve_in_thread
from onrecord.store import open_store

SPOKESMAN = "A spokesman for the British Casino Association said the law was unfair. Ministers disagreed."


@pytest.fixture
def db(store_url) -> str:
    with open_store(store_url) as store:
        store_linked(store,
                     article(BLAIR, ("the election would be fought on the economy", "Tony Blair", "person", "Prime Minister", "Labour")),
                     article(MR_BLAIR, ("schools would get more money", "Blair", "person", None, None, "Mr Blair"), outlet="Other"),
                     article(SPOKESMAN, ("the law was unfair", "spokesman", "person", "spokesman", "British Casino Association")))
    return store_url


def test_api_speaker_objects_outlets_and_unnamed_filter(db):
    with serve_in_thread(create_app(db)) as base, httpx.Client(base_url=base, timeout=30) as client:
        (tony,) = client.get("/api/speakers").json()["speakers"]
        assert (tony["id"], tony["unnamed"], set(tony["aliases"])) == ("person-tony-blair", False, {"Tony Blair", "Blair"})
        (source,) = client.get("/api/speakers", params={"unnamed": "true"}).json()["speakers"]
        assert source["unnamed"] and source["label"] == "unnamed: spokesman, British Casino Association"
        assert source["article_id"] and source["id"].endswith(source["article_id"])
        detail = client.get(f"/api/speakers/{tony['id']}").json()
        assert {(r["role"], r["value"]) for r in detail["roles"]} == {("title", "Prime Minister"), ("affiliation", "Labour")}
        hits = client.get("/api/statements", params={"speaker": "Blair"}).json()["hits"]
        assert {h["speaker_id"] for h in hits} == {h["statement"]["speaker"]["id"] for h in hits} == {"person-tony-blair"}
        unnamed = client.get("/api/statements", params={"unnamed": "true"}).json()["hits"]
        assert [h["statement"]["content"]["text"] for h in unnamed] == ["the law was unfair"]
        facets = client.get("/api/statements/facets").json()
        assert facets["unnamed"] == 1 and [f["id"] for f in facets["speakers"]] == ["person-tony-blair"]
        outlets = {o["outlet"]: o for o in client.get("/api/outlets").json()["outlets"]}
        assert (outlets["BBC"]["statements"], outlets["BBC"]["unnamed"], outlets["BBC"]["unnamed_share"]) == (2, 1, 0.5)
        assert outlets["Other"]["unnamed_share"] == 0.0
        page = client.get("/speakers/person-tony-blair").text
        assert "Also written" in page and "Titles and affiliations over time" in page
        assert "unnamed: spokesman, British Casino Association" in client.get("/speakers", params={"unnamed": "true"}).text
        assert "50.0%" in client.get("/outlets").text


def test_cli_speakers_unnamed_outlets_and_csv_speaker_ids(db):
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["speakers", "--unnamed", "--format", "json", "--db", db]).stdout)
    assert [s["label"] for s in listed] == ["unnamed: spokesman, British Casino Association"]
    table = runner.invoke(app, ["speakers", "--db", db]).stdout
    assert "Tony Blair" in table and "1 of 3 statements (33.3%) are from unnamed sources" in table
    outlets = json.loads(runner.invoke(app, ["outlets", "--format", "json", "--db", db]).stdout)
    assert [(o["outlet"], o["unnamed"]) for o in outlets] == [("BBC", 1), ("Other", 0)]
    csv_out = runner.invoke(app, ["export", "--format", "csv", "--db", db]).stdout
    assert csv_out.count("person-tony-blair") == 2 and "unnamed-spokesman-british-casino-association-" in csv_out
