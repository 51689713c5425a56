"""Vias named by a phrase of quoting or sourcing around the cue rather than in its clause:
a passive quoting ("was quoted in the Herald newspaper saying", "was quoted by the Sunday
Times as saying"), the occasion a relative cue hangs from ("gave an interview to the
Observer in which he said") and "according to X" the parser hung on the reported clause before its
"that" ("said, according to a Reuters report, that ...")."""

from __future__ import annotations

from spacy.tokens import Token

from .found import Found, Range
from .parse_repairs import quoting_verb
from .relay_names import MEDIA_NOUNS, relay_name

# Prepositions that hand an interview or a letter to its outlet: "an interview to / with / on".
_TO_OUTLET = frozenset("to with on in for".split())


def quoted_in(cue: Token) -> tuple[str, Range] | None:
    """ "Mr Houston was quoted in the Herald newspaper saying: '…'", "Mr Brown was quoted by
    the Sunday Times as saying …", "was quoted as saying by the Interfax news agency": the outlet a passive
    quoting names (a known one or a paper)."""
    verb = quoting_verb(cue)
    if verb is None and cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.lemma_.lower() == "quote":
        verb = cue.head
    if verb is None or not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for child in [*verb.children, *_after_as_saying(verb)]:
        if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "in"):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                via = relay_name(obj, medium=False)
                if via is not None:
                    return via
    return None


def _after_as_saying(verb: Token) -> list[Token]:
    """The words after "as saying" where the parser hung the quoting's agent on "saying"
    ("was quoted as saying by the Interfax news agency")."""
    return [c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
            for saying in prep.children if saying.dep_ == "pcomp" and saying.lemma_.lower() == "say"
            for c in saying.children]


def according_before_that(found: Found) -> tuple[str, Range] | None:
    """ "Peskov said, according to a Reuters report, that …": the parser hung the phrase on the
    reported clause, before its "that"; it relays the saying."""
    for comp in (c for c in found.cue.children if c.dep_ == "ccomp"):
        mark = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        for prep in (c for c in comp.children if c.dep_ == "prep" and c.lower_ == "according"):
            if mark is None or prep.i > mark.i or found.content[0] <= prep.idx < found.content[1]:
                continue
            for obj in (g for to in prep.children if to.lower_ == "to" for g in to.children if g.dep_ == "pobj"):
                via = relay_name(obj, medium=False)
                if via is not None:
                    return via
    return None


def relative_occasion(cue: Token) -> tuple[str, Range] | None:
    """ "X gave an interview to the Observer in which he said …", "wrote a letter to the
    Guardian in which she said …": a cue in a relative clause opened by "in which" or "during
    which" is said on the occasion the clause describes, and its outlet relays it. The parser
    hangs the clause on the outlet itself or on the interview or letter; a relative clause of
    any other noun ("the town in which he said …") names no outlet."""
    if cue.dep_ != "relcl" or not any(
            c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.lower_ == "which" for g in c.children)
            for c in cue.children):
        return None
    head = cue.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lemma_.lower() in MEDIA_NOUNS:
        return relay_name(head, medium=False)  # "an interview to [the Observer] in which"
    if head.lemma_.lower() not in MEDIA_NOUNS:
        return None
    # "an interview with the Observer, in which", "gave an interview to the Observer … in which"
    holders = [head] + ([head.head] if head.dep_ == "dobj" else [])
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _TO_OUTLET):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            via = relay_name(obj, medium=False)
            if via is not None:
                return via
    return None
