"""Quotations across articles (link/quotes.py, store/quotekeys.py, store/sql/quotes.py):
the keys, the linker's decisions on both backends, rebuilding, the exports and the CLI."""

from __future__ import annotations

import csv
import io
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quote_data import SHORT, WIRE, article, fill, reports
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.link import link_batch
from onrecord.link.quotes import QuoteLinker, near_duplicate, rebuild_quotes
from onrecord.link.similar import content_words, similar_pairs
from onrecord.store import SearchQuery, open_store
from onrecord.store.quote_export import bare_quotation, quotebank_record
from onrecord.store.quote_models import QuoteQuery
from onrecord.store.quotekeys import (
    MARK_WORDS,
    NEAR_MIN_WORDS,
    WINDOW,
    containment_marks,
    normalize_quote,
    quote_keys,
    similarity,
    statement_keys,
)

# -- keys ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "“We will not give up,” he said.",
    '"we WILL not give up."',
    "We will not [...] give up",
    "We will not … give up!",
    "‘We will  not\ngive up’",
    "We will not (…) give up,",
])  # fmt: skip
def test_quote_marks_case_spaces_and_elisions_normalise_away(text):
    assert normalize_quote(text) in ("we will not give up", "we will not give up he said")


def test_normalisation_keeps_inner_apostrophes_and_the_words_of_insertions():
    assert normalize_quote("It’s [the minister's] view, don't you see?") == "it's the minister's view don't you see"
    assert normalize_quote("Pérez — «yes»") == "perez yes"


def test_short_texts_get_no_near_duplicate_keys_and_long_ones_do():
    assert quote_keys("we will win this").near == ()
    assert len(quote_keys(WIRE).near) >= 3 and len(quote_keys("we will not sign any agreement that leaves them worse off").near) >= 6


def test_few_words_are_one_quotation_only_for_one_speaker():
    a = statement_keys('"This is fine,"', "person-ana-lopez", "a1")
    b = statement_keys("This is fine.", "person-piet-jansen", "a2")
    c = statement_keys("this is fine", "person-ana-lopez", "a3")
    nobody = statement_keys("this is fine", None, "a4")
    assert a.exact == c.exact != b.exact and nobody.exact not in (a.exact, b.exact)
    assert statement_keys(WIRE, "x", "a1").exact == statement_keys(WIRE, "y", "a2").exact


words = st.lists(st.sampled_from([f"w{i}" for i in range(40)]), min_size=8, max_size=60)


@given(words, words, st.integers(min_value=0, max_value=50))
@settings(max_examples=200, deadline=None)
def test_any_shared_run_of_eight_words_shares_a_containment_mark(left, right, cut):
    # The winnowing guarantee: WINDOW + MARK_WORDS - 1 shared consecutive words give both
    # texts a common mark, wherever the run sits in either text.
    run = [f"r{i}" for i in range(WINDOW + MARK_WORDS - 1)]
    a = tuple(left[: cut % (len(left) + 1)] + run + left[cut % (len(left) + 1):])
    b = tuple(right + run)
    assert set(containment_marks(a)) & set(containment_marks(b))


def test_similarity_is_jaccard_and_containment_of_the_shorter():
    sim = similarity(normalize_quote(WIRE), "not sign any agreement that leaves our farmers worse off")
    assert sim.containment == 1.0 and 0.4 < sim.jaccard < 0.7 and sim.shorter_words == 10


def test_near_duplicates_need_eight_words_and_enough_overlap():
    long = quote_keys(WIRE)
    assert near_duplicate(quote_keys("not sign any agreement that leaves our farmers worse off"), long)
    assert near_duplicate(quote_keys("agreement that leaves our farmers"), long) is None  # 5 words
    assert near_duplicate(quote_keys("we will sign the agreement that leaves farmers better off next year"), long) is None


def test_bare_quotation_drops_the_outer_marks_only():
    assert bare_quotation('"I\'ve surprised myself,"') == "I've surprised myself"
    assert bare_quotation('the Tories offered a "hard right agenda"') == 'the Tories offered a "hard right agenda"'


# -- the linker on both backends ---------------------------------------------------------------


def _ids(linked):
    return [[s.quote_id for s in a.statements] for a in linked]


def test_one_quotation_across_outlets_quote_marks_elisions_and_a_fragment(store_url):
    with open_store(store_url) as store:
        linked = fill(store)
        wire = linked[0].statements[0].quote_id
        assert wire and wire.startswith("q")
        # curly quotes, capitals and "[...]" are the same words; the headline fragment
        # (10 words, all inside the quote) joins by containment; another speaker's report
        # of the same words joins and the disagreement is counted.
        assert [linked[i].statements[0].quote_id for i in range(5)] == [wire] * 5
        quote = store.quote(wire)
        assert (quote.reports, quote.articles, quote.outlets, quote.variants, quote.speakers) == (5, 5, 5, 2, 2)
        assert quote.speaker_name == "Ana Lopez" and quote.first_outlet == "wire.example"
        assert quote.first_date.isoformat() == "2024-05-01" and quote.last_date.isoformat() == "2024-05-07"
        assert quote.text == f"“{WIRE},”"  # the longest faithful version
        assert [(s.name, s.reports) for s in quote.speaker_counts] == [("Ana Lopez", 4), ("Piet Jansen", 1)]
        assert [r.outlet for r in quote.report_list] == ["wire.example", "daily.example", "weekly.example", "headlines.example", "gazette.example"]
        assert [r.exact for r in quote.report_list] == [True, True, True, False, True]
        assert [(d.date.day, d.count) for d in quote.timeline] == [(1, 1), (2, 1), (5, 1), (6, 1), (7, 1)]


def test_few_words_two_speakers_two_quotations_and_no_merge_inside_one_article(store_url):
    with open_store(store_url) as store:
        linked = fill(store)
        lopez_short, jansen_short = linked[1].statements[1].quote_id, linked[4].statements[1].quote_id
        assert lopez_short != jansen_short
        overlap = linked[5].statements
        assert overlap[0].quote_id != overlap[1].quote_id  # near-duplicates, but one article
        assert store.quote(lopez_short).text == f'"{SHORT},"'


def test_linking_is_the_same_whatever_the_batch_size(store_url, tmp_path):
    with open_store(store_url) as store:
        one_by_one = _ids(fill(store, batch=1))
    with open_store(f"sqlite:///{tmp_path / 'all.db'}") as store:
        all_at_once = _ids(fill(store, batch=100))
    assert one_by_one == all_at_once


def test_rebuild_gives_the_same_quotations_and_clear_forgets_them(store_url):
    with open_store(store_url) as store:
        before = _ids(fill(store))
        listed = store.quotes(QuoteQuery(limit=100))
        store.clear_quotes()
        assert store.quotes(QuoteQuery()).quotes == []
        assert all(s.quote_id is None for a in store.iter_articles() for s in a.statements)
        assert rebuild_quotes(store, batch_size=3) == len(before)
        after = {a.id: [s.quote_id for s in a.statements] for a in store.iter_articles()}
        assert [after[a.id] for a in reports()] == before
        assert store.quotes(QuoteQuery(limit=100)) == listed


def test_search_hits_carry_the_quotation_and_its_spread(store_url):
    with open_store(store_url) as store:
        fill(store)
        hits = store.search(SearchQuery(q="farmers", limit=50)).hits
        assert len(hits) == 5
        for hit in hits:
            assert hit.quote_id == hit.statement.quote_id and hit.quote.id == hit.quote_id
        assert hits[0].quote.spread() == "reported 5 times in 5 articles, first by wire.example on 2024-05-01"
        one = store.search(SearchQuery(q="subsidies", limit=5)).hits[0]
        assert one.quote.reports == 1 and one.quote.spread() == ""


def test_quotes_list_filters_and_pages(store_url):
    with open_store(store_url) as store:
        fill(store)
        top = store.quotes(QuoteQuery(min_reports=2))
        assert [q.reports for q in top.quotes] == [5] and top.next_offset is None
        assert [q.reports for q in store.quotes(QuoteQuery(q="farmers")).quotes] == [5]
        assert store.quotes(QuoteQuery(speaker="Piet Jansen", limit=1)).next_offset == 1
        assert store.quotes(QuoteQuery(speaker="Nobody Known")).quotes == []
        assert store.quote("q0000000000000000") is None


def test_near_keys_are_probed_with_a_cap_per_key(store_url):
    base = "the committee will publish its findings on the harbour project before the end of"
    many = [article(f"o{i}.example", 1 + i % 27, f'"{base} month {i} number {i * 7}"',
                    [(f'"{base} month {i} number {i * 7}"', "Clerk", "direct")]) for i in range(60)]
    with open_store(store_url) as store:
        fill(store, many, batch=16)
        keys = quote_keys(f"{base} month 999 number 999").near
        postings = store.quote_postings(keys, cap=5)
        assert postings and max(len(v) for v in postings.values()) <= 5
        assert len(store.quote_postings(keys, cap=50)[max(postings, key=lambda k: len(postings[k]))]) > 5


def test_new_quotations_are_numbered_by_the_store_in_order(store_url):
    with open_store(store_url) as store:
        linked = fill(store)
        ids = list(dict.fromkeys(s.quote_id for a in linked for s in a.statements))
    assert ids == [f"q{n:016x}" for n in range(1, len(ids) + 1)]


def test_a_provisional_id_stored_later_finds_its_founding_text(tmp_path):
    # A batch the database refused is stored article by article: the report stored second
    # still joins the quotation its founder got.
    first = article("a.example", 1, f'"{WIRE}," said Lopez.', [(f'"{WIRE},"', "Ana Lopez", "direct")])
    second = article("b.example", 2, f'Lopez: "{WIRE}."', [(f'"{WIRE}."', "Ana Lopez", "direct")])
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        linked = link_batch(store, [first, second])
        assert linked[0].statements[0].quote_id == linked[1].statements[0].quote_id
        assert linked[0].statements[0].quote_id.startswith("new-")
        store.add_articles(linked[:1])
        store.add_articles(linked[1:])
        ids = {store.article(a.id).statements[0].quote_id for a in linked}
        assert ids == {"q0000000000000001"} and store.quote("q0000000000000001").reports == 2


def test_merges_are_reported_to_the_callback(tmp_path):
    merges = []
    linker = QuoteLinker(on_merge=lambda new, old, score: merges.append((new.norm, old.norm, score)))
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        for a in reports():
            store.add_articles(linker.link(store, [a]))
    assert [m[0] for m in merges] == ["not sign any agreement that leaves our farmers worse off"]
    assert merges[0][2] == 1.0


# -- exports -----------------------------------------------------------------------------------


def test_every_export_carries_the_quote_id(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url) as store:
        linked = fill(store)
    wire = linked[0].statements[0].quote_id
    runner = CliRunner()
    out = runner.invoke(app, ["export", "--db", url, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["quote_id"] for r in rows if "farmers" in r["content"].lower()} == {wire}
    out = runner.invoke(app, ["export", "--db", url, "--format", "jsonl"])
    assert json.loads(out.stdout.splitlines()[0])["statements"][0]["quote_id"] == wire
    parquet = tmp_path / "s.parquet"
    assert runner.invoke(app, ["export", "--db", url, "--format", "parquet", "-o", str(parquet)]).exit_code == 0
    import pyarrow.parquet as pq

    table = pq.read_table(parquet).to_pylist()
    assert {r["quote_id"] for r in table if "farmers" in r["content"].lower()} == {wire}
    out = runner.invoke(app, ["search", "farmers", "--db", url, "--format", "csv"])
    assert {r["quote_id"] for r in csv.DictReader(io.StringIO(out.stdout))} == {wire}


def test_quotebank_shape_in_jsonl_and_parquet(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url) as store:
        linked = fill(store)
        record = quotebank_record(store.quote(linked[0].statements[0].quote_id))
    assert list(record)[:9] == ["quoteID", "quotation", "speaker", "qids", "date", "numOccurrences", "probas", "urls", "phase"]
    assert record["quotation"] == WIRE and record["speaker"] == "Ana Lopez" and record["qids"] == []
    assert record["date"] == "2024-05-01 00:00:00" and record["numOccurrences"] == 5
    assert record["probas"] == [["Ana Lopez", "0.8000"], ["Piet Jansen", "0.2000"]]
    assert len(record["urls"]) == 5 and record["urls"][0].startswith("https://wire.example/")
    runner = CliRunner()
    out = runner.invoke(app, ["export", "--db", url, "--shape", "quotes"])
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert record in lines and sum(r["numOccurrences"] for r in lines) == sum(len(a.statements) for a in linked)
    path = tmp_path / "q.parquet"
    assert runner.invoke(app, ["export", "--db", url, "--shape", "quotes", "-f", "parquet", "-o", str(path)]).exit_code == 0
    import pyarrow.parquet as pq

    assert record in pq.read_table(path).to_pylist()
    bad = runner.invoke(app, ["export", "--db", url, "--shape", "quotes", "-f", "csv"])
    assert bad.exit_code != 0


# -- the CLI -----------------------------------------------------------------------------------


def test_quotes_command_table_json_csv_and_one_quotation(store_url):
    with open_store(store_url) as store:
        linked = fill(store)
    wire = linked[0].statements[0].quote_id
    runner = CliRunner()
    table = runner.invoke(app, ["quotes", "--db", store_url, "--min-reports", "2"])
    assert table.exit_code == 0 and "wire.example" in table.stdout and "disagree" in table.stdout
    as_json = json.loads(runner.invoke(app, ["quotes", "farmers", "--db", store_url, "-f", "json"]).stdout)
    assert [q["id"] for q in as_json["quotes"]] == [wire]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["quotes", "--db", store_url, "-f", "csv", "--speaker", "Jansen"]).stdout)))
    assert wire in {r["id"] for r in rows}
    one = runner.invoke(app, ["quotes", "--db", store_url, "--id", wire])
    assert one.exit_code == 0 and "gazette.example" in one.stdout and "trimmed or edited" in one.stdout
    reports_csv = list(csv.DictReader(io.StringIO(runner.invoke(app, ["quotes", "--db", store_url, "--id", wire, "-f", "csv"]).stdout)))
    assert len(reports_csv) == 5 and {r["quote_id"] for r in reports_csv} == {wire}


def test_quotes_command_errors_are_one_line():
    from onrecord.cli import main  # noqa: F401  (the entry point maps errors to exit codes)

    runner = CliRunner()
    result = runner.invoke(app, ["quotes", "--db", "sqlite:///:memory:", "--id", "qnope"])
    assert result.exit_code != 0
    result = runner.invoke(app, ["quotes", "--db", "sqlite:///:memory:", "--min-reports", "0"])
    assert result.exit_code != 0


# -- similar statements by the same speaker -----------------------------------------------------


def test_similar_statements_pair_the_same_point_on_two_occasions(store_url):
    with open_store(store_url) as store:
        fill(store)
        hits = store.search(SearchQuery(speaker="Ana Lopez", limit=100)).hits
        pairs = similar_pairs(hits)
    assert len(pairs) == 1
    pair = pairs[0]
    assert pair.earlier.startswith("farm subsidies") and pair.later.startswith("subsidies for farms")
    assert pair.earlier_date.day == 9 and pair.later_date.day == 20 and pair.similarity >= 0.7


def test_content_words_drop_stop_words_and_plurals():
    assert content_words("The farmers think that subsidies must stay") == {"farmer", "think", "subsidie", "stay"}


def test_similar_pairs_never_pair_one_quotation_or_one_article(tmp_path):
    text = "subsidies for farms must stay at their current levels to protect rural incomes"
    copies = [article(f"o{i}.example", 1 + i, f"Lopez said {text}.", [(text, "Ana Lopez", "indirect")]) for i in range(4)]
    random.Random(3).shuffle(copies)
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        fill(store, copies)
        assert similar_pairs(store.search(SearchQuery(speaker="Ana Lopez", limit=100)).hits) == []


def test_the_link_stage_runs_quotes_after_speakers():
    from onrecord.link import LINKERS

    with open_store("sqlite:///:memory:") as store:
        link_batch(store, [])
    assert [linker.name for linker in LINKERS][-1] == "quotes"
    assert NEAR_MIN_WORDS == 8
