"""A scene trailing a reported clause (issue 12): "X said the company would cut jobs in an
interview with Reuters on Tuesday", "X said the talks would resume, speaking on BBC Radio 4
on Sunday", "X said those statements were wrong during a hearing last week". The parser
hangs the scene on the reported clause's verb, so it stood inside what was said and gave no
via or when; it belongs to the saying when its phrase is a medium or an occasion of speech
and nothing of what was said follows it. ``tail_of`` finds it and cuts it off the content;
``tail_via`` and ``tail_when`` read it.

A scene stays what was said where the reported clause tells an event that may well have
taken place at it: a past action ("Clinton had treated her family disrespectfully during a
phone call", "the plan was rejected at a hearing"), a verb of speaking or appearing
("said he would speak at a rally"), a scene another clause owns ("what it was like at a
rally"). A document or a medium ("in a statement", "in an interview", "on Twitter") is the
saying's unless the clause's verb is itself one of speaking or publishing.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from ..schema import When
from .cue_tokens import is_speech
from .deps import SUBJECT_DEPS
from .found import Found, Range
from .lexicon import SCENE_PARTICIPLES
from .links import NOT_WHEN_PREPS, in_programme_name, is_a_title, time_range
from .quotes import text_of
from .relay_names import relay_name
from .relays import relay_of_scene
from .speakers import entities_in
from .when import after_publication, resolve

# What a statement is written or said in: "in a statement", "in an interview with Reuters".
_SAID_IN = frozenset("""
interview interviews statement letter email e-mail op-ed column article post tweet blog editorial essay message
remarks comments speech address appearance broadcast podcast testimony lecture
""".split())
# Occasions of speaking, where other things happen too: "at a news conference", "during a hearing".
_OCCASIONS = frozenset("briefing conference hearing rally debate call town-hall townhall hall".split())
# Nouns that are occasions of speaking only with a word before them: "a news conference", "a
# conference call", "a town hall" (not "the conference", "a call for").
_NEEDS_KIND = {"conference": frozenset("news press".split()), "call": frozenset("conference phone telephone".split()),
               "hall": frozenset(("town",))}
# Verbs whose own occasion a scene would be: speaking, appearing or publishing something.
_OWN_OCCASION = frozenset("""
say tell speak talk appear give hold deliver make write publish post air broadcast run tweet announce discuss
mention address attend host testify comment describe call meet
""".split())
# Adjectives whose own object "in" opens: "interested in an interview", "involved in a hearing".
_ADJECTIVES_WITH_IN = frozenset("interested involved engaged included named cited quoted mentioned contained".split())


def tail_of(found: Found) -> Token | None:
    """The scene trailing a statement's reported clause, or None: the preposition that
    opens it ("in" of "in an interview"), or the participle ("speaking"). RETURNS (Token | None)."""
    cue = found.cue
    if cue is None or found.kind == "direct" or found.rule != "verb-clause" or not is_speech(cue):
        return None
    if found.content[0] <= cue.idx:
        return None  # "The deal was unfair, he said in a speech": its scene hangs on the cue already
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and found.content[0] <= c.idx < found.content[1]), None)
    if clause is None:
        return None
    host = clause
    for _ in range(2):
        last = _last_phrase(host)
        if last is None:
            return None
        if _trailing_scene(clause, last) and last.idx >= found.content[0]:
            return last
        if last.dep_ != "acomp" or last.pos_ != "ADJ" or last.lower_ in _ADJECTIVES_WITH_IN:
            return None
        host = last  # "the plan was flawed [in a statement]": the parser hung it on the adjective
    return None


def _last_phrase(head: Token) -> Token | None:
    """The last phrase hanging on the right of a word, past a time or a place after it ("in an
    interview with Reuters [on Tuesday]", "in a speech [in Brussels]"). RETURNS (Token | None)."""
    for child in reversed(list(head.rights)):
        if not (child.is_punct or _a_time_or_place(child)):
            return child
    return None


def cut_tails(found: list[Found]) -> dict[int, Token]:
    """Cut every statement's trailing scene off its content. RETURNS (dict[int, Token]): the
    scene by ``id`` of its statement."""
    tails = {}
    for f in found:
        tail = tail_of(f)
        if tail is not None:
            _cut(f, tail)
            tails[id(f)] = tail
    return tails


def _cut(found: Found, tail: Token) -> None:
    doc = tail.doc
    end = tail.left_edge.idx
    text = text_of(doc)
    while end > found.content[0] and text[end - 1] in " ,\n":
        end -= 1
    if end - found.content[0] >= 3:
        found.content = (found.content[0], min(end, found.content[1]))


def tail_via(tail: Token | None) -> tuple[str, Range] | None:
    """The outlet a trailing scene names ("in an interview with Reuters", "on Twitter",
    "writing in the Guardian"). RETURNS (tuple[str, Range] | None)."""
    if tail is None:
        return None
    if tail.pos_ == "VERB":
        return relay_of_scene(tail)
    if tail.lower_ == "on":
        obj = next((c for c in tail.children if c.dep_ == "pobj"), None)
        return relay_name(obj, medium=True) if obj is not None else None
    obj = next((c for c in tail.children if c.dep_ == "pobj"), None)
    return relay_of_scene(obj) if obj is not None else None


def tail_when(tail: Token | None, published: dt.date | None) -> tuple[When, Range] | None:
    """The time a trailing scene gives the saying: a time in its phrase or after it, up to
    the reported clause's end ("in an interview with Reuters on Tuesday", "during a hearing
    last week"); not one that dates something else ("until March"). RETURNS (tuple[When, Range] | None)."""
    if tail is None:
        return None
    doc = tail.doc
    start = tail.left_edge.idx
    last = tail.head.right_edge
    end = last.idx + len(last.text)
    for ent in entities_in(doc, tail.left_edge.i, tail.sent.end):
        if ent.label_ not in ("DATE", "TIME") or not start <= ent.start_char < end or is_a_title(ent) or in_programme_name(ent):
            continue
        root = ent.root
        if root.head.dep_ == "prep" and root.head.lower_ in NOT_WHEN_PREPS:
            continue
        first, last = time_range(doc, ent.start, ent.end)
        when = resolve(text_of(doc)[first:last], published)
        if when is None:
            continue
        return None if after_publication(when, published) else (when, (first, last))
    return None


def _trailing_scene(clause: Token, child: Token) -> bool:
    if child.tag_ == "VBG" and child.dep_ in ("advcl", "xcomp", "conj"):
        # "…, speaking on BBC Radio 4's Today programme": a participle set off by a comma
        doc = child.doc
        return (child.lemma_.lower() in SCENE_PARTICIPLES and doc[child.left_edge.i - 1].text == ","
                and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
                and any(c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "to", "during", "before") for c in child.children))
    if child.dep_ != "prep" or child.lower_ not in ("in", "during", "at", "on"):
        return False
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    if obj is None or clause.lemma_.lower() in _OWN_OCCASION or any(c.dep_ == "mark" and c.lower_ in ("if", "whether")
                                                                    for c in clause.children):
        return False
    set_off = child.i > 0 and child.doc[child.i - 1].text == ","
    if child.lower_ == "on":
        # "said the deal was close on Twitter": a medium, where only a name can stand
        return (set_off or _a_state(clause)) and obj.pos_ == "PROPN" and relay_name(obj, medium=True) is not None
    lemma = obj.lemma_.lower()
    if obj.pos_ != "NOUN" or any(c.dep_ == "poss" and (c.pos_ == "PROPN" or not set_off) for c in obj.children):
        return False  # "in Clinton's speech" is hers; "said Clinton was wrong in her speech" may be too
    if lemma in _NEEDS_KIND and not any(c.lower_ in _NEEDS_KIND[lemma] for c in obj.children):
        return False
    if obj.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in obj.children):
        return False  # "was still in post": a bare singular is no document
    if lemma == "post" and not any(c.dep_ in ("compound", "amod") or c.lower_ == "on" for c in obj.children):
        return False  # a post written: "in a Facebook post", "in a post on Twitter"
    if lemma in _SAID_IN:
        return child.lower_ in ("in", "during") and (set_off or not _past_event(clause))
    # "said the person would not get beat up at his rally": a plan may be for the occasion itself
    return lemma in _OCCASIONS and (set_off or _a_state(clause, modal=False))


def _a_state(clause: Token, *, modal: bool = True) -> bool:
    """A reported clause that tells a state, a plan or a view rather than a past event: a
    modal ("would cut jobs"), the present ("supports the plan") or "be" itself ("were wrong")."""
    children = list(clause.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return modal
    if any(c.dep_ in ("auxpass", "aux") and c.lemma_.lower() in ("be", "have") for c in children):
        return False  # "was rejected", "had treated", "is going": an event
    return clause.tag_ in ("VBZ", "VBP") or clause.lemma_.lower() == "be"


def _past_event(clause: Token) -> bool:
    """ "had treated her disrespectfully", "was rejected": a perfect or a passive tells an
    event before the saying, which may have been in that document."""
    return any(c.dep_ in ("auxpass", "aux") and c.lemma_.lower() in ("be", "have") and c.tag_ != "MD"
               for c in clause.children) and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _a_time_or_place(token: Token) -> bool:
    """A time or a place after the scene: "on Tuesday", "last week", "in Brussels"."""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    if token.dep_ != "prep":
        return False
    objs = [c for c in token.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for o in objs)
