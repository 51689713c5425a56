"""What hangs off a statement besides its speaker: the intermediary that relayed it (via)
and the time it was made (when)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from ..schema import When
from .cue_tokens import is_speech
from .found import Found
from .lexicon import AUDIENCE_VERBS, OUTLET_WORDS, OUTLETS
from .quotes import text_of
from .speakers import _core, entities_in, strip_determiners
from .when import resolve

_VIA_PREPS = ("in", "on", "to", "with")


def outlet_name(token: Token) -> tuple[str, tuple[int, int]] | None:
    """The news outlet a noun phrase names ("a Reuters report" -> Reuters), if any."""
    doc = token.doc
    for ent in entities_in(doc, token.left_edge.i, token.right_edge.i + 1):
        if _is_outlet(ent):
            name = " ".join(strip_determiners([t.text for t in ent if t.text not in ("'s", "’s")]))
            return name, (ent.start_char, ent.end_char)
    words = strip_determiners([t.text for t in _core(token) if t.text not in ("'s", "’s")])
    text = " ".join(words)
    if text.lower() in OUTLETS or ("the " + text.lower()) in OUTLETS:
        return text, (token.left_edge.idx, token.idx + len(token.text))
    return None


def _is_outlet(ent: Span) -> bool:
    text = ent.text.lower().removesuffix("'s").removesuffix("’s").strip()
    if text in OUTLETS or text.removeprefix("the ") in OUTLETS:
        return True
    return ent.label_ == "ORG" and text.split()[-1] in OUTLET_WORDS


def audience_via(found: Found) -> tuple[str, tuple[int, int]] | None:
    """ "told Reuters", "said in an interview with the BBC", "told CNN's State of the Union"."""
    cue = found.cue
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return None
    for child in cue.children:
        if child.dep_ in ("dobj", "dative", "iobj") and cue.lemma_.lower() in AUDIENCE_VERBS:
            via = outlet_name(child)
            if via:
                return via
        if child.dep_ == "prep" and child.lower_ in _VIA_PREPS:
            if found.content[0] <= child.idx < found.content[1]:
                continue
            for token in child.subtree:
                if token.dep_ == "pobj" or token.dep_ == "poss":
                    via = outlet_name(token)
                    if via:
                        return via
    return None


def according_via(doc: Doc, according: Found, others: list[Found]) -> Found | None:
    """The statement an "according to X" phrase relays, when the sentence already has a
    speaker for it ("Peskov said, according to a Reuters report")."""
    cue = according.cue
    sent = cue.sent
    candidates = [
        f for f in others
        if f.rule != "according-to" and f.cue is not None and f.speaker is not None
        and f.cue.sent == sent and is_speech(f.cue)
    ]
    if not candidates:
        return None
    # the statement the phrase hangs from, else the nearest one in the sentence
    for f in candidates:
        token = cue
        while token.head.i != token.i:
            token = token.head
            if token == f.cue:
                return f
    return min(candidates, key=lambda f: abs(f.cue.i - cue.i))


def via_name(source: Token) -> tuple[str, tuple[int, int]]:
    """The intermediary's name: an outlet inside the phrase, else the phrase itself."""
    outlet = outlet_name(source)
    if outlet:
        return outlet
    words = strip_determiners([t.text for t in _core(source) if t.text not in ("'s", "’s")])
    return " ".join(words) or source.text, (source.left_edge.idx, source.idx + len(source.text))


def when_of(found: Found, published: dt.date | None) -> tuple[When, tuple[int, int]] | None:
    """The time expression attached to a statement's cue (or to the clause its participle
    hangs from, or to its speaker phrase), resolved against ``published``.

    RETURNS (tuple[When, tuple[int, int]] | None): the resolved time and the expression's range.
    """
    cue = found.cue
    if cue is None:
        return None
    anchors = {cue.i}
    token = cue
    for _ in range(6 if cue.pos_ != "NOUN" else 0):
        if token.dep_ in ("ccomp", "ROOT") or token.head.i == token.i:
            break
        token = token.head
        anchors.add(token.i)
    if found.speaker is not None:
        anchors.add(found.speaker.i)
    doc = cue.doc
    best = None
    sent = cue.sent
    for ent in entities_in(doc, sent.start, sent.end):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if found.content[0] <= ent.start_char < found.content[1]:
            continue
        head = ent.root
        steps = 0
        while head.i not in anchors and head.head.i != head.i and steps < 3:
            head = head.head
            steps += 1
        if head.i not in anchors:
            continue
        distance = abs(ent.root.i - cue.i)
        if best is None or distance < best[0]:
            best = (distance, ent)
    if best is None:
        return None
    ent = best[1]
    start, end = ent.start_char, ent.end_char
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("on", "in") and before.dep_ == "prep":
        start = before.idx
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text in ("'s", "’s"):
        end = after.idx + len(after.text)
    expression = text_of(doc)[start:end]
    when = resolve(expression, published)
    if when is None:
        return None
    return when, (start, end)
