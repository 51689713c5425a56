"""Findings that are the writer's own frame or a work put out, not a speaker's words (issue
12; ``unsaid`` asks last). On BBC dev-slice output an editor judged each wrong as a
statement of what was said:

1. the writer's own voice in an impersonal frame: "it is *worth highlighting* that the Mac
   Mini is just a computer", "it is *important to stress* that ..." — the "it" is no one, and
   the claim is the article's (as "Fans should note that ...", which ``unsaid`` leaves out);
2. a work written or published, named but not quoted: "Jagran *publishes* India's
   top-selling daily newspaper", "she *wrote* an anonymous semi-fictional account of her
   life" — the article reports that the work exists, not what it says (a work with its
   words or its stance on it stays: "a blog *against* the mogul", "a report *saying* that
   ...", "a letter *calling for* ..."; so do plans, "*published* plans for a new points
   system", as PolNeAR train keeps plans announced: ``announced_things``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import StatementAct as Act
from .found import Found

# Adjectives of an impersonal frame on an infinitive or a gerund of saying: "it is worth
# noting", "it is important to stress", "it is fair to say".
_FRAME_ADJECTIVES = frozenset("worth important fair interesting necessary notable safe true useful instructive".split())
# Verbs that put out a work of writing.
_AUTHORING = frozenset("publish write pen".split())
# Works whose name alone says nothing: a paper sold, a book, a letter sent.
_WORKS = frozenset("""
newspaper magazine paper journal book novel memoir autobiography biography account column
article blog poster leaflet pamphlet brochure guide edition letter op-ed essay editorial
""".split())
# What gives a work's topic or stance, and so words of a kind: "a blog against the mogul".
_TOPICAL = frozenset("on about against into over regarding attacking criticising criticizing".split())


def unvoiced(found: Found, lemma: str, noun: bool) -> tuple[Act, str] | None:
    """The act and reason of a finding that is the writer's frame or a work put out (module
    docstring), else None. ``noun`` says whether the content is a noun phrase
    (``unsaid.noun_content``). RETURNS (tuple[str, str] | None)."""
    cue = found.cue
    if cue is None:
        return None
    if writers_frame(cue):
        return "belief", "the writer's own voice"
    if noun and lemma in _AUTHORING and cue.pos_ == "VERB" and _work_named(found, cue):
        return "stance", "a work put out, not its words"
    return None


def writers_frame(cue: Token) -> bool:
    """Whether the cue is the gerund or infinitive of an impersonal "it is ADJ" frame: "it is
    worth [highlighting]", "it is important [to stress]" (not "he is keen to say": a person
    speaks there, and the frame's subject must be "it")."""
    head = cue.head
    if cue.dep_ != "xcomp" or head.i == cue.i:
        return False
    if head.lemma_.lower() in _FRAME_ADJECTIVES and head.dep_ == "acomp":
        copula = head.head  # "it is worth [highlighting]"
    elif any(c.dep_ == "acomp" and c.lemma_.lower() in _FRAME_ADJECTIVES for c in head.children):
        copula = head  # "it is important [to stress]": the parser hangs the infinitive on the copula
    else:
        return False
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "expl")]
    return copula.lemma_.lower() == "be" and len(subjects) == 1 and subjects[0].lower_ == "it"


def _work_named(found: Found, cue: Token) -> bool:
    """Whether the content is the cue's object naming a work, with nothing said of its words
    or its stance: "publishes [India's top-selling daily newspaper]"."""
    for obj in cue.children:
        if obj.dep_ != "dobj" or not found.content[0] <= obj.idx < found.content[1]:
            continue
        if obj.lemma_.lower() not in _WORKS or obj.left_edge.idx != found.content[0]:
            return False
        if any(t.is_quote for t in obj.subtree):
            return False  # a quoted title or words: "a column headlined "..."
        # its own clause or topic says something of its words: "a blog against the mogul",
        # "a report saying ..."; a clause on an apposed name ("the Dainik Jagran, which ...") does not
        return not any(c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in _TOPICAL
                       for c in obj.children)
    return False
