"""The one body of the article a telling descriptor can name, however far back or ahead.

``body_anaphora.body_for`` takes "the committee" up only within a window of recent text,
by recency and salience. A long article about one committee names it in full once and
then says "the panel" or "the committee" for pages ("Democrats on the House Select
Committee on Benghazi ... [two thousand characters on] ... Thursday's memo from the
panel"), and a story may say "the Benghazi committee" a sentence before it gives the full
name ("the Benghazi committee requested documents ... asked to preserve them by the House
Select Committee on Benghazi"). When the article names exactly one body that fits, it is
that body; with two, nothing tells which, and the descriptor stays unresolved.
"""

from __future__ import annotations

from .body_anaphora import introduced_anew
from .entities import ArticleEntity, EntityTable
from .org_kinds import OPEN_ANAPHORS, kinds_of_noun


def _qualifiers(head) -> list[str]:
    """The capitalised words before the head that any body it names must carry: "the
    Benghazi committee" -> ["benghazi"] ("the Senate panel" -> ["senate"])."""
    return [t.lower_ for t in head.lefts
            if t.dep_ in ("compound", "nmod", "amod") and t.text[:1].isupper()]  # ("Democratic": an ADJ)


def _fits(noun: str, entity: ArticleEntity) -> bool:
    """The body's own name says it is a ``noun``: the word itself ("the committee" for the
    House Select Committee on Benghazi) or a word of the same kind ("the panel" is a
    Committee); a body merely of some kind by its trade is not enough ("the magazine" is no
    CBS News, an outlet too)."""
    wanted = kinds_of_noun(noun)
    return any(word == noun or wanted & kinds_of_noun(word) for word in entity.name.lower().split())


def sole_body(table: EntityTable, head, noun: str, offset: int) -> ArticleEntity | None:
    """The only organisation the article names whose name makes it "the <noun>" (see the
    module doc); with capitalised qualifiers ("the Benghazi committee") the name must carry
    them too and may come later in the article, else it must come before ``offset`` and
    after any "a <noun>" the text brought in anew ("a normal college ... the college that
    promised" is that college, not Trump University). Never for an open anaphor ("the
    company", "the group": any body may be one). RETURNS (ArticleEntity | None)."""
    if not noun or noun in OPEN_ANAPHORS or not kinds_of_noun(noun) - {"business"}:
        return None  # (a business at large tells no body: "the Delta subsidiary" is Comair, not Delta)
    if any(c.dep_ == "poss" for c in head.children):
        return None  # "Nevada's Democratic party": the possessor's body, no other the article named
    qualifiers = _qualifiers(head)
    bodies = [e for e in table.organisations() if e.name.lower() != noun and _fits(noun, e)]
    if qualifiers:
        bodies = [e for e in bodies if all(q in e.name.lower().split() for q in qualifiers)]
    else:
        fresh = introduced_anew(head.doc, noun, offset)
        bodies = [e for e in bodies if e.last_before(offset) > fresh]
    return bodies[0] if len(bodies) == 1 else None
