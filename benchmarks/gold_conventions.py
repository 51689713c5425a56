"""How consistently PolNeAR's annotators drew the span boundaries a rule has to choose.

    .venv/bin/python benchmarks/gold_conventions.py [--split train] [--limit N] [--out docs/gold-conventions.md]

Exact-match F1 rewards a predicted span only when both of its ends sit where the
annotator put them. Some ends are a convention rather than a fact of the sentence: does a
source keep the relative clause after it ("Sanders, who has made rebuilding the middle
class a rallying cry, said"), does a content keep a closing ", which ..." or a trailing
participle (", saying ..."), does it start at a "But"? This script reads the gold only
(no onrecord prediction is involved), parses each article with the same spaCy model the
engine uses, and counts, for each such construction found at the edge of a gold span, how
often the annotator kept it in the span and how often left it out. The larger share is the
most any fixed rule can get right on those spans; the rest is lost to exact match whatever
the rule. Train split by default: these are the data the rules were developed on.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from _report import ROOT, SHARED, machine, today

sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import Doc, Token  # noqa: E402

from onrecord.evaluate import read_polnear  # noqa: E402
from onrecord.evaluate.spans import normalise  # noqa: E402

_RELATIVES = frozenset("who whom whose which where".split())
_OPENING_CONJUNCTIONS = frozenset("but and so yet or".split())


@dataclass(frozen=True)
class Convention:
    name: str
    example: str


CONVENTIONS = (
    Convention("source: closing relative clause", "[Sanders, who has made rebuilding the middle class a rallying cry,] said"),
    Convention("source: closing apposition", "[Scott Pruitt, the Republican attorney general,] said"),
    Convention("source: closing participle clause", "[Marco Rubio, speaking at a rally,] said"),
    Convention("content: closing relative clause", "said [the ad ran on Monday, which angered donors]"),
    Convention("content: closing participle clause", "said [Germany will bolster its military, reversing decades of pacifism]"),
    Convention("content: opening conjunction", "[But] a campaign operative decided to change course, the source said"),
)


_SEPARATORS = (",", "—", "–", "--")


def _comma_clause(token: Token) -> str | None:
    """The convention a comma-introduced clause headed by ``token`` falls under, if any."""
    previous = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if previous is None or previous.text not in _SEPARATORS:
        return None
    if token.dep_ == "appos":
        return "apposition"
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "acl", "xcomp") and token.left_edge.i == token.i:
        return "participle clause"
    return None


def _closing(doc: Doc, start: int, end: int) -> tuple[str, bool] | None:
    """A comma clause closing the span of tokens [start, end) (kept) or starting right after
    it (left out): (kind, kept). A relative clause is found by its ", who / which / whose"
    and runs to the end of its verb's subtree, wherever the parser attached it; an
    apposition or a participle clause must hang from a token inside the span."""
    for token in doc[start + 1 : end]:
        if token.lower_ in _RELATIVES and doc[token.i - 1].text in _SEPARATORS and token.head.right_edge.i >= end - 1:
            return "relative clause", True
    for token in doc[start:end]:
        if token.left_edge.i > start and token.right_edge.i == end - 1 and start <= token.head.i < token.left_edge.i:
            kind = _comma_clause(token)
            if kind:
                return kind, True
    if end < len(doc) - 1 and doc[end].text in _SEPARATORS:
        if doc[end + 1].lower_ in _RELATIVES:
            return "relative clause", False
        for token in doc[end + 1 : doc[end].sent.end]:
            if token.left_edge.i == end + 1 and start <= token.head.i < end:
                kind = _comma_clause(token)
                if kind:
                    return kind, False
    return None


def _opening_conjunction(doc: Doc, start: int) -> bool | None:
    """Whether a sentence-opening "But"/"And" is kept at the start of the span at ``start``."""
    first = doc[start]
    if first.lower_ in _OPENING_CONJUNCTIONS and first.dep_ == "cc" and first.is_sent_start:
        return True
    if start > 0:
        before = doc[start - 1]
        if before.lower_ in _OPENING_CONJUNCTIONS and before.dep_ == "cc" and before.is_sent_start:
            return False
    return None


def count(split: str, limit: int | None) -> tuple[dict[str, Counter], dict[str, dict[bool, str]], int, int]:
    """Kept / left-out counts per convention, an example of each, articles and gold spans read."""
    from onrecord.attribute import load_pipeline

    nlp = load_pipeline()
    nlp.remove_pipe("onrecord_attributions")
    documents = read_polnear(SHARED / "data" / "polnear", split=split, limit=limit)
    counts: dict[str, Counter] = {c.name: Counter() for c in CONVENTIONS}
    examples: dict[str, dict[bool, str]] = {c.name: {} for c in CONVENTIONS}
    spans = 0
    for document, doc in zip(documents, nlp.pipe((d.text for d in documents), batch_size=32)):
        for attribution in document.attributions:
            for role in ("source", "content"):
                for start_char, end_char in normalise(doc.text, getattr(attribution, role), role=role):
                    span = doc.char_span(start_char, end_char, alignment_mode="expand")
                    # a one- or two-word piece of a discontinuous content says little about its edges
                    if span is None or len(span) < (3 if role == "content" else 1):
                        continue
                    spans += 1
                    found: list[tuple[str, bool]] = []
                    closing = _closing(doc, span.start, span.end)
                    if closing is not None and not (role == "content" and closing[0] == "apposition"):
                        found.append((f"{role}: closing {closing[0]}", closing[1]))
                    if role == "content":
                        opening = _opening_conjunction(doc, span.start)
                        if opening is not None:
                            found.append(("content: opening conjunction", opening))
                    for name, kept in found:
                        counts[name][kept] += 1
                        examples[name].setdefault(kept, _show(doc, span.start, span.end, kept))
    return counts, examples, len(documents), spans


def _show(doc: Doc, start: int, end: int, kept: bool) -> str:
    left = max(doc[start].sent.start, start - 3)
    right = min(doc[end - 1].sent.end, end + (3 if kept else 12))
    text = doc[left:start].text + " [" + doc[start:end].text + "] " + doc[end:right].text
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:157] + "…"


def report(split: str, limit: int | None, seconds: float, counts, examples, articles: int, spans: int) -> str:
    command = "python benchmarks/gold_conventions.py" + (f" --split {split}" if split != "train" else "") + (f" --limit {limit}" if limit else "")
    lines = [
        "# Gold conventions",
        "",
        "How consistently the PolNeAR annotators drew the span boundaries that are a convention",
        "rather than a fact of the sentence. For each construction found at the edge of a gold",
        "source or content, the table counts how often the annotator kept it inside the span and",
        "how often left it out. The larger share is the most that any fixed rule can match",
        "exactly on those spans; the smaller share is lost to exact-match scoring whatever the",
        "rule (overlap and > 30% / > 80% coverage scoring are not affected). The gold alone is",
        "read: no onrecord prediction is involved. The constructions are found with the parse",
        "onrecord uses (en_core_web_sm), so a few are missed or misread.",
        "",
        f"- Command: `{command}` (from the repository root, {seconds:.0f} s)",
        f"- Machine: {machine()}",
        f"- Date: {today()}",
        f"- Data: PolNeAR {split}, primary annotator, {articles} articles, {spans:,} gold source and content segments",
        "",
        "| construction | example | kept | left out | best fixed rule |",
        "|---|---|---:|---:|---:|",
    ]
    for convention in CONVENTIONS:
        c = counts[convention.name]
        total = c[True] + c[False]
        best = f"{max(c[True], c[False]) / total:.0%}" if total else "–"
        lines.append(f"| {convention.name} | `{convention.example}` | {c[True]} | {c[False]} | {best} |")
    lines += ["", "The first example of each in the data (the gold span in brackets):", ""]
    for convention in CONVENTIONS:
        for kept in (True, False):
            if kept in examples[convention.name]:
                lines.append(f"- {convention.name}, {'kept' if kept else 'left out'}: {examples[convention.name][kept]}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "gold-conventions.md")
    args = parser.parse_args()
    if not (SHARED / "data" / "polnear").is_dir():
        sys.exit(f"PolNeAR not found under {SHARED / 'data' / 'polnear'} (set ONRECORD_SHARED)")
    started = time.time()
    counts, examples, articles, spans = count(args.split, args.limit)
    text = report(args.split, args.limit, time.time() - started, counts, examples, articles, spans)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
