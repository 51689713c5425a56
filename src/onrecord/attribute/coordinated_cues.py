"""A second cue the parser hung inside the first one's content: "telling CNN that Trump is a
'faker' *and questioning* how he has 'gotten away with ...'", "One says China has the most,
*while another says* the United States has twice as many". The second cue's clause ends
where the first content ends, so that content reads as both sayings; PolNeAR (and a
reader) has two statements, the first ending at the seam. A saying under a subordinator
("and *if* they said no, they were not rung again") is a condition inside the first
account, not a second saying: the content runs on through it.

A refusal to speak joined the same way is the writer's next report, of someone else or of
the same speaker, and no finding of its own marks the seam: "Miner Highland Gold said it
regretted any limit on privatisation *while BP, a big investor, declined to comment*"
(judge-45, BBC dev slice, judged "partly"): the content ends at the seam
(``refusal_seam``). "said prices rose while wages fell" has no refusal and stays whole.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cue_tokens import is_speech
from .found import Found

# A seam that coordinates two sayings rather than reporting one inside the other.
_JOINS = frozenset(("and", "but"))
_CONTRASTS = frozenset(("while", "whereas"))
# Verbs of refusing, whose infinitive of speech says nothing: "declined to comment".
_REFUSING = frozenset(("decline", "refuse"))


def split_coordinated(doc: Doc, found: list[Found]) -> None:
    """Cut each content at a coordinated speech cue inside it whose own content runs to
    the same end (in place). A nested report with no seam ("said that she told him ...")
    stays whole."""
    for outer in found:
        if outer.cue is None:
            continue
        for inner in found:
            cue = inner.cue
            if (inner is outer or cue is None or not outer.content[0] < cue.idx < outer.content[1]
                    or cue.dep_ not in ("conj", "advcl") or not is_speech(cue)
                    or inner.content[0] < outer.content[0] or not _same_end(doc, inner.content[1], outer.content[1])):
                continue
            seam = _seam(doc, cue)
            if seam is None or not _own_clause(cue) or _subordinate(cue):
                continue
            end = _end_before(doc, seam, outer.content[0])
            if end is not None:
                outer.content = (outer.content[0], end)
        end = refusal_seam(doc, outer)
        if end is not None:
            outer.content = (outer.content[0], end)


def refusal_seam(doc: Doc, outer: Found) -> int | None:
    """The character end of a content before a refusal to speak joined to its clause by a
    seam (module docstring), or None. RETURNS (int | None)."""
    cue = outer.cue
    if cue is None or cue.is_punct:
        return None
    start, end = outer.content
    for verb in doc.char_span(start, end, alignment_mode="expand") or ():
        if (verb.i <= cue.i or verb.lemma_.lower() not in _REFUSING or verb.dep_ not in ("conj", "advcl")
                or not any(c.dep_ == "xcomp" and is_speech(c) for c in verb.children)):
            continue
        seam = _seam(doc, verb)
        if seam is None or seam <= cue.i or not _own_clause(verb) or _subordinate(verb):
            continue
        return _end_before(doc, seam, start)
    return None


def _same_end(doc: Doc, a: int, b: int) -> bool:
    """Two ends that differ by punctuation only (a closing quote or full stop)."""
    low, high = min(a, b), max(a, b)
    between = doc.char_span(low, high, alignment_mode="expand") if low < high else None
    return between is None or all(t.is_punct or t.is_space for t in between)


def _own_clause(cue: Token) -> bool:
    """A saying of its own: a subject that is a noun or a personal pronoun ("while
    *another* says"), or a participle sharing the outer speaker ("and questioning"); not
    "that said will ..." (an adjective misread as a verb with "that" for subject)."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return cue.tag_ == "VBG"
    return subjects[0].lower_ not in ("that", "which", "who", "what", "this")


def _subordinate(cue: Token) -> bool:
    """A saying opened by a subordinator other than a contrast: "and [if] they said no, they
    were not rung again" is a condition of the outer account (a BBC sample was cut at the
    "and", judged "partly"), not a saying coordinated with it."""
    return any(c.dep_ == "mark" and c.i < cue.i and c.lower_ not in _CONTRASTS for c in cue.children)


def _seam(doc: Doc, cue: Token) -> int | None:
    """The index of the coordinating word before the cue's clause: "and" or "but" right
    before it, or "while" opening it. RETURNS the index or None."""
    left = cue.left_edge.i
    if doc[left].lower_ in _CONTRASTS and doc[left].dep_ == "mark":
        return left
    if left > 0 and doc[left - 1].lower_ in _JOINS and doc[left - 1].dep_ == "cc":
        return left - 1
    return None


def _end_before(doc: Doc, seam: int, start: int) -> int | None:
    """The character end of the last word before the seam, past commas and dashes; None
    when nothing is left."""
    i = seam - 1
    while i >= 0 and doc[i].is_punct and doc[i].text not in ("”", "’", "'", '"', ")"):
        i -= 1
    if i < 0 or doc[i].idx <= start:
        return None
    return doc[i].idx + len(doc[i].text)
