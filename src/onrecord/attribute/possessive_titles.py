"""A programme or host named after an outlet's possessive mark, part of the via ("told CBS'
Face the Nation on Sunday", "on NBC’s Meet the Press"): where the via's phrase ends when the
parser hung the title apart from the outlet (helpers of ``relay_names``), and whether an
apostrophe is such a mark or a quotation mark.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import WEEKDAYS


# Entities that are no medium: a date, a demonym, a number, a place ("said in Beijing").
NOT_MEDIA = frozenset(("DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "GPE", "LOC", "FAC"))


_TITLE_LINKS = frozenset("the of and with".split())


def bare_possessive_title(doc, end: int) -> int:
    """Where a via's phrase ends when a bare possessive mark follows it: the programme its
    capitalised words name is the outlet's ("told CBS' Face the Nation on Sunday", "ABC News'
    This Week"), as after "'s" ("CBS's Face the Nation"). The parser hangs the mark and the
    title apart from the outlet, so the title is read off the words; a weekday after the mark
    is the edition's date, no title ("CBS' Sunday …" is left alone). After a whole "’s" the
    parser split off its outlet ("on NBC’s Meet the Press", the curly mark read apart), the
    name the NER reads right after it is the programme or host."""
    if doc[end].text in ("'s", "’s"):
        return _name_after_possessive(doc, end)
    mark = end if doc[end].text in ("'", "’") else end + 1
    if mark >= len(doc) - 1 or mark == 0 or doc[mark].text not in ("'", "’") or not possessive_mark(doc[mark]):
        return end
    last = end
    for token in doc[mark + 1 : mark + 8]:
        if token.text[:1].isupper() and token.is_alpha and token.lower_ not in WEEKDAYS:
            last = token.i
        elif not (token.lower_ in _TITLE_LINKS and token.i > mark + 1):
            break
    return last if last > mark else end


def _name_after_possessive(doc, mark: int) -> int:
    """The last token of the name the NER reads right after the possessive ``mark`` (a
    programme, a host, not a day or place), opened there or running on from the outlet's
    ("[CBS’s Face the Nation]"), or ``mark`` where there is none."""
    first = mark + 1
    if first >= len(doc) or doc[first].ent_type_ in NOT_MEDIA or not (
            doc[first].ent_iob_ == "B" or doc[first].ent_iob_ == doc[mark].ent_iob_ == "I"):
        return mark
    last = first
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return last


def possessive_mark(token: Token) -> bool:
    before = token.doc[token.i - 1]
    return token.text in ("'", "’") and before.text[-1:].lower() == "s" and not before.whitespace_ and bool(
        token.whitespace_) and not any(t.text in ("‘", "'") for t in token.doc[max(0, token.i - 8):token.i - 1])
