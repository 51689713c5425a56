"""The host's turns in an interview (``occasions``): after "In an interview with Fox News' Sean
Hannity on Monday night, Trump responded ...", Hannity's own questions ('"Would it be negotiable
about the 11 million?" Hannity pressed.') are of the same interview: they take its time, and its
outlet as their via, the host being no via of his own words (docs/annotation.md, "via": never the
speaker itself; the devgold's politico 2016-03-01).

Only where the interview's via names the host after an outlet's possessive ("Fox News' Sean
Hannity", "NPR's Steve Inskeep"): a host named alone gives no outlet, and a host's statement with a
via or time of its own, or after another via or time in the article, is another occasion.
"""

from __future__ import annotations

import re

from ..schema import Statement, Via
from .found import Found
from .occasion_ties import elsewhen, inside

# "Fox News' Sean Hannity", "NPR’s Steve Inskeep": the outlet, the possessive, the host's name.
_OUTLET_HOST = re.compile(r"^(?P<outlet>.+?)(?:'s|’s|'|’)\s+(?P<host>(?:[A-Z][\w.-]+\s*){1,3})$")


def hosts_go_on(found: list[Found], out: list[Statement]) -> list[Statement]:
    """Each statement of an interview's host, with no via and no time of its own, after a
    statement whose via names that host takes the outlet as its via and the interview's time.

    found: the findings ``out`` was made from, in the same order.
    RETURNS (list[Statement]) in the same order, changed where they inherit."""
    result = list(out)
    interview: tuple[str, Via, Statement] | None = None  # the host, the outlet and the statement naming them
    for i in sorted(range(len(out)), key=lambda k: out[k].content.start):
        s = result[i]
        name = s.speaker.name or ""
        host = interview[0] if interview is not None else None
        if host is not None and name and set(name.split()) <= set(host.split()) and s.via is None and s.when is None:
            _, outlet, opened = interview
            if not elsewhen(found[i].cue) and not inside(outlet.span, s):
                when = opened.when if opened.when is not None and not inside(opened.when.span, s) else None
                result[i] = s.model_copy(update={"via": outlet, "when": when, "explanation": "; ".join(
                    [*([s.explanation] if s.explanation else []), "via inherited", *(["when inherited"] if when else [])])})
            continue
        if interview is not None and interview[2].content.start <= s.content.start < interview[2].content.end:
            continue  # "responded to a question about a claim that he told The New York Times …": inside the answer
        if s.via is not None:
            match = _OUTLET_HOST.match(s.via.name)
            interview = None
            if match is not None and match["host"].strip() != name:
                outlet = Via(name=match["outlet"].strip(), span=s.via.span)
                interview = (match["host"].strip(), outlet, s)
        elif s.when is not None and interview is not None and interview[2].when != s.when:
            interview = None  # another time: another occasion
    return result
