"""Findings whose content names a thing, not a proposition, with a cue that gives no words
(issue 12; ``unsaid`` asks last): on samples of BBC output an editor judged each wrong as a
statement of what was said:

1. a speech verb in a purpose infinitive of a verb that is no speech: "journalists met to
   discuss how to react", "held a meeting to discuss the crisis" — a plan, an intention;
   nothing said yet (but "called a news conference to announce that he would resign" gives
   the words, and "rose to ask why the hospital had closed" reports the asking);
2. a proposal whose content is a noun phrase: "proposed the merger of the two firms",
   "recommended a ban on fireworks" — what is wanted, an intention (but "proposed that the
   firms merge" and "proposed raising taxes" put a proposition in words; "suggested a link
   between the cases" is a claim, so "suggest" is no proposing verb here);
3. a denial of words the article gave before, by a noun phrase or a pronoun that refers
   back to them: "denied his claims", "denied the allegations", "denied it" — a stance
   taken against them, as "rejected the allegations" is; so is a bare plural of them,
   "denied multiple charges of conspiracy and fraud" (but "denied that ...", "denied
   taking bribes" and "denied any wrongdoing" say what is denied);
4. "boasts" with a noun object, which has rather than says: "boasts a 45-point lead",
   "the city boasts three theatres" (but "boasted about his club", "boasted that ...");
5. who was talked with, not what was said: "a matter he would have to discuss with [the
   other partners]";
6. what a deed shows, not words: "confirmed their impressive progress by recording a win";
7. a price charged, not a charge made: "the high rates they charge for international roaming";
8. a hint or an allusion at a thing: "hinted at further dissatisfaction", "alluded to the
   row" — the topic pointed at, no words (but "hinted that he would leave"); "suggest" with
   a noun of a measure for object ("suggests new ways of boosting campaigning") proposes;
9. a request still to be made, in the "be to" future: "The owners of Yukos are to ask the
   buyer to pay back a loan" — a plan (but "Mr Blair is to say that ..." gives the words).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import StatementAct as Act
from .act_words import TALK_LEMMAS, WRITING_VERBS
from .deps import SUBJECT_DEPS
from .found import Found
from .lexicon import CUE_NOUNS, SPEECH_VERBS

# Verbs before a purpose infinitive that make an occasion of speech, not a plan: "took to
# Twitter to say", "used the interview to attack", "went on to discuss".
_OCCASION_VERBS = frozenset("use take seize go".split())
# Verbs that speak with words of their own, and the cues of item 1 that need none.
_SPEAKING = SPEECH_VERBS | WRITING_VERBS | TALK_LEMMAS
# Questions a purpose infinitive reports as asked: "rose to ask why", "gathered to ask whether".
_ASKING = frozenset("ask question query".split())
# Verbs that propose what they want: "proposed the merger", "recommended a ban" (not
# "suggest": "suggested a link between the cases" claims a link).
_PROPOSING = frozenset("propose recommend".split())
# Verbs that deny or contest words given before: "denied his claims".
_DENYING = frozenset("deny refute rebut dispute".split())
# Nouns that refer back to words: "his claims", "the allegations", "these reports".
_WORDS_BACK = CUE_NOUNS | frozenset("report rumour rumor story speculation account version".split())
# Pronouns that refer back to words: "denied it".
_POINTING_PRONOUNS = frozenset("it this that".split())
# What is charged when "charge" prices rather than accuses: "the rates they charge".
_PRICES = frozenset("rate fee price premium tariff charge interest rent sum amount commission".split())
# Verbs of confirming or showing, which a deed can do: "confirmed their progress by winning".
_SHOWING = frozenset("confirm show prove demonstrate underline underscore signal reaffirm express".split())
# Verbs of talk whose "with" names who was talked to: "discuss with the other partners".
_TALKING = frozenset("discuss talk speak confer consult negotiate debate argue chat".split())
# Nouns of what is proposed, which "suggest" puts forward as a proposal, not a claim:
# "suggests new ways of boosting ..." (but "suggested a link between the cases").
_MEASURES = frozenset("way measure step change reform idea option scheme".split())
# Verbs of asking someone to act, whose "be to" future is a plan: "are to ask X to pay".
_REQUESTING = frozenset("ask urge request invite".split())
# Verbs that point at a topic through a preposition: "hinted at", "alluded to" ("pointed to
# his record" stays: on PolNeAR train all five are marked, as a speaker's evidence).
_POINTING = frozenset((("hint", "at"), ("allude", "to")))


def no_proposition(found: Found, lemma: str, noun: bool, question: bool) -> tuple[Act, str] | None:
    """The act and reason of a finding whose content names a thing with a cue that gives no
    words (module docstring), else None. ``noun`` says whether the content is a noun
    phrase (``unsaid.noun_content``), ``question`` whether it is an indirect question
    (``unsaid.open_question``). RETURNS (tuple[str, str] | None)."""
    cue = found.cue
    if cue.pos_ != "VERB":
        return None
    if (noun or (question and lemma not in _ASKING)) and purpose(cue, lemma, found.speaker):
        return "intention", "a purpose, not words"
    if lemma == "charge" and not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children) and _a_price(cue):
        return "stance", "an action, not words"  # "the high rates they charge for international roaming"
    if lemma == "suggest" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MEASURES and _in_content(c, found)
                                  and c.left_edge.idx == found.content[0] for c in cue.children):
        return "intention", "a proposal, no words"  # "suggests new ways of boosting campaigning"
    if lemma in _REQUESTING and _planned(cue) and _infinitive(found):
        return "intention", "a plan, not words"
    if not noun:
        return None
    if lemma in _PROPOSING and _object_content(cue, found):
        return "intention", "a proposal, no words"
    if lemma == "boast" and _object_content(cue, found):
        return "belief", "a thing had, not words"  # "the city boasts three theatres": it has them
    if lemma in _DENYING and _refers_to_words(cue, found):
        return "stance", "a denial, no words"
    if any(c.dep_ == "prep" and (lemma, c.lower_) in _POINTING and _in_content(c, found) for c in cue.children):
        return "stance", "a pointer, no words"
    if lemma in _SHOWING and _by_a_deed(cue):
        return "stance", "an action, not words"  # "confirmed their progress by recording a win over France"
    if lemma in _TALKING and any(c.dep_ == "prep" and c.lower_ == "with" and _in_content(c, found) for c in cue.children):
        return "stance", "an audience, not words"  # "a matter he would have to discuss with [the other partners]"
    return None


def purpose(cue: Token, lemma: str, speaker: Token | None = None) -> bool:
    """Whether a speech verb is the purpose infinitive of a verb that is no speech: "met [to
    discuss]", "held a meeting [to discuss]", "visited the show [to discuss]", and, where
    the parser made the infinitive a complement after the verb's object, "has coined the
    term 'digital serfdom' [to describe] the trend" when the speaker is that verb's subject
    (stop 45; "forced the minister to admit", whose speaker is the object, stays)."""
    if not any(c.tag_ == "TO" for c in cue.children) or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return False
    if cue.dep_ == "advcl":
        head = cue.head
    elif cue.dep_ == "acl" and cue.head.dep_ == "dobj":
        head = cue.head.head  # "held [a meeting] to discuss": the infinitive hangs on the object
    elif cue.dep_ == "xcomp" and speaker is not None and speaker.dep_ in SUBJECT_DEPS and speaker.head.i == cue.head.i \
            and any(c.dep_ == "dobj" and c.i < cue.i for c in cue.head.children):
        head = cue.head  # "coined [the term] to describe", read as a complement
    else:
        return False
    return (head.pos_ == "VERB" and head.i < cue.i and head.lemma_.lower() not in _SPEAKING
            and head.lemma_.lower() not in _OCCASION_VERBS and lemma in _SPEAKING)


def _object_content(cue: Token, found: Found) -> bool:
    """Whether the content is the cue's noun object: "proposed [the merger of ...]"."""
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and _in_content(c, found) for c in cue.children)


def _refers_to_words(cue: Token, found: Found) -> bool:
    """ "denied [his claims]", "denied [the allegations against him]", "denied [it]"."""
    for c in cue.children:
        if c.dep_ == "dobj" and _in_content(c, found):
            if c.pos_ == "PRON":
                return c.lower_ in _POINTING_PRONOUNS
            if c.lemma_.lower() not in _WORDS_BACK:
                return False
            determiners = [d for d in c.children if d.dep_ in ("det", "poss", "predet")]
            if not determiners:
                return c.tag_ == "NNS"  # "denied [multiple charges of fraud]": the charges named, not answered in words
            return any(d.lower_ not in ("a", "an", "any", "no") for d in determiners)
    return False


def _in_content(token: Token, found: Found) -> bool:
    """Whether a token (a preposition: its object) lies in the content."""
    if token.pos_ == "ADP":
        return any(_in_content(o, found) for o in token.children if o.dep_ == "pobj")
    return found.content[0] <= token.idx < found.content[1]


def _by_a_deed(cue: Token) -> bool:
    """ "confirmed their impressive progress [by recording a win]": what is confirmed or shown
    by a deed, a gerund that is no speech (but "answered the criticism by saying that ...")."""
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() not in _SPEAKING for g in c.children)
        for c in cue.children)


def _a_price(cue: Token) -> bool:
    """ "the high rates [they charge]", "charged a fee of £5", "charge £10 a month": a price."""
    if cue.dep_ == "relcl" and cue.head.lemma_.lower() in _PRICES:
        return True
    doc = cue.doc
    subject = doc[cue.i - 1] if cue.i > 0 else None
    if subject is not None and subject.dep_ in SUBJECT_DEPS and subject.pos_ == "PRON":
        before = next((t for t in reversed(doc[max(0, subject.i - 3) : subject.i]) if not t.is_punct), None)
        if before is not None and before.lemma_.lower() in _PRICES:
            return True  # a relative the parser missed: '"the high rates" [they charge]'
    # "could charge the companies [up to 10%] of their annual turnover": a share of it, as a fine
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in _PRICES or c.ent_type_ in ("MONEY", "PERCENT")) for c in cue.children)


def _planned(cue: Token) -> bool:
    """ "are [to ask]": an infinitive hung on a "be" that has the subject (not "were asked to")."""
    head = cue.head
    return (cue.dep_ == "xcomp" and head.i < cue.i and head.lemma_.lower() == "be" and head.pos_ == "AUX"
            and any(c.tag_ == "TO" and c.i == cue.i - 1 for c in cue.children)
            and any(c.dep_ in SUBJECT_DEPS for c in head.children))


def _infinitive(found: Found) -> bool:
    """A content that is what the one asked is to do: opening with "to", or the one asked and
    the cue's infinitive ("[the buyer ... to pay back a loan]")."""
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    return span is not None and len(span) > 1 and (span[0].tag_ == "TO" or any(
        t.tag_ == "TO" and t.head.dep_ == "xcomp" and t.head.head.i == found.cue.i for t in span))
