"""Mine the gender of first names from the corpora, for pronoun and honorific agreement
("Mrs Clinton" is Hillary, not Bill; "her aide" is not Bernie Sanders's): write
src/onrecord/attribute/data/first_names.json, which ``names.gender_of_first_name`` reads.

    .venv/bin/python training/first_names.py [--min-articles 1] [--min-agreement 0.9]

The evidence is the article's own: within one article, a surname written after a gendered
honorific ("Mr Blair", "Mrs. Clinton", "Ms Hewitt") and a full name ending in that surname
("Tony Blair") give the first name that gender, when no other first name of the article
shares the surname. A first name is kept when the articles that give it one gender are at
least ``--min-agreement`` of those that give it any, over at least ``--min-articles``
articles (two more for a word the corpora also write as a surname after an honorific:
"Blair", "Moore"). Read: BBC News (``../shared/data/bbc``) and PolNeAR *train*, never the articles of
benchmarks/gold (the evaluation set), PolNeAR's held-out part (``polnear.is_held_out``) or
dev. No parser: plain patterns over the text, so it runs in seconds and is deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from _report import SHARED  # noqa: E402

OUTPUT = ROOT / "src" / "onrecord" / "attribute" / "data" / "first_names.json"

_HONORIFIC = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female", "Sir": "male", "Lord": "male",
              "Dame": "female", "Lady": "female"}
_HONOURED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lord|Dame|Lady)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_FULL = re.compile(r"\b([A-Z][a-z]{1,14}) (?:[A-Z]\. )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _not_first_names() -> frozenset[str]:
    """Capitalised words that stand before a surname without being a first name."""
    from onrecord.attribute.lexicon import DEMONYMS, TEMPORAL_WORDS, TITLE_WORDS
    from onrecord.attribute.names import ABBREVIATED_RANKS, HONORIFICS
    from onrecord.attribute.roles import PORTFOLIO_WORDS, ROLE_NOUNS
    from spacy.lang.en.stop_words import STOP_WORDS

    words = set(TITLE_WORDS) | set(ROLE_NOUNS) | set(PORTFOLIO_WORDS) | set(HONORIFICS) | set(ABBREVIATED_RANKS)
    words |= set(DEMONYMS) | set(TEMPORAL_WORDS) | set(STOP_WORDS)
    words |= set("the a an and but as at by for from in of on or to with said says told when while after before "
                 "new old former late young labour tory tories conservative democrat democratic republican "
                 "liberal independent shadow deputy acting chief vice first lady sir lord mrs mr ms miss dame "
                 "president senator governor mayor minister secretary chancellor premier judge justice saint st "
                 "north south east west great little united royal baroness baron earl count king queen prince princess "
                 "reverend rev father pope".split())
    return frozenset(words)


def _articles() -> list[Path]:
    from onrecord.evaluate.polnear import is_held_out

    gold = set()
    for path in (ROOT / "benchmarks" / "gold").rglob("*.gold.json"):
        document = json.loads(path.read_text(encoding="utf-8"))["document"]
        gold.add((path.parent / document).resolve())
    bbc = sorted((SHARED / "data" / "bbc").rglob("*.txt"))
    polnear = sorted(p for p in (SHARED / "data" / "polnear" / "train" / "text").glob("*.txt") if not is_held_out(p.stem))
    return [p for p in bbc + polnear if p.resolve() not in gold]


def article_evidence(text: str, stop: frozenset[str]) -> dict[str, str]:
    """First name -> gender, as one article gives it. RETURNS (dict)."""
    surname_gender: dict[str, set[str]] = defaultdict(set)
    for honorific, surname in _HONOURED.findall(text):
        surname_gender[surname].add(_HONORIFIC[honorific])
    firsts: dict[str, set[str]] = defaultdict(set)
    for first, surname in _FULL.findall(text):
        if first.lower() not in stop:
            firsts[surname].add(first)
    out = {}
    for surname, genders in surname_gender.items():
        names = firsts.get(surname, set())
        if len(genders) == 1 and len(names) == 1:
            out[next(iter(names))] = next(iter(genders))
    return out


def first_names(min_articles: int = 1, min_agreement: float = 0.9) -> tuple[dict[str, str], int]:
    """First name -> gender over the corpora, and the number of articles read."""
    stop = _not_first_names()
    votes: dict[str, Counter] = defaultdict(Counter)
    surnames: Counter = Counter()  # words written after an honorific: a first name that is one needs more evidence
    articles = _articles()
    for path in articles:
        text = path.read_text(encoding="utf-8", errors="replace")
        surnames.update({surname for _, surname in _HONOURED.findall(text)})
        for first, gender in article_evidence(text, stop).items():
            votes[first][gender] += 1
    kept = {}
    for first, counter in sorted(votes.items()):
        gender, count = counter.most_common(1)[0]
        total = sum(counter.values())
        needed = min_articles + (2 if surnames[first] else 0)
        if total >= needed and count / total >= min_agreement:
            kept[first] = gender
    return kept, len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-articles", type=int, default=1)
    parser.add_argument("--min-agreement", type=float, default=0.9)
    args = parser.parse_args()
    kept, articles = first_names(args.min_articles, args.min_agreement)
    write_names(OUTPUT, kept, {
        "about": "First names and the gender the corpora's honorifics give them (training/first_names.py).",
        "articles": articles, "min_articles": args.min_articles, "min_agreement": args.min_agreement})
    print(f"{articles} articles; {len(kept)} first names "
          f"({sum(g == 'male' for g in kept.values())} male, {sum(g == 'female' for g in kept.values())} female) -> {OUTPUT}")


def write_names(path: Path, kept: dict[str, str], about: dict) -> None:
    """Write a first-name list as ``names._first_names`` reads it: ``about`` (how it was
    made) and the names of each gender, sorted."""
    path.write_text(json.dumps({
        **about,
        "male": sorted(k for k, g in kept.items() if g == "male"),
        "female": sorted(k for k, g in kept.items() if g == "female"),
    }, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
