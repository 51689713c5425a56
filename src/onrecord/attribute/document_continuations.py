"""The document a speaker's writing goes on in: "In an opinion piece appearing in the New
York Times, Sanders wrote that ... “…,” wrote Sanders. “…,” Sanders wrote. “…,” he
continued." — every one of those is from the opinion piece (docs/annotation.md,
``inherited`` document). Its own module because it runs over the finished statements, after
the occasions (``occasions.carry``) that do the same for via and time.
"""

from __future__ import annotations

from ..schema import Statement
from .found import Found
from .lexicon import GOING_ON_VERBS

# Cues that go on with the same writing: "wrote", "added", "continued", "went on".
_GOING_ON = GOING_ON_VERBS | {"write"}


def carry_documents(found: list[Found], statements: list[Statement]) -> list[Statement]:
    """``statements`` (made from ``found``, in the same order) where a statement whose own
    words name no document goes on, with no one else between, from a statement of the same
    speaker in a document: by a cue that goes on ("he continued", "Sanders wrote") or with
    none (a floating quotation); never one with another via (then it is elsewhere: the same
    via, inherited, is the same occasion) nor a "said" (spoken, or another occasion). RETURNS (list[Statement]) in the same order."""
    out = list(statements)
    last: tuple[object, str, str | None] | None = None  # (speaker, document, via's name)
    for i in sorted(range(len(out)), key=lambda i: out[i].content.start):
        s, f = out[i], found[i]
        who = _who(s)
        if s.speaker.document is None and last is not None and who is not None and who == last[0] \
                and (s.via.name if s.via is not None else None) == last[2] and (f.cue is None or f.cue.lemma_.lower() in _GOING_ON):
            speaker = s.speaker.model_copy(update={"document": last[1]})
            notes = f"{s.explanation}; document inherited" if s.explanation else "document inherited"
            out[i] = s = s.model_copy(update={"speaker": speaker, "explanation": notes})
        last = (who, s.speaker.document, s.via.name if s.via is not None else None) \
            if who is not None and s.speaker.document else None
    return out


def _who(statement: Statement) -> object:
    """The speaker as one identity: the article's entity, else the name (None: no one)."""
    speaker = statement.speaker
    if speaker.type not in ("person", "organization") or not speaker.name:
        return None
    return ("entity", speaker.entity) if speaker.entity is not None else ("name", speaker.name)
