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
   system", as PolNeAR train keeps plans announced: ``announced_things``);
3. results or figures reported by name only: "Tesco is *reporting* its first annual results",
   "the US is to *report* its findings", "retailers have *reported* poor figures for
   December" — the article narrates that a body put out numbers, and says none of them
   (a figure given stays: "*reported* a 20% rise in pre-tax profits", "*reported* earnings of
   $8.42 a share"; ``unsaid`` takes "published/released/issued" with a document named).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import StatementAct as Act
from .aims_and_debates import aim_or_debate
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
# Verbs that make results public and say what they are only through their object.
_REPORTING = frozenset("report announce present unveil".split())
# Results and figures named as a batch: "its annual results", "poor figures", "its findings"
# (not "a number of other management appointments": things counted, which are announced).
_RESULTS = frozenset("result figure finding earnings account statistic".split())
# Entity labels of a figure given: "a 20% rise", "earnings of $8.42".
_AMOUNTS = frozenset("PERCENT MONEY CARDINAL QUANTITY".split())


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
    if noun and lemma in _REPORTING and cue.pos_ == "VERB" and _results_named(found, cue):
        return "stance", "results put out, not what they say"
    return aim_or_debate(found, lemma)


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


def _results_named(found: Found, cue: Token) -> bool:
    """Whether the content is the cue's object naming results or figures and giving none:
    "reporting [its first annual results]" (no amount, no clause or topic on the noun)."""
    for obj in cue.children:
        if obj.dep_ != "dobj" or not found.content[0] <= obj.idx < found.content[1]:
            continue
        if obj.lemma_.lower() not in _RESULTS or obj.left_edge.idx != found.content[0]:
            return False
        if any(t.ent_type_ in _AMOUNTS or t.tag_ == "CD" and t.ent_type_ != "DATE" or t.is_quote for t in obj.subtree):
            return False  # "earnings of $8.42 a share", "results 'well ahead' of forecasts"
        return not any(c.dep_ in ("acl", "relcl", "appos") or c.dep_ == "prep" and c.lower_ in _TOPICAL
                       for c in obj.children)
    return False
