"""Reported clauses the parser hung away from their cue: on the audience of "told" ("told
BBC Radio 4's Today programme [he hoped ...]") or on a clause above the cue ("sparked a
debate, with McCain telling reporters on Thursday [he viewed Obama as responsible]").
Moved out of ``cue_tokens``, which ``complements`` calls them from."""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS
from .lexicon import AUDIENCE_VERBS

# Heads of a named audience a clause can be hung from: "told BBC Radio 4's Today programme he
# hoped …", "told the Guardian newspaper that …".
_AUDIENCE_HEADS = frozenset("programme program show newspaper paper magazine station channel agency website".split())


def clause_on_audience(cue: Token) -> list[Token]:
    """The reported clause the parser hung on the audience of "told": "told BBC Radio 4's Today
    programme he hoped …" (a relative clause of "programme"). Only after a name or a named
    medium with a subject of its own and no relative pronoun: not "told a story he had heard"."""
    out = []
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i]
    # and the nouns of the audience's name: "told the BBC's Breakfast with Frost programme that …"
    objects += [t for o in objects for t in o.subtree if t.dep_ == "pobj" and t.head.head.i == o.i]
    for obj in objects:
        if names_audience(obj):
            out += clauses_on(obj)
    return out


def clause_hung_higher(cue: Token) -> list[Token]:
    """The reported clause the parser joined to a clause above the cue ("sparked a debate,
    with McCain telling reporters on Thursday [he viewed Obama as responsible]", "viewed"
    made a conjunct of "sparked"): a clause with a subject of its own opening right where
    the cue's words end, whom it was told and when, with no comma or "and" between, which
    a conjunct needs. RETURNS (list[Token])."""
    doc = cue.doc
    after = cue.right_edge.i + 1
    if (after >= len(doc) or doc[after].is_punct or cue.tag_ not in ("VBD", "VBZ", "VBP", "VBG")
            or any(c.dep_ not in _TOLD_DEPS or c.dep_ in ("dobj", "dative") and cue.lemma_.lower() not in AUDIENCE_VERBS
                   for c in cue.children if c.i > cue.i)):
        return []  # "has condemned [the proposal], the groups say ...": an object that is no audience
    clause = doc[after].head
    while clause.dep_ in SUBJECT_DEPS or clause.dep_ in ("det", "compound", "amod", "poss"):
        clause = clause.head  # from the subject's first word up to its verb
    # joined as a conjunct, or hung as a complement of the verb above: "sparked a fresh debate
    # over how the US responds ..., with McCain telling reporters on Thursday [he viewed Obama
    # as responsible]" ("viewed" a ccomp of "sparked", whose object the debate already is)
    if (clause.dep_ not in ("conj", "parataxis", "ccomp") or clause.pos_ not in ("VERB", "AUX") or clause.left_edge.i != after
            or not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            or any(c.dep_ in SUBJECT_DEPS and (c.tag_ in ("WP", "WDT") or c.lower_ == "that") for c in clause.children)
            or any(c.dep_ in ("cc", "mark") for c in clause.children)
            or clause.head.i > cue.i or cue.i not in {t.i for t in clause.head.subtree}):
        return []
    if clause.dep_ == "ccomp" and not any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in cue.lefts):
        # a complement is hung there by the parser's own choice unless the cue has a speaker
        # of its own: "asked Rubio which states specifically he could win" ("states" a noun)
        return []
    return [clause]


# What a cue may carry after it before the clause it reports: whom, when, where.
_TOLD_DEPS = frozenset(("dobj", "dative", "prep", "npadvmod", "advmod", "punct"))


def names_audience(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.lemma_.lower() in _AUDIENCE_HEADS


def clauses_on(obj: Token) -> list[Token]:
    """Clauses after an audience with a subject of their own and no relative pronoun."""
    out = []
    for clause in (c for c in obj.children if c.dep_ in ("relcl", "acl", "ccomp") and c.i > obj.i and c.pos_ in ("VERB", "AUX")):
        subjects = [g for g in clause.children if g.dep_ in SUBJECT_DEPS or g.dep_ == "expl"]
        if subjects and all(g.tag_ not in ("WP", "WDT") and g.lower_ not in ("who", "which", "that") for g in subjects):
            out.append(clause)
    return out
