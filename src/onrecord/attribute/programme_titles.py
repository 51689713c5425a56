"""Programme and outlet titles in quotation marks ("told NBC’s “Meet the Press.”",
"Speaking on “Face the Nation,” he said"): where words were said, never what was said.
``quote_rules`` leaves such a quotation untied to a cue; ``component`` drops a content
that is only one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .found import Range
from .quotes import Quote, text_of

# Words a title leaves in lower case: "Meet the Press", "Face the Nation".
TITLE_SMALL_WORDS = frozenset("a an the of and or in on to for at by with from".split())


def programme_title(doc: Doc, quote: Quote) -> bool:
    """Whether a quotation is a title where a programme or an outlet is named: right after
    a possessive ("told NBC’s “Meet the Press.”") or after "on" or "with" ("Speaking on
    “Face the Nation,” he said"), every word but the small ones capitalised. It says where
    the words were said, not what they were; a reply ("“Get out!”") is no title.
    RETURNS (bool)."""
    text = text_of(doc)
    words = [w.strip(".,!?:;") for w in quote.inner(text).split()]
    words = [w for w in words if w]
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words):
        return False
    before = text[max(0, quote.start - 40) : quote.start].split()
    last = before[-1] if before else ""
    return _outlet_possessive(doc, quote.start) or last.lower() in ("on", "with")


def _outlet_possessive(doc: Doc, end: int) -> bool:
    """Whether the words just before ``end`` are a possessive of something other than a
    person ("NBC’s", "the network’s"; not "Hillary Clinton’s ‘Honesty Is In Question’",
    a headline quoting her)."""
    span = doc.char_span(max(0, end - 40), end, alignment_mode="contract")
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if len(tokens) < 2 or tokens[-1].lower_ not in ("'s", "’s"):
        return False
    return tokens[-2].ent_type_ != "PERSON"


def names_a_programme(doc: Doc, quotes: list[Quote], content: Range) -> bool:
    """Whether a content is only a programme's title, with the outlet's possessive before
    it ("told [NBC’s “Meet the Press.”]"): where the words were said, not what.
    RETURNS (bool)."""
    text = text_of(doc)
    inside = [q for q in quotes if content[0] <= q.start and q.end <= content[1] + 1]
    if len(inside) != 1 or not programme_title(doc, inside[0]):
        return False
    before = text[content[0] : inside[0].start].split()
    if text[inside[0].end : content[1]].strip(" .,") or len(before) > 3:
        return False
    return not before or _outlet_possessive(doc, content[0] + len(text[content[0] : inside[0].start].rstrip()))
