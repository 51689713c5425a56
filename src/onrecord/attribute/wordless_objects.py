"""Speech verbs whose noun object is a side taken or a thing proposed, not words
(``non_statements`` asks; issue 12). On the stop-43 editor's pass over BBC dev slices:

1. a side declared by a noun of backing: "the board of Reliance Energy reaffirmed [its
   faith in Anil]", "George Pataki announced [his support for the Ohio governor]" — an
   endorsement, a stance as "backed Anil" is ("expressed support" is one already, by
   ``acts``); but "reaffirmed that it had faith in him" and "pledged his support as a
   superdelegate" (no one backed) stay;
2. a proposal whose noun object carries an infinitive of its aim: "the all-party group
   recommended [15 ways to protect punters and improve the integrity of sports betting]",
   "proposed measures to curb spending" — what is wanted, no words, as "proposed the
   merger" is (``no_proposition``, which takes a bare noun phrase only); but "recommended
   the council to reject it" (an addressee told to act) and "proposed that ..." stay;
3. an aim stated by its noun: "the young Irish boys had stated [their intentions] earlier in
   the season when they finished runners-up", "such a large and powerful organisation has
   stated [its desire for digital formats to be open to all]" — what is wanted, an
   intention, as "expressed his desire" is (``acts``, light verbs); "announced" or
   "declared his intention to run" stays (PolNeAR train keeps announced plans and decisions
   as speech);
4. a thing that echoes a thing: "The trend echoes [the uptake of mobiles in many developing
   economies]" — a likeness the writer draws, narration (but "Companies echoed this
   sentiment" takes up words);
5. "add to" a thing, which increases it: "The latest triumph adds to [the three Grammys and
   four American MTV gongs] won earlier in this year" — narration, whatever clause the
   parser hangs on the verb (but "added to reporters that ..." tells people, and "added
   that ..." speaks);
6. a side spoken for or against: "Local government officials in Frankfurt's state of Hessen
   have also spoken out [against the move]" — opposing, a stance as "opposed the move" is
   (docs/annotation.md, "objects to"); but "spoke out against Trump:" before a quotation,
   "spoke out against the plan, saying ..." and "spoke out about ..." give or lead to words.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deeds import a_thing
from .deps import SUBJECT_DEPS
from .found import Found
from .lexicon import GROUP_NOUNS, PERSON_NOUNS, TITLE_WORDS
from .quotes import text_of

# Verbs that declare a side when their object names it: "reaffirmed its faith in",
# "announced his support for", "signalled their backing for".
_DECLARING = frozenset("""
affirm reaffirm reiterate restate repeat declare pledge announce signal signaled signalled
express voice proclaim confirm renew
""".split())
# Nouns of backing someone or something.
_BACKING = frozenset("faith confidence trust support backing loyalty allegiance endorsement".split())
# Prepositions that name whom or what is backed: "faith in", "support for", "backing to".
_BACKED = frozenset("in for to behind".split())
# Verbs that put forward what is wanted.
_PROPOSING = frozenset("propose recommend".split())
# Verbs that state an aim by its noun: "stated their intentions", "reiterated his desire to";
# never "declare", which announces it as "announced his intention to run" does (speech).
_STATING = frozenset("state reiterate restate reaffirm repeat".split())
# Nouns of an aim: the nouns of act_words.INTENTION_LEMMAS that name a want, not its
# "plan", "decision", "goal" or "bid" (PolNeAR keeps stated plans and decisions as speech).
_AIMS = frozenset("intention intent desire wish ambition aim determination".split())
# Nouns of people, bodies and roles: an addressee or someone told, never a thing.
_PEOPLE_WORDS = PERSON_NOUNS | GROUP_NOUNS | TITLE_WORDS
# Entity kinds of an addressee: "recommended the council to reject it".
_AGENT_ENTS = frozenset("PERSON ORG GPE NORP".split())


def side_declared(found: Found, lemma: str) -> bool:
    """Whether the content is only a noun of backing that the cue declares: "reaffirmed
    [its faith in Anil]" (module docstring, item 1). RETURNS (bool)."""
    obj = _noun_object(found)
    if obj is None or lemma not in _DECLARING or obj.lemma_.lower() not in _BACKING:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _BACKED for c in obj.children) and _object_only(found, obj)


def aim_proposed(found: Found, lemma: str) -> bool:
    """Whether the content is a proposed thing with the infinitive of its aim: "recommended
    [15 ways to protect punters]" (module docstring, item 2). RETURNS (bool)."""
    obj = _noun_object(found)
    if obj is None or lemma not in _PROPOSING or obj.ent_type_ in _AGENT_ENTS:
        return False
    if obj.lemma_.lower() in _PEOPLE_WORDS:
        return False
    aim = any(c.dep_ in ("acl", "relcl") and c.i > obj.i and any(g.tag_ == "TO" for g in c.children)
              for c in obj.children)
    return aim and _object_only(found, obj)


def aim_stated(found: Found, lemma: str) -> bool:
    """Whether the content is only a noun of an aim that the cue states: "had stated [their
    intentions]" (module docstring, item 3). RETURNS (bool)."""
    obj = _noun_object(found)
    return (obj is not None and lemma in _STATING and obj.lemma_.lower() in _AIMS
            and _object_only(found, obj, wanted_clause=True))


def thing_echoes(found: Found, lemma: str) -> bool:
    """Whether a thing echoes a thing: "The trend echoes [the uptake of mobiles]" (module
    docstring, item 4). RETURNS (bool)."""
    speaker = found.speaker
    obj = _noun_object(found)
    return (lemma == "echo" and obj is not None and speaker is not None and a_thing(speaker)
            and not obj.ent_type_ and _object_only(found, obj))


def adds_to_a_thing(found: Found, lemma: str) -> bool:
    """Whether "add to" increases a thing: "The latest triumph adds to [the three Grammys]
    ..." (module docstring, item 5). RETURNS (bool)."""
    cue = found.cue
    if lemma != "add" or cue is None or cue.i + 1 >= len(cue.doc):
        return False
    to = cue.doc[cue.i + 1]
    if to.lower_ != "to" or to.dep_ != "prep" or to.head.i != cue.i:
        return False
    things = [o for o in to.children if o.dep_ == "pobj"]
    # a counted thing is no one told ("adds to [the three Grammys]"; the parser may take a
    # prize's name for a place); a name, a pronoun or a person noun may be ("added to reporters")
    if not things or any(o.pos_ == "PRON" or o.lemma_.lower() in _PEOPLE_WORDS
                         or o.ent_type_ in _AGENT_ENTS and not any(c.dep_ == "nummod" for c in o.children)
                         for o in things):
        return False
    text = text_of(cue.doc)[found.content[0]:found.content[1]].lstrip()
    return not text.startswith(("that ", "\"", "“", "'", "‘"))


def side_spoken_for(found: Found, lemma: str) -> bool:
    """Whether "speak out" only takes a side for or against a thing: "have also spoken out
    [against the move]" (module docstring, item 6). RETURNS (bool)."""
    cue = found.cue
    if lemma != "speak" or cue is None or not any(c.dep_ == "prt" and c.lower_ == "out" for c in cue.children):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj") for c in cue.children):
        return False  # "spoke out against it, saying ...": the words follow
    sides = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("against", "for")]
    objects = [o for p in sides for o in p.children if o.dep_ == "pobj"]
    if len(objects) != 1 or not _object_only(found, objects[0]):
        return False
    # "spoke out against Trump:" gives the words next (the parser may hang the colon on the name)
    return not any(t.text in (":", "—") for t in cue.doc[objects[0].i + 1:cue.sent.end])


def _noun_object(found: Found) -> Token | None:
    cue = found.cue
    if cue is None or cue.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _object_only(found: Found, obj: Token, wanted_clause: bool = False) -> bool:
    """Whether the content is the object's phrase and no more, with no clause of words in
    it: no subject, no "that" and no quotation. ``wanted_clause`` lets in an infinitive
    clause of what is wanted, "desire [for digital formats to be open]"."""
    span = obj.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or not len(span) or span[0].i != obj.left_edge.i or span[-1].i > obj.right_edge.i:
        return False
    if wanted_clause:
        return not any(t.is_quote or t.dep_ == "mark" and t.lower_ != "for" for t in span)
    return not any(t.dep_ in SUBJECT_DEPS or t.dep_ == "mark" or t.is_quote for t in span)
