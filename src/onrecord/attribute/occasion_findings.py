"""What names again the scene or the findings just set, and what only places remarks just
quoted (``occasions``): "the statement said" after "In a statement on Tuesday, Rubio said",
"the survey found" after "reported last week", "He made the comments on BBC Radio 4"."""

from __future__ import annotations

from spacy.tokens import Token

from ..schema import Statement
from .found import Found
from .lexicon import DOCUMENT_NOUNS
from .occasion_ties import REMARKS


def the_scene_itself(speaker: Token, kind: str | None) -> bool:
    """A definite document speaking that names the last scene's kind ("the statement said")."""
    return speaker.lemma_.lower() == kind and any(c.dep_ == "det" and c.lower_ == "the" for c in speaker.children)


# A finding named again ("the survey found") after an article of reporting it ("reported").
_FINDINGS = frozenset("survey poll study report".split())
_PUBLISHING = frozenset("report release publish".split())


def the_findings_again(speaker: Token | None, cue: Token | None) -> bool:
    """ "Consumer sentiment ... , the University of Michigan reported last week. ... the survey
    found that ...": "the survey" is what was just reported, on the same occasion."""
    return speaker is not None and cue is not None and speaker.lemma_.lower() in _FINDINGS and (
        cue.lemma_.lower() in _PUBLISHING) and any(c.dep_ == "det" and c.lower_ == "the" for c in speaker.children)


def made_the_remarks(f: Found) -> bool:
    """A finding of "He made the comments on BBC Radio 4 on Sunday": no saying of its own but
    narration of where what was just quoted was said (``NarrationReading._looking_back``)."""
    cue = f.cue
    return cue is not None and cue.lemma_.lower() == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in REMARKS and f.content[0] <= c.idx < f.content[1] for c in cue.children)


def reporting(cue: Token | None) -> bool:
    """ "CNN reported Thursday that ...": a report is written once, so what the article quotes
    of it after ('"…," according to CNN.' opening the next paragraph) goes on with it, as
    the quotes of an outlet told do. Not "was first reported by MSNBC", a passive of who broke it."""
    return cue is not None and cue.lemma_.lower() == "report" and cue.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ == "auxpass" for c in cue.children)


_SURVEYS = frozenset("survey poll study".split())


def a_document(speaker: Token | None) -> bool:
    """ "Thursday's memo from the panel seemed aimed at …" then '"…," it stated.' a paragraph on: a
    document is written once, so its quotes go on with it as an outlet's report does. Not a poll
    or a study ("A CNN/ORC poll last month showed …"): its figures are no words that go on."""
    return speaker is not None and speaker.pos_ == "NOUN" and speaker.lemma_.lower() in DOCUMENT_NOUNS - _SURVEYS


_ASKED = frozenset("he him she her they them".split())


def asks_the_speaker(cue: Token | None, speaker: str | None) -> bool:
    """ "Earhardt then asked Rubio which states ..." in the interview Rubio gave Fox News: a
    question put to the occasion's speaker is of the occasion, so it takes its via and day. Only
    "ask" with the speaker (or a pronoun) asked: not "Democrats questioned the claim"."""
    if cue is None or speaker is None or cue.lemma_.lower() != "ask":
        return False
    names = {w.lower() for w in speaker.split()}
    return any(c.dep_ in ("dobj", "dative", "iobj") and (c.lower_ in names or c.lower_ in _ASKED)
               for c in cue.children)


# Verbs that name what a saying did ("called on tech companies", "assailed her", "announced
# that ...", "tweeting her appreciation"): a lead that sums up one act, not a bare "said".
_SUMMING_UP = frozenset("""announce acknowledge assail attack blast slam criticize criticise praise hail applaud
endorse urge warn accuse defend tweet declare vow pledge unveil reject dismiss mock condemn denounce thank
concede admit confirm reveal lament predict insist""".split())


def sums_up(cue: Token | None) -> bool:
    """ "On Sunday, Hillary Clinton called on tech companies to become more aggressive." then
    '"Resolve means ...," she told an audience' opening the next paragraph: the quotation is
    the words of the act the lead dated, so it goes on with it as the quotes of a telling do;
    "Bennett on Monday said ..." then '"…," he added.' is left open (``occasion_going_on.GoingOn._tied``)."""
    if cue is None or cue.tag_ not in ("VBD", "VBN", "VBG") or any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return False  # not "has criticised", "will announce", "was praised": no one act of a day (VBN: a past the tagger misread)
    lemma = cue.lemma_.lower()
    return lemma in _SUMMING_UP or lemma == "call" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for")
                                                          for c in cue.children)


def opens_sentence(s: Statement, first: Token) -> bool:
    """A quotation that opens its sentence, its cue after it: '"This is the place ...," Bush
    said.' right after "Jeb Bush told an Iowa audience that ..." is what he told them."""
    return s.kind in ("direct", "mixed") and s.content.start - first.idx <= 2 and (
        s.cue is None or s.cue.start > s.content.start)
