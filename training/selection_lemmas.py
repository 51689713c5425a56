"""Find the learned model's lemmas that the selective engine need not look for: those whose
candidates the model (almost) never keeps, measured with the full engine on PolNeAR *train*
(never dev), outside its held-out part, and write src/onrecord/attribute/data/selection.json.

    .venv/bin/python training/selection_lemmas.py [--budget 0.001]

The learned pass (attribute/learned.py) proposes a candidate at every predicate whose lemma
its model kept at least once in training: 729 lemmas, "have", "make" and "take" among them,
so that nearly every sentence of an article would have to be parsed. This script counts, for
each of those lemmas, its tokens and the findings the model keeps at them; it then leaves
out the lemmas in order of findings per token, fewest first, while the findings so lost stay
within ``--budget`` of all statements the engine finds on these articles. Only the engine's
own output is read, no gold: the list says where the model does not speak, not where the
annotators did. The model's fingerprint is stored with the list; a retrained model ignores
it until this script is run again (tests/test_selection.py checks the two agree).
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

OUTPUT = ROOT / "src" / "onrecord" / "attribute" / "data" / "selection.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", type=float, default=0.001,
                        help="the most learned findings left out, as a share of all statements found")
    args = parser.parse_args()

    from onrecord.attribute import load_pipeline, prepare_text
    from onrecord.attribute.component import CANDIDATES_KEY, PUBLISHED_KEY, TEXT_KEY
    from onrecord.attribute.learned import load_model
    from onrecord.attribute.quotes import PARSED_TEXT_KEY
    from onrecord.attribute.selection import model_fingerprint
    from onrecord.clean import clean_document
    from onrecord.evaluate.polnear import is_held_out
    from onrecord.schema import RawDocument

    model = load_model()
    if model is None:
        sys.exit("no learned model (src/onrecord/attribute/data/candidates.json)")
    rows = [json.loads(line) for line in (SHARED / "data" / "polnear" / "train.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r["primary"] and r["split"] == "train" and not is_held_out(r["article"])]
    nlp = load_pipeline(selective=False)

    def docs():
        for row in rows:
            document = clean_document(RawDocument(source=row["doc_id"], text=row["text"]), languages=None)
            prepared = prepare_text(document)
            doc = nlp.make_doc(prepared)
            doc.user_data[PARSED_TEXT_KEY] = prepared
            doc.user_data[TEXT_KEY] = document.text
            doc.user_data[PUBLISHED_KEY] = None
            yield doc

    tokens: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    statements = 0
    for doc in nlp.pipe(docs(), batch_size=32):
        statements += len(doc._.statements)
        tokens.update(t.lemma_.lower() for t in doc)
        best: dict[int, str] = {}
        for candidate in doc.user_data[CANDIDATES_KEY]:
            if candidate.probability >= model.threshold:
                best[candidate.found.cue.i] = candidate.found.cue.lemma_.lower()
        kept.update(best.values())
    order = sorted(model.lemmas, key=lambda lemma: (kept[lemma] / (tokens[lemma] + 1), -tokens[lemma], lemma))
    left_out, lost = [], 0
    for lemma in order:
        if lost + kept[lemma] > args.budget * statements:
            break
        lost += kept[lemma]
        left_out.append(lemma)
    saved = sum(tokens[lemma] for lemma in left_out)
    OUTPUT.write_text(json.dumps({
        "model_sha256": model_fingerprint(),
        "budget": args.budget,
        "articles": len(rows),
        "statements": statements,
        "findings_left_out": lost,
        "rarely_kept": sorted(left_out),
    }, indent=1) + "\n", encoding="utf-8")
    print(f"{len(left_out)} of {len(model.lemmas)} lemmas left out ({saved:,} tokens); {lost} of {statements:,} "
          f"statements lost on {len(rows)} train articles; wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
