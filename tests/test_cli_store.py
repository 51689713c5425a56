"""The store commands: search, speakers, show, export, failures and ingest, through the real
CLI (typer's runner in process; subprocesses where the exit path matters)."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_store import corpus
from typer.testing import CliRunner

from onrecord import errors
from onrecord.cli import app
from onrecord.schema import Article, Failure
from onrecord.store import open_store

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ["ingest", "search", "speakers", "show", "export", "failures"]


@pytest.fixture
def db(store_url) -> str:
    with open_store(store_url) as store:
        store.add_articles(corpus(), failures=[Failure("bad.warc.gz#record=3", "read", "damaged record"),
                                               Failure("fr.html", "language", "language 'fr'", skipped=True)])
    return store_url


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args), catch_exceptions=True)
    return result


def ok(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example_and_the_db_option(command):
    text = ok(command, "--help")
    assert "Example" in text and "--db" in text


def test_search_json_with_filters(db):
    out = json.loads(ok("search", "meeting", "--speaker", "Peskov", "--since", "2022-03-01", "--format", "json", "--db", db))
    assert [h["statement"]["content"]["text"] for h in out["hits"]] == ["the meeting between the presidents needs homework"]
    assert out["next_cursor"] is None


def test_search_table_and_paging(db):
    out = ok("search", "--limit", "3", "--db", db)
    assert "8 statements" in out and "--cursor" in out
    cursor = out.split("--cursor", 1)[1].split()[0]
    page2 = json.loads(ok("search", "--limit", "3", "--cursor", cursor, "--format", "json", "--db", db))
    assert len(page2["hits"]) == 3


def test_search_min_confidence(db):
    every = json.loads(ok("search", "--format", "json", "--limit", "50", "--db", db))["hits"]
    kept = json.loads(ok("search", "--min-confidence", "0.6", "--format", "json", "--limit", "50", "--db", db))["hits"]
    assert [h["statement"]["content"]["text"] for h in every if h not in kept] == ["inflation rose sharply in March"]


def test_search_csv(db):
    rows = list(csv.DictReader(io.StringIO(ok("search", "--kind", "indirect", "--outlet", "third", "--format", "csv", "--db", db))))
    assert {r["content"] for r in rows} == {"no date for a meeting was set", "talks would continue on Monday"}
    assert rows[0]["speaker_id"] == "person-dmitry-peskov"


def test_speakers_show_failures(db):
    speakers = json.loads(ok("speakers", "--top", "2", "--format", "json", "--db", db))
    assert speakers[0]["id"] == "person-dmitry-peskov" and speakers[0]["statements"] == 4
    assert "Dmitry Peskov" in ok("speakers", "--db", db)
    article = corpus()[0]
    shown = Article.model_validate_json(ok("show", article.id, "--format", "json", "--db", db))
    assert shown == article
    assert "Kremlin talks" in ok("show", article.id, "--db", db)
    table = ok("failures", "--db", db)
    assert "damaged record" in table and "1 errors, 1 skipped" in table
    only_errors = json.loads(ok("failures", "--errors", "--format", "json", "--db", db))
    assert [f["source"] for f in only_errors] == ["bad.warc.gz#record=3"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export(db, tmp_path, fmt):
    out = tmp_path / f"export.{fmt}"
    old = os.umask(0o027)
    try:
        ok("export", "--format", fmt, "--output", str(out), "--db", db)
    finally:
        os.umask(old)
    # the mode any new file gets under that umask, whatever the format
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    articles = corpus()
    n_statements = sum(len(a.statements) for a in articles)
    if fmt == "jsonl":
        back = [Article.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert sorted(back, key=lambda a: a.id) == sorted(articles, key=lambda a: a.id)
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert len(rows) == n_statements
        assert {r["content"] for r in rows} == {s.content.text for a in articles for s in a.statements}
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert table.num_rows == n_statements
        rows = table.to_pylist()
        assert {r["content"] for r in rows} == {s.content.text for a in articles for s in a.statements}
        peskov = [r for r in rows if r["speaker_id"] == "person-dmitry-peskov"]
        assert len(peskov) == 4 and any(str(r["date"]) == "2022-02-28" for r in peskov)
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left behind


def test_export_jsonl_to_stdout(db):
    lines = ok("export", "--db", db).splitlines()
    assert len(lines) == 5


def test_acts_on_search_show_and_export(store_url, tmp_path):
    """What was said or written by default; --acts all (or a list) for beliefs, intentions and stances."""
    from test_store import make_article, make_statement

    text = "Anna Berg said the bridge will reopen in May. Berg believes the budget is sound. Berg backs the new mayor."
    article = make_article(text, [
        make_statement(text, "the bridge will reopen in May", speaker="Anna Berg", kind="indirect"),
        make_statement(text, "the budget is sound", speaker="Anna Berg", kind="indirect", act="belief"),
        make_statement(text, "the new mayor", speaker="Anna Berg", kind="indirect", act="stance"),
    ])
    with open_store(store_url) as store:
        store.add_articles([article])
    acts = lambda out: [h["statement"]["act"] for h in json.loads(out)["hits"]]  # noqa: E731
    assert acts(ok("search", "--format", "json", "--db", store_url)) == ["speech"]
    assert sorted(acts(ok("search", "--format", "json", "--acts", "all", "--db", store_url))) == ["belief", "speech", "stance"]
    assert acts(ok("search", "--format", "json", "--acts", "stance", "--db", store_url)) == ["stance"]
    table = ok("show", article.id, "--db", store_url)
    assert "reopen" in table and "budget" not in table and "2 more of other acts" in table
    assert len(json.loads(ok("show", article.id, "--format", "json", "--db", store_url))["statements"]) == 3
    rows = list(csv.DictReader(io.StringIO(ok("export", "--format", "csv", "--db", store_url))))
    assert [(r["position"], r["act"]) for r in rows] == [("0", "speech")]
    rows = list(csv.DictReader(io.StringIO(ok("export", "--format", "csv", "--acts", "belief,stance", "--db", store_url))))
    assert [(r["position"], r["act"]) for r in rows] == [("1", "belief"), ("2", "stance")]
    every = Article.model_validate_json(ok("export", "--acts", "all", "--db", store_url))
    assert every == article
    assert isinstance(invoke("search", "--acts", "gossip", "--db", store_url).exception, errors.ConfigError)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["search", "--since", "2022-02-30"], errors.ConfigError),
        (["search", "--since", "2022-03-02", "--until", "2022-03-01"], errors.ConfigError),
        (["search", "--limit", "0"], errors.ConfigError),
        (["search", "--cursor", "junk"], errors.ConfigError),
        (["show", "ffffffffffffffff"], errors.InputError),
        (["export", "--format", "parquet"], errors.ConfigError),
    ],
)
def test_bad_input_is_an_onrecord_error(db, args, error):
    result = invoke(*args, "--db", db)
    assert isinstance(result.exception, error)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "onrecord", *args], capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)


@pytest.mark.parametrize(
    "args",
    [
        ["search", "x", "--db", "mysql://localhost/db"],
        ["speakers", "--db", "sqlite:///{tmp}/absent.db"],
        ["ingest", "--db", "sqlite:///{tmp}/x.db"],
        ["ingest", "x.txt", "--jobs", "0", "--db", "sqlite:///{tmp}/x.db"],
        ["search", "--db", "postgresql://nobody@127.0.0.1:1/none"],
    ],
)
def test_errors_are_one_line_on_stderr(tmp_path, args):
    result = _cli(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode != 0
    assert result.stderr.startswith("onrecord: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_command_end_to_end(tmp_path, nlp):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    example = str(ROOT / "examples" / "kremlin-2022-03-21.txt")
    out = ok("ingest", example, str(tmp_path / "missing.txt"), "--db", db, "--jobs", "1")
    assert "1 articles added" in out and "1 failed" in out and "onrecord failures" in out
    again = ok("ingest", example, "--db", db, "--jobs", "1")
    assert "0 articles added" in again and "1 already stored" in again
    hits = json.loads(ok("search", "homework", "--speaker", "Peskov", "--format", "json", "--db", db))["hits"]
    assert hits and hits[0]["statement"]["speaker"]["name"] == "Dmitry Peskov"


def test_ingest_published_dates_plain_text(tmp_path, nlp):
    db = f"sqlite:///{tmp_path / 'dated.db'}"
    ok("ingest", str(ROOT / "examples" / "kremlin-2022-03-21.txt"), "--published", "2022-03-21", "--db", db, "--jobs", "1")
    hits = json.loads(ok("search", "--since", "2022-03-14", "--until", "2022-03-21", "--format", "json", "--db", db))["hits"]
    assert hits and all(h["published"] == "2022-03-21" for h in hits)
    assert any(h["statement"]["when"] and h["statement"]["when"]["expression"] == "last week" for h in hits)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_store_command_is_documented(command):
    guide = (ROOT / "docs" / "storage.md").read_text(encoding="utf-8")
    assert f"## `onrecord {command}" in guide
    result = invoke(command, "--help")
    for option in ("--db", *[o for o in ("--format", "--since", "--until", "--speaker", "--outlet", "--kind", "--top", "--output", "--jobs", "--retry-failures", "--published") if o in result.stdout]):
        assert option in guide, f"{command} {option} is not in docs/storage.md"
