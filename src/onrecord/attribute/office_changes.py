"""Coming to an office: "took over as chairman in May", "sworn in as governor on Friday",
"since taking office last week", "elected in 2003". Its time dates the change of office, not
what the new holder said (issue 12, a reader's error shape: "who took over in May,
said ..." — May is not the statement's date). Its own module because ``time_owners`` (the
saying's time beside a cue) and ``occasion_narration`` (a scene of narration waiting for a
statement) both ask it, and both are near their size limit. Leaving an office is left out:
"resigned on Monday, saying ..." and "quit on Monday and said ..." are mostly said as the
person leaves."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import APPOINTING

# Verbs of being given an office even without an "as": "elected in May", "appointed last week".
_OFFICE_VERBS = frozenset("appoint elect install inaugurate reappoint re-elect reelect".split())
# Verbs that give an office only with a particle: "took over", "sworn in".
_WITH_PARTICLE = {"take": "over", "swear": "in"}
# Objects that make "take" and "assume" a coming to office: "took office", "took the helm".
_OFFICE_OBJECTS = frozenset("office charge helm reins power post".split())


def changes_office(verb: Token) -> bool:
    """Whether a verb tells someone coming to an office: "took over as chairman", "was sworn
    in", "took office", "took charge of the club", "appointed last week", "named as coach"; not
    "took the stage", "swore that ..." (a saying), "confirmed on Monday that ..."."""
    lemma = verb.lemma_.lower()
    if lemma in _OFFICE_VERBS or lemma in APPOINTING and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True  # "named as coach on Monday", not "confirmed on Monday that ..."
    if _WITH_PARTICLE.get(lemma) in {c.lower_ for c in verb.children if c.dep_ == "prt"}:
        return True
    return lemma in ("take", "assume") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OFFICE_OBJECTS for c in verb.children)
