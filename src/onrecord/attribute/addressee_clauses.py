"""A request in a relative clause on its addressee (devjudge-acts, judged "wrong" on a BBC
dev sample): "the full report from David James, the trouble-shooter *they asked* to identify
possible savings". The clause says who the trouble-shooter is — the writer's description of
a person by the task once set — not words anyone is reported to have said; its subject is a
pronoun that may be far from its owner ("they", the Tories), and the content is a remit, not
a claim. A request reported in its own clause ("The Tories asked Mr James to identify
savings") is untouched.
"""

from __future__ import annotations

from .found import Found

# Verbs of asking or setting someone a task, whose object a relative clause can be.
_REQUESTS = frozenset("ask tell order instruct urge invite commission hire appoint employ recruit "
                      "encourage persuade press beg".split())
# Relative words: "the man who asked to speak" makes the head noun the one who asks.
_RELATIVE_SUBJECTS = frozenset("who that which whom".split())


def request_on_addressee(found: Found) -> bool:
    """Whether the finding is a request in a relative clause hung on its addressee: the cue is
    a relative clause's verb of asking with a subject of its own that is no relative word, no
    object (the noun it hangs on is it), and the content is its "to" infinitive.
    RETURNS (bool)."""
    cue = found.cue
    if cue is None or cue.is_punct or cue.dep_ != "relcl" or cue.lemma_.lower() not in _REQUESTS:
        return False
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in cue.children):
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subjects or any(s.lower_ in _RELATIVE_SUBJECTS for s in subjects):
        return False
    doc = cue.doc
    return any(c.dep_ == "xcomp" and c.i > cue.i and doc[c.left_edge.i].lower_ == "to"
               and doc[c.left_edge.i].idx == found.content[0] for c in cue.children)
