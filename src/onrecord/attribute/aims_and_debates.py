"""Words a party means to say and questions a crowd is asking (issue 12, acts-42; ``unvoiced``
asks). A reader judged these wrong as someone's statement in unseen BBC articles:

1. an aim the writer describes, whose speech verb is only planned: "The Lib Dems want to use
   the conference *to call for* an end to tuition fees", "Unions hope *to argue* that the
   pension age should not rise", "Campaigners plan *to tell* ministers that ..." — nothing
   has been said yet; the finding is the party's intention (PolNeAR train marks such cues
   with their wanting: "hopes to make the case", "wanted to show"), out of the default
   record. Trying is left alone: "tried to explain her plan" mostly did speak.
2. a general debate, a question an indefinite crowd is said to ask: "others are questioning
   whether the plan will work", "Critics wonder whether the deal is worth the money", "some
   have asked whether ..." — no one in particular put it (docs/annotation.md, "Optional":
   attitudes of loosely described groups); PolNeAR train keeps them with "some"/"others" as
   the source (8 on train, all "wonder"/"question"/"speculate"), as wondering: a belief. A
   crowd made the object of a cause ("leaving some to question whether ...") is left alone:
   the cue has no subject of its own there.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import StatementAct as Act
from .deps import SUBJECT_DEPS
from .found import Found
from .lexicon import SPEECH_VERBS

# Heads whose infinitive is what the subject means to do, not what it did: "wants to", "hopes
# to", "plans to". Not "try", "attempt", "seek" (a try at speaking spoke: "has sought to assure
# members of the committee that ..." is what he told them, devgold), "decide" (a decision is
# often carried out in the same breath), nor "is expected to tell", "is preparing to
# announce" (a speech briefed ahead, which the article often quotes).
_AIMING = frozenset("want wish hope plan intend aim".split())
# Adjectives of an aim: "is keen to use the campaign to highlight ...".
_AIMING_ADJECTIVES = frozenset("keen eager determined anxious".split())
# Persons who perform the speech by saying they want to: "I want to say that ...".
_PERFORMERS = frozenset("i we you".split())


def planned_speech(cue: Token) -> bool:
    """Whether a speech verb is an infinitive of an aim: "want to use the forum [to call
    for]", "hope [to argue] that ...", "plans [to tell] ministers" — the verb climbs through
    infinitives (an xcomp or a purpose clause) to an aiming head that is not negated and
    whose subject is not "I"/"we"/"you" (a speaker who says "I want to say" says it).
    RETURNS (bool)."""
    token = cue
    for _ in range(3):
        if token.dep_ not in ("xcomp", "advcl") or not any(c.tag_ == "TO" for c in token.children):
            return False
        head = token.head
        if head.i == token.i:
            return False
        if head.lemma_.lower() in _AIMING and head.pos_ in ("VERB", "AUX") or (
                head.lemma_.lower() in _AIMING_ADJECTIVES and head.pos_ == "ADJ"):
            holder = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head  # "is keen": its copula
            return not any(c.dep_ == "neg" for t in (head, holder) for c in t.children) and not any(
                c.dep_ in SUBJECT_DEPS and c.lower_ in _PERFORMERS for c in holder.children)
        token = head
    return False


# Indefinite crowds, who ask anything: "others", "some", "many", "people".
_CROWDS = frozenset("other others some many few people".split())
# ... and loosely described ones, who only wonder: "Critics wonder whether ..." (but "Critics
# have questioned whether ..." and "Analysts have questioned whether ..." put it in words).
_DOUBTERS = frozenset("critic critics sceptic sceptics skeptic skeptics observer observers commentator commentators".split())
# Verbs of a question asked by no one in particular, with whether/if: "wonder whether",
# "question whether", "ask whether", "ponder whether"; of them "wonder" and "ponder" only wonder.
_ASKING = frozenset("wonder question ask ponder query".split())
_WONDERING = frozenset("wonder ponder".split())


def open_debate(found: Found, lemma: str) -> bool:
    """Whether an indefinite crowd (a bare "others", "some", "many"; "critics" who only
    wonder; no name, no "of", no modifier that picks them out) asks an open question:
    "others are questioning whether the plan will work", "Critics wonder whether ...",
    "Others wonder how the connection could affect Hillary's run for president".
    RETURNS (bool)."""
    cue = found.cue
    if lemma not in _ASKING or cue.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in cue.children):
        return False  # "asked the minister whether ...": an addressee, a question put in words
    from .unsaid import open_question  # (unsaid imports this module through unvoiced)

    if not open_question(found):
        return False  # "whether", "if", "how the connection could affect ..."
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    subject = subjects[0]
    crowd = subject.lower_ in _CROWDS or lemma in _WONDERING and subject.lower_ in _DOUBTERS
    return crowd and not any(
        c.dep_ in ("prep", "amod", "compound", "relcl", "acl", "appos", "poss", "nummod") for c in subject.children)


def aim_or_debate(found: Found, lemma: str) -> tuple[Act, str] | None:
    """The act and reason of an aim's planned speech or a crowd's open question (module
    docstring), else None. RETURNS (tuple[str, str] | None)."""
    cue = found.cue
    if cue is None or cue.pos_ != "VERB":
        return None
    if lemma in SPEECH_VERBS and planned_speech(cue):
        return "intention", "an aim, not yet said"
    if open_debate(found, lemma):
        return "belief", "a general debate, no one's words"
    return None
