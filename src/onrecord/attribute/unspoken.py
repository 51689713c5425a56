"""Contents that were not put into words (issue 12; ``unsaid`` asks before
``no_proposition``). On samples of BBC output an editor judged each wrong as a statement of
what was said, since the statement then says nothing:

1. a negated verb of speech with an indirect question or a noun phrase for content: "It
   has not said [how much the system will cost]", "did not say [how many were being
   sued]", "He would not discuss [reports the party repaid £500,000 ...]" — what was left
   unsaid (a negated verb with a clause, "has never said she would support ...", still
   reports words: PolNeAR train marks it; "did not deny reports that ..." tells, so the
   verbs of denying stay out);
2. talk of a topic still to come: "where they are to discuss [a controversial jet fuel
   tax]", "Ministers will also be discussing [reforms]" — a plan, nothing said yet (the
   past "discussed the tax" tells what was talked about, and stays);
3. a saying withheld, whatever its content: refused ("declined to comment on the claims
   that the firm had broken the law"), left out ("left without saying that he would
   resign") or not wished ("Not wishing to claim that the plan had failed") — the sentence
   says the words were not said (``withheld``);
4. a saying no one was there to make (stop 45, issue 12): a verb of speech as the
   infinitive of "unavailable", "unable" or a negated "available", whatever its content
   ("Labour representatives were *unavailable to comment on* why the vote had been
   delayed", "A spokesman was *not available to comment*", "The firm was *unable to say*
   whether ...": a reader judged the 'why' clause no one's statement); "unwilling to say"
   refuses, as "declined to".

A content that is only a pointing word ("He said [that].") stays: PolNeAR train marks it
(2 of 2 in the first 200 articles), and no BBC sample showed one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..schema import StatementAct as Act
from .act_words import TALK_LEMMAS, WRITING_VERBS
from .deps import SUBJECT_DEPS
from .found import Found
from .lexicon import SPEECH_VERBS
from .quotes import text_of

# Verbs whose negation still tells something: "did not deny reports that ...", "would not
# rule out ...".
_TELLING_WHEN_NEGATED = frozenset("deny dispute refute rebut rule".split())
# Verbs of speech, writing and talk.
_SPEAKING = SPEECH_VERBS | WRITING_VERBS | TALK_LEMMAS
# Verbs that refuse the saying in their infinitive: "declined to comment on the claims that ...".
_REFUSING = frozenset("refuse decline".split())
# Verbs of wanting whose negation leaves their infinitive unsaid: "not wishing to claim that".
_WANTING = frozenset("wish want mean intend".split())
# Adjectives that leave their infinitive unsaid: "was unavailable to comment on why ...".
_NOT_THERE = frozenset("unavailable unable".split())
# Adjectives that refuse their infinitive: "was unwilling to say whether ...".
_UNWILLING = frozenset(("unwilling",))
# Auxiliaries of the future.
_FUTURE = frozenset(("will", "'ll", "shall"))


def unspoken(found: Found, lemma: str, noun: bool, question: bool) -> tuple[Act, str] | None:
    """The act and reason of a finding whose content was not put into words (module
    docstring), else None. ``noun`` and ``question`` say whether the content is a noun phrase
    or an indirect question (``unsaid.noun_content``, ``unsaid.open_question``). RETURNS (tuple[str, str] | None)."""
    cue = found.cue
    if cue.pos_ not in ("VERB", "AUX") or quoted(found):
        return None
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None:
        return None
    if lemma in _SPEAKING and lemma not in _TELLING_WHEN_NEGATED and negated(cue) \
            and (question or noun or _noun_headed(span, cue)):
        return "stance", "negated, left unsaid"
    if lemma in _SPEAKING and lemma not in _TELLING_WHEN_NEGATED:
        if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _REFUSING:
            return "intention", "refusal with no words"  # "declined to comment on the claims that the firm ..."
        if withheld(cue):
            return "stance", "negated, left unsaid"  # "without saying that ...", "Not wishing to claim that ..."
        if cue.dep_ == "xcomp" and cue.head.pos_ == "ADJ":
            if cue.head.lower_ in _UNWILLING:
                return "intention", "refusal with no words"  # "was unwilling to say whether ..."
            if not_there(cue.head):
                return "stance", "negated, left unsaid"  # "was unavailable to comment on why ..."
    if lemma in TALK_LEMMAS and noun and _to_come(cue):
        return "intention", "talk still to come"
    return None


def withheld(cue: Token) -> bool:
    """A saying the sentence says was not made, whatever its content: "left *without saying*
    that he would resign", "*Not wishing to claim* that the plan had failed", "did not want
    to suggest that ..." (a BBC sample's "not wishing to claim that ..." was judged wrong as
    a statement of that content). RETURNS (bool)."""
    head = cue.head
    if cue.dep_ == "pcomp" and head.lower_ == "without" and head.i == cue.i - 1:
        return True
    return cue.dep_ == "xcomp" and head.lemma_.lower() in _WANTING and negated(head)


def not_there(adjective: Token) -> bool:
    """ "unavailable", "unable", "not available", "Nobody was available": the adjective of an
    infinitive of speech says no one spoke. RETURNS (bool)."""
    if adjective.lower_ in _NOT_THERE:
        return True
    if adjective.lower_ != "available":
        return False
    head = adjective.head
    return negated(adjective) or (adjective.dep_ == "acomp" and head.i != adjective.i and negated(head))


def negated(cue: Token) -> bool:
    """ "has not said", "would not discuss", "never said" (not "not only said", "didn't just
    say": more was said)."""
    doc = cue.doc
    for c in cue.children:
        if c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "not"):
            after = doc[c.i + 1] if c.i + 1 < len(doc) else None
            if after is None or after.lower_ not in ("only", "just", "merely", "simply"):
                return True
    # "Neither Mr Howard nor Mr Letwin would say ...", "No official would say ...": the subject denies it
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "no-one") or any(
        d.dep_ in ("det", "preconj") and d.lower_ in ("neither", "no") for d in c.children)) for c in cue.children)


def _noun_headed(span: Span, cue: Token) -> bool:
    """ "[reports the party repaid £500,000]": a noun the cue takes as object, whatever
    clause describes it."""
    root = span.root
    return root.pos_ in ("NOUN", "PROPN") and span.start == root.left_edge.i and (
        root.dep_ == "dobj" and root.head.i == cue.i
        or root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == cue.i)


def _to_come(cue: Token) -> bool:
    """ "will be discussing", "'ll discuss", "are to discuss" (an infinitive on a "be" with
    the subject), "are going to discuss"."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in cue.children):
        return True
    head = cue.head
    if cue.dep_ != "xcomp" or head.i >= cue.i or not any(c.tag_ == "TO" for c in cue.children):
        return False
    if head.lemma_.lower() == "be":
        return any(c.dep_ in SUBJECT_DEPS for c in head.children)
    return head.lower_ == "going" and any(c.lemma_.lower() == "be" for c in head.children)


def quoted(found: Found) -> bool:
    """Whether the content opens with a quotation mark: the words were given."""
    text = text_of(found.cue.doc)[found.content[0]:found.content[1]].lstrip()
    return text[:1] != "" and text[:1] in "\"“‘'«"
