"""What a speech verb says when it has no clause to report: a noun phrase, a
prepositional object or an infinitive ("called for [a ban]", "criticized [Sanders for
...]", "promised [to release a report]"), or a characterisation ("what he calls [corruption
in politics]"). Used by ``clause_rules`` for the verbs of its ``object_cues``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .as_clauses import for_infinitive, main_clause_read_as_complement
from .boundaries import object_end, trim
from .deps import SUBJECT_DEPS
from .found import Range
from .lexicon import DAY_WORDS
from .parse_repairs import sentence_joined_after_object
from .speakers import is_temporal

# Prepositions that introduce what was said: "called for X", "warned against X".
_CONTENT_PREPS = ("for", "against", "about", "on", "upon", "over")
# Right-hand dependents that continue an object content: "criticized Sanders [for ...]",
# "called the statements ["childish"]", "urged Congress [to act]".
_OBJECT_TAIL_DEPS = ("dobj", "prep", "oprd", "xcomp", "ccomp", "dative", "attr", "acomp")
# "criticized X [for Y]" continues the content; "rejected X [before saying ...]" does not.
_TAIL_PREPS = ("for", "as", "over", "of", "about", "on", "against", "with", "to")
# What a pronoun object is charged with or praised for: "accused [him of lying]",
# "defended [himself for bailing on the bill]".
_CHARGE_PREPS = ("for", "of", "over", "against")
# Words of a day relative to the article: a time of saying more often than of what was said.
_DAYS = DAY_WORDS | frozenset("night morning afternoon evening".split())
# Verbs that put a figure on their object with "at": "estimated [the bank's loss at 3bn rupees]".
_ESTIMATING = frozenset("estimate put value peg forecast project".split())
# Media a saying comes in: "announced the move [in a statement]", "[on Twitter]".
_MEDIA = frozenset("statement interview letter email e-mail release tweet twitter facebook website blog speech briefing".split())
_NO_OBJECT_CONTENT = {"tell", "ask", "inform", "notify", "remind", "quote", "cite", "read"}
# Verbs whose object is the one asked to act, outside the content (docs/annotation.md,
# "Content boundaries"): "urged [users] to update ...", "asked [him] to reconsider ...".
DIRECTING_VERBS = frozenset("tell ask remind urge warn encourage advise implore beg press invite persuade instruct "
                       "order exhort".split())


def object_content(doc: Doc, cue: Token) -> tuple[Range, int] | None:
    """What a speech verb says when its complement is a noun phrase, a prepositional
    object or an infinitive: "called for [a ban]", "criticized [Sanders for ...]",
    "promised [to release a report]". RETURNS the content range and the cue's end offset
    (a preposition right after the verb joins the cue: "called for")."""
    rights = [c for c in cue.rights if not c.is_punct and not c.is_space]
    for child in rights:
        # "called [for] a ban" but not "called [Citizens for Trump]": "call" needs it adjacent
        reach = 1 if cue.lemma_.lower() == "call" else 2
        near = child.i <= cue.i + reach or _after_audience(child, rights)
        # "warned [of] a battle", "spoke [of] ...": "of" only right after the verb ("accused him of" is a charge)
        content_prep = child.lower_ in _CONTENT_PREPS and near or child.lower_ == "of" and child.i == cue.i + 1
        if child.dep_ == "prep" and content_prep and not is_temporal(child):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                tail = [c for c in rights if c.i > child.i and (c.dep_ in ("xcomp", "ccomp") or _called_to(cue, child, c))]
                end = max([child.right_edge.i] + [t.right_edge.i for t in tail])
                span = trim(doc, objects[0].left_edge.i, object_end(doc, objects[0].left_edge.i, end))
                return (span, child.idx + len(child.text)) if span else None
        # "called for [the US to step up its efforts]": the parser reads "for" as the mark
        # of an infinitive clause, not a preposition
        mark = for_infinitive(cue, child, reach)
        if mark is not None:
            span = trim(doc, mark.i + 1, object_end(doc, mark.i + 1, child.right_edge.i))
            return (span, mark.idx + len(mark.text)) if span else None
    lemma = cue.lemma_.lower()
    objects = [c for c in rights if c.dep_ == "dobj"]
    asked_to = _infinitive_after(objects, rights) if lemma in DIRECTING_VERBS else None
    if asked_to is not None:
        # "urged [users and companies] to update ...": the one urged is no content (docs/annotation.md)
        span = trim(doc, asked_to.left_edge.i, asked_to.right_edge.i)
        return (span, cue.idx + len(cue.text)) if span else None
    if objects and lemma not in _NO_OBJECT_CONTENT:
        obj = objects[0]
        if obj.pos_ == "PRON" and obj.right_edge.i == obj.i and not any(
            c.dep_ in ("oprd", "xcomp") or _is_as(c) or c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS and c.i > obj.i
            for c in rights
        ):
            return None  # "said it", "denied this": nothing to attribute ("described himself as ..." is content)
        # a day hung on the verb after the object is the saying's, not what was said: "called the
        # ruling 'a disgrace' in an interview on Monday"; a calendar date more often dates the
        # object ("highlighting his Iowa win over Trump on Feb. 1")
        tail = [
            c for c in rights
            if c.i > obj.i and c.dep_ in _OBJECT_TAIL_DEPS
            and (c.dep_ != "prep" or c.lower_ in _TAIL_PREPS or c.lower_ == "at" and lemma in _ESTIMATING)
            and not (c.dep_ == "prep" and is_temporal(c) and any(t.lower_ in _DAYS for t in c.subtree))
            and not main_clause_read_as_complement(cue, c)  # "since X announced [his candidacy], here we are"
        ]
        repeated = _repeated_preposition(cue, tail)
        tail += _predicate_of_object(cue, obj) + repeated
        end = _saying_tail_cut(obj, max([obj.right_edge.i] + [t.right_edge.i for t in tail]))
        if (joined := sentence_joined_after_object(cue)) is not None and joined.i > obj.i:
            end = min(end, joined.i - 1)  # "announced a concert ... on 1 July [and T in the Park will be held ...]"
        # (the second phrase's head, read as a verb, is no next deed of the speaker's to cut at)
        span = trim(doc, obj.left_edge.i, max([object_end(doc, obj.left_edge.i, end)] + [r.right_edge.i for r in repeated]))
        return (span, cue.idx + len(cue.text)) if span else None
    for child in rights:
        if child.dep_ == "xcomp" and any(g.lower_ == "to" and g.dep_ == "aux" for g in child.children):
            # "asked [him] to reconsider his decision": the one asked is no content (docs/annotation.md)
            span = trim(doc, child.left_edge.i, child.right_edge.i)
            return (span, cue.idx + len(cue.text)) if span else None
    return _characterisation(doc, cue, rights)


def _repeated_preposition(cue: Token, tail: list[Token]) -> list[Token]:
    """The second of two coordinated prepositional phrases that the parser hung on a verb
    of its own: "ridiculed the Tory plans for asylum quotas [and for processing all asylum
    claims overseas]" ("claims" read as a verb joined to the cue, its "for" left on it):
    "and" or "or" on the first phrase, the same preposition right after it.
    RETURNS (list[Token]): the head the second phrase hangs from, or nothing."""
    doc = cue.doc
    for prep in (t for t in tail if t.dep_ == "prep"):
        cc = next((c for c in prep.children if c.dep_ == "cc" and c.lower_ in ("and", "or")), None)
        if cc is None or any(c.dep_ == "conj" for c in prep.children) or cc.i + 1 >= len(doc):
            continue
        again = doc[cc.i + 1]
        if again.lower_ == prep.lower_ and again.dep_ == "prep" and again.head.i != prep.i:
            head = again.head
            return [head] if head.head.i == cue.i and head.left_edge.i == again.i else []
    return []


def _predicate_of_object(cue: Token, obj: Token) -> list[Token]:
    """The predicate of a clause whose subject the parser took for the cue's object and whose
    verb it joined to the cue: "agreed [the 1701 Act of Settlement, which governs the
    succession,] was discriminatory" (BBC politics): a verb with no subject of its own right
    after the object and its commas. A conjunct after "and"/"but" ("announced the plan and
    left") is the speaker's next deed. RETURNS (list[Token]): the predicate, or nothing."""
    for verb in cue.rights:
        if verb.dep_ != "conj" or verb.i <= obj.right_edge.i or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        between = cue.doc[obj.right_edge.i + 1 : verb.left_edge.i]
        # a copula or a modal's verb says something of the object ("was discriminatory", "would
        # fail"); any other verb may be the speaker's own next deed ("announced the plan, left
        # the room and took no questions")
        predicates = verb.lemma_.lower() == "be" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        if predicates and len(between) and all(t.is_punct for t in between) and not any(
                c.dep_ in SUBJECT_DEPS or c.dep_ == "conj" for c in verb.children):
            return [verb]
        return []
    return []


def _saying_tail_cut(obj: Token, end: int) -> int:
    """The end of an object content without the time or medium of the saying that the parser
    hung on the object: "announced [the decision] on Tuesday", "announced [the move] in a
    statement" — the statement's when and document, not what was announced (acts-9)."""
    for _ in range(2):
        last = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.right_edge.i == end]
        if not last:
            return end
        prep = last[0]
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        day = is_temporal(prep) and any(t.lower_ in _DAYS for t in prep.subtree)
        medium = prep.lower_ in ("in", "on", "via") and objects and objects[0].lemma_.lower() in _MEDIA
        if not (day or medium):
            return end
        end = prep.i - 1
    return end


def _called_to(cue: Token, prep: Token, clause: Token) -> bool:
    """ "called on [Mr Hockney] to quit": the infinitive the parser hung on the verb is what
    was called for; the person called on alone is no content."""
    return (cue.lemma_.lower() == "call" and prep.lower_ in ("on", "upon") and clause.dep_ == "advcl"
            and clause.left_edge.i == prep.right_edge.i + 1 and clause.left_edge.tag_ == "TO")


def _after_audience(child: Token, rights: list[Token]) -> bool:
    """Whether only whom it was said to stands between the verb and a preposition:
    "apologized [to his supporters] for the breach", "complained [to the BBC] about ..."."""
    before = [c for c in rights if c.i < child.i]
    return bool(before) and all(c.dep_ == "prep" and c.lower_ == "to" for c in before)


def _is_as(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ == "as" and any(c.dep_ in ("pobj", "pcomp") for c in token.children)


def _characterisation(doc: Doc, cue: Token, rights: list[Token]) -> tuple[Range, int] | None:
    """What someone called or described a thing when the parser left no object after the
    verb: the object was a relative pronoun before it ("Florida, which he describes [as
    his second home]", "what he calls [corruption in politics]"), or it read the object
    itself as a predicate ("Graham called [both Trump and Hillary Clinton "crazy"]").
    Only with a subject of its own: "a company called Cambridge Analytica" names, no one
    speaks. RETURNS the content range and the cue's end offset, or None."""
    # a participle speaks for the subject of its clause: "responded, calling the charge ''pathetic''"
    participle = cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj")
    # a finite verb joined to one with a subject shares it: "He suggested …, [called] her “third-rate”"
    shared = cue.dep_ == "conj" and cue.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ in SUBJECT_DEPS for c in cue.head.children)
    if not (participle or shared or any(c.dep_ in SUBJECT_DEPS for c in cue.children)):
        return None
    named = [c for c in rights if c.dep_ == "oprd" or _is_as(c)]
    # one bare name after "called" is a phone call ("Mr. Obama called Naghmeh Abedini"):
    # a name given needs the thing named, before the verb or read as a second predicate
    # or a predicate after it within the phrase ("called [the chief executive] ''incredibly driven''")
    # or read into the predicate before its head ("calling [Trump's charge] ''pathetic''")
    thing_named = (any(c.dep_ == "dobj" and c.i < cue.i for c in cue.children) or len(named) > 1
                   or bool(named) and any(t.pos_ in ("NOUN", "PROPN") and t.i < named[0].i for t in named[0].subtree))
    if not named or not (thing_named or _is_as(named[0]) or any(
        t.pos_ == "ADJ" or t.tag_ == "VBN" or t.is_quote for t in named[0].subtree if t.i >= named[0].i
    )):
        return None
    span = trim(doc, named[0].left_edge.i, object_end(doc, named[0].left_edge.i, max(c.right_edge.i for c in named)))
    return (span, cue.idx + len(cue.text)) if span else None


def _infinitive_after(objects: list[Token], rights: list[Token]) -> Token | None:
    """The "to" infinitive after the cue's object ("urged users [to update ...]"), else None."""
    if not objects:
        return None
    return next((c for c in rights if c.dep_ == "xcomp" and c.i > objects[0].i
                 and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)), None)
