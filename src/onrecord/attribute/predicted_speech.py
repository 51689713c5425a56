"""Speech the article predicts rather than reports (issue 12, acts-46; ``non_statements`` asks).

A reader judged these wrong as statements on unseen BBC articles (politics/033): the words
have not been said when the article is written —

* a future: "The campaigners *will say* the government did not adequately consider the
  building of new airports", "Mr Blair *shall argue* ...";
* a likelihood: "Their opponents are also *likely to complain* there was no public
  consultation", "is *unlikely to announce* ...", "is *going to tell* ...".

They are a belief ("not said yet"), as "England *will announce* their squad" is
(``announced_things``) and "is expected to announce" (an agentless passive, ``passives``).
What stays speech:

* a quotation: '"..., he will say." — words released ahead (PolNeAR train keeps an
  excerpt of a speech to come), and so the speaker's text already;
* a future its own date places, "Officials will tell the committee on Monday that the plan
  failed": a speech scheduled for a day, whose text is most often handed out ahead (issue
  12, judged at stop 39, kept it; ``suppositions.dated``);
* "I" or "we" as the subject: "I will say I'm a military guy" says it as it speaks;
* a noun phrase for content ("Some will recall the news footage of ...", "will announce their
  squad"): the rules for things named decide it;
* a comparison of answers, "voters are *more likely to say* Sanders' policies are too
  liberal": a poll's finding (PolNeAR train marks it), not a prediction;
* a negation ("will not say which"): a refusal, which ``non_statements`` decides first;
* "will tell you" of a kind of people: ``suppositions`` takes it as the writer's supposition.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .lexicon import FUTURE_AUXILIARIES
from .found import Found
from .quotes import OPENING_ANY_MARKS, text_of
from .suppositions import dated
from .unspoken import negated

# Adjectives of likelihood whose infinitive predicts the act: "likely to complain".
_LIKELY = frozenset("likely unlikely".split())
# Degree words that make "likely" a comparison of answers: "more likely to say".
_COMPARING = frozenset("more less most least".split())
# Subjects that speak as they say it: "I will say", "we'll tell you".
_SPEAKING_NOW = frozenset("i we".split())
# Opening quotation marks: a quoted content is words that exist.
_OPENING_QUOTES = OPENING_ANY_MARKS | {"«"}  # (and a guillemet)


def predicted(found: Found) -> bool:
    """Whether a cue of speech or writing reports words still to come (module docstring).
    RETURNS (bool)."""
    cue = found.cue
    if cue is None or cue.pos_ not in ("VERB", "AUX") or negated(cue):
        return False
    if not (_future(cue) or _likely(cue)) or dated(cue):
        return False
    subject = _subject(cue)
    if subject is not None and subject.lower_ in _SPEAKING_NOW:
        return False
    return not text_of(cue.doc)[found.content[0]:found.content[1]].lstrip()[:1] in _OPENING_QUOTES


def _future(cue: Token) -> bool:
    """ "will say", "'ll tell"; and "is going to say"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in cue.children):
        return True
    head = cue.head
    return (cue.dep_ == "xcomp" and head.lower_ == "going" and any(c.tag_ == "TO" for c in cue.children)
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children))


def _likely(cue: Token) -> bool:
    """ "are likely to complain", not "more likely to say"."""
    head = cue.head
    return (cue.dep_ == "xcomp" and head.i != cue.i and head.lower_ in _LIKELY
            and any(c.tag_ == "TO" for c in cue.children)
            and not any(c.dep_ == "advmod" and c.lower_ in _COMPARING for c in head.children)
            and not negated(head))


def _subject(cue: Token) -> Token | None:
    """The cue's own subject, or that of the clause it is an infinitive of ("Their opponents
    are likely to complain": "likely" hangs on "are")."""
    verb = cue
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None
