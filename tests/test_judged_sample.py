"""benchmarks/judged_sample.py: the committed reader-judged samples are complete (a verdict
for every drawn statement, each one of right/partly/wrong), the slice of BBC files is the
issue's fixed rule, and a malformed verdict line is refused."""

from __future__ import annotations

import itertools
import json

import pytest
from conftest import ROOT, load_script

JUDGED = ROOT / "benchmarks" / "judged"


@pytest.fixture(scope="module")
def judged():
    return load_script("benchmarks/judged_sample.py")


@pytest.mark.parametrize("verdicts", sorted(p.name for p in JUDGED.glob("*-verdicts.tsv")))
def test_every_drawn_statement_has_a_verdict(judged, verdicts):
    path = JUDGED / verdicts
    sample = path.with_name(verdicts.replace("-verdicts.tsv", "-sample.jsonl"))
    numbers = [json.loads(line)["number"] for line in sample.read_text(encoding="utf-8").splitlines()]
    given = judged.read_verdicts(path)
    assert sorted(given) == sorted(numbers) == list(range(1, judged.SIZE + 1))
    assert all(verdict in judged.VERDICTS for verdict, _ in given.values())
    assert all(reason for verdict, reason in given.values() if verdict != "right")


def test_the_bbc_slice_is_every_23rd_file_from_the_12th(judged, shared):
    every = sorted((shared / "data" / "bbc").glob("*/*.txt"))
    files = judged.bbc_files()
    assert files[0] == every[11] and files[1] == every[34] and len(files) == len(every[11::23])


def test_a_malformed_verdict_is_refused(judged, tmp_path):
    path = tmp_path / "x-verdicts.tsv"
    path.write_text("1\tright\t\n2\tmaybe\twho knows\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="x-verdicts.tsv:2"):
        judged.read_verdicts(path)
    path.write_text("1\tpartly right\tspeaker unresolved\n", encoding="utf-8")
    assert judged.read_verdicts(path) == {1: ("partly", "speaker unresolved")}


def test_another_first_file_gives_a_slice_no_earlier_sample_read(judged, shared):
    slices = [set(judged.bbc_files(first)) for first in (11, 5, 17, 0, 1, 3, 4, 6, 7, 9, 10, 12, 13, 15, 16, 18, 19, 21, 22)]  # the --first of every sample so far
    assert all(slices) and not any(a & b for a, b in itertools.combinations(slices, 2))


def test_a_new_sample_stands_beside_the_earlier_ones(judged):
    section = "### 2026-01-01\n\nfirst sample\n\n### 2026-02-01\n\nsecond, old counts\n"
    updated = judged._with_sample(section, "2026-02-01", "### 2026-02-01\n\nsecond, new counts")
    assert "first sample" in updated and "new counts" in updated and "old counts" not in updated
    added = judged._with_sample(updated, "2026-03-01", "### 2026-03-01\n\nthird")
    assert [line for line in added.splitlines() if line.startswith("### ")] == ["### 2026-01-01", "### 2026-02-01", "### 2026-03-01"]


def test_an_unseen_draw_leaves_out_every_article_an_earlier_sample_showed(judged, shared):
    shown = judged.shown_before()
    first_sample = (JUDGED / "2026-12-04-sample.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(first_sample[0])["file"] in shown
    unseen = [path for path in judged.bbc_files(11) if str(path.relative_to(shared)) not in shown]
    assert 0 < len(unseen) < len(judged.bbc_files(11))


def test_an_unseen_draw_names_its_seed_in_the_command_and_the_description(judged):
    args = {"first": 11, "seed": 38, "unseen": True}
    assert judged._draw_command("d", args) == "python benchmarks/judged_sample.py draw --date d --seed 38 --unseen"
    assert judged._slice_description(args).endswith("leaving out the articles an earlier sample showed, seed 38")
    assert judged._draw_command("d", {"first": 5}) == "python benchmarks/judged_sample.py draw --date d --first 5"


def test_a_seeded_draw_without_unseen_still_names_its_seed(judged):
    """A dev-slice draw with --seed 4601 (no --unseen) once printed the default seed in its header."""
    args = {"first": 2, "seed": 4601}
    assert judged._draw_command("d", args) == "python benchmarks/judged_sample.py draw --date d --first 2 --seed 4601"
    assert judged._slice_description(args).endswith("seed 4601")
