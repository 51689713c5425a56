"""Frames whose roles are not "X said Y": denials, claims without an owner, questions.

- "X denied claims that Y": the claim Y is nobody's statement here; X's denial is, and its
  content is what X denied, "claims that Y" (docs/annotation.md, "Frames with roles of
  their own"). PolNeAR marks it the same way ("rejected [rumors that Obama might ...]").
- A cue noun with a clause ("claims that Y", "fears that Y") belongs to its owner ("X's
  claim"), to its agent ("claims by X"), or to the subject of a verb that makes it the
  subject's own ("X made / repeated / voiced the claim that", "entered the debate with an
  argument that", "X said in a statement that"); after any other verb it is no one's ("investigating complaints that",
  "amid fears that", "asked for an inquiry into claims that").
- "The firm has seen sales rise", "a year that saw the party take over the House": "see"
  with an event for its complement reports what happened, not anyone's view (unlike "sees
  that …", "sees Cruz as a uniter").
- "Asked whether Y, X said Z": the question is the interviewer's, not X's, and ends where
  X's answer begins (the parse often hangs the answer inside the question).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .boundaries import widen_to_quotes
from .cue_tokens import SUBJECT_DEPS, cue_range, holds_views, is_passive_participle, speaker_of
from .found import Found, Range
from .lexicon import SPEECH_VERBS
from .quotes import Quote
from .verb_shapes import QUESTION_VERBS

# Verbs that dispute what their object claims: "denied / rejected / dismissed claims that".
DISPUTE_VERBS: frozenset[str] = frozenset("""
deny reject dismiss refute rebut dispute contest counter challenge downplay disavow repudiate
respond reply deflect
""".split())
# Phrasal disputes: verb + particle or preposition ("played down", "pushed back against").
DISPUTE_PHRASES: frozenset[tuple[str, str]] = frozenset({
    ("play", "down"), ("brush", "off"), ("brush", "aside"), ("laugh", "off"), ("shrug", "off"),
    ("fend", "off"), ("push", "against"), ("hit", "at"), ("fire", "at"), ("strike", "down"),
    ("respond", "to"), ("reply", "to"),
})
# Verbs that make a claim the subject's own: "made the claim that", "voiced fears that".
OWNING_VERBS: frozenset[str] = frozenset("""
make issue repeat reiterate restate voice express renew raise echo offer give deliver send
post publish release put float share hold have air lodge file level press pursue stand stick
cling cle double maintain underline underscore
""".split())  # "cle": en_core_web_sm's lemma of "cling"


@dataclass(frozen=True)
class NounFrame:
    """How a cue noun without an owner hangs from its clause: ``denial`` is the verb that
    disputes it; ``own`` says the clause's subject holds it."""

    own: bool
    denial: Token | None = None


def noun_frame(noun: Token) -> NounFrame:
    """The frame of a cue noun with no owner and no agent. RETURNS (NounFrame)."""
    prep = None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep, verb = noun.head, noun.head.head
    else:
        return NounFrame(own=True)  # a subject, an apposition ...: as the subject rules say
    if verb.pos_ not in ("VERB", "AUX"):
        return NounFrame(own=prep is not None and prep.lower_ == "with")
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if prep is not None:
        particles.add(prep.lower_)
    if (prep is None and lemma in DISPUTE_VERBS) or any((lemma, p) in DISPUTE_PHRASES for p in particles):
        return NounFrame(own=False, denial=verb)
    # "said in a statement that Y", "wrote in a letter that Y": the medium of the subject's
    # own speech, so Y is the subject's
    in_speech = prep is not None and prep.lower_ == "in" and lemma in SPEECH_VERBS
    return NounFrame(own=lemma in OWNING_VERBS or in_speech or (prep is not None and prep.lower_ == "with"))


def denial_finding(doc: Doc, verb: Token, noun: Token, clause: Range, quotes: list[Quote]) -> Found:
    """X's denial: cue the disputing verb (with its particle or preposition), content the
    disputed claim from its first word to the end of its clause ("claims that Y")."""
    start, end = cue_range(verb)
    if noun.dep_ == "pobj":
        end = max(end, noun.head.idx + len(noun.head.text))
    content = widen_to_quotes((noun.left_edge.idx, max(clause[1], noun.idx + len(noun.text))), quotes)
    return Found(content, verb, (start, end), speaker_of(verb), rule="denial", confidence=0.8)


# Verbs that put a question to someone: "Asked whether …", "Pressed on …".


def is_question(cue: Token) -> bool:
    """A question put to the clause's subject, its asker unnamed: "Asked whether …", "when
    asked about …", "Pressed on …" (``cue_tokens.is_passive_participle`` of a question verb)."""
    return cue.lemma_.lower() in QUESTION_VERBS and is_passive_participle(cue)


def answer_of(cue: Token) -> Token | None:
    """The speech verb that answers a question participle in its sentence ("Asked whether
    …, he said"), if it has an active subject of its own. RETURNS (Token | None)."""
    for token in cue.doc[cue.i + 1 : cue.sent.end]:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "csubj") for c in token.children):
            return token
    return None


def _relative(token: Token) -> bool:
    """A relative clause with its pronoun ("which friends described as miserable"): part of
    the question, not an answer."""
    return token.dep_ in ("relcl", "acl") and any(
        t.lower_ in ("which", "who", "whom", "that", "whose") for t in token.doc[token.left_edge.i : token.i])


def question_end(doc: Doc, cue: Token, start: int, end: int) -> int:
    """The last token of a question's content ("Asked whether …"): before the answer's
    speaker when the parse hung the answer inside the question ("Asked whether he thought
    the BBC should have screened it he said: …") or ran the question into the answering
    clause's subject ("When asked if BMW would seek compensation, the chief executive said")."""
    limit = end
    host = cue.head if cue.dep_ in ("advcl", "acl") else None
    answer = _answer_above(host)
    if answer is not None:
        host = answer  # the question's clause was made the answer's complement: it runs on
        limit = end = max(end, min(c.left_edge.i for c in answer.children if c.dep_ in SUBJECT_DEPS) - 1)
    for token in doc[start : end + 1]:
        answering = (token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB" and token.i != cue.i
                     and not _relative(token))
        if answering or (host is not None and token.i == host.i):
            for subject in (c for c in token.children if c.dep_ in ("nsubj", "csubj") and start < c.left_edge.i <= end):
                limit = min(limit, subject.left_edge.i - 1)
    if host is not None:
        subjects = [c for c in host.children if c.dep_ in SUBJECT_DEPS]
        for subject in (c for c in subjects if start < c.left_edge.i <= end):
            limit = min(limit, subject.left_edge.i - 1)
        if not subjects and limit < host.i and all(t.is_punct for t in doc[limit + 1 : host.i]):
            # the answerer's name hung inside the question: "…from Bosch, the carmaker's
            # chief executive Helmut Panke said"; the question ends at the last comma
            commas = [t.i for t in doc[start : limit + 1] if t.text == ","]
            if commas and not any(t.pos_ in ("VERB", "AUX") for t in doc[commas[-1] + 1 : limit + 1]):
                limit = commas[-1] - 1
    return limit


def _answer_above(host: Token | None) -> Token | None:
    """The answer's speech verb when the parser made the question's own clause its
    complement ("Asked if it had appeared [he was encouraging violence], Trump replied"):
    the clause stands before the verb, which has a subject of its own after it."""
    if host is None or host.dep_ != "ccomp" or host.head.i < host.i:
        return None
    answer = host.head
    subjects = [c for c in answer.children if c.dep_ in SUBJECT_DEPS and c.i > host.i]
    return answer if answer.lemma_.lower() in SPEECH_VERBS and answer.pos_ == "VERB" and subjects else None


# Perception verbs that report an event when their complement is one ("saw him become").
_WITNESS_VERBS = frozenset(("see", "witness", "watch"))


def witnessed_event(cue: Token, complement: Token) -> bool:
    """Whether "see" reports an event rather than a view: a non-finite or nominal complement
    ("seen sales rise", "saw him become", "seen huge increases") after a perfect ("has
    seen") or a subject that holds no views ("the year", "his manner", "the policy mistake")."""
    if cue.lemma_.lower() not in _WITNESS_VERBS or (complement.tag_ not in ("VB", "VBG", "VBN") and complement.dep_ != "dobj"):
        return False
    if any(c.dep_ == "mark" for c in complement.children):
        return False  # "see whether …", "see that …"
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children):
        return True
    subject = speaker_of(cue)
    return subject is None or not holds_views(subject)


def narrated_events(found: list[Found]) -> list[Found]:
    """``found`` without the learned findings that narrate an event (``witnessed_event``):
    the learned pass proposes every predicate, "see" included. RETURNS (list[Found])."""
    def event(f: Found) -> bool:
        complements = [c for c in f.cue.children if c.dep_ in ("ccomp", "xcomp", "dobj")] if f.cue is not None else []
        return bool(complements) and witnessed_event(f.cue, complements[0])

    return [f for f in found if not event(f)]


# Words a title written in capitals leaves in lower case: "The Lord of the Rings".
_TITLE_SMALL_WORDS = frozenset("""
a an the of and or nor but in on at to for by with from as after before about over under into onto upon
than that this when while until since against between through during without within amid among via
""".split())


def in_a_title(token: Token) -> bool:
    """Whether a capitalised cue word inside a sentence of running text is part of a title or
    a name written in capitals ("singles include ..., *You Said No*, and ...", "the *North
    East Says No* campaign", "the film *Say Anything*"): no one speaks. A headline written
    all in capitals ("Trump Says He Will Win", "… after Report Reveals …") has at most one
    lower-case word other than a preposition or a conjunction, and keeps its cue."""
    if not token.text[:1].isupper() or token.is_sent_start or token.i == token.sent.start:
        return False
    doc = token.doc
    before = doc[token.i - 1]
    if before.is_punct or before.is_quote or "\n" in before.whitespace_:
        return False  # '"Say no," ...', a line's first word
    neighbours = [t for t in (before, doc[token.i + 1] if token.i + 1 < len(doc) else None)
                  if t is not None and t.is_alpha]
    if not any(t.text[:1].isupper() for t in neighbours):
        return False
    running = [t for t in token.sent if t.is_alpha and t.text.islower() and t.lower_ not in _TITLE_SMALL_WORDS]
    return len(running) >= 2  # running text, not a headline in capitals ("Report Reveals X after Y")
