"""Calibrate which speech verbs report speech through an object ("called for a ban",
"criticized Sanders for ...") on PolNeAR *train* (never dev), outside its held-out part
(``onrecord.evaluate.polnear.is_held_out``, where the quality gate measures), and write the
list the engine reads: src/onrecord/attribute/data/object_cues.json.

    .venv/bin/python training/object_cues.py [--min-count 3] [--min-precision 0.5]

For every speech verb with no clausal complement, the engine's verb-object rule proposes
the object as content. This script runs the rule with every verb allowed, and keeps a
lemma when the proposals whose content overlaps a gold content (same cue) are at least
``--min-precision`` of its proposals, over at least ``--min-count`` proposals. Deterministic:
the same train split gives the same list.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _report import SHARED  # noqa: E402

OUTPUT = ROOT / "src" / "onrecord" / "attribute" / "data" / "object_cues.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-precision", type=float, default=0.5)
    args = parser.parse_args()

    from onrecord.attribute import load_pipeline, prepare_text
    from onrecord.attribute.clause_rules import clause_findings
    from onrecord.clean import clean_document
    from onrecord.evaluate.polnear import is_held_out
    from onrecord.schema import RawDocument

    rows = [json.loads(line) for line in (SHARED / "data" / "polnear" / "train.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r["primary"] and r["split"] == "train" and not is_held_out(r["article"])]
    nlp = load_pipeline(object_cues="all")  # propose for every speech verb while calibrating
    object_cues = nlp.get_pipe("onrecord_attributions").object_cues
    proposed: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    documents = [clean_document(RawDocument(source=r["doc_id"], text=r["text"])) for r in rows]
    texts = (prepare_text(d) for d in documents)
    with nlp.select_pipes(disable=["onrecord_attributions"]):
        for row, doc in zip(rows, nlp.pipe(texts, batch_size=32)):
            gold = [
                ([(c["start"], c["end"]) for c in a["cue"]], [(c["start"], c["end"]) for c in a["content"]])
                for a in row["attributions"] if a["cue"] and a["content"]
            ]
            for found in clause_findings(doc, [], object_cues=object_cues):
                if found.rule != "verb-object":
                    continue
                lemma = found.cue.lemma_.lower()
                proposed[lemma] += 1
                if any(_overlaps(found.cue_range, c) and _overlaps(found.content, t) for cs, ts in gold for c in cs for t in ts):
                    correct[lemma] += 1
    keep = sorted(
        lemma for lemma, n in proposed.items()
        if n >= args.min_count and correct[lemma] / n >= args.min_precision
    )
    table = {lemma: [correct[lemma], proposed[lemma]] for lemma in sorted(proposed)}
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps({
        "about": "speech verbs whose object reports what was said; calibrated on PolNeAR train, without its held-out part, by training/object_cues.py",
        "articles": len(rows), "min_count": args.min_count, "min_precision": args.min_precision,
        "verbs": keep, "evidence": table,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"{len(keep)} of {len(proposed)} verbs kept -> {OUTPUT}")
    for lemma in keep:
        print(f"  {lemma:14} {correct[lemma]:4}/{proposed[lemma]}")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


if __name__ == "__main__":
    main()
