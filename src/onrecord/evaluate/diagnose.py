"""Error kinds: what went wrong, counted, with an example of each.

Errors are read off the quote-level matching at > 30% coverage (the pairing a reader
would make): an unmatched gold item is a *miss*, an unmatched prediction a *false
positive*, and a matched pair can still have a wrong or mis-bounded source, cue or
content. A miss or false positive that overlaps the other side is named for that (a piece
of a split quote, a prediction covering 30% or less); the rest are keyed by the cue's head
lemma (``cues.head_lemma``), so "missed: cue 'believe'" and "false positive: cue 'say'" say
where to look.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .cues import head_lemma
from .metrics import DocumentResult, Prepared
from .spans import Segments, intersection, render


@dataclass(frozen=True)
class ErrorCase:
    """One error: its kind, the document, and the gold and predicted attribution shown."""

    kind: str
    document: str
    gold: str
    predicted: str


def _cue_key(text: str, item: Prepared) -> str:
    if item.attribution.floating:
        return "no cue (floating quote)"
    cue = " ".join(text[s:e] for s, e in item.attribution.cue)
    lemma = head_lemma(cue)
    return f"cue '{lemma}'" if lemma else f"cue '{cue.strip() or '?'}' (no word)"


def _boundary(gold: Segments, pred: Segments) -> str:
    shared = intersection(gold, pred)
    gold_len = sum(e - s for s, e in gold)
    pred_len = sum(e - s for s, e in pred)
    if shared == gold_len:
        return "too long"
    if shared == pred_len:
        return "too short"
    return "shifted"


def show(text: str, item: Prepared | None) -> str:
    """An attribution in one line: ``[source] (cue) «content»``."""
    if item is None:
        return "-"
    s = item.spans
    return f"[{render(text, s['source'], limit=40)}] ({render(text, s['cue'], limit=30)}) «{render(text, s['content'])}»"


def _role_errors(role: str, gold: Segments, pred: Segments) -> str | None:
    if gold == pred:
        return None
    if not gold:
        return f"{role} given where gold has none"
    if not pred:
        return f"{role} missing"
    if intersection(gold, pred) == 0:
        return f"wrong {role}"
    return f"{role} boundary: {_boundary(gold, pred)}"


def document_errors(result: DocumentResult) -> list[ErrorCase]:
    """Every error in one document, in document order. RETURNS (list[ErrorCase])."""
    text = result.document.text
    doc = result.document.id
    pairs = result.matches["quote_30"]
    matched = set(pairs.values())

    def overlapping(content: Segments, others: list[Prepared]) -> list[int]:
        return [k for k, o in enumerate(others) if intersection(content, o.spans["content"]) > 0]

    out: list[ErrorCase] = []
    for i, g in enumerate(result.gold):
        if i not in pairs:
            if g.attribution.optional:
                continue
            touching = overlapping(g.spans["content"], result.pred)
            if any(j in matched for j in touching):
                kind = "missed: inside a prediction matched to another gold attribution"
            elif touching:
                kind = "missed: predicted content covers 30% or less"
            else:
                kind = f"missed: {_cue_key(text, g)}"
            shown = show(text, result.pred[touching[0]]) if touching else "-"
            out.append(ErrorCase(kind, doc, show(text, g), shown))
            continue
        p = result.pred[pairs[i]]
        for role in ("source", "cue"):
            kind = _role_errors(role, g.spans[role], p.spans[role])
            if kind:
                out.append(ErrorCase(kind, doc, show(text, g), show(text, p)))
        if g.spans["content"] != p.spans["content"]:
            kind = f"content boundary: {_boundary(g.spans['content'], p.spans['content'])}"
            if len(g.spans["content"]) != len(p.spans["content"]):
                kind += f" ({len(g.spans['content'])} gold segments, {len(p.spans['content'])} predicted)"
            out.append(ErrorCase(kind, doc, show(text, g), show(text, p)))
    gold_matched = set(pairs)
    for j, p in enumerate(result.pred):
        if j in matched:
            continue
        touching = overlapping(p.spans["content"], result.gold)
        if any(i in gold_matched for i in touching):
            # The gold attribution was found, and this is another piece of it: an interrupted
            # or multi-paragraph quote the system split where the gold has one attribution.
            kind = "false positive: another piece of a matched gold attribution"
        elif touching:
            kind = "false positive: covers 30% or less of a gold attribution"
        else:
            kind = f"false positive: {_cue_key(text, p)}"
        shown = show(text, result.gold[touching[0]]) if touching else "-"
        out.append(ErrorCase(kind, doc, shown, show(text, p)))
    return out


def top_errors(results: Iterable[DocumentResult], n: int = 20) -> list[tuple[str, int, ErrorCase]]:
    """The ``n`` most frequent error kinds with their count and first example.
    RETURNS (list[tuple[str, int, ErrorCase]]), most frequent first, then by name."""
    counts: Counter[str] = Counter()
    first: dict[str, ErrorCase] = {}
    for result in results:
        for case in document_errors(result):
            counts[case.kind] += 1
            first.setdefault(case.kind, case)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [(kind, count, first[kind]) for kind, count in ranked]
