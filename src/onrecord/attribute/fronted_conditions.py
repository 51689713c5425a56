"""A condition fronted in a reported clause that the parser hung on the cue (devjudge-acts,
judged "partly" on a BBC dev sample): "said [only when intellectual property was adequately
protected] would European inventors prosper" — the "when" clause became an adverbial of
"said" and the content began at "would", cutting off the condition the claim rests on.
Between the cue and its complement, a clause opened by a subordinating word, right after
the cue and closed at the complement (or at a comma before it), is the complement's own.
"""

from __future__ import annotations

from spacy.tokens import Token

# What opens a fronted condition or time ("only when", "if", "unless", "once", "until").
_OPENERS = frozenset("only not if unless once until when whenever while because after before as".split())


def fronted_condition_start(cue: Token, comp: Token) -> int | None:
    """Where a reported clause starts when a condition fronted in it hangs on the cue (module
    docstring). RETURNS (int | None): the condition's first token index, or None."""
    doc = cue.doc
    if comp.i <= cue.i or comp.left_edge.i <= cue.i + 1:
        return None
    for clause in cue.children:
        if clause.dep_ != "advcl" or not cue.i < clause.i < comp.i or clause.left_edge.i != cue.i + 1:
            continue
        if doc[clause.left_edge.i].lower_ not in _OPENERS:
            return None
        end = clause.right_edge.i + 1
        if end < len(doc) and doc[end].text == ",":
            end += 1
        return clause.left_edge.i if end == comp.left_edge.i else None
    return None
