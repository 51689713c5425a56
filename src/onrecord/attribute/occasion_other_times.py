"""A statement dated otherwise in its own sentence inherits no time (``occasions``).

docs/annotation.md, "Inherited via and when": nothing is inherited across a change of
occasion, and a statement of another time never inherits. Where the statement's own sentence
names a day of narration outside every statement's content that is not the occasion's, the
statement is of that other day even where the time was not taken as its own: "Two motions
were passed by the London Assembly ... on Monday asking him to apologise" (BBC politics, after
the mayor's press conference on Tuesday) is Monday's motion, not a question put at Tuesday's
press conference. Not a time of the background (``occasion_text.background_time``: "since
2003", "the 2005 budget", a bare year), one in a relative clause, which dates its noun, nor a
programme's name ("ABC's 'This Week'"), nor one of a clause that narrates around the saying
(``time_owners.narrates``: "Having fled Afghanistan in early March, the couple worried ...").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from ..schema import When
from . import occasion_text as article
from .found import Range
from .links import in_programme_name, is_a_title, is_time
from .scenes import hangs_from
from .speakers import entities_in
from .time_owners import narrates
from .when import same_time


def dated_otherwise(sent: Span, contents: list[Range], when: When, published: dt.date | None) -> bool:
    """Whether ``sent`` names a time of narration, outside every content, other than ``when``.
    RETURNS (bool)."""
    for ent in entities_in(sent.doc, sent.start, sent.end):
        if ent.label_ not in ("DATE", "TIME") or any(a <= ent.start_char < b for a, b in contents):
            continue
        if not is_time(ent.text) or article.background_time(ent) or article.in_relative_clause(ent.root):
            continue
        if is_a_title(ent) or in_programme_name(ent):
            continue  # 'during a call to ABC’s “This Week.”': a programme's name, no time
        if any(narrates(t) for t in (ent.root, *ent.root.ancestors) if t.pos_ in ("VERB", "AUX")):
            continue  # an event told around the saying, dated by its own clause
        other = article.when(sent.doc, article.resolved(ent, published))
        if other is not None and not same_time(other, when):
            return True
    return False


def own_scene(item) -> bool:
    """Whether the scene of a statement's sentence is where its saying took place: not a scene
    word of the speaker's own description ("Chris Hawkins, host of BBC 6 Music's chart show,
    said": the show he hosts is no occasion, nor a via; but "Mr Brown, interviewed on Sky News,
    said" is interviewed there)."""
    if item.scene is None or _describes_speaker(item.scene.token, item.found.speaker):
        return False
    return item.found.cue is not None and hangs_from(item.scene, item.found.cue)


def _describes_speaker(token: Token, speaker: Token | None) -> bool:
    """Whether a word lies in an apposition on the speaker ("host of ... show"), with no verb
    between (a participle or relative clause of the occasion); "Its chief executive, in an
    interview with Reuters, said" is that interview's, the phrase no apposition."""
    if speaker is None or token.pos_ in ("VERB", "AUX"):
        return False
    apposed = token.dep_ == "appos"
    for above in token.ancestors:
        if above.i == speaker.i:
            return apposed
        if above.pos_ in ("VERB", "AUX"):
            return False
        apposed = apposed or above.dep_ == "appos"
    return False
