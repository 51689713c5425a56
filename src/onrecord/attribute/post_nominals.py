"""Letters written after a name for a rank or an honour ("Richard Mawrey, QC told the
hearing"): the parser may make the letters the verb's subject and hang the name above the
verb; the letters are no speaker, the name before them speaks (issue 11, stop 44)."""

from __future__ import annotations

from spacy.tokens import Token

# Capitals only: an honour, a silk or a seat ("Ian MacDonald QC", "Jane Smith, MEP", a Welsh
# Assembly Member's "AM"; only ever read right after a person's name).
POST_NOMINALS = frozenset("QC KC OBE MBE CBE KBE DBE MP MEP MSP AM".split())


def person_before_post_nominal(subject: Token) -> Token | None:
    """ "Deputy High Court Judge Richard Mawrey, QC told the hearing ...": the subject is a
    post-nominal right after a person's name and a comma, and the name governs the verb or
    shares its head; the named person speaks. RETURNS (Token | None): the name's head."""
    if subject.text not in POST_NOMINALS or subject.dep_ not in ("nsubj", "nsubjpass") or subject.i < 2:
        return None
    doc = subject.doc
    before = doc[subject.i - 1]
    if before.ent_type_ == "PERSON" and before.dep_ == "compound" and before.head.i == subject.i:
        # "Former welfare minister Frank Field MP criticised ...": no comma, and the parser made
        # the letters the head of the name and its role; the name's last word stands for it
        return before
    if any(True for _ in subject.children):
        return None
    person = doc[subject.i - 2] if doc[subject.i - 1].text == "," else doc[subject.i - 1]
    while person.dep_ == "compound" and person.head.i > person.i:
        person = person.head
    if person.ent_type_ != "PERSON" or person.i >= subject.i:
        return None
    cue = subject.head
    return person if person.i in (cue.head.i, cue.i) or person.head.i == cue.i else None
