"""An answer to a question put to the speaker goes back to the speaker's interview: "Clinton
said in an interview with “Fox News Sunday” ... [a paragraph of others' words] ... Asked if she
believed Putin wanted Trump to win, Clinton said ..." (PolNeAR train, huff-post 2016-07-31):
someone asked questions, and the article last put her in an interview. Its own module because
``occasions`` and ``occasion_ties`` are at their size limit."""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import Via, When
from .occasion_narration import Occasion
from .occasion_ties import answering, elsewhen

# How many paragraphs back the interview may be: the answer's and the one before it, and one
# paragraph of others' words between ("U.S. officials, however, said they believed ...").
_REACH = 2


def asked_again(last_of: dict[str, Occasion], name: str, cue: Token | None, via: Via | None, when: When | None,
                paragraph: int) -> Occasion | None:
    """The speaker's last occasion with an outlet (an interview, a telling) that an answer with
    no via or time of its own goes back to ("Asked if ..., Clinton said ..."). RETURNS
    (Occasion | None)."""
    if via is not None or when is not None or not answering(cue) or elsewhen(cue):
        return None
    back = last_of.get(name)
    if back is None or back.via is None or not (back.scene or back.told) or paragraph - back.paragraph > _REACH:
        return None
    return back
