"""Is a speaker's name a description ("spokesman", "the company", "US officials", "Prime
Minister") rather than a name? A description is an unnamed source: it stays in its article.

The engine marks the unnamed sources it recognises (``Speaker.unnamed``); this is the
record's own guard for the ones it does not, so that no generic word ever becomes one
speaker across the whole store.
"""

from __future__ import annotations

from ..schema import Speaker
from ..store.names import normalize_name, strip_honorifics

# Words that open a description and are dropped before looking at it.
_OPENERS = frozenset("the a an one two three four some several many most other others another any all both each its their his her our".split())
# Nouns and modifiers that describe a role, a kind of body or a kind of text rather than
# name one: a name made only of these ("Prime Minister", "The Government") is a description.
GENERIC_WORDS = frozenset("""
spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives
official officials source sources insider insiders aide aides adviser advisers advisor advisors
analyst analysts expert experts critic critics observer observers economist economists
researcher researchers scientist scientists academic academics campaigner campaigners activist activists
witness witnesses resident residents people person persons man men woman women observers
company companies firm firms group groups government governments ministry department agency agencies
bank banks authority authorities organisation organization body bodies industry business businesses
report reports study studies survey surveys poll polls statement statements document documents memo letter
paper papers research figures data document review audit filing lawsuit complaint ruling
police officer officers detective detectives investigators prosecutor prosecutors judge judges court
prime minister ministers chancellor secretary secretaries president vice chairman chairwoman chair
chief executive executives director directors manager managers boss bosses head leader leaders
coach player players fans union unions party parties club clubs team teams side
lawyer lawyers attorney attorneys doctor doctors teacher teachers parent parents student students
worker workers staff employee employees member members mps politicians diplomat diplomats
many others some most several few everyone anyone someone nobody
senior junior former deputy general foreign home shadow local federal national regional state top
its their his her
""".split())
# Heads that make a description even with a proper modifier: "US officials", "Labour
# sources", "Kremlin spokesman" (written in lower case, as a common noun).
GENERIC_HEADS = frozenset("""
spokesman spokeswoman spokesperson spokespeople official officials source sources insider insiders aide aides
adviser advisers analyst analysts expert experts critic critics observers economists researchers
campaigners activists witnesses residents people lawmakers legislators diplomats investigators prosecutors
officers ministers mps members staff workers executives leaders managers fans players
""".split())


def is_description(speaker: Speaker) -> bool:
    """Is this speaker a description, not a name? True for the engine's unnamed sources,
    names without a capital letter ("spokesman", "the company"), names made only of generic
    words ("Prime Minister", "Analysts") and generic heads written in lower case ("US
    officials", "Kremlin spokesman")."""
    if speaker.unnamed:
        return True
    name = speaker.name or ""
    words = [w for w in name.split() if w.lower() not in _OPENERS]
    if not words:
        return True
    if not any(ch.isupper() for ch in " ".join(words)):
        return True
    core = strip_honorifics(normalize_name(" ".join(words)))[0].split()
    if not core or all(w in GENERIC_WORDS for w in core):
        return True
    head = words[-1]
    return head.islower() and normalize_name(head) in GENERIC_HEADS
