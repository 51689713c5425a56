"""A possessive role the article gave a name to before: "His father, Azmat Begg, had
campaigned for his release ... his father said" is Azmat Begg. A kin noun is no title the
entity table keeps ("His wife Sharon" gives only a gender), so the role resolver finds no
holder; the apposition that named it is the evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entities import ArticleEntity
from .phrases import Phrase

if TYPE_CHECKING:  # the resolver imports the modules this one needs
    from .resolved import Resolved
    from .resolver import Resolver

# How far back (characters) the apposition may be: about a paragraph ("her eventual boss,
# Alan C. Greenberg" four paragraphs before "her boss told her" is another woman's boss).
_BEFORE = 700


def named_before(resolver: Resolver, phrase: Phrase) -> ArticleEntity | None:
    """The one person the article named, before ``phrase``, in apposition to the same role
    noun with the same possessive pronoun, with a full name, within about a paragraph
    ("His father, Azmat Begg," / "his brother Alastair Osman" for "his father", "his
    brother"); none when it named two such (a "his brother" of two men). RETURNS (ArticleEntity | None)."""
    head, possessor = phrase.head, phrase.possessor
    if possessor is None or possessor.pos_ != "PRON" or phrase.plural or not phrase.noun:
        return None
    lemma, doc = head.lemma_.lower(), head.doc
    named: dict[int, ArticleEntity] = {}
    for token in doc[: possessor.i]:
        if token.idx < head.idx - _BEFORE or token.lemma_.lower() != lemma or token.pos_ != "NOUN" or not any(
                c.dep_ == "poss" and c.lower_ == possessor.lower_ for c in token.children):
            continue
        names = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i]
        if len(names) != 1:
            continue
        words = [t for t in doc[names[0].left_edge.i : names[0].i + 1] if t.pos_ == "PROPN"]
        if len(words) < 2 or words[0].i != names[0].left_edge.i:
            # a full name alone ("his father, the late Mr Begg" is no name alone; "his father,
            # Rafael" may join the son's "Rafael Edward Cruz")
            continue
        span = doc[words[0].i : names[0].i + 1]
        entity = resolver.table.find(span.text, span.start_char, person=True)
        if entity is not None and entity.type == "person" and not entity.unnamed:
            named[id(entity)] = entity
    return next(iter(named.values())) if len(named) == 1 else None


# People who act or speak for someone ("His lawyers said", "her aides said"): a speaker for a
# person has that person as affiliation (docs/annotation.md), plural as for "his spokesman";
# not "her antagonists", "his friends", who speak for no one.
_AGENTS = frozenset("""aide adviser advisor lawyer attorney solicitor barrister counsel spokesman spokeswoman
spokesperson spokespeople representative agent staffer handler""".split())


def pronoun_owner(resolver: Resolver, phrase: Phrase) -> Resolved | None:
    """The person (for "their" or "its", also a body) a plural agent noun after a possessive pronoun
    is of: "John Smith was arrested ... His lawyers said" -> John Smith. RETURNS (Resolved | None)."""
    possessor = phrase.possessor
    if possessor is None or possessor.lower_ not in ("his", "her", "their", "its") or not phrase.plural \
            or phrase.head.lemma_.lower() not in _AGENTS:
        return None
    owner = resolver._possessor(phrase)
    if owner is None or not (owner.type == "person" or possessor.lower_ in ("their", "its") and owner.type == "organization"):
        return None
    return owner
