"""A quotation that is a piece of a noun phrase, not anyone's words (stop 45, issue 12;
``quote_rules.quote_findings`` asks): a term the writer quotes after an article, a
possessive or "so-called" — 'Turkey has signed a "letter of intent" stating ...', 'instead
of the "bonfire of quangos" New Labour had promised', 'the "friendly and easy" first meeting
indicated ...', 'a so-called "denial of service" attack'. Tied to a nearby cue, each made a
statement of a few quoted words on the BBC dev slices; what the cue says is its own clause.
A quotation after a verb, "that" or a colon ('said that "we will win"') is untouched, and
so is a characterisation a verb of naming gives ('called AP's report a "rush to judgment"',
PolNeAR train marks it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .quotes import Quote

# Verbs of naming whose second object is the words said: "called the plan a "disaster"".
_NAMING = frozenset("call brand label dub term describe deem".split())
# Words that open a noun phrase the quotation sits inside.
_NOUN_PHRASE_OPENERS = frozenset("a an the so-called its his her their our my your".split())


def term_in_a_noun_phrase(doc: Doc, quote: Quote) -> bool:
    """Whether the word right before the opening mark is an article, a possessive or
    "so-called" (module docstring). RETURNS (bool)."""
    before = doc.char_span(0, quote.start, alignment_mode="contract")
    if before is None or not len(before):
        return False
    last = before[-1]
    if any(t.lemma_.lower() in _NAMING and t.pos_ == "VERB" for t in before[max(0, len(before) - 8):]):
        return False  # 'called AP's report a "rush to judgment"': the name given is the words
    return last.lower_ in _NOUN_PHRASE_OPENERS and last.idx + len(last) <= quote.start and (
        last.tag_ in ("DT", "PRP$") or last.lower_ == "so-called")
