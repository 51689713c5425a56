"""A reported clause that is a relative clause on a noun of the writer's, with its relative
word, its speaker and its cue in front: "the deficit, *which he said* would be 4.5% of GDP",
"a strike *that company executives said* could ultimately affect second-quarter earnings",
"the bill, *which critics claim* would legalise euthanasia". The clause rule began the
content at the relative word, so the content kept its own speaker and cue; a relative
pronoun is neither speaker nor content (docs/annotation.md, "Content boundaries", PolNeAR
p. 28): the content starts after the cue (``non_statements`` asks, before the act).

Only where nothing but the cue's subject, its auxiliaries and adverbs stands between the
relative word and the cue; a parenthetical ("the prime minister who, he claims, is ramming
...") opens on the noun described and is left as it is.
"""

from __future__ import annotations

from .cue_tokens import SUBJECT_DEPS
from .found import Found

# Relative words that open such a clause, with a noun before them: "which", "who", "that"
# (tagged as a relative); not "what" or "whatever", which hold their own noun and open a
# question ("a glimpse of what companies think people will be doing").
_RELATIVE_WORDS = frozenset("which who whom that".split())
# Dependents of the cue that may stand between its subject and it: "which he *has* *also* said".
_BESIDE_CUE = frozenset(("aux", "auxpass", "neg", "advmod"))


def cut_relative_lead(found: Found) -> None:
    """Start a content that opens on a relative word followed by its own speaker and cue
    after the cue: "which he said [would be 4.5% of GDP]"."""
    cue = found.cue
    if cue is None or cue.pos_ not in ("VERB", "AUX") or not found.rule.endswith("-clause"):
        return  # a clause reported ("verb-clause", "belief-clause"), not an object: "that most can agree on"
    doc = cue.doc
    span = doc.char_span(*found.content, alignment_mode="expand")
    if span is None or len(span) < 4 or not span.start < cue.i < span.end - 1:
        return
    first = span[0]
    if first.tag_ not in ("WDT", "WP") or first.lower_ not in _RELATIVE_WORDS or first.i + 1 >= cue.i:
        return
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and first.i < c.i < cue.i]
    if not subjects:
        return
    allowed = {t.i for s in subjects for t in s.subtree}
    allowed |= {c.i for c in cue.children if c.dep_ in _BESIDE_CUE and c.i < cue.i}
    if any(i not in allowed for i in range(first.i + 1, cue.i)):
        return
    start = cue.i + 1
    while start < span.end - 1 and (doc[start].is_space or doc[start].is_punct and not doc[start].is_quote):
        start += 1
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[start : span.end]):
        return  # nothing of a clause after the cue
    found.content = (doc[start].idx, found.content[1])
