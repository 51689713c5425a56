"""Via from a phrase that names who relayed a statement: the audience or medium of its clause
(``relays``), "according to X" beside a statement that has its own speaker, and the name of an
intermediary ("a Reuters report" -> Reuters)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cue_tokens import is_speech
from .found import Found
from .lexicon import OUTLET_WORDS, OUTLETS
from .relay_names import relay_name
from .relays import relay_of
from .speakers import core as core_of, entities_in, strip_determiners


def outlet_name(token: Token) -> tuple[str, tuple[int, int]] | None:
    """The news outlet a noun phrase names ("a Reuters report" -> Reuters), if any."""
    doc = token.doc
    for ent in entities_in(doc, token.left_edge.i, token.right_edge.i + 1):
        if _is_outlet(ent):
            name = " ".join(strip_determiners([t.text for t in ent if t.text not in ("'s", "’s")]))
            return name, (ent.start_char, ent.end_char)
    words = strip_determiners([t.text for t in core_of(token) if t.text not in ("'s", "’s")])
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
    """ "told Reuters", "said in an interview with the BBC", "Speaking on BBC Radio 4, X
    said": the named outlet in the attribution's clause (``relays.relay_of``); else the outlet
    that reports the saying after it ("X said A, the Times reported", ``reported_by``)."""
    return relay_of(found) or reported_by(found)


# Verbs of an outlet's reporting that relay a saying set before them.
REPORTING_VERBS = frozenset(("report",))


def reported_by(found: Found) -> tuple[str, tuple[int, int]] | None:
    """ "Smith said the deal was dead, the Financial Times reported": the outlet that reports a
    saying, after it and set off by a comma, relayed it (as "according to the Financial Times"
    does). Its time is the report's, not the saying's. The parser hangs the reporting verb on
    the cue or the cue on it; a reporting verb inside what was said ("said the Times reported
    that ...") relays nothing."""
    cue = found.cue
    if cue is None or found.speaker is None or not is_speech(cue):
        return None
    reporting = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i > cue.i]
    if cue.dep_ in ("ccomp", "parataxis") and cue.head.i > cue.i:
        reporting.append(cue.head)
    end = found.content[1]
    for verb in reporting:
        if verb.lemma_.lower() not in REPORTING_VERBS or verb.idx < end:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i):
            if subject.left_edge.i == 0 or subject.doc[subject.left_edge.i - 1].text != ",":
                continue
            via = relay_name(subject, medium=False)
            if via is not None and not found.speaker.i in range(subject.left_edge.i, subject.right_edge.i + 1):
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
        and f.cue.sent == sent and is_speech(f.cue) and f.cue.dep_ != "relcl"  # not "… that executives said …"
    ]
    if not candidates:
        return None
    following = _after_coordinator(cue, candidates)
    if following is not None:
        return following
    # the statement the phrase hangs from, else the nearest one in the sentence
    for f in candidates:
        token = cue
        while token.head.i != token.i:
            token = token.head
            if token == f.cue:
                return f
    return min(candidates, key=lambda f: abs(f.cue.i - cue.i))


def _after_coordinator(cue: Token, candidates: list[Found]) -> Found | None:
    """ "had promised …, and, according to Reuters, once told analysts …": a phrase right after
    the "and" of a second verb is that verb's, wherever the parser hung it."""
    doc = cue.doc
    before = cue.left_edge.i - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or doc[before].dep_ != "cc":
        return None
    # the parser may hang the second verb as a conjunct or, with the phrase between, as an adverbial clause
    return next((f for f in candidates if f.cue.dep_ in ("conj", "advcl") and f.cue.i > cue.i
                 and f.cue.head.i < before and doc[before].head.i == f.cue.head.i), None)


def via_name(source: Token) -> tuple[str, tuple[int, int]] | None:
    """The intermediary's name: an outlet inside the phrase, else the phrase when it is a
    name ("according to the Labor Department"); a common noun ("a transcript", "the
    report") is no via. RETURNS (tuple | None)."""
    outlet = outlet_name(source)
    if outlet:
        return outlet
    core = [t for t in core_of(source) if t.text not in ("'s", "’s")]
    if not any(t.pos_ == "PROPN" for t in core):
        return None
    words = strip_determiners([t.text for t in core])
    return " ".join(words) or source.text, (source.left_edge.idx, source.idx + len(source.text))
