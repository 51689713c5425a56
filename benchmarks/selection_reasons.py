"""What each reason of the selective engine's cheap pass brings: tokens and statements. One process.

    .venv/bin/python benchmarks/selection_reasons.py [--corpus polnear|bbc] [--limit 200] [--save units.pkl]

``polnear``: the first ``--limit`` primary articles of PolNeAR *train* (as ``accuracy.py
--split train --limit N`` reads them); ``bbc``: the first ``--limit`` BBC News texts of the
development slices (``selective_profile.dev_articles``). The full engine analyses every
article; each unit the cheap pass cuts (``selection.Selector``) gets its reason ("mark",
"rule", "headline", "learned" or none), and each statement the unit that holds its cue (its
content's start where it has none). Prints, per reason, the tokens and the statements (the
default record, and all acts) that come only from the units it selects: what the selective
engine would lose were the reason dropped. With ``--save``, the units that only the learned
pass's lemmas select (all of the model's lemmas, none left out) are written with their
tokens, forms and statements, so that ``--load FILE --price LISTS`` can price leaving out more lemmas,
forms or units without running the engine again.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import os
import pickle
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from _report import ROOT  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))


def texts(corpus: str, limit: int) -> list[str]:
    if corpus == "bbc":
        from selective_profile import dev_articles

        from onrecord.clean import CleanDocument, clean_batch
        from onrecord.schema import RawDocument

        raw = [RawDocument(source=str(p), text=p.read_text(encoding="utf-8", errors="replace")) for p in dev_articles(limit)]
        return [d for d in clean_batch(raw) if isinstance(d, CleanDocument)]
    from onrecord.clean import clean_document
    from onrecord.evaluate.polnear import iter_polnear
    from onrecord.schema import RawDocument

    return [clean_document(RawDocument(source=d.id, text=d.text), languages=None)
            for d in iter_polnear(split="train", limit=limit)]


def measure(corpus: str, limit: int) -> dict:
    from onrecord.attribute import load_pipeline, prepare_text
    from onrecord.attribute.component import PUBLISHED_KEY, TEXT_KEY
    from onrecord.attribute.learned import load_model
    from onrecord.attribute.quotes import PARSED_TEXT_KEY
    from onrecord.attribute.selection import Selector
    from onrecord.schema import DEFAULT_ACTS

    documents = texts(corpus, limit)
    nlp = load_pipeline(selective=False)
    shipped = Selector(nlp)
    every = Selector(nlp, learned=load_model().lemmas)
    paragraphs = nlp.get_pipe("onrecord_paragraphs")

    def docs():
        for document in documents:
            prepared = prepare_text(document)
            doc = nlp.make_doc(prepared)
            doc.user_data[PARSED_TEXT_KEY] = prepared
            doc.user_data[TEXT_KEY] = document.text
            doc.user_data[PUBLISHED_KEY] = None
            yield doc

    reasons: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    learned_units = []  # (tokens, forms, default statements, all statements, has a capital after the first word, a pronoun)
    total_tokens = 0
    for doc in nlp.pipe(docs(), batch_size=32):
        text = doc.user_data[PARSED_TEXT_KEY]
        total_tokens += len(doc)
        fresh = paragraphs(nlp.make_doc(text))
        starts = [t.idx for t in fresh]
        anchors = []
        for s in doc._.statements:
            at = (s.cue or s.content).start
            anchors.append((bisect.bisect_right(starts, at) - 1, s.act in DEFAULT_ACTS))
        for selector, key in ((shipped, "shipped"), (every, "every lemma")):
            for a, b, reason, forms in selector.reasons(fresh, text):
                inside = [d for i, d in anchors if a <= i < b]
                row = reasons[f"{key}: {reason or 'none'}"]
                row["units"] += 1
                row["tokens"] += b - a
                row["default"] += sum(inside)
                row["all"] += len(inside)
                if key == "every lemma" and reason == "learned":
                    words = fresh[a:b]
                    learned_units.append((b - a, frozenset(forms), sum(inside), len(inside),
                                          any(t.text[:1].isupper() for t in words[1:]),
                                          any(t.lower_ in _PRONOUNS for t in words)))
    return {"corpus": corpus, "limit": limit, "tokens": total_tokens, "reasons": reasons, "learned_units": learned_units}


_PRONOUNS = frozenset("i he she we they it you his her their its our".split())


def report(data: dict) -> None:
    total = data["tokens"]
    print(f"{data['corpus']} {data['limit']}: {total:,} tokens")
    for key in sorted(data["reasons"]):
        row = data["reasons"][key]
        print(f"  {key:28s} units {row['units']:6,d}  tokens {row['tokens']:8,d} {100 * row['tokens'] / total:5.1f}%  "
              f"statements: default {row['default']:5d}, all acts {row['all']:5d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=("polnear", "bbc"), default="polnear")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--save", help="write the measures (a pickle) for --load and --price")
    parser.add_argument("--load", help="read measures --save wrote instead of running the engine")
    parser.add_argument("--price", nargs="*", default=(),
                        help="selection lists (as training/selection_lemmas.py --out writes them) to price on the measures")
    args = parser.parse_args()
    if args.load:
        with open(args.load, "rb") as handle:
            data = pickle.load(handle)
    else:
        data = measure(args.corpus, args.limit)
        if args.save:
            with open(args.save, "wb") as handle:
                pickle.dump(data, handle)
    report(data)
    for path in args.price:
        price(data, path)


def price(data: dict, path: str) -> None:
    """The tokens the units of learned-pass forms alone hold, and their statements, with the
    lemmas and forms a selection list leaves out: still selected, and no longer."""
    import json

    from onrecord.attribute import load_pipeline
    from onrecord.attribute.learned import load_model
    from onrecord.attribute.selection import _PREDICATE_POS, cue_forms

    lists = json.loads(open(path, encoding="utf-8").read())
    nlp = load_pipeline(selective=False)
    kept = cue_forms(nlp, load_model().lemmas - set(lists["rarely_kept"]), _PREDICATE_POS) - set(lists["rarely_needed_forms"])
    rows = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}
    for tokens, forms, default, every, *_ in data["learned_units"]:
        row = rows[bool(forms & kept)]
        row[0] += 1
        row[1] += tokens
        row[2] += default
        row[3] += every
    total = data["tokens"]
    for selected, (units, tokens, default, every) in rows.items():
        print(f"  {path}: {'still selected' if selected else 'left out     '}: units {units:5d}, tokens {tokens:7,d} "
              f"{100 * tokens / total:5.1f}%, statements: default {default}, all acts {every}")


if __name__ == "__main__":
    main()
