"""A lead's plural source that a body of the article is named for: "New powers are needed
..., police chiefs have told MPs" opens an article whose next paragraph names the
Association of Chief Police Officers, and the call is that body's (docs/annotation.md: the
lead's source resolves to the body the article later names as making the call).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entities import ArticleEntity
from .phrases import Phrase
from .quotes import text_of

if TYPE_CHECKING:  # the resolver imports the modules this one needs
    from .resolver import Resolver

# Word classes of a plural description whose every word the body's name must hold.
_CONTENT = ("NOUN", "PROPN", "ADJ")
# How many words at least: a bare "teachers" or "doctors" is any of them, not one union's.
_MIN_WORDS = 2


def lead_body(resolver: Resolver, phrase: Phrase) -> ArticleEntity | None:
    """The one organisation the article names whose name holds every word (two at least)
    of an unnamed plural source in the article's lead ("police chiefs" -> Association of
    Chief Police Officers), none when it names two such. Only a description with no body of
    its own ("police chiefs", not "police chiefs in Kent"). RETURNS (ArticleEntity | None)."""
    head = phrase.head
    if not phrase.plural or phrase.body or phrase.possessor is not None or not _in_lead(head):
        return None
    words = {_singular(t.lemma_) for t in head.doc[head.left_edge.i : head.i + 1] if t.pos_ in _CONTENT}
    if len(words) < _MIN_WORDS or len(words) != head.i - head.left_edge.i + 1:
        return None  # ("some police chiefs": a share, not the body)
    # the bodies the article names, and those it names only as a person's ("Association of
    # Chief Police Officers president Chris Fox")
    names = {e.name for e in resolver.table.organisations()}
    names |= {a for e in resolver.table.people() for a in e.affiliations}
    bodies = [n for n in names if words <= {_singular(w) for w in n.split()}]
    if len(bodies) != 1:
        return None
    entity = resolver.table.find(bodies[0], phrase.start)
    if entity is None:
        entity = resolver.table.add(bodies[0], phrase.start)
        entity.votes["organization"] += 1
    return entity if entity.type == "organization" else None


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _in_lead(head) -> bool:
    """Whether ``head`` is in the first sentence of the article's first paragraph after its
    headline (a subheading line too)."""
    sentence = head.sent
    text = text_of(head.doc)
    before = text[: sentence.start_char]
    lines = [line for line in before.split("\n") if line.strip()]
    return len(lines) <= 2 and (not before.strip() or before.rstrip(" \t").endswith("\n"))
