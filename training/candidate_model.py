"""Train the learned-cue classifier on PolNeAR *train* (never dev) and write the weights the
engine reads: src/onrecord/attribute/data/candidates.json.

    .venv/bin/python training/candidate_model.py [--folds 5] [--l2 1.0] [--min-count 3]

The held-out part of train (``onrecord.evaluate.polnear.is_held_out``, 32 articles), on
which the quality gate pins the engine's figures, is always left out. To measure a change
on more articles the model never saw, train with ``--hold-out 300`` (the first 300 primary
train articles are left out too) and run ``onrecord eval polnear --split train --limit
300``; then retrain without it to ship.

1. The engine runs over every primary train article outside the held-out part;
   ``onrecord.attribute.learned`` lists its candidates (predicates with a complement that
   no rule used) with their features.
2. A candidate is positive when it finds a gold attribution the rules missed: its cue
   overlaps the gold cue and its content covers more than 30% of the gold content. When
   several candidates of one cue find the same gold, only those whose content is closest
   to the gold's (Jaccard over characters) are positive, since the engine keeps one.
3. A logistic regression (L2, full-batch Adam, numpy only) is fitted. The threshold is
   the one that maximises the content F1 (overlap) of rules plus kept candidates on
   out-of-fold predictions (articles split into ``--folds`` folds), then the model is
   refitted on all of train. The engine proposes candidates only for the lemmas that the
   final model keeps at least once on train (``lemmas`` in the file).

Deterministic: no random state; the same train split gives the same file. About five
minutes on one core, most of it parsing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _report import SHARED  # noqa: E402

OUTPUT = ROOT / "src" / "onrecord" / "attribute" / "data" / "candidates.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty (sum over weights, not averaged)")
    parser.add_argument("--min-count", type=int, default=3, help="features seen fewer times are dropped")
    parser.add_argument("--epochs", type=int, default=400)
    parser.add_argument("--hold-out", type=int, default=0, metavar="N",
                        help="also leave the first N primary train articles out (for measuring, not shipping)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    started = time.time()
    examples, totals = collect(args.hold_out)
    print(f"{len(examples)} candidates from {totals['articles']} articles in {time.time() - started:.0f}s; "
          f"{sum(e[1] for e in examples)} positive; gold {totals['gold']}, rules find {totals['rules_tp']} "
          f"with {totals['rules_predicted']} predictions", file=sys.stderr)

    vocabulary = _vocabulary(examples, args.min_count)
    out_of_fold = cross_fitted(examples, vocabulary, args.l2, args.epochs, args.folds)
    threshold, f1, gain = choose_threshold(examples, out_of_fold, totals)
    weights = fit(examples, vocabulary, args.l2, args.epochs)

    final = predict(examples, vocabulary, weights)
    lemmas = sorted({e[4] for e, p in zip(examples, final) if p >= threshold})
    kept = named_weights(vocabulary, weights)
    from onrecord.attribute.learned import FEATURES_VERSION

    args.output.write_text(json.dumps({
        "about": "learned cues: logistic regression over candidate predicates; trained on PolNeAR train by training/candidate_model.py",
        "features_version": FEATURES_VERSION,
        "threshold": round(threshold, 3),
        "training": {
            "articles": totals["articles"], "held_out": args.hold_out, "gate_slice_left_out": totals["gate_slice"],
            "candidates": len(examples),
            "positive": int(sum(e[1] for e in examples)), "folds": args.folds, "l2": args.l2,
            "min_count": args.min_count, "epochs": args.epochs,
            "out_of_fold": {"content_overlap_f1_rules_only": round(_f1(totals["rules_tp"], totals["rules_predicted"], totals["gold"]), 4),
                            "content_overlap_f1_with_model": round(f1, 4), "gold_found_by_model": gain},
        },
        "lemmas": lemmas,
        "weights": dict(sorted(kept.items())),
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.3f}: out-of-fold content F1 {f1:.4f} "
          f"(rules alone {_f1(totals['rules_tp'], totals['rules_predicted'], totals['gold']):.4f}); "
          f"{len(kept)} weights -> {args.output} in {time.time() - started:.0f}s")
    top = sorted(kept.items(), key=lambda kv: -kv[1])[:25]
    for name, w in top:
        print(f"  {w:+.2f} {name}")


def train_rows(hold_out: int = 0) -> tuple[list[dict], Counter]:
    """The primary PolNeAR train articles outside the held-out part of train (and after the
    first ``hold_out``), as jsonl rows, with the count of held-out ones left out."""
    from onrecord.evaluate.polnear import is_held_out

    rows = [json.loads(line) for line in (SHARED / "data" / "polnear" / "train.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r["primary"] and r["split"] == "train"][hold_out:]
    totals: Counter = Counter(gate_slice=sum(1 for r in rows if is_held_out(r["article"])))
    return [r for r in rows if not is_held_out(r["article"])], totals


def collect(hold_out: int = 0, parsed=None) -> tuple[list[tuple[list[str], int, int, int | None, str, tuple[int, int]]], Counter]:
    """(features, label, article number, gold id or None, lemma, cue) per candidate, and totals,
    leaving out the held-out part of train and the first ``hold_out`` articles.

    parsed: the Docs of ``train_rows(hold_out)`` already attributed with ``propose_all``
        (training/confidence_model.py parses once for both models); parsed here when None.
    """
    from onrecord.attribute import load_pipeline, prepare_text
    from onrecord.attribute.component import CANDIDATES_KEY
    from onrecord.clean import clean_document
    from onrecord.evaluate.predict import statements_to_attributions
    from onrecord.schema import RawDocument

    rows, totals = train_rows(hold_out)
    if parsed is None:
        nlp = load_pipeline(propose_all=True)  # score every predicate, not only those a model kept before
        documents = [clean_document(RawDocument(source=r["doc_id"], text=r["text"]), languages=None) for r in rows]
        parsed = nlp.pipe((prepare_text(d) for d in documents), batch_size=32)
    examples: list[tuple[list[str], int, int, int | None, str, tuple[int, int]]] = []
    gold_id = 0
    for number, (row, doc) in enumerate(zip(rows, parsed)):
        totals["articles"] += 1
        gold, seen = [], set()
        for a in row["attributions"]:
            key = json.dumps([a["source"], a["cue"], a["content"]])
            if a["content"] and key not in seen:
                seen.add(key)
                gold.append(([(c["start"], c["end"]) for c in a["cue"]], [(c["start"], c["end"]) for c in a["content"]], gold_id))
                gold_id += 1
        rules = [s for s in doc._.statements if not (s.explanation or "").startswith("learned")]
        predicted = statements_to_attributions(rules, join_continuations=True)
        matched = {g for cues, content, g in gold if any(_covers(p.content, content) for p in predicted)}
        totals["gold"] += len(gold)
        totals["rules_tp"] += len(matched)
        totals["rules_predicted"] += len(predicted)
        candidates = doc.user_data[CANDIDATES_KEY]
        hits = [next(((g, content) for cues, content, g in gold if g not in matched
                      and any(_overlap(c.found.cue_range, q) for q in cues) and _covers([c.found.content], content)), None)
                for c in candidates]
        positives = closest_only([((hit[0], c.found.cue.i), _jaccard([c.found.content], hit[1])) if hit else None
                                  for c, hit in zip(candidates, hits)])
        for candidate, hit, positive in zip(candidates, hits, positives):
            f = candidate.found
            examples.append((candidate.features, int(positive), number, hit[0] if positive else None,
                             f.cue.lemma_.lower(), (number, f.cue.i)))
    return examples, totals


def closest_only(found: list[tuple[tuple[int, int], float] | None]) -> list[bool]:
    """Which candidates are positive examples. Each finds a gold, given as ((gold id, cue
    token), closeness to the gold content), or None. The engine keeps one content per cue,
    so among a cue's candidates that find the same gold only the closest are positive."""
    best: dict[tuple[int, int], float] = {}
    for item in found:
        if item is not None:
            best[item[0]] = max(best.get(item[0], 0.0), item[1])
    return [item is not None and item[1] >= best[item[0]] for item in found]


def _jaccard(predicted, gold) -> float:
    shared = sum(_overlap(p, g) for p in predicted for g in gold)
    total = sum(e - s for s, e in predicted) + sum(e - s for s, e in gold) - shared
    return shared / total if total else 0.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covers(predicted, gold) -> bool:
    """Whether predicted segments cover more than 30% of the gold content."""
    length = sum(e - s for s, e in gold)
    return length > 0 and sum(_overlap(p, g) for p in predicted for g in gold) > 0.3 * length


def _vocabulary(examples, min_count: int) -> dict[str, int]:
    counts = Counter(f for features, *_ in examples for f in set(features))
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count or f == "bias"))}


def _design(examples, vocabulary) -> tuple[numpy.ndarray, numpy.ndarray]:
    rows, cols = [], []
    for row, (features, *_) in enumerate(examples):
        for f in set(features):
            if f in vocabulary:
                rows.append(row)
                cols.append(vocabulary[f])
    return numpy.array(rows, dtype=numpy.int64), numpy.array(cols, dtype=numpy.int64)


def fit(examples, vocabulary, l2: float, epochs: int) -> numpy.ndarray:
    """Full-batch Adam on the mean log loss plus ``l2 / n`` times the squared weights."""
    rows, cols = _design(examples, vocabulary)
    labels = numpy.array([e[1] for e in examples], dtype=numpy.float64)
    n = len(examples)
    weights = numpy.zeros(len(vocabulary))
    m = numpy.zeros_like(weights)
    v = numpy.zeros_like(weights)
    rate, beta1, beta2 = 0.1, 0.9, 0.999
    for step in range(1, epochs + 1):
        scores = numpy.bincount(rows, weights=weights[cols], minlength=n)
        residual = 1.0 / (1.0 + numpy.exp(-scores)) - labels
        gradient = numpy.bincount(cols, weights=residual[rows], minlength=len(weights)) / n + 2 * l2 / n * weights
        m = beta1 * m + (1 - beta1) * gradient
        v = beta2 * v + (1 - beta2) * gradient**2
        weights -= rate * (m / (1 - beta1**step)) / (numpy.sqrt(v / (1 - beta2**step)) + 1e-8)
    return weights


def predict(examples, vocabulary, weights) -> numpy.ndarray:
    rows, cols = _design(examples, vocabulary)
    scores = numpy.bincount(rows, weights=weights[cols], minlength=len(examples))
    return 1.0 / (1.0 + numpy.exp(-scores))


def cross_fitted(examples, vocabulary, l2: float, epochs: int, folds: int) -> numpy.ndarray:
    """Out-of-fold probabilities of the regression: an example's fold is its third field
    modulo ``folds`` (an article number, so one article's examples share a fold)."""
    scores = numpy.zeros(len(examples))
    fold_of = numpy.array([e[2] % folds for e in examples])
    for fold in range(folds):
        inside = fold_of != fold
        weights = fit([e for e, t in zip(examples, inside) if t], vocabulary, l2, epochs)
        scores[~inside] = predict([e for e, t in zip(examples, inside) if not t], vocabulary, weights)
    return scores


def named_weights(vocabulary, weights) -> dict[str, float]:
    """The weights a model file keeps: by feature name, rounded, the near-zero ones left out."""
    ordered = sorted(vocabulary, key=vocabulary.get)
    return {name: round(float(w), 4) for name, w in zip(ordered, weights) if abs(w) >= 1e-4}


def _f1(tp: int, predicted: int, gold: int) -> float:
    return 2 * tp / (predicted + gold) if predicted + gold else 0.0


def choose_threshold(examples, probabilities, totals) -> tuple[float, float, int]:
    """The threshold maximising rules-plus-model content F1; a gold found twice counts once,
    and a cue keeps only its likeliest candidate, as the engine does."""
    order = numpy.argsort(-probabilities, kind="stable")
    found: set[int] = set()
    cues: set[tuple[int, int]] = set()
    best = (1.0, _f1(totals["rules_tp"], totals["rules_predicted"], totals["gold"]), 0)
    for index in order:
        if examples[index][5] in cues:
            continue
        cues.add(examples[index][5])
        hit = examples[index][3]
        if hit is not None:
            found.add(hit)
        f1 = _f1(totals["rules_tp"] + len(found), totals["rules_predicted"] + len(cues), totals["gold"])
        if f1 > best[1]:
            best = (float(probabilities[index]), f1, len(found))
    return best


if __name__ == "__main__":
    main()
