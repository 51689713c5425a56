"""Things announced, not words (``non_statements`` asks): an announcing verb whose object is a
made thing ("Nintendo announced a media adapter", "The company revealed a new logo") or
whose announcing is still to come ("England will announce their squad", "Trump is expected
to unveil his second ad").

PolNeAR TRAIN decides the boundary: of its "announce"/"unveil"/"reveal" + noun-phrase objects,
the annotators keep plans, decisions, measures, deals, candidacies, results and figures
("announced 6,000 layoffs", "announcing her decision"), people named ("announced his running
mate") and facts revealed ("revealed deep anxiety"), so those stay speech; they leave out
products and adverts unveiled ("unveiled the first Macintosh", "her first Spanish campaign
ad") and announcements still to come ("expected to announce an intensification", "would
announce one shortly"), which are what this module takes out.

Stop 45 (issue 12): a plan or a proposal announced bare, its noun phrase ending at the noun
with nothing of what it proposes ("The government announced proposals on Monday", "The
council has announced a review"), says nothing a reader can quote: "a plan named, no
words", an intention. "announced a plan to cut 500 jobs", "plans for a new airport" and
"announced that it would ..." give what the plan is and stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from .found import Found

# Verbs that make public what their object names.
_ANNOUNCING = frozenset("announce unveil reveal".split())
# Made things: goods, works, adverts and marks a firm or a campaign puts out ("a media
# adapter", "a new logo", "his second ad"); not a plan, a policy or a figure, which are words.
_MADE_THINGS = frozenset("""
product device gadget console handset phone smartphone tablet computer laptop adapter adaptor
player camera chip processor car vehicle model aircraft plane jet engine robot game app
software browser version edition logo design kit shirt strip uniform ad advert advertisement
advertising commercial poster trailer album single song film movie
""".split())
# Nouns of a plan or proposal, which say nothing until their content is given.
_PLAN_NOUNS = frozenset("""
proposal plan review study scheme initiative package measure strategy programme program reform
blueprint agenda overhaul shake-up shakeup restructuring
""".split())
# Modals that put the announcing in the future or in doubt.
_MODALS = frozenset("will 'll shall would 'd may might could".split())
# Heads that put an infinitive announcing in the future: "is expected to unveil", "is due to
# announce", "is set to reveal", "is going to announce", "plans to unveil".
_AHEAD = frozenset("expect due set go plan prepare poise hope intend".split())


def _object(cue: Token) -> Token | None:
    return next((c for c in cue.children if c.dep_ == "dobj"), None)


def _object_is_content(found: Found, obj: Token) -> bool:
    """Whether the content is the object's noun phrase, not a quotation nor an infinitive on
    it ("a media adapter ... which will let owners watch films" is one; "plans to cut 50
    jobs" holds a clause of words)."""
    span = obj.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span) or span[0].i != obj.left_edge.i or span.text[:1] in "\"“‘'«":
        return False
    return not any(t.tag_ == "TO" or t.is_quote for t in obj.subtree)


def _to_come(cue: Token) -> bool:
    """ "will announce", "could unveil", "is expected to announce", "plans to reveal"; not
    negated ("won't reveal the terms" refuses now) and not "would like to announce" (said)."""
    if any(c.dep_ == "neg" for c in cue.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cue.children):
        return True
    head = cue.head
    return (cue.dep_ == "xcomp" and any(c.tag_ == "TO" for c in cue.children) and head.i != cue.i
            and head.lemma_.lower() in _AHEAD and not any(c.dep_ == "neg" for c in head.children))


def thing_announced(found: Found, lemma: str) -> str | None:
    """Why an announcing verb with a noun-phrase content reports no words: "a made thing"
    ("Nintendo announced [a media adapter]"), "not said yet" ("England will announce [their
    squad]"), "a plan named, no words" ("announced [proposals]"), or None when it may be a
    statement. RETURNS (str | None)."""
    cue = found.cue
    if lemma not in _ANNOUNCING or cue.pos_ != "VERB":
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "auxpass") for c in cue.children):
        return None  # "announced that ..." keeps a clause; passives are made_thing's
    obj = _object(cue)
    if obj is None or obj.pos_ == "PRON" or not _object_is_content(found, obj):
        return None
    if _to_come(cue):
        return "not said yet"
    if obj.ent_type_ == "PRODUCT" or obj.lemma_.lower() in _MADE_THINGS:
        return "a made thing"
    if obj.lemma_.lower() in _PLAN_NOUNS and obj.right_edge.i == obj.i:
        return "a plan named, no words"  # "announced proposals": nothing of what they propose
    return None
