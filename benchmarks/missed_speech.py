"""Gold speech the engine does not find at all, grouped by shape (issue 12, recall).

    PYTHONPATH=src .venv/bin/python benchmarks/missed_speech.py [--split train] [--offset 200] [--limit 200]
        [--cache /tmp/stmts.pkl] [--show 8] [--group headline]

Runs the engine over a slice of PolNeAR (train only: dev is never read per document) and
lists each gold attribution of the speech subset (``evaluate.cues.is_speech``) that no
statement of any act overlaps by content. Those are the misses no act choice can mend: the
engine found nothing there. Each miss is filed under one shape (the first test of
``SHAPES`` that fits) and printed with its cue, source and sentence, so the next engineer
sees which shapes are worth a rule. Also prints the default record's speech-subset
precision / recall on the slice (``default_views``, content overlap), the figure issue 12
targets. ``--cache`` keeps the engine's statements so that a rerun only regroups.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from _report import ROOT, SHARED

sys.path.insert(0, str(ROOT / "src"))

from onrecord.evaluate import read_polnear  # noqa: E402
from onrecord.evaluate.acts import default_views  # noqa: E402
from onrecord.evaluate.corpus import Attribution, EvalDocument  # noqa: E402
from onrecord.evaluate.cues import head_lemma, is_speech  # noqa: E402
from onrecord.evaluate.predict import predict_statements, statements_to_attributions  # noqa: E402
from onrecord.schema import Statement  # noqa: E402


def _text(text: str, segments) -> str:
    return " ".join(text[s:e] for s, e in segments)


def _overlaps(a, b) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _line(text: str, at: int) -> tuple[int, str]:
    """The number of the paragraph (line) holding offset ``at``, and its text."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text.count("\n", 0, at), text[start:end if end >= 0 else len(text)]


_WH = re.compile(r"^\W*(what|which|how|why|who|whom|where|when|whether|if)\b", re.I)


def _headline(text: str, gold: Attribution) -> bool:
    return _line(text, gold.content[0][0])[0] == 0


# (name, test on (document text, gold attribution, cue text)); the first that fits files the miss.
SHAPES: list[tuple[str, Callable[[str, Attribution, str], bool]]] = [
    ("headline", lambda t, g, c: _headline(t, g)),
    ("floating quotation", lambda t, g, c: g.floating),
    ("asked if/whether", lambda t, g, c: head_lemma(c) == "ask"),
    ("wh- content (what he called ...)", lambda t, g, c: bool(_WH.match(_text(t, g.content)))),
    ("cue inside content / after it", lambda t, g, c: bool(g.cue) and g.cue[0][0] > g.content[0][0]),
    ("no source", lambda t, g, c: not g.source),
    ("other", lambda t, g, c: True),
]


def shape_of(text: str, gold: Attribution) -> str:
    cue = _text(text, gold.cue)
    return next(name for name, test in SHAPES if test(text, gold, cue))


def statements(documents: list[EvalDocument], cache: Path | None) -> list[list[Statement]]:
    ids = [d.id for d in documents]
    if cache and cache.is_file():
        stored = pickle.loads(cache.read_bytes())
        if stored["ids"] == ids:
            return stored["statements"]
    found = [list(s) for s in predict_statements(documents)]
    if cache:
        cache.write_bytes(pickle.dumps({"ids": ids, "statements": found}))
    return found


def speech_gold(document: EvalDocument, stmts: list[Statement]) -> list[tuple[Attribution, str, bool]]:
    """Each gold attribution of the speech subset, its cue's text, and whether any of
    ``stmts`` overlaps its content. RETURNS (list[tuple[Attribution, str, bool]])."""
    predicted = statements_to_attributions(stmts, join_continuations=document.joins_continuations,
                                           cut_attribution=document.cuts_attribution)
    out = []
    for gold in document.attributions:
        cue = _text(document.text, gold.cue)
        if is_speech(cue, floating=gold.floating):
            out.append((gold, cue, any(_overlaps(gold.content, p.content) for p in predicted)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=["train"])
    parser.add_argument("--offset", type=int, default=200, help="skip the first N primary articles (default 200)")
    parser.add_argument("--limit", type=int, default=200, help="then take N articles (default 200)")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the engine's statements, reused if the slice matches")
    parser.add_argument("--show", type=int, default=8, help="misses printed per shape (default 8; 0 for counts only)")
    parser.add_argument("--group", default=None, help="print every miss of this shape")
    args = parser.parse_args()

    documents = read_polnear(SHARED / "data" / "polnear", split=args.split, limit=args.offset + args.limit)[args.offset:]
    found = statements(documents, args.cache)
    subset = default_views(documents, found)[0].counts["content.overlap"]
    print(f"{args.split} articles {args.offset + 1}-{args.offset + len(documents)}: default record vs speech subset, "
          f"content overlap P {subset.precision:.3f} R {subset.recall:.3f} (pred {subset.pred}, gold {subset.gold})")

    missed: dict[str, list[str]] = defaultdict(list)
    speech = 0
    for document, stmts in zip(documents, found, strict=True):
        text = document.text
        for gold, cue, overlapped in speech_gold(document, stmts):
            speech += 1
            if overlapped:
                continue
            number, line = _line(text, gold.content[0][0])
            missed[shape_of(text, gold)].append(
                f"  [{document.id} p{number}] cue={cue!r} source={_text(text, gold.source)!r}\n"
                f"    content={_text(text, gold.content)[:160]!r}\n    line={line[:300]!r}")
    total = sum(len(v) for v in missed.values())
    print(f"speech-subset gold {speech}; not overlapped by any statement: {total}")
    for name, _ in SHAPES:
        items = missed.get(name, [])
        print(f"\n== {name}: {len(items)}")
        for item in items if name == args.group else items[:args.show]:
            print(item)


if __name__ == "__main__":
    main()
