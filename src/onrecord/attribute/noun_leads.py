"""A noun of speech that leads into its words through a copula or a colon, where no cue
takes a clause: "The senator's answer was that the family ...", "Her reply: “We will not
back down”", "Blair had a message for the unions: “Do not strike”", "The minister's
message was simple: the budget must ...". The owner of the noun (a possessive, "by" or
"from" X, or the subject of the verb that has, makes or gives it) speaks; with no owner
there is no one to give the words to, and nothing is found.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token

from .boundaries import clause_end, trim, widen_to_quotes
from .found import Found
from .lexicon import CUE_NOUNS
from .prefilter import member_mask
from .quotes import Quote

# The cue nouns of the clause rules, and the nouns of a reply, which take no that-clause
# of their own ("his answer that ..." is rare) but lead into words after a copula or colon.
LEAD_NOUNS: frozenset[str] = CUE_NOUNS | frozenset("answer reply response retort point advice".split())

# Verbs that have, make or give a noun of speech to its owner: "had a message for",
# "made a promise", "presented an answer", "issued a warning".
_OWNING_VERBS = frozenset("have make give offer issue deliver present send sound repeat".split())

# Fewer tokens than this after the colon are a label or a list, not words.
_MIN_TOKENS = 3


def noun_lead_findings(doc: Doc, quotes: list[Quote], taken: list[Found]) -> list[Found]:
    """Nouns of speech whose words follow a copula's that-clause or a colon, where no
    finding in ``taken`` has them already ("His final assessment: “…,” he said" is the
    said's). RETURNS (list[Found])."""
    found = []
    for token in _lead_nouns(doc):
        lead = _copula_clause(token) or _after_colon(doc, token)
        if lead is None:
            continue
        speaker = _owner(token)
        if speaker is None:
            continue
        start, end = lead
        span = trim(doc, start, end)
        if span is None or end - start + 1 < _MIN_TOKENS:
            continue
        span = widen_to_quotes(span, quotes)
        if any(f.content[0] < span[1] and span[0] < f.content[1] for f in taken):
            continue
        found.append(Found(span, token, (token.idx, token.idx + len(token.text)), speaker,
                           rule="noun-lead", confidence=0.6))
    return found


def _lead_nouns(doc: Doc) -> list[Token]:
    """The nouns of ``LEAD_NOUNS`` in the Doc, found on its arrays: a Python loop over every
    token of every article costs more than the rest of this rule."""
    if not len(doc):
        return []
    columns = doc.to_array([POS, LEMMA])
    lemmas = _lemma_hashes(doc)
    hits = numpy.flatnonzero((columns[:, 0] == NOUN) & member_mask(columns[:, 1], lemmas))  # (lemmas sorted: numpy.isin by binary search)
    return [doc[int(i)] for i in hits if doc[int(i)].lemma_.lower() in LEAD_NOUNS]


_LEMMA_HASHES: list[numpy.ndarray] = []


def _lemma_hashes(doc: Doc) -> numpy.ndarray:
    # a string's hash is the same in every vocabulary: computed once per process
    if not _LEMMA_HASHES:
        strings = doc.vocab.strings
        forms = {strings.add(form) for noun in LEAD_NOUNS for form in (noun, noun.title(), noun.upper())}
        _LEMMA_HASHES.append(numpy.array(sorted(forms), dtype="uint64"))
    return _LEMMA_HASHES[0]


def _copula_clause(noun: Token) -> tuple[int, int] | None:
    """The that-clause of the copula the noun is the subject of: "His warning was [that the
    economy would collapse]" (token range)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < noun.i:
        return None
    for comp in verb.children:
        if comp.dep_ == "ccomp" and comp.i > verb.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
            start = next(c for c in comp.children if c.dep_ == "mark").i
            if start == verb.i + 1:
                return start, clause_end(comp.doc, start, comp.right_edge.i)
    return None


def _after_colon(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """The words after a colon that closes the noun's phrase: "Her reply: ...", "a message
    for the unions: ...", "The message was simple: ..." (token range to the end of the
    sentence after the colon, within the paragraph)."""
    i = noun.i + 1
    if i < len(doc) and doc[i].dep_ == "prep" and doc[i].head.i == noun.i:
        i = doc[i].right_edge.i + 1  # "a message [for the unions]"
    if i < len(doc) and doc[i].lemma_ == "be" and noun.dep_ == "nsubj" and doc[i].i == noun.head.i:
        i += 1  # "The message was [simple]:"
        while i < len(doc) and doc[i].pos_ in ("ADJ", "ADV") and i - noun.i < 6:
            i += 1
    if i + 1 >= len(doc) or doc[i].text != ":" or "\n" in doc[i].whitespace_:
        return None
    start = i + 1
    while start < len(doc) and (doc[start].is_space or doc[start].is_quote):
        start += 1
    if start >= len(doc):
        return None
    end = doc[start].sent.end - 1
    for j in range(start, end):
        if "\n" in doc[j].whitespace_ or doc[j + 1].is_space and "\n" in doc[j + 1].text:
            end = j
            break
    return start, end


def _owner(noun: Token) -> Token | None:
    """Whose noun it is: "[His] warning", "[the senator]'s answer", "a reply [from the
    company]", "[Blair] had a message"; the owner must come before the noun's words."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss and poss[0].pos_ == "PRON" and noun.dep_ == "pobj":
        # "the Board was conclusive in [its] findings": the clause's subject names the owner
        for clause in list(noun.ancestors)[:4]:
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i]
            if subjects:
                return subjects[0]
    if poss:
        return poss[0]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "PRON", "NOUN")]
            if objects:
                return objects[0]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _OWNING_VERBS:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].i < noun.i:
            return subjects[0]
    return None
