"""Findings that no one in the article speaks (issue 12; ``unsaid`` asks). On samples of BBC
output an editor judged each wrong, a statement with no one to have said it: a noun of
speech with no speaker anywhere in its phrase: "There are also warnings that unless funding
to councils is increased ...", "is also examining allegations that Kenteris and Thanou
avoided tests", "There is no suggestion that Mr Kerekou was aware" — claims in the air,
which the writer reports (a belief; "his admission that ...", "allegations by the club
that ..." name their speaker and stay).

The writer's own first person outside quotations ("I just wonder if they lack a predator",
"As I said, ...") is as speakerless in the record, but stays: PolNeAR train marks an
op-ed writer's "I" as a source, and dropping it cost 0.002 of the default record's recall
on the train sample.
"""

from __future__ import annotations

from ..schema import StatementAct as Act
from .found import Found


def speakerless(found: Found) -> tuple[Act, str] | None:
    """The act and reason of a finding no one in the article speaks (module docstring), else
    None. RETURNS (tuple[str, str] | None)."""
    cue = found.cue
    if (cue.pos_ == "NOUN" and found.speaker is None and found.speaker_range is None and found.inherit is None
            and found.rule != "according-to"):
        return "belief", "a claim in the air, no speaker"
    return None
