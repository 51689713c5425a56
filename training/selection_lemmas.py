"""Find what of the learned model's lemmas the selective engine need not look for, measured
with the full engine on PolNeAR *train* (never dev), outside its held-out part, and write
src/onrecord/attribute/data/selection.json.

    .venv/bin/python training/selection_lemmas.py [--budget 0.002] [--form-budget 0.002] [--min-tokens 10]
                                                  [--counts counts.pkl] [--out selection.json]

The learned pass (attribute/learned.py) proposes a candidate at every predicate whose lemma
its model kept at least once in training: 729 lemmas, "have", "make" and "take" among them,
so that nearly every sentence of an article would have to be parsed. Two lists come out:

1. ``rarely_kept``: lemmas whose candidates the model (almost) never keeps. The lemmas are
   left out in order of kept findings per token, fewest first, while the findings so lost
   stay within ``--budget`` of all statements the engine finds on these articles.
2. ``rarely_needed_forms``: word forms of the other lemmas, by the same count per form
   (``--form-budget``), among the forms seen at least ``--min-tokens`` times: a lemma the
   model keeps may have forms it hardly ever keeps ("struggling" of "struggle", "taken" of
   "take"). The shares of tokens these free are counted on the selective engine's units
   (``Selector.reasons``: a form frees only the units that nothing else selects). A rule
   cue's form ("thought", "said") is never left out: it selects its unit whatever the
   learned pass needs, so leaving it out would spend the budget and free nothing.

   Counting instead, per form, the statements the full engine's record has in the units
   that only that form selects (and where it first writes a speaker's name) left out forms
   such as "hoped" and "sought": PolNeAR rarely has them alone in a unit, BBC News often
   does, and the selective engine lost those statements there.

The budgets (stop 44, ``benchmarks/selection_reasons.py`` prices a list on the units of the
first 200 PolNeAR train articles and 150 BBC News development-slice articles; the accuracy
is ``accuracy.py --split train --limit 200`` with each engine): 0.001 / 0.0005 / 30 forms
(before rule cues' forms were kept out of the form list) left 6.4% of the BBC tokens in
units no longer selected, every F1 within 0.003 of the full engine; 0.002 / 0.002 / 10
leaves 10.9% (2 statements of all acts, none of the default record, in those units), every
F1 within 0.003; 0.003 / 0.003 / 10 leaves 12.2%, within 0.004; 0.004 / 0.004 / 10 (rule
forms not kept out) within 0.004; 0.008 / 0.008 / 5, a recall 0.005 lower.
``--counts`` keeps the engine's counts so that budgets are tried without running it again.

Only the engine's own output is read, no gold: the lists say where the model does not
speak, not where the annotators did. The model's fingerprint is stored with them; a
retrained model ignores them until this script is run again (tests/test_selection.py
checks the two agree).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _report import SHARED  # noqa: E402

OUTPUT = ROOT / "src" / "onrecord" / "attribute" / "data" / "selection.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", type=float, default=0.002,
                        help="the most learned findings left out with whole lemmas, as a share of all statements found")
    parser.add_argument("--form-budget", type=float, default=0.002,
                        help="the most learned findings left out with single forms, as a share of all statements")
    parser.add_argument("--min-tokens", type=int, default=10,
                        help="the fewest tokens of a form on these articles for it to be left out")
    parser.add_argument("--counts", help="a file keeping the engine's counts: read when it exists, else written "
                        "(budgets tried without running the engine again)")
    parser.add_argument("--out", type=Path, default=OUTPUT, help="where to write the lists")
    args = parser.parse_args()

    from onrecord.attribute import load_pipeline, prepare_text
    from onrecord.attribute.component import PUBLISHED_KEY, TEXT_KEY
    from onrecord.attribute.learned import load_model
    from onrecord.attribute.quotes import PARSED_TEXT_KEY
    from onrecord.attribute.selection import _PREDICATE_POS, Selector, cue_forms, model_fingerprint
    from onrecord.clean import clean_document
    from onrecord.evaluate.polnear import is_held_out
    from onrecord.schema import RawDocument

    model = load_model()
    if model is None:
        sys.exit("no learned model (src/onrecord/attribute/data/candidates.json)")
    rows = [json.loads(line) for line in (SHARED / "data" / "polnear" / "train.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r["primary"] and r["split"] == "train" and not is_held_out(r["article"])]
    nlp = load_pipeline(selective=False)
    selector = Selector(nlp, learned=model.lemmas)  # every form counted, none left out yet
    paragraphs = nlp.get_pipe("onrecord_paragraphs")

    def docs():
        for row in rows:
            document = clean_document(RawDocument(source=row["doc_id"], text=row["text"]), languages=None)
            prepared = prepare_text(document)
            doc = nlp.make_doc(prepared)
            doc.user_data[PARSED_TEXT_KEY] = prepared
            doc.user_data[TEXT_KEY] = document.text
            doc.user_data[PUBLISHED_KEY] = None
            yield doc

    if args.counts and Path(args.counts).is_file():
        with open(args.counts, "rb") as handle:
            tokens, kept, form_tokens, form_kept, statements, units = pickle.load(handle)
    else:
        tokens, kept, form_tokens, form_kept, statements, units = count(nlp, docs(), selector, paragraphs, model)
        if args.counts:
            with open(args.counts, "wb") as handle:
                pickle.dump((tokens, kept, form_tokens, form_kept, statements, units), handle)
    # 1. lemmas whose candidates the model (almost) never keeps, fewest findings per token first
    order = sorted(model.lemmas, key=lambda lemma: (kept[lemma] / (tokens[lemma] + 1), -tokens[lemma], lemma))
    left_out, lost = [], 0
    for lemma in order:
        if lost + kept[lemma] > args.budget * statements:
            break
        lost += kept[lemma]
        left_out.append(lemma)
    # 2. forms of the other lemmas whose candidates the model (almost) never keeps, the same way
    #    (a rule cue's form selects its unit whatever the learned pass needs: leaving it out frees nothing)
    rules = {nlp.vocab.strings[h] for h in selector.rule_hashes.tolist()}
    remaining = cue_forms(nlp, model.lemmas - set(left_out), _PREDICATE_POS)
    forms_out, form_lost = rare_forms(remaining - rules, form_tokens, form_kept, args.form_budget * statements, args.min_tokens)
    freed = sum(n for n, forms in units if forms & remaining and forms & remaining <= set(forms_out))
    args.out.write_text(json.dumps({
        "model_sha256": model_fingerprint(),
        "budget": args.budget,
        "form_budget": args.form_budget,
        "min_tokens": args.min_tokens,
        "articles": len(rows),
        "tokens": sum(tokens.values()),
        "statements": statements,
        "findings_left_out": lost,
        "form_findings_left_out": form_lost,
        "tokens_freed_by_forms": freed,
        "rarely_kept": sorted(left_out),
        "rarely_needed_forms": sorted(forms_out),
    }, indent=1) + "\n", encoding="utf-8")
    print(f"{len(left_out)} of {len(model.lemmas)} lemmas left out ({lost} findings); then {len(forms_out)} forms "
          f"({form_lost} findings; units of {freed:,} of {sum(tokens.values()):,} tokens no longer selected) of "
          f"{statements:,} statements on {len(rows)} train articles; wrote {args.out}")


def count(nlp, docs, selector, paragraphs, model):
    """Per lemma and per form: tokens and the learned model's kept candidates; the statements
    the full engine finds; the units only learned-pass forms select (tokens, forms)."""
    from onrecord.attribute.component import CANDIDATES_KEY
    from onrecord.attribute.quotes import PARSED_TEXT_KEY

    tokens: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    form_tokens: Counter[str] = Counter()
    form_kept: Counter[str] = Counter()
    statements = 0
    # the units that only learned-pass forms select: their tokens and forms (what leaving forms out frees)
    units: list[tuple[int, set[str]]] = []
    for doc in nlp.pipe(docs, batch_size=32):
        statements += len(doc._.statements)
        tokens.update(t.lemma_.lower() for t in doc)
        best: dict[int, str] = {}
        for candidate in doc.user_data[CANDIDATES_KEY]:
            if candidate.probability >= model.threshold:
                best[candidate.found.cue.i] = candidate.found.cue.lemma_.lower()
        kept.update(best.values())
        form_tokens.update(t.lower_ for t in doc)
        form_kept.update(doc[i].lower_ for i in best)
        fresh = nlp.make_doc(doc.text)  # the units as the selective engine cuts them, before any parse
        paragraphs(fresh)
        units += [(end - start, forms) for start, end, reason, forms in selector.reasons(fresh, doc.user_data[PARSED_TEXT_KEY])
                  if reason == "learned"]
    return tokens, kept, form_tokens, form_kept, statements, units


def rare_forms(forms: set[str], tokens: Counter[str], kept: Counter[str], budget: float,
               min_tokens: int) -> tuple[list[str], int]:
    """The forms whose candidates the model keeps fewest per token, fewest first, while the
    findings so lost stay within ``budget``; only a form seen ``min_tokens`` times may go
    (a form the articles hardly hold says nothing of how rarely it is kept)."""
    order = sorted((form for form in forms if tokens[form] >= min_tokens),
                   key=lambda form: (kept[form] / (tokens[form] + 1), -tokens[form], form))
    left_out, lost = [], 0
    for form in order:
        if lost + kept[form] > budget:
            break
        lost += kept[form]
        left_out.append(form)
    return left_out, lost


if __name__ == "__main__":
    main()
