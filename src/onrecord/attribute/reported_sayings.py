"""An outlet's report that carries someone's saying: "Officials said the talks had stalled,
Reuters reported". The saying is the officials' statement with Reuters as its via; the
report is no statement of Reuters' own, which is the error onrecord exists to avoid (an
agency made the speaker of what it relayed). The tag alone ("..., the New York Times
reported on Thursday") is not what the first speaker said either."""

from __future__ import annotations

from .cue_tokens import is_speech
from .found import Found
from .relay_names import relay_name
from .via_links import REPORTING_VERBS


def fold_reports(found: list[Found]) -> list[Found]:
    """Drop a report that carries a saying, giving its outlet as the saying's via, and a
    reporting tag found as a content of its own."""
    dropped: set[int] = set()
    for outer in found:
        via = _reporting_outlet(outer)
        if via is None or outer.content[1] > outer.cue.idx:
            continue
        carried = [
            g for g in found
            if g is not outer and g.cue is not None and g.speaker is not None and is_speech(g.cue)
            and outer.content[0] <= g.cue.idx < outer.content[1] and g.content[1] <= outer.content[1]
        ]
        if not carried:
            continue
        for g in carried:
            if g.via is None:
                g.via = via
        dropped.add(id(outer))
    for f in found:
        if id(f) not in dropped and _is_reporting_tag(f):
            dropped.add(id(f))
    return [f for f in found if id(f) not in dropped]


def _reporting_outlet(f: Found) -> tuple[str, tuple[int, int]] | None:
    if f.cue is None or f.speaker is None or f.cue.lemma_.lower() not in REPORTING_VERBS:
        return None
    return relay_name(f.speaker, medium=False)


def _is_reporting_tag(f: Found) -> bool:
    """A content that is only "the Times reported (on Thursday)": an outlet reporting with
    nothing reported after it, set off by a comma after the cue's own content."""
    if f.cue is None:
        return False
    doc = f.cue.doc
    span = doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
    # the comma before the content first: it is one token, the tests after it read every one
    if span is None or not len(span) or span.start == 0 or doc[span.start - 1].text != ",":
        return False
    if not any(t.lemma_.lower() in REPORTING_VERBS for t in span):
        return False
    tokens = list(span)
    heads = [t for t in tokens if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if len(heads) != 1 or heads[0].lemma_.lower() not in REPORTING_VERBS:
        return False
    verb = heads[0]
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject is not None and relay_name(subject, medium=False) is not None
