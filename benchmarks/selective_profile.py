"""Where the selective engine's CPU goes, and why it analyses the tokens it does. One process.

    .venv/bin/python benchmarks/selective_profile.py [--corpus bbc|warc] [--articles 150] [--rounds 3]

``bbc``: the first ``--articles`` BBC News texts of the development slices (the sorted
``*/*.txt`` whose index i has i % 23 in {2, 8, 14, 20}); ``warc``: the same articles written
as a WARC of HTML pages (as ``spark_scale.py`` writes them) plus ``aeb_news_50.warc.gz``, read
and cleaned as the Spark job does (``ingest.analyse``'s reading and cleaning).

Prints (1) the tokens by why the cheap pass (``selection.Selector``) sends their unit to the
analysis: a quotation mark or line label (M), a rule cue (R), a learned-pass lemma only (L,
parsed, no NER), the headline or lead; units with none are not analysed, with or without a
capitalised word after their first; and (2) the CPU seconds (``time.process_time``, never
the wall clock: the machine is shared) of each stage, the median of ``--rounds`` rounds
after a warm-up round: reading and cleaning (one pass, after a warm-up pass), the
tokenizer, the cheap pass, the model's components on the selected stretches (the shared
tok2vec; the parser's and the NER's ``precompute``: their first layer, and the NER's own
tok2vec; their transition loops), the write-back, and each onrecord component after the
analysis. The stages are timed by wrapping the functions that run them, so their sum is
the engine's time less a little wrapping overhead.
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the targets say
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ["ONRECORD_ENGINE"] = "selective"

from _report import ROOT, SHARED  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))

DEV_SLICES = (2, 8, 14, 20)


def dev_articles(count: int) -> list[Path]:
    paths = sorted((SHARED / "data" / "bbc").glob("*/*.txt"))
    return [p for i, p in enumerate(paths) if i % 23 in DEV_SLICES][:count]


def documents(corpus: str, count: int, folder: Path) -> tuple[list, float]:
    """The cleaned documents of a corpus and the CPU seconds reading and cleaning took."""
    from onrecord.clean import CleanDocument, clean_batch
    from onrecord.read import read_documents
    from onrecord.schema import RawDocument

    paths = dev_articles(count)
    if corpus == "bbc":
        raw = [RawDocument(source=str(p), text=p.read_text(encoding="utf-8", errors="replace")) for p in paths]
        start = time.process_time()
        docs = list(clean_batch(raw))
    else:
        from spark_scale import write_bbc_warc

        warc = folder / "bbc_dev.warc.gz"
        write_bbc_warc(warc, [(p.parent.name, p.stem, p.read_text(encoding="utf-8", errors="replace")) for p in paths], 0)
        start = time.process_time()
        docs = list(clean_batch(read_documents([str(warc), str(SHARED / "data" / "warc" / "aeb_news_50.warc.gz")])))
    return [d for d in docs if isinstance(d, CleanDocument)], time.process_time() - start


def reasons(nlp, texts: list[str]) -> collections.Counter:
    """Tokens by why their unit is analysed (the module docstring's letters)."""
    from spacy.attrs import LOWER

    from onrecord.attribute.prefilter import member_mask
    from onrecord.attribute.quotes import text_of

    selector = nlp.get_pipe("onrecord_selective").selector()
    paragraphs = nlp.get_pipe("onrecord_paragraphs")
    counts: collections.Counter = collections.Counter()
    for text in texts:
        doc = paragraphs(nlp.make_doc(text))
        starts = selector.units(doc)
        marks, cues = selector._marks(doc, text_of(doc))
        rules = member_mask(doc.to_array(LOWER), selector.rule_hashes)
        bounds = starts + [len(doc)]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            why = ("M" if marks[a:b].any() else "") + ("R" if rules[a:b].any() else "L" if cues[a:b].any() else "")
            if not why:
                why = "lead" if k == 0 else "none, capitals" if any(t.text[:1].isupper() for t in doc[a + 1 : b]) else "none"
            counts[why] += b - a
    return counts


def stage_times(nlp, texts: list[str], rounds: int) -> dict[str, list[float]]:
    """CPU seconds per stage and round (a warm-up round first, not kept)."""
    import thinc.model

    import onrecord.attribute.held_parse as held
    import onrecord.attribute.selective as selective

    spent: collections.Counter = collections.Counter()
    clock = time.process_time

    def timed(key, function):
        def run(*args, **kwargs):
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent[key] += clock() - start
        return run

    analysis = nlp.get_pipe("onrecord_selective")
    selector = analysis.selector()
    selector.levels = timed("selection (cheap pass)", selector.levels)
    selective._piece = timed("pieces and write-back", selective._piece)
    selective._write_back = timed("pieces and write-back", selective._write_back)
    own = {id(nlp.get_pipe(name).model): name for name in ("tok2vec", "tagger")}
    current: list = [None]  # (model, name) of the transition component predicting now
    loop = held._HeldLoop.predict

    def predict_held(self, docs):
        current[0] = (self.model, self.name)
        start = clock()
        try:
            return loop(self, docs)
        finally:
            current[0] = None
            spent[f"{self.name}: transition loop"] += clock() - start  # less the precompute, below

    predict_model = thinc.model.Model.predict

    def predict(self, X):
        if current[0] is not None and current[0][0] is self:
            key = f"{current[0][1]}: precompute (first layer; the NER's own tok2vec)"
        else:
            key = own.get(id(self))
        if key is None:
            return predict_model(self, X)
        start = clock()
        try:
            return predict_model(self, X)
        finally:
            spent[key] += clock() - start
            if current[0] is not None and current[0][0] is self:
                spent[f"{current[0][1]}: transition loop"] -= clock() - start

    held._HeldLoop.predict = predict_held
    thinc.model.Model.predict = predict
    rows: dict[str, list[float]] = collections.defaultdict(list)
    try:
        for round_ in range(rounds + 1):
            spent.clear()
            start = clock()
            docs = [nlp.make_doc(text) for text in texts]
            spent["tokenizer"] += clock() - start
            for name, component in nlp.pipeline:
                start = clock()
                if name == "onrecord_selective":
                    docs = list(component.pipe(docs, batch_size=32))
                    spent["model components, all"] += clock() - start
                else:
                    docs = [component(doc) for doc in docs]
                    spent[name] += clock() - start
            if round_:
                for key, value in spent.items():
                    rows[key].append(value)
    finally:
        held._HeldLoop.predict = loop
        thinc.model.Model.predict = predict_model
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=("bbc", "warc"), default="bbc")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from onrecord.attribute import load_pipeline, prepare_text

    with tempfile.TemporaryDirectory() as folder:
        documents(args.corpus, args.articles, Path(folder))  # warm-up: trafilatura and the language model load
        docs, cleaning = documents(args.corpus, args.articles, Path(folder))
    nlp = load_pipeline()
    texts = [prepare_text(d) for d in docs]
    counts = reasons(nlp, texts)
    total = sum(counts.values())
    print(f"{len(texts)} documents, {total:,} tokens; why their unit is analysed:")
    for why, tokens in counts.most_common():
        print(f"  {why:16s} {tokens:8,d} {100 * tokens / total:5.1f}%")
    rows = stage_times(nlp, texts, args.rounds)
    median = {key: statistics.median(values) for key, values in rows.items()}
    engine = sum(v for k, v in median.items() if ":" not in k and k not in ("tok2vec", "tagger")
                 and not k.startswith(("selection", "pieces")))
    print(f"\nCPU seconds, median of {args.rounds} rounds (reading and cleaning: one pass after a warm-up one, {cleaning:.2f} s; "
          f"engine {engine:.2f} s):")
    for key in sorted(median, key=lambda k: -median[k]):
        print(f"  {key:48s} {median[key]:7.3f} {100 * median[key] / engine:5.1f}% of the engine")
    analysis = nlp.get_pipe("onrecord_selective")
    print(f"\nparsed {analysis.analysed / analysis.tokens:.1%} of the tokens, gave {analysis.named / analysis.tokens:.1%} to the NER")


if __name__ == "__main__":
    main()
