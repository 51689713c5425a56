"""The articles of the development gold (benchmarks/devgold/), by a fixed rule.

    python benchmarks/devgold/selection.py     # print the picks

Never chosen by looking at any system output (benchmarks/devgold/README.md):
- BBC: of sorted(../shared/data/bbc/*/*.txt), one list over all sections, the indices i with
  i % 23 == 2 (a dev slice) whose files are not in benchmarks/gold/bbc; random.Random(34)
  .sample of 19 of them, then 28 by its draws: the first 4 (stop 34), the next 4 (stop 39), the next 3 (stop 40),
  the next 4 (stop 43), the next 4 (stop 44; each larger sample starts with the smaller one:
  for these sizes CPython's sample draws by set rejection, n=97 > its table size, so k=19
  extends k=15, checked), then 3 more (stop 45) by ``_draws``: the same set-rejection draws
  continued past 19, since ``sample`` of 22 changes method and drops a pick; then 3 more
  (devgold-45, stop 45: k = 22 -> 25); then 3 more (devgold-46, stop 46: k = 25 -> 28).
- PolNeAR TRAIN (never dev or test): of sorted(train/text/*), the files not in
  benchmarks/gold/polnear (same stem); random.Random(34).sample of 60, in sample order,
  skipping any over 1,200 words ("take the next"), until 42: the first 4 (stop 34), the
  next 4 (stop 35), the next 5 (stop 36), the next 4 each in stops 37, 38 and 39, the next
  4 in stop 40, the next 2 in stop 43 (the 41st and 42nd draws), the next 2 in stop 44 (the
  43rd and 44th), the next 2 in stop 45 (the 45th, a letters page, and the 46th) and one more
  (the 48th; the 47th is over 1,200 words), then the 49th and 50th (devgold-45, stop 45), which
  exhaust the sample of 50 (12 of its draws are over 1,200 words: 38 picks); stop 46
  (devgold-46) raised DRAWN to 60, whose sample begins with the sample of 50 (checked, printed
  by ``python benchmarks/devgold/selection.py --check``), and took the 51st, 52nd, 53rd and
  55th draws (the 54th is over 1,200 words). (For these sizes CPython's sample draws the same prefix for k=4, 10, 20,
  30, 40, 50, 60 and 70, so every earlier stop's picks are unchanged.)
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED, BBC_COUNT, POLNEAR_COUNT, DRAWN, MAX_WORDS, SLICE = 34, 28, 42, 60, 1200, 2
EARLIER_DRAWN = 50  # the sample size of stops 43-45, which the sample of DRAWN must extend


def _gold_texts(corpus: str) -> set[str]:
    """The measured gold's texts of one corpus, as 'section/file' (BBC) or the file's stem."""
    names = set()
    for path in (ROOT / "benchmarks" / "gold" / corpus).glob("*.gold.json"):
        parts = Path(json.loads(path.read_text(encoding="utf-8"))["document"]).parts
        names.add(f"{parts[-2]}/{parts[-1]}" if corpus == "bbc" else Path(parts[-1]).stem)
    return names


def _draws(population: list, k: int) -> list:
    """k distinct items by CPython's set-rejection draws (random.sample's for n=97 and k <= 19),
    continued past the size where sample switches methods, so each stop's picks extend the last."""
    rng, seen, picks = random.Random(SEED), set(), []
    while len(picks) < k:
        j = rng._randbelow(len(population))
        if j not in seen:
            seen.add(j)
            picks.append(population[j])
    return picks


def selection(shared: Path = SHARED) -> list[str]:
    """The picks, as 'bbc/<section>/<file>' and 'polnear/<file>'."""
    in_gold = _gold_texts("bbc")
    bbc = sorted((shared / "data" / "bbc").glob("*/*.txt"))
    dev = [p for i, p in enumerate(bbc) if i % 23 == SLICE and f"{p.parent.name}/{p.name}" not in in_gold]
    picked = [f"bbc/{p.parent.name}/{p.name}" for p in _draws(dev, BBC_COUNT)]
    in_gold = _gold_texts("polnear")
    texts = [p for p in sorted((shared / "data" / "polnear" / "train" / "text").glob("*")) if p.stem not in in_gold]
    chosen = []
    for path in random.Random(SEED).sample(texts, DRAWN):
        if len(path.read_text(encoding="utf-8").split()) <= MAX_WORDS:
            chosen.append(f"polnear/{path.name}")
        if len(chosen) == POLNEAR_COUNT:
            break
    return picked + chosen


def extends_earlier_sample(shared: Path = SHARED) -> bool:
    """Whether random.Random(SEED).sample of DRAWN begins with the sample of EARLIER_DRAWN,
    i.e. whether raising DRAWN left every earlier stop's PolNeAR picks unchanged."""
    in_gold = _gold_texts("polnear")
    texts = [p for p in sorted((shared / "data" / "polnear" / "train" / "text").glob("*")) if p.stem not in in_gold]
    return random.Random(SEED).sample(texts, DRAWN)[:EARLIER_DRAWN] == random.Random(SEED).sample(texts, EARLIER_DRAWN)


if __name__ == "__main__":
    if "--check" in sys.argv:
        print(f"sample of {DRAWN} begins with the sample of {EARLIER_DRAWN}: {extends_earlier_sample()}")
    else:
        print("\n".join(selection(Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED)))
