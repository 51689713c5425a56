"""An unnamed spokesman the next sentence names: "But a spokesman stressed the meeting was
"not necessarily anti-Labour". "This meeting is not anti-party ...," MAB spokesman Dr Azzam
Tamimi said" is Tamimi (issue 11, a BBC development-slice shape: the writer introduces the
body's voice, then gives its name with the next words quoted).

Precision first: the role is a spokesman's ("spokesman", "spokeswoman", "spokesperson"),
indefinite ("a spokesman" said, not "the spokesman", which ``role_ahead`` reads) and
singular; the first person the article names after the role's sentence is named in the very
next sentence, for the first time, with the same role noun written right before the name
("MAB spokesman Dr Azzam Tamimi", "spokesman Jorg Wojahn"); any word written before the role
there ("MAB", "Police", "Government") must name the body the unnamed spokesman was given (its
name or its initials), and no other person is named between the two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .entities import ArticleEntity
from .lexicon import SPOKESPEOPLE
from .names import initials, is_honorific
from .phrases import Phrase

if TYPE_CHECKING:
    from .resolver import Resolver



def spokesman_named_next(resolver: Resolver, phrase: Phrase, affiliation: str | None) -> ArticleEntity | None:
    """The person the sentence after "a spokesman" names as the same body's spokesman.
    affiliation: the body the unnamed spokesman was resolved to (or None). RETURNS
    (ArticleEntity | None)."""
    head = phrase.head
    if phrase.kind != "role" or phrase.definite or phrase.plural or phrase.possessor is not None \
            or (phrase.noun or "") not in SPOKESPEOPLE or head.lemma_.lower() not in SPOKESPEOPLE:
        return None
    doc = head.doc
    sentence = head.sent
    if sentence.end >= len(doc):
        return None
    following = doc[sentence.end].sent
    people = [e for e in resolver.table.people() if not e.unnamed and e.mentions]
    ahead = [e for e in people if min(e.mentions) >= sentence.end_char]
    if not ahead:
        return None
    first = min(ahead, key=lambda e: min(e.mentions))
    start = min(first.mentions)
    if not following.start_char <= start < following.end_char:
        return None
    if any(sentence.end_char <= m < start for e in people if e is not first for m in e.mentions):
        return None  # another person named in between
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    before = _words_before(span[0])
    if not before or before[-1].lower_ != phrase.noun:
        return None  # the name's own words must give the role ("MAB spokesman Dr Azzam Tamimi")
    bodies = [t.text for t in before[:-1]]
    if bodies and not _same_body(" ".join(bodies), affiliation):
        return None  # "A Labour spokesman said ... Tory spokesman Julian Lewis", "A spokesman for
        # Tesco said ... Police spokesman John Smith": another body's (any word, not only a name)
    return first


def _words_before(name: Token) -> list[Token]:
    """The words written right before a name, back to the start of its noun phrase, honorifics
    skipped: "MAB spokesman" of "MAB spokesman Dr Azzam Tamimi"."""
    doc = name.doc
    i = name.i - 1
    while i >= name.sent.start and is_honorific(doc[i]):
        i -= 1
    words = []
    while i >= name.sent.start and doc[i].pos_ in ("NOUN", "PROPN") and not doc[i].is_punct:
        words.append(doc[i])
        i -= 1
    return list(reversed(words))


def _same_body(written: str, affiliation: str | None) -> bool:
    """Whether the body written before the second name is the unnamed spokesman's: the same
    name, one inside the other, or its initials ("MAB", "Muslim Association of Britain")."""
    if not affiliation:
        return False
    a, w = affiliation.lower(), written.lower()
    return w in a or a in w or initials(affiliation).lower() == w
