"""Two or more bodies named as one source: "Both Labour and the Conservatives said", "France
and Germany said", "Microsoft and Google said they would appeal". They speak together, so the
speaker is the whole coordination, a group (docs/annotation.md, compound sources), never the
first body alone and never a person (the NER often reads "Labour" as one). A firm named
after two people ("Marks and Spencer") is one body where the text also writes it with "&" or
the NER reads it whole elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from .names import span_text, strip_edges
from .org_kinds import kinds_of_name
from .quotes import text_of
from .speakers import entity_of

_BODY_LABELS = ("ORG", "NORP", "GPE", "FAC")
# Words that may stand between the bodies of a coordination, besides the names themselves.
_LINKS = frozenset("and , the".split())


def conjoined_bodies(head: Token) -> str | None:
    """The names of the bodies a speaker phrase headed by ``head`` coordinates with "and",
    as written from the first to the last ("Labour and the Conservatives"); None unless
    every conjunct is a body's name. RETURNS (str | None)."""
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    if not conjuncts and any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in head.children):
        return listed_bodies(head)  # "Morrisons, Woolworths, House of Fraser, ...": the second name read as an apposition
    if not conjuncts or not _bodyish(head) or one_firm(head):
        return None
    if head.tag_ == "NNS" or len(conjuncts) > 1:
        listed = listed_bodies(head)  # "Morrisons, Woolworths, House of Fraser, Marks & Spencer and Big Food all said"
        if listed or len(conjuncts) > 1:
            return listed
        # two bodies, the first a plural the tagger took for a noun: "Tories and Lib Dems welcomed ..."
    items = [head]
    while conjuncts:
        if len(conjuncts) > 1 or not _bodyish(conjuncts[0]):
            return None
        items.append(conjuncts[0])
        conjuncts = [c for c in conjuncts[0].children if c.dep_ == "conj"]
    spans = [_name_span(t) for t in items]
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:])):
        return None  # one name the parser split ("Marks and Spencer" inside one entity)
    doc = head.doc
    between = [t for a, b in zip(spans, spans[1:]) for t in doc[a[1] : b[0]]]
    if not any(t.lower_ == "and" for t in between) or any(t.lower_ not in _LINKS for t in between):
        return None  # (not "Labour, which ..., and", nor "or")
    tokens = strip_edges(t for t in doc[spans[0][0] : spans[-1][1]] if t.lower_ != "both")
    return span_text(tokens) or None


def _bodyish(token: Token) -> bool:
    """A body's name: an organisation, a place, a party (also one the NER took for a person)."""
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return False
    ent = entity_of(token)
    if ent is not None and ent.label_ in _BODY_LABELS:
        return ent.label_ != "NORP" or bool(kinds_of_name(ent.text) & {"party"})
    # "Labour", "the Lib Dems", read as a person or a common noun
    return bool(kinds_of_name(ent.text if ent is not None else token.text) & {"party"})


def _name_span(token: Token) -> tuple[int, int]:
    ent = entity_of(token)
    if ent is not None:
        return ent.start, ent.end
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i == token.i:
        start -= 1
    return start, token.i + 1


def one_firm(head: Token) -> str | None:
    """ "Marks and Spencer said": two names joined by a bare "and" that the text also writes
    with "&" ("Marks & Spencer shares fell") or the NER reads as one organisation elsewhere
    are one firm's name, not two bodies. RETURNS (str | None): the name as written."""
    conjuncts = [c for c in head.children if c.dep_ == "conj"]
    if len(conjuncts) != 1 or any(c.dep_ == "conj" for c in conjuncts[0].children):
        return None
    other = conjuncts[0]
    doc = head.doc
    if not (head.text[:1].isupper() and other.text[:1].isupper()) or other.i != head.i + 2 \
            or doc[head.i + 1].lower_ != "and":
        return None
    first, last = _name_span(head)[0], _name_span(other)[1]
    words = [t.text for t in doc[first:last]]
    name = " ".join(words)
    ampersand = " ".join(words[: head.i + 1 - first] + ["&"] + words[head.i + 2 - first :])
    if ampersand in text_of(doc) or any(e.label_ == "ORG" and e.text == name for e in doc.ents):
        return name
    return None


# Words inside one listed body's name: "House [of] Fraser", "Marks [&] Spencer".
_NAME_JOINERS = frozenset("of & the".split())


def listed_bodies(head: Token) -> str | None:
    """ "Morrisons, Woolworths, House of Fraser, Marks & Spencer and Big Food all said": a list
    of bodies' names, split by commas and a last "and", that the parser chained any way it
    liked (and the tagger may take the first name for a plural noun): the whole list, as
    written, when every item is a capitalised name and one at least a body's. RETURNS (str | None)."""
    doc = head.doc
    tokens = [t for t in head.subtree if not (t.dep_ == "appos" and t.lower_ in ("all", "both"))]
    if not tokens or tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None  # (an apposition or a clause inside the list)
    items: list[list[Token]] = [[]]
    for t in tokens:
        if t.text == "," or (t.lower_ == "and" and t.dep_ == "cc" and not _inside_one_name(t)):
            items.append([])
        else:
            items[-1].append(t)
    items = [i for i in items if i]
    if len(items) < 3 or not any(t.lower_ == "and" for t in tokens) or not all(
            i[0].text[:1].isupper() and all(t.text[:1].isupper() or t.lower_ in _NAME_JOINERS for t in i) for i in items):
        return None
    if not any(_bodyish(i[-1]) for i in items):
        return None
    return span_text(strip_edges(doc[tokens[0].i : tokens[-1].i + 1])) or None


def _inside_one_name(conj: Token) -> bool:
    # "Marks and Spencer" inside a list: an "and" the NER keeps inside one organisation
    ent = entity_of(conj)
    return ent is not None and ent.start < conj.i < ent.end - 1 and ent.label_ == "ORG" and "," not in ent.text
