"""The body a headline names and the lead calls by its kind: "Tories pledge free sports
lessons / Children would be offered ... by a future Tory government, the party has said",
"Wolves appoint Hoddle as manager / ... The club have confirmed". A news lead takes the
headline's subject up with a descriptor before the body names it again, so the recency and
salience of ``body_anaphora.body_for`` find nothing there; the NER often misses the
headline's name, which the body then names later ("Wolves have won the race").

It exists apart from ``headline_people`` (the same convention for a person's role) because
a body's kind, not a role, decides whether it fits.
"""

from __future__ import annotations

from spacy.tokens import Token

from .entities import ArticleEntity, EntityTable
from .org_kinds import compatible

# How many sentences of the body the lead may run to: a standfirst or an "ABSTRACT." line
# may stand between the headline and the sentence that takes it up.
_LEAD_SENTENCES = 2


def body_of_headline(table: EntityTable, head: Token, noun: str) -> ArticleEntity | None:
    """The one organisation whose name opens the headline, for ``head`` ("the party", "the
    club": ``noun`` its descriptor) as a subject in the body's first sentences, when the body
    names no organisation before it. The body must be of a kind ``noun`` fits, or of no kind
    the article gives (the headline's own subject: "Wolves appoint ... / The club have
    confirmed"). RETURNS (ArticleEntity | None)."""
    doc, end = head.doc, table.headline_end
    if end <= 0 or head.idx < end or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    lead = [s for s in doc.sents if s.start_char >= end and s.text.strip()][:_LEAD_SENTENCES]
    if not any(s.start <= head.i < s.end for s in lead):
        return None
    bodies = [e for e in table.organisations() if not e.unnamed]
    opening = _opening_words(doc, end)
    named = [e for e in bodies if opening and e.key and e.key[0] == opening[0] and all(word in opening for word in e.key)]
    if len(named) != 1:
        return None
    body = named[0]
    if "product" in body.kinds or body.kinds and not compatible(noun, body.kinds):
        return None
    if any(end <= m < head.idx for e in bodies if e.key != body.key for m in e.mentions):
        return None  # another body named in the lead: the nominal rules' recency decides
    return body


def _opening_words(doc, end: int) -> list[str]:
    """The lower-cased capitalised words that open the headline (before ``end``): its
    subject's name ("Tories", "Deutsche Telekom"), read without the NER."""
    words = []
    for token in doc:
        if token.idx >= end or not token.text[:1].isupper() or not token.is_alpha:
            break
        words.append(token.lower_)
    return words
