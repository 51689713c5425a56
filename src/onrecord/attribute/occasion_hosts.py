"""The host's turns in an interview (``occasions``): after "In an interview with Fox News' Sean
Hannity on Monday night, Trump responded ...", Hannity's own questions ('"Would it be negotiable
about the 11 million?" Hannity pressed.') are of the same interview: they take its time (the
devgold's politico 2016-03-01). Not a via: the host is no via of his own words (docs/annotation.md,
"via": never the speaker itself), and the devgold's "Fox News" for them is not the measured gold's
reading (giving the outlet added a wrong via there, by its totals).

Only where the interview's via names the host after an outlet's possessive ("Fox News' Sean
Hannity", "NPR's Steve Inskeep"): a host named alone may be anyone's, and a host's statement with a
via or time of its own, or after another via or time in the article, is another occasion.
"""

from __future__ import annotations

import re

from ..schema import Statement
from .found import Found
from .occasion_ties import elsewhen, inside

# "Fox News' Sean Hannity", "NPR’s Steve Inskeep": the outlet, the possessive, the host's name.
_OUTLET_HOST = re.compile(r"^(?P<outlet>.+?)(?:'s|’s|'|’)\s+(?P<host>(?:[A-Z][\w.-]+\s*){1,3})$")


def hosts_go_on(found: list[Found], out: list[Statement]) -> list[Statement]:
    """Each statement of an interview's host, with no via and no time of its own, after a
    statement whose via names that host after its outlet takes the interview's time.

    found: the findings ``out`` was made from, in the same order.
    RETURNS (list[Statement]) in the same order, changed where they inherit."""
    result = list(out)
    interview: tuple[str, Statement] | None = None  # the host and the statement naming them
    for i in sorted(range(len(out)), key=lambda k: out[k].content.start):
        s = result[i]
        name = s.speaker.name or ""
        host = interview[0] if interview is not None else None
        if host is not None and name and set(name.split()) <= set(host.split()) and s.via is None and s.when is None:
            opened = interview[1]
            if not elsewhen(found[i].cue) and opened.when is not None and not inside(opened.when.span, s):
                result[i] = s.model_copy(update={"when": opened.when, "explanation": "; ".join(
                    [*([s.explanation] if s.explanation else []), "when inherited"])})
            continue
        if interview is not None and interview[1].content.start <= s.content.start < interview[1].content.end:
            continue  # "responded to a question about a claim that he told The New York Times …": inside the answer
        if s.via is not None:
            match = _OUTLET_HOST.match(s.via.name)
            interview = None
            if match is not None and match["host"].strip() != name:
                interview = (match["host"].strip(), s)
        elif s.when is not None and interview is not None and interview[1].when != s.when:
            interview = None  # another time: another occasion
    return result
