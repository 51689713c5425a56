"""Whether a side-taking verb or a vow reports the words themselves, and the cue lemma
that every act rule reads (``acts.py`` decides the act; this is the part that tells
"criticized the plan" (a stance) from "criticized the plan, saying ..." (speech)).
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import (
    BELIEF_LEMMAS,
    INTENTION_BEFORE_INFINITIVE,
    INTENTION_LEMMAS,
    STANCE_LEMMAS,
    TALK_LEMMAS,
    WRITING_VERBS,
)
from .found import Found
from .lexicon import SPEECH_VERBS
from .narration_shapes import scare_quoted_only
from .quotes import mark_positions

_KNOWN = BELIEF_LEMMAS | INTENTION_LEMMAS | INTENTION_BEFORE_INFINITIVE | STANCE_LEMMAS | TALK_LEMMAS | SPEECH_VERBS | WRITING_VERBS


def lemma_of(token: Token) -> str:
    """The token's lemma, repaired where the rule lemmatizer cut an "-es" ending too far
    ("hopes" -> "hop", "discusses" -> "discus"). RETURNS (str)."""
    lemma = token.lemma_.lower()
    if lemma not in _KNOWN and token.lower_ != lemma:
        for repaired in (lemma + "e", lemma + "s"):
            if repaired in _KNOWN:
                return repaired
    return lemma


# Rules whose content is the words a cue reports: a quotation, a clause.
_WORDS_RULES = frozenset(("quote-cue", "verb-clause"))


def words_given(found: Found, lemma: str) -> bool:
    """Whether a verb that takes a side and reports speech ("criticized", "protested",
    "denounced") gives the words themselves — a quotation or a clause ("'As a tip worker, I
    make ...,' she protested", "he scolded: grow up"), words quoted in its content
    ("accused Clinton allies of being ''traitors''"), or a characterisation, as "described
    X as Y" ("denounced Trump's remarks as hurtful") — rather than only the side it takes
    ("criticized Clinton for ..."): then it reports what was said."""
    if lemma not in SPEECH_VERBS:
        return False
    if found.rule in _WORDS_RULES:
        return True
    cue = found.cue
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    if mark_positions(span) and not scare_quoted_only(found):  # "praised the 'resilience' of the economy": the writer's marks
        return True
    if any(_words_participle(c) and c.idx < found.content[1] for c in cue.children if c.i > cue.i):
        # only when the content takes the participle's words in: "defended the licensing shake-up,
        # saying it would cut crime" gives them to the participle's own statement, and takes a side
        # on [the licensing shake-up], a stance, not the words (acts-9)
        return True
    if span is not None and any(t.tag_ == "VBG" and t.head.lower_ == "for" and lemma_of(t) in _WORDS_PARTICIPLES
                                for t in span):
        return True  # "criticized Clinton for saying the plan would fail": words reported
    return characterised(cue)


def characterised(cue: Token) -> bool:
    """Whether a cue characterises its object "as" something: "denounced Trump's remarks as
    hurtful", "dismissed the kerfuffle as 'absurd'". A verbal judgment so gives its words
    (speech); a verb of taking a side (dismiss, reject, defend) still takes a side (stance)."""
    objects = [o for o in cue.children if o.dep_ == "dobj"]
    # "praising Jeb Bush, who ended his bid, as 'a man who ...'": the parser hung the "as"
    # after the relative clause's closing comma on the relative clause
    relatives = [r for o in objects for r in o.children if r.dep_ == "relcl"]
    return any(c.dep_ == "prep" and c.lower_ == "as" for t in (cue, *objects) for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ == "as" and c.doc[c.i - 1].text == "," for r in relatives for c in r.children)


# Participles that go on to give the words: "criticized the accord, [saying] it goes ...",
# "defended the incident, [calling] the protester ...", "[declaring] that ...".
_WORDS_PARTICIPLES = frozenset("""
say call declare argue add note insist claim warn tell write tweet state explain describe
contend maintain suggest assert stress quip joke predict
""".split())


def _words_participle(token: Token) -> bool:
    """Whether a dependant of a side-taking cue is a participle of speech with no subject
    of its own, after a comma: the side taken, then the words ("..., saying ...")."""
    if token.dep_ not in ("advcl", "conj") or token.tag_ != "VBG" or lemma_of(token) not in _WORDS_PARTICIPLES:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return before is not None and before.text in (",", "—", "–", "-", ";")


# Verbs of promising in words ("agreed to leave the door open", "offered to ...": a deed).
_PROMISSORY = frozenset("vow pledge promise swear threaten guarantee".split())


def words_quoted(found: Found, lemma: str) -> bool:
    """Whether a vow or a promise to do something quotes the words it was made in ("vowed to
    “take our fight” to the 35 states", "pledged to oppose legal status “today, tomorrow,
    forever.”"): what was said, not only what is meant. A quoted single word is a scare quote
    ("fix the “broken” system")."""
    if lemma not in _PROMISSORY:
        return False
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    marks = mark_positions(span)
    return any(sum(1 for t in span.doc[a + 1 : b] if t.is_alpha) >= 2 for a, b in zip(marks[::2], marks[1::2]))
