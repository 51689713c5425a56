"""Fit the confidence calibration on PolNeAR *train* (never dev) and write the map the engine
reads: src/onrecord/attribute/data/confidence.json (``onrecord.attribute.confidence``).

    .venv/bin/python training/confidence_model.py [--folds 5] [--min-count 5]

The held-out part of train (``onrecord.evaluate.polnear.is_held_out``), on which the
quality gate pins the engine's figures, is always left out.

1. Every primary train article outside the held-out part is cleaned and parsed as
   ``onrecord eval polnear`` does (publication date included).
2. Out of fold: the articles are split into ``--folds`` folds (article number modulo
   folds, as training/candidate_model.py splits them). For each fold the learned-cue model
   is refitted on the other folds (same features, penalty and threshold as the shipped
   ``candidates.json``), and the engine runs over the fold's articles with it, so that a
   learned cue's probability is never one the model saw the answer to. Each statement gets
   its calibration features (``confidence.features``) and its label: right when its
   attribution matches a gold one under the content-overlap matching
   (``onrecord.evaluate.calibration.statement_labels``).
3. A logistic regression (L2, full-batch Adam, numpy only) over the features is
   cross-fitted over the same folds; its penalty is the one of ``--l2`` with the lowest
   out-of-fold log loss. Pool-adjacent-violators on the out-of-fold probabilities gives
   the isotonic map from the regression's probability to the share of right statements.
4. The regression is refitted on every statement; the file holds its weights and the map.

Deterministic: no random state; the same train split and models give the same file. About
ten minutes on one core, most of it parsing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import candidate_model  # noqa: E402

OUTPUT = ROOT / "src" / "onrecord" / "attribute" / "data" / "confidence.json"
LEARNED = ROOT / "src" / "onrecord" / "attribute" / "data" / "candidates.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, nargs="+", default=[0.3, 1.0, 3.0, 10.0, 30.0],
                        help="L2 penalties to try (sum over weights); the best out of fold is kept")
    parser.add_argument("--min-count", type=int, default=5, help="features seen fewer times are dropped")
    parser.add_argument("--epochs", type=int, default=400)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    started = time.time()
    rows, evaluated, docs = parse_train()
    print(f"{len(docs)} articles parsed in {time.time() - started:.0f}s", file=sys.stderr)
    names, labels, folds = out_of_fold_statements(rows, evaluated, docs, args.folds)
    print(f"{len(labels)} statements, {sum(labels)} right, in {time.time() - started:.0f}s", file=sys.stderr)

    examples = [(f, y, fold) for f, y, fold in zip(names, labels, folds)]
    vocabulary = candidate_model._vocabulary(examples, args.min_count)
    truth = numpy.array(labels, dtype=float)
    best = None
    for l2 in args.l2:
        scores = candidate_model.cross_fitted(examples, vocabulary, l2, args.epochs, args.folds)
        loss = log_loss(scores, truth)
        print(f"  l2 {l2}: out-of-fold log loss {loss:.4f}", file=sys.stderr)
        if best is None or loss < best[1] - 1e-9:
            best = (l2, loss, scores)
    l2, loss, scores = best
    points = isotonic(scores, truth)
    weights = candidate_model.fit(examples, vocabulary, l2, args.epochs)
    kept = candidate_model.named_weights(vocabulary, weights)
    from onrecord.attribute.confidence import FEATURES_VERSION

    args.output.write_text(json.dumps({
        "about": "confidence calibration: logistic regression over statement features, then an isotonic map; "
                 "fitted on PolNeAR train by training/confidence_model.py",
        "features_version": FEATURES_VERSION,
        "right": "the statement's attribution matches a gold attribution (content overlap, full set)",
        "training": {
            "articles": len(docs), "statements": len(labels), "right": int(sum(labels)), "folds": args.folds,
            "l2": l2, "min_count": args.min_count, "epochs": args.epochs,
            "out_of_fold": {"log_loss": round(loss, 4), "ece_before_isotonic": round(ece(scores, truth), 4)},
        },
        "isotonic": [[round(x, 4), round(y, 4)] for x, y in points],
        "weights": dict(sorted(kept.items())),
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"l2 {l2}: out-of-fold log loss {loss:.4f}, ECE before the isotonic map {ece(scores, truth):.4f}; "
          f"{len(kept)} weights, {len(points)} isotonic points -> {args.output} in {time.time() - started:.0f}s")


def parse_train():
    """The train rows, their EvalDocuments and their Docs, parsed as ``onrecord eval
    polnear`` parses them, without the attribution component (run per fold below)."""
    from onrecord.attribute import load_pipeline, prepare_text
    from onrecord.attribute.component import PUBLISHED_KEY, TEXT_KEY
    from onrecord.attribute.quotes import PARSED_TEXT_KEY
    from onrecord.clean import clean_document
    from onrecord.evaluate.polnear import parse_article
    from onrecord.schema import RawDocument

    rows, _ = candidate_model.train_rows()
    evaluated = [parse_article(r) for r in rows]
    nlp = load_pipeline()

    def made():
        for document in evaluated:
            cleaned = clean_document(RawDocument(source=document.id, text=document.text, published=document.published), languages=None)
            prepared = prepare_text(cleaned)
            doc = nlp.make_doc(prepared)
            doc.user_data[PARSED_TEXT_KEY] = prepared
            doc.user_data[PUBLISHED_KEY] = cleaned.published
            doc.user_data[TEXT_KEY] = cleaned.text
            yield doc

    docs = list(nlp.pipe(made(), batch_size=32, disable=["onrecord_attributions"]))
    return rows, evaluated, docs


def out_of_fold_statements(rows, evaluated, docs, folds: int):
    """Per statement: its features, whether it is right, its fold; the learned cues of each
    fold scored by a model fitted on the other folds."""
    from onrecord.attribute import confidence, learned
    from onrecord.attribute.clause_rules import calibrated_object_cues
    from onrecord.attribute.component import CONFIDENCE_FEATURES_KEY, find_statements
    from onrecord.evaluate.calibration import statement_labels

    shipped = json.loads(LEARNED.read_text(encoding="utf-8"))
    settings = shipped["training"]
    cues = calibrated_object_cues()
    original_model, original_calibration = learned.load_model, confidence.load_calibration
    confidence.load_calibration = lambda: None  # the features only; nothing calibrated yet
    try:
        for doc in docs:  # every predicate scored, as training/candidate_model.py scores them
            doc._.statements = find_statements(doc, object_cues=cues, propose_all=True)
        examples, _ = candidate_model.collect(parsed=docs)
        vocabulary = candidate_model._vocabulary(examples, settings["min_count"])
        names, labels, fold_of = [], [], []
        for fold in range(folds):
            train = [e for e in examples if e[2] % folds != fold]
            weights = candidate_model.fit(train, vocabulary, settings["l2"], settings["epochs"])
            probabilities = candidate_model.predict(train, vocabulary, weights)
            ordered = sorted(vocabulary, key=vocabulary.get)
            model = learned.Model(
                weights={n: float(w) for n, w in zip(ordered, weights)}, threshold=shipped["threshold"],
                lemmas=frozenset(e[4] for e, p in zip(train, probabilities) if p >= shipped["threshold"]),
            )
            learned.load_model = lambda model=model: model
            for number, (document, doc) in enumerate(zip(evaluated, docs)):
                if number % folds != fold:
                    continue
                statements = find_statements(doc, object_cues=cues)
                names.extend(doc.user_data[CONFIDENCE_FEATURES_KEY])
                labels.extend(int(x) for x in statement_labels(document, statements))
                fold_of.extend([fold] * len(statements))
            print(f"  fold {fold}: {len(labels)} statements so far", file=sys.stderr)
    finally:
        learned.load_model, confidence.load_calibration = original_model, original_calibration
    return names, labels, fold_of


def isotonic(scores: numpy.ndarray, truth: numpy.ndarray) -> list[tuple[float, float]]:
    """Pool-adjacent-violators: a non-decreasing map from score to the share of right
    statements, as (mean score, share) per pooled block."""
    blocks: list[list[float]] = []  # [sum of labels, count, sum of scores]
    for i in numpy.argsort(scores, kind="stable"):
        blocks.append([float(truth[i]), 1.0, float(scores[i])])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            y, n, x = blocks.pop()
            blocks[-1][0] += y
            blocks[-1][1] += n
            blocks[-1][2] += x
    return [(x / n, y / n) for y, n, x in blocks]


def log_loss(scores: numpy.ndarray, truth: numpy.ndarray) -> float:
    p = numpy.clip(scores, 1e-6, 1 - 1e-6)
    return float(-numpy.mean(truth * numpy.log(p) + (1 - truth) * numpy.log(1 - p)))


def ece(scores: numpy.ndarray, truth: numpy.ndarray, bins: int = 10) -> float:
    from onrecord.evaluate.calibration import expected_calibration_error, reliability

    value = expected_calibration_error(reliability(zip(scores.tolist(), truth.tolist()), bins))
    return math.nan if value is None else value


if __name__ == "__main__":
    main()
