"""The programme an outlet's possessive names, written after the via the parser cut off at
it: "NBC's ''Meet the Press''", "Fox News channel's 'Sunday Morning Futures'", "Radio 4's
Today programme" (``relays`` finds the via; this reads on past its possessive)."""

from __future__ import annotations

from spacy.tokens import Token

from .found import Range
from .relay_names import PROGRAMMES, QUOTES, words_of

# An outlet's generic head written between its name and its programme's possessive.
_OUTLET_HEADS = frozenset("channel network station".split())


def with_title(doc, via: tuple[str, Range]) -> tuple[str, Range]:
    """An outlet's programme written after its possessive, in quotation marks or as a title
    the parser cut off: "NBC's ''Meet the Press''" -> NBC's Meet the Press."""
    name, (start, end) = via
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.end + 2 < len(doc) and doc[span.end].lower_ in _OUTLET_HEADS and doc[
            span.end + 1].text in ("'s", "’s"):
        # "Fox News channel's 'Sunday Morning Futures'": the outlet's generic head before its possessive
        name, span = f"{name} {doc[span.end].text}", doc[span.start : span.end + 1]
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text not in ("'s", "’s"):
        return via
    i = span.end + 1
    opened = False
    while i < len(doc) and doc[i].text in QUOTES:
        i, opened = i + 1, True
    title = []
    while i < len(doc) and (doc[i].text[:1].isupper() or (title and doc[i].lower_ in ("the", "of", "and", "with", "at", "&"))) and (
            opened or doc[i].ent_type_ in ("WORK_OF_ART", "DATE", "TIME")):
        title.append(doc[i])
        i += 1
    while title and (title[-1].text[:1].islower() or title[-1].text == "&"):
        title.pop()
    if title and not opened and all(t.ent_type_ in ("DATE", "TIME") for t in title) and i < len(doc) and (
            doc[i].pos_ == "NOUN" and doc[i].text.islower() or doc[i].text in ("'s", "’s")):
        title = []  # a day that dates a noun ("the Times's Sunday edition"), no programme's name
    if not title and not opened:
        title = programme_after(doc, span.end + 1)  # "told Radio 4's Today programme" (the parser split it)
    if not title:
        return via
    return f"{name}'s {words_of(title)}", (start, title[-1].idx + len(title[-1].text))


def programme_after(doc, i: int) -> list[Token]:
    """A programme named after an outlet's possessive, up to its programme noun: "[Radio 4's]
    Today programme", "[BBC Two's] Newsnight programme". RETURNS (list[Token]): empty for none."""
    title = []
    while i < len(doc) and (doc[i].text[:1].isupper() or (title and doc[i].lower_ in ("with", "of", "and", "at"))):
        title.append(doc[i])
        i += 1
    if title and i < len(doc) and doc[i].lemma_.lower() in PROGRAMMES and title[-1].text[:1].isupper():
        return [*title, doc[i]]
    return []
