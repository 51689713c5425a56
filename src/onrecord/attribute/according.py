"""The "according to X" rule (``clause_rules`` calls it): X is the source of the clause the
phrase hangs from, on the side of the sentence the phrase is not on, or of the whole
sentence where the phrase interrupts its clause ("Sales, according to the report, rose")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .boundaries import trim, widen_to_quotes
from .found import Found
from .quotes import Quote


def according_to(doc: Doc, token: Token, quotes: list[Quote]) -> list[Found]:
    """ "according to X": X is the source of the clause the phrase hangs from.
    RETURNS (list[Found]): one finding, or none."""
    to = next(c for c in token.children if c.lower_ == "to")
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return []
    source = objects[0]
    sent = token.sent
    phrase = (token.left_edge.i, token.right_edge.i)
    named = _name_left_out(doc, source, phrase[1], sent.end)
    if named is not None and phrase[0] == sent.start:
        source, name_end = named
        phrase = (phrase[0], name_end)
    clause = token.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    # the clause without the "according to X" phrase: the side of the sentence it is not on
    if _inside_clause(doc, phrase, clause):
        # "Sales, according to the report, rose 5%": the sentence whole, as a parenthetical's
        start, end = clause.left_edge.i, max(clause.right_edge.i, sent.end - 1)
    elif phrase[0] <= clause.left_edge.i or token.i <= clause.i:
        start, end = phrase[1] + 1, max(clause.right_edge.i, sent.end - 1)
        start = _after_apposition(doc, start, min(end, sent.end - 1), clause)
    else:
        start, end = min(clause.left_edge.i, sent.start), phrase[0] - 1
    start = max(start, sent.start)
    end = min(end, sent.end - 1)
    span = trim(doc, start, end) if start <= end else None
    if span is None:
        return []
    span = widen_to_quotes(span, quotes)
    return [Found(span, token, (token.idx, to.idx + len(to.text)), source, rule="according-to", confidence=0.75)]


def _inside_clause(doc: Doc, phrase: tuple[int, int], clause: Token) -> bool:
    """Whether an "according to X" phrase interrupts its clause before the clause's verb,
    with words that name something on its left ("Sales, according to the report, rose",
    "Among the biggest laggards, according to the report, are Greece and Italy"), not
    only a connective ("But according to ...", "However, according to ...")."""
    if not clause.left_edge.i < phrase[0] <= phrase[1] < clause.i:
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in doc[clause.left_edge.i : phrase[0]])


_NAMED = ("PERSON", "ORG")


def _after_apposition(doc: Doc, start: int, end: int, clause: Token) -> int:
    """Where the content starts when a name in apposition to the source opens it: "According
    to a new book, [Brown's Britain by ... Robert Peston,] Mr Blair went back on a pledge",
    "According to technology analysts, [TDG Research,] there will be 20 million subscribers"
    — the book's title, the analysts' name, no part of what they say. Only a stretch up to a
    comma with a name and no verb, after which the clause has a subject of its own ("John
    Smith, 45, was arrested" keeps its subject, and "in January, sales rose" opens with no name)."""
    while start < end and doc[start].is_punct:
        start += 1  # the comma that closes "According to X,"
    comma = next((t.i for t in doc[start : end + 1] if t.text == ","), None)
    if comma is None or comma == start or clause.i <= comma:
        return start
    stretch = doc[start:comma]
    if (stretch[0].pos_ not in ("NOUN", "PROPN", "DET") or any(t.pos_ in ("VERB", "AUX") for t in stretch)
            or not any(t.pos_ == "PROPN" for t in stretch)):
        return start
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > comma for c in clause.children):
        return start
    return comma + 1


def _name_left_out(doc: Doc, source: Token, end: int, sent_end: int) -> tuple[Token, int] | None:
    """The name the parser left out of a sentence-opening "according to [a role]": in
    "According to search engine [Ask Jeeves], around 80% ..." or "... by industry watchdog,
    [Ofcom], the growth means ..." the name up to the comma is the source, not the content.
    RETURNS: the name's last token and the comma that closes it, or None."""
    if source.pos_ != "NOUN":
        return None
    # the parser may hang the comma on the role itself ("company ,"): still an apposition
    apposition = doc[end].text == ","
    i = end + 1
    if not apposition:
        apposition = i < sent_end and doc[i].text == ","
        i += apposition
    role = doc[i - 2] if apposition else doc[end]
    # a plural ("analysts", "police") is never in apposition to one name; a role phrase with a
    # name or a possessive of its own ("the BBC's political editor") would be left over as the via
    if role.tag_ in ("NNS", "NNPS") or (apposition and any(
            t.pos_ == "PROPN" or t.tag_ == "POS" for t in doc[source.left_edge.i : i - 1])):
        return None
    j = i
    while j < sent_end and j - i < 4 and doc[j].is_title and doc[j].is_alpha:
        j += 1
    if j == i or j + 1 >= sent_end or doc[j].text != ",":
        return None
    if not any(t.ent_type_ in _NAMED for t in doc[i:j]) or doc[j + 1].pos_ in ("CCONJ", "PROPN"):
        return None
    # after a comma the name could open the clause ("..., Ofcom, the regulator, says", "...,
    # Smith, who ran the fund, lied"): only a clause with a subject of its own after the name,
    # not a relative pronoun nor a word of the name's own asides, leaves the name to the phrase
    if apposition and not any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("WP", "WDT")
                              and not any(a.i in range(i, j) for a in t.ancestors)
                              for t in doc[j + 1 : sent_end]):
        return None
    return doc[j - 1], j
