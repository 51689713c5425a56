"""A body's report read on (``occasions``): "A six-year trend of declining federal budget deficits
will end this year, … the nonpartisan Congressional Budget Office reported on Tuesday", and then,
paragraphs on and with others quoted between, "The budget office now says …", "…, the budget office
said", "The budget office said …": a report is written once, so what the article goes on to give of
the body that wrote it, with no time of its own, is that report's and takes its date
(docs/annotation.md, "Inherited via and when").

Only an organisation's own dated report ("reported", not "was reported by" nor "has reported"): a
person's later sayings are left open, as a bare "said on Monday" is (``occasions``). It ends at the
body's next statement with a time of its own, and a statement of another time ("has said", "will
say", "previously said", "later said") takes nothing.
"""

from __future__ import annotations

from ..schema import Statement
from .found import Found
from .occasion_findings import reporting
from .occasion_ties import elsewhen, inside, later_on

# What a body says in its report: its findings, not its plans ("plans to cut jobs").
_SAID = frozenset(("speech", "writing"))


def reports_go_on(found: list[Found], out: list[Statement]) -> list[Statement]:
    """Each statement of a body, with no via and no time, after that body's dated report takes
    the report's time (and its via, where it had one).

    found: the findings ``out`` was made from, in the same order.
    RETURNS (list[Statement]) in the same order, changed where they inherit.
    """
    result = list(out)
    reports: dict[str, Statement] = {}
    for i in sorted(range(len(out)), key=lambda k: out[k].content.start):
        s, cue = result[i], found[i].cue
        name = s.speaker.name
        if not name or s.speaker.type != "organization" or cue is None:
            continue
        if s.when is not None:
            if reporting(cue) and not elsewhen(cue) and "when inherited" not in (s.explanation or ""):
                reports[name] = s
            else:
                reports.pop(name, None)  # the body at another time: the report is over
            continue
        report = reports.get(name)
        if report is None or report.when is None or s.act not in _SAID or s.via is not None or elsewhen(cue) or (
                later_on(cue)) or inside(report.when.span, s):
            continue
        update: dict = {"when": report.when}
        notes = ["when inherited"]
        if report.via is not None and not inside(report.via.span, s):
            update["via"] = report.via
            notes.insert(0, "via inherited")
        update["explanation"] = "; ".join([s.explanation, *notes]) if s.explanation else "; ".join(notes)
        result[i] = s.model_copy(update=update)
    return result
