"""Fit the act model on PolNeAR *train* (never dev, never the gate's held-out part) and write
the file the engine reads: src/onrecord/attribute/data/act_model.json
(``onrecord.attribute.act_model``).

    .venv/bin/python training/act_model.py [--folds 5] [--min-count 3]

1. Every primary train article outside the held-out part is cleaned and parsed as
   ``onrecord eval polnear`` parses it (training/confidence_model.py's ``parse_train``).
2. The engine runs with its rule acts only (the act model switched off); each statement
   gets the act model's features (``act_model.features``) and its label: 1 when its
   attribution matches a gold attribution (content overlap, full set) whose cue act is
   speech or writing (``evaluate.acts.gold_act``) — or, for a statement the rules already
   put in the default record, any gold attribution (what the record's precision counts as
   right) — else 0.
3. A logistic regression (L2, full-batch Adam, training/candidate_model.py's) is
   cross-fitted over ``--folds`` folds of articles (article number modulo folds); on its
   out-of-fold probabilities, the thresholds ``out_below`` (a statement of speech or
   writing leaves the default record under it) and ``in_from`` (a belief, intention or
   stance joins it from it) are chosen on a grid: among the pairs whose content-overlap
   F1 of the default record against the said-or-written gold (``evaluate.acts.score_view``)
   is within ``F1_TOLERANCE`` of the best and whose precision does not fall, the one that
   overrules least (lowest ``out_below``, then highest ``in_from``).
4. The regression is refitted on every statement; the file holds its weights and the pair.

Deterministic. A few minutes on one core, most of it parsing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import candidate_model  # noqa: E402
import confidence_model  # noqa: E402

OUTPUT = ROOT / "src" / "onrecord" / "attribute" / "data" / "act_model.json"
OUT_BELOW = (0.0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
IN_FROM = (0.6, 0.7, 0.8, 0.9, 1.01)
F1_TOLERANCE = 0.0005


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=3.0)
    parser.add_argument("--min-count", type=int, default=3, help="features seen fewer times are dropped")
    parser.add_argument("--epochs", type=int, default=400)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    started = time.time()
    _, evaluated, docs = confidence_model.parse_train()
    print(f"{len(docs)} articles parsed in {time.time() - started:.0f}s", file=sys.stderr)
    statements, examples = labelled(evaluated, docs, args.folds)
    print(f"{len(examples)} statements, {sum(e[1] for e in examples)} said or written", file=sys.stderr)
    vocabulary = candidate_model._vocabulary(examples, args.min_count)
    scores = candidate_model.cross_fitted(examples, vocabulary, args.l2, args.epochs, args.folds)
    out_below, in_from, table = choose_thresholds(evaluated, statements, scores.tolist())
    for row in table:
        print("  out<{:.2f} in>={:.2f}: P {:.4f} R {:.4f} F1 {:.4f}".format(*row), file=sys.stderr)
    weights = candidate_model.fit(examples, vocabulary, args.l2, args.epochs)
    kept = candidate_model.named_weights(vocabulary, weights)
    from onrecord.attribute.act_model import FEATURES_VERSION

    args.output.write_text(json.dumps({
        "about": "act model: logistic regression over statement features giving the probability that a statement "
                 "reports speech or writing; fitted on PolNeAR train by training/act_model.py",
        "features_version": FEATURES_VERSION,
        "positive": "a statement the rules put in the default record: its attribution matches any gold attribution; "
                    "one they leave out: it matches a gold attribution whose cue act is speech or writing",
        "training": {"articles": len(docs), "statements": len(examples), "positive": int(sum(e[1] for e in examples)),
                     "folds": args.folds, "l2": args.l2, "min_count": args.min_count, "epochs": args.epochs},
        "out_below": out_below,
        "in_from": in_from,
        "weights": dict(sorted(kept.items())),
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"out_below {out_below}, in_from {in_from}; {len(kept)} weights -> {args.output} "
          f"in {time.time() - started:.0f}s")


def labelled(evaluated, docs, folds: int):
    """Per article its statements (rule acts), and per statement (features, label, fold)."""
    from onrecord.attribute import act_model
    from onrecord.attribute.clause_rules import calibrated_object_cues
    from onrecord.attribute.component import find_statements

    cues = calibrated_object_cues()
    original = act_model.load_model
    act_model.load_model = lambda: None  # the rule acts, and the features of each statement
    try:
        statements, examples = [], []
        for number, (document, doc) in enumerate(zip(evaluated, docs)):
            found = find_statements(doc, object_cues=cues)
            statements.append(found)
            for names, label in zip(doc.user_data[act_model.ACT_FEATURES_KEY], said_labels(document, found)):
                examples.append((names, int(label), number % folds))
    finally:
        act_model.load_model = original
    return statements, examples


def said_labels(document, statements) -> list[bool]:
    """For each statement its label (module docstring, step 2), under the matching of
    ``evaluate.calibration.statement_labels``."""
    from onrecord.evaluate.acts import gold_act
    from onrecord.evaluate.calibration import MATCHING
    from onrecord.evaluate.metrics import score_document
    from onrecord.evaluate.predict import statement_groups, statements_to_attributions
    from onrecord.schema import DEFAULT_ACTS

    groups = statement_groups(statements, join_continuations=document.joins_continuations)
    made = [statements_to_attributions(g, join_continuations=document.joins_continuations,
                                       cut_attribution=document.cuts_attribution)[0] for g in groups]
    order = sorted(range(len(made)), key=lambda i: (made[i].start, made[i].cue))
    result = score_document(document, [made[i] for i in order])
    matched = {order[p]: gold_act(document.text, result.gold[g].attribution) in DEFAULT_ACTS
               for g, p in result.matches[MATCHING].items()}
    # a statement the rules put in the record belongs there when PolNeAR marks it at all (the
    # precision the record is scored by); one they leave out, when it reports speech or writing
    right = {id(s): number in matched and (matched[number] or s.act in DEFAULT_ACTS)
             for number, group in enumerate(groups) for s in group}
    return [right[id(s)] for s in statements]


def overruled(statement, p: float, out_below: float, in_from: float) -> str:
    """The act the engine would give with these thresholds: only in or out matters here."""
    from onrecord.schema import DEFAULT_ACTS

    if statement.act in DEFAULT_ACTS and p < out_below:
        return "belief"
    if statement.act not in DEFAULT_ACTS and p >= in_from:
        return "speech"
    return statement.act


def default_record(evaluated, statements, scores, out_below: float, in_from: float) -> tuple[float, float, float]:
    """Precision, recall, F1 of the default record against the said-or-written gold
    (content overlap) with these thresholds."""
    from onrecord.evaluate.acts import said_or_written, score_view
    from onrecord.schema import DEFAULT_ACTS

    it = iter(scores)
    acted = [[s.model_copy(update={"act": overruled(s, next(it), out_below, in_from)}) for s in found]
             for found in statements]
    view = score_view("default", evaluated, acted, lambda s: s.act in DEFAULT_ACTS, said_or_written)
    counts = view.counts["content.overlap"]
    precision = counts.tp_pred / counts.pred if counts.pred else 0.0
    recall = counts.tp_gold / counts.gold if counts.gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def choose_thresholds(evaluated, statements, scores):
    """The (out_below, in_from) pair of the grid with the best F1 whose precision is not
    below the rule acts' own; and the table of every pair tried."""
    table = []
    for out_below in OUT_BELOW:
        for in_from in IN_FROM:
            table.append((out_below, in_from, *default_record(evaluated, statements, scores, out_below, in_from)))
    base = next(r for r in table if r[0] == 0.0 and r[1] > 1.0)
    allowed = [r for r in table if r[2] >= base[2]]
    top = max(r[4] for r in allowed)
    # within F1_TOLERANCE of the best, the pair that overrules least: the rule act stands
    # wherever the model is not clearly confident
    best = min((r for r in allowed if r[4] >= top - F1_TOLERANCE), key=lambda r: (r[0], -r[1]))
    return best[0], best[1], table


if __name__ == "__main__":
    main()
