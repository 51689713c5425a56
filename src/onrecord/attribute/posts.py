"""Embedded social-media posts: a page that embeds a tweet keeps its text as a paragraph and
its signature as the next, "— Stansted Airport (@STN_Airport) December 22, 2014".

The post is the writing of the account that signs it, on the day the signature gives: the
whole paragraph before the signature is its content, under the account's display name.
Whatever the rules found inside the post is the post's own wording, not the article's
narration nor another statement: "NEW: Jennifer Lawrence at the ... game" is a fan
account's caption, not Jennifer Lawrence's words by a colon label.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from ..clean.boilerplate import POST_SIGNATURE as _SIGNATURE
from ..schema import When
from .found import Found
from .org_kinds import kinds_of_name
from .quotes import text_of

RULE = "embedded-post"


def _post_paragraph(text: str, signature_start: int) -> tuple[int, int] | None:
    """The paragraph right before a signature: the post's text."""
    end = signature_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    return (start, end) if end > start else None


def with_posts(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` less what lies inside an embedded post or its signature, plus one finding
    per post: its paragraph as the content, the signature's dash as the cue, the display
    name as the speaker. RETURNS (list[Found])."""
    text = text_of(doc)
    posts = []
    for match in _SIGNATURE.finditer(text):
        paragraph = _post_paragraph(text, match.start())
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        dash = doc.char_span(match.start(), match.start("name"), alignment_mode="expand")
        if paragraph is None or name is None or not len(name) or dash is None or not len(dash):
            continue
        cue = next((t for t in dash if t.text in "—–-"), dash[0])
        post = Found(paragraph, cue, (cue.idx, cue.idx + len(cue.text)), name[-1], rule=RULE, confidence=0.9,
                     speaker_range=(match.start("name"), match.end("name")))
        posts.append((post, (paragraph[0], match.end())))
        _signer_as_person(doc, name)
    kept = [f for f in found if not any(start <= f.content[0] < end or (f.cue is not None and start <= f.cue.idx < end)
                                        for _, (start, end) in posts)]
    return kept + [post for post, _ in posts]


# NER labels that say a display name is a body's, a place's or a product's
_BODY_LABELS = {"ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}


def _signer_as_person(doc: Doc, name: Span) -> None:
    """An account's display name with nothing of a body about it ("— J (@jealousay)": no NER
    label, no kind of body in the name, no body of that name in the article) is a person's:
    the resolver would otherwise read a lone capital as a body's name."""
    table = doc._.entities
    if table is None or any(t.ent_type_ in _BODY_LABELS for t in name) or kinds_of_name(name.text):
        return
    known = table.find(name.text, name.start_char)
    if known is None or known.type in ("person", "unknown"):
        table.add(name.text, name.start_char, person=True).votes["person"] += 1


def post_when(doc: Doc, f: Found) -> tuple[When, tuple[int, int]] | None:
    """The date an embedded post's signature gives, with its range in the text."""
    if f.rule != RULE or f.cue is None:
        return None
    match = _SIGNATURE.match(text_of(doc), text_of(doc).rfind("\n", 0, f.cue.idx) + 1)
    if match is None:
        return None
    try:
        day = dt.datetime.strptime(match["date"], "%B %d, %Y").date()  # (the signature's English month name)
    except ValueError:
        return None
    return When(date=day, precision="day", expression=match["date"]), (match.start("date"), match.end("date"))
