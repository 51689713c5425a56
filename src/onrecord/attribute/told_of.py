"""Who was told of what: "told [police of] hearing gunshots" gives an account after "of";
"told staff of its decision" names only a topic, no words; "thanked [fans for] supporting
the band" gives what they were thanked for (non_statements reads these)."""
from __future__ import annotations

from spacy.tokens import Token

from .boundaries import trim
from .found import Found

# Nouns that name a topic one is told of, not what was said ("told staff of the plan").
_TOPIC_NOUNS = frozenset("decision plan plans intention move proposal choice".split())


def hearer_told_of(found: Found) -> Token | None:
    # "told [counterparts at UFJ of its decision]": the content opens with who heard
    span = found.cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or span.root.dep_ != "dobj" or span.root.head.i != found.cue.i:
        return None
    root = span.root
    # "of" on the hearer, or on the place the hearer is at: "counterparts at UFJ of ..." (not
    # "tell us about Oman", which asks for words)
    return next((t for t in span if t.dep_ == "prep" and t.lower_ == "of" and any(c.dep_ in ("pobj", "pcomp") for c in t.children)
                 and (t.head.i == root.i or t.head.dep_ == "pobj" and t.head.head.head.i == root.i)), None)


def bare_topic(of: Token) -> bool:
    # "of its decision", "of the plan": a topic, no words; "of hearing gunshots", "of her
    # terror as the gang attacked", "of plans to cut taxes" give an account
    obj = next(c for c in of.children if c.dep_ in ("pobj", "pcomp"))
    return (obj.lemma_.lower() in _TOPIC_NOUNS
            and not any(c.dep_ in ("acl", "relcl", "ccomp", "xcomp") for c in obj.children))


def cut_after(found: Found, of: Token) -> None:
    # the hearer goes into the cue ("told police of"), the account stays the content
    found.content = (of.idx + len(of.text) + 1, found.content[1])
    found.cue_range = (found.cue_range[0], of.idx + len(of.text)) if found.cue_range else None


def reported_on(found: Found, lemma: str) -> bool:
    # "POLITICO reported on [his schedule of paid speeches]": the topic of a report, no words
    # (the caller asks that the content be a noun phrase)
    return lemma == "report" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and found.content[0] <= o.idx < found.content[1]
                                                      for o in c.children) for c in found.cue.children)


def thanked_for(found: Found) -> bool:
    """ "thanked [fans for] supporting the band": a thanking names whom and for what; the
    ones thanked are no words, what they are thanked for is the content. Only a noun
    content that opens with the verb's object and a "for" with an object of its own, on
    the verb or on that object ("thanked the crowd" keeps its content).
    RETURNS whether the content was moved."""
    cue = found.cue
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    if span is None or span.root.dep_ != "dobj" or span.root.head.i != cue.i or span.start != span.root.left_edge.i:
        return False
    obj = span.root
    prep = next((c for c in [*cue.rights, *obj.rights] if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i
                 and any(o.dep_ in ("pobj", "pcomp") for o in c.children)), None)
    if prep is None:
        return False
    content = trim(cue.doc, prep.i + 1, prep.right_edge.i)
    if content is None:
        return False
    found.content = content  # the cue stays the verb: PolNeAR's cue is "thanked", not "thanked fans for"
    return True
