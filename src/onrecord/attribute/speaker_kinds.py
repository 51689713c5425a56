"""What kind of thing a statement's speaker head names, for its act (``acts``): a document
("the report", "polls"), data that stand for people ("GOP figures"), a period of time ("the
final quarter"), or a thing that cannot speak ("the policy", "populism").
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import WRITTEN_MEDIA
from .deeds import SPEAKING_ENTITIES
from .lexicon import DOCUMENT_NOUNS, GROUP_NOUNS, KIN_NOUNS, PERSON_NOUNS, TITLE_WORDS
from .narration_shapes import a_rank
from .org_kinds import ORG_DESCRIPTORS
from .phrase_shapes import document_word
from .relative_documents import document_before
from .roles import is_role_noun


def is_document(speaker: Token | None) -> bool:
    """Whether a speaker phrase names a document: "the report", "a statement from the
    Kremlin", "polls" (not "the report's author")."""
    if speaker is None:
        return False
    speaker = document_before(speaker) or speaker  # "in its submission which states"
    if speaker.pos_ == "PROPN" and speaker.i > 0 and speaker.doc[speaker.i - 1].pos_ == "PROPN":
        return speaker.lower_ in _NAMED_STUDIES  # "a Morning Consult Poll found": a named maker's poll
    # the lexicon lists some plurals as written ("regulations"): "FEC regulations suggest"
    words = {speaker.lemma_.lower(), speaker.lower_, document_word(speaker)}  # ("a round-up", split at its hyphen)
    return bool(words & DOCUMENT_NOUNS) and speaker.pos_ == "NOUN" and not for_people(speaker)


_NAMED_STUDIES = frozenset("poll survey study".split())


# Qualifiers that make "figures" people: "senior figures", "GOP figures", "public figures".
_PERSON_QUALIFIERS = frozenset("senior leading key public political prominent opposition party top religious".split())


def for_people(speaker: Token) -> bool:
    """Whether a data noun stands for people: "a number of Democrats", "GOP figures",
    "senior figures" (but "a number" of studies is still data)."""
    lemma = speaker.lemma_.lower()
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in speaker.children):
        return True  # "world number three Lleyton Hewitt": a player's rank
    if lemma == "number":
        if a_rank(speaker):
            return True  # "The British number one then showed ...": a player's rank
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() not in DOCUMENT_NOUNS
                                                                 for o in c.children) for c in speaker.children)
    return lemma == "figure" and any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "ORG") or c.lower_ in _PERSON_QUALIFIERS)
                                     for c in speaker.children)


# Kin and the written or broadcast things that speak in PolNeAR ("his wife said", "the ad says").
_KIN = KIN_NOUNS | {"parent", "child", "partner"}
_MEDIA = frozenset("ad advert advertisement commercial headline banner sign slogan speech remark".split())
_SPEAKING_NOUNS = (PERSON_NOUNS | GROUP_NOUNS | TITLE_WORDS | ORG_DESCRIPTORS | DOCUMENT_NOUNS | WRITTEN_MEDIA
                   | _KIN | _MEDIA)


def is_period(speaker: Token | None) -> bool:
    """Whether a speaker head is a period of time written as a word ("the final quarter",
    "last year"; not a time stamp glued to a name, "9:12PMTrump")."""
    return (speaker is not None and speaker.pos_ == "NOUN" and speaker.ent_type_ in ("DATE", "TIME")
            and speaker.is_alpha and speaker.is_lower)


def is_thing(speaker: Token | None) -> bool:
    """Whether a speaker head is a thing that cannot speak: a singular common noun that is
    no entity, person, group, role, kind of body or document ("the policy", "populism", "a
    news conference"). Pronouns, names and plurals ("advocates", "others") are never
    things: they may stand for anyone, and so may a noun with a name in apposition. RETURNS (bool)."""
    if speaker is None or speaker.tag_ != "NN" or speaker.ent_type_ in SPEAKING_ENTITIES or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in speaker.children):
        return False  # "Clinton's opponent, Bernie Sanders, also praised ...": a name in apposition
    words = {speaker.lower_, speaker.lemma_.lower()}
    return not (words & _SPEAKING_NOUNS) and not is_role_noun(speaker)
