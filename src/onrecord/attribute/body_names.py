"""A body's name the parse cut where the NER read it whole.

"Association of Chief Police Officers president Chris Fox said": the parser hangs the role
and the name under "of", so the words before the role give only "Chief Police Officers";
the NER's organisation runs from "Association". The affiliation is the NER's whole name
when the words the role phrase gave are its tail, cut off at a small word inside it ("of",
"for", "on", "and").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import TITLE_WORDS
from .names import span_text
from .org_kinds import ORG_DESCRIPTORS
from .role_tokens import is_role_noun

# The small words inside a body's name where the parse cuts it: "Association of | Chief ...".
_CONNECTIVES = frozenset("of for on and".split())
# The most words of a body's name before its "of" ("Royal College of ...", "National Union of ...").
_MOST_BEFORE_OF = 3


def whole_body_name(words: Sequence[Token], affiliation: str | None) -> str | None:
    """``affiliation``, read off ``words`` (the words before a role that name its body), or
    the whole organisation's name the NER gives when those words are the tail of it and it
    starts before them. RETURNS (str | None)."""
    if not affiliation or not words:
        return affiliation
    inside = [t for t in words if t.ent_type_ == "ORG"]
    if not inside:
        named = _named_before_of(words, affiliation)
        return None if named == affiliation and _tail_of_a_title(words) else named
    if inside[0].ent_iob_ != "I":
        return None if _tail_of_a_title(words) else affiliation
    doc = inside[0].doc
    if doc[inside[0].i - 1].text not in _CONNECTIVES:
        return affiliation  # "Top Republican Party donor": a word the role phrase rightly dropped
    start = inside[0].i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = inside[-1].i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if end != inside[-1].i:
        return affiliation  # the organisation runs on past the role's words: not this shape
    name = span_text([t for t in doc[start : end + 1] if not (t.i == start and t.lower_ == "the")])
    return name if name.endswith(" " + affiliation) else affiliation


def _named_before_of(words: Sequence[Token], affiliation: str) -> str:
    """Where the NER labelled no organisation (in some articles it does not): a capitalised
    body noun and "of" right before the role phrase's words, the name's head ("Association
    of", "Confederation of"), with the capitalised words before it up to three ("National
    Union of"). RETURNS (str): the whole name, or ``affiliation``."""
    first = words[0]
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].text != "of" or not all(t.is_title or t.is_upper for t in words):
        return affiliation
    head = doc[first.i - 2]
    if not head.is_title or head.lemma_.lower() not in ORG_DESCRIPTORS:
        return affiliation
    start = head.i
    while start > 0 and head.i - start + 1 < _MOST_BEFORE_OF and doc[start - 1].is_title \
            and not doc[start].is_sent_start and doc[start - 1].pos_ in ("PROPN", "ADJ"):
        start -= 1
    return f"{span_text(list(doc[start : first.i]))} {affiliation}"


def _tail_of_a_title(words: Sequence[Token]) -> bool:
    """ "Lord of the Rings director Peter Jackson": the words ("Rings") are the end of a
    capitalised name joined by "of (the)" that neither the NER nor a body noun makes an
    organisation: a film's or book's title, no body, and its tail alone is no one's."""
    doc, k = words[0].doc, words[0].i - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or any(t.tag_ == "POS" or not t.is_title for t in words):
        return False  # ("Most of Delaware's top Democratic brass": a possessor, no title)
    before = doc[k - 1]
    # an office's own "of" is no title's ("Speaker of the House Paul Ryan"), nor a word
    # capitalised only as it opens the sentence ("Most of ...")
    return before.pos_ == "PROPN" and before.ent_type_ not in ("ORG", "GPE") and not is_role_noun(before) \
        and before.lower_ not in TITLE_WORDS
