"""Who may be the person an epithet names (issue 11): role_resolution.py is at its size
limit, so the filters on the people named near an epithet, and the person the narration
gave a role as a verb ("set to direct" ... "the director"), live here."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .entities import ArticleEntity
from .names import is_first_name, span_text
from .org_kinds import kinds_of_name
from .phrases import Phrase

if TYPE_CHECKING:
    from .role_resolution import RoleResolution


def body_before_a_role(entity: ArticleEntity, people: Iterable[ArticleEntity]) -> bool:
    """Whether ``entity``, one word the table made a person, is only the body another person
    is affiliated to ("Balco boss Victor Conte", with "the Balco scandal" later read as a
    person's name): a body written before a role, no person an epithet may name. A person's
    full name ("Donald Trump's campaign manager") is never one word."""
    name = entity.name
    return len(name.split()) == 1 and any(other is not entity and name in other.affiliations for other in people)


# How far back (characters) the verb that gives someone a role may stand: about two sentences.
_VERB_NEARBY = 600
# Words of a role phrase that add nothing to the role itself.
_BARE = frozenset(("the",))


def _verbs_of_agent(noun: str) -> set[str]:
    """The verbs an agent noun is made from: "director" -> direct, "producer" -> produce,
    "writer" -> write."""
    if noun.endswith(("or", "er")) and len(noun) > 5:
        return {noun[:-2], noun[:-1]}
    return set()


def _subject_of(verb: Token) -> Token | None:
    """The doer of ``verb``: its subject, the subject of the verb it completes ("Ridley
    Scott set to direct"), or the agent of a passive ("will be directed by Sam Mendes")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def doer_of_the_role(resolver: RoleResolution, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """ "..., with Ridley Scott set to direct. The director said": a bare "the" + agent noun
    is the one named person the narration just gave the verb it is made from, within about
    two sentences before it, taking the noun as title if it had none; two such people make
    it a guess."""
    head = phrase.head
    noun = head.lower_
    verbs = _verbs_of_agent(noun)
    words = head.doc[head.left_edge.i : head.i]
    if not verbs or phrase.noun != noun or any(w.lower_ not in _BARE for w in words) or not words:
        return None
    start = max(head.idx - _VERB_NEARBY, resolver.table.headline_end, 0)
    doers: list[ArticleEntity] = []
    doc = head.doc
    first = bisect_left(doc, start, hi=head.left_edge.i, key=lambda t: t.idx)  # (not every token from the first)
    for token in doc[first : head.left_edge.i]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        subject = _subject_of(token)
        if subject is None or subject.pos_ != "PROPN":
            continue
        words = [t for t in subject.subtree if t.pos_ == "PROPN" and t.i <= subject.i]
        entity = resolver.table.find(span_text(words), offset, person=True)
        # (two capitalised words that name no kind of body, doing what a person in a role
        # does, are a person's name, whatever type the NER gave: "Ridley Scott set to direct")
        person_shaped = len(words) == 2 and all(w.text.istitle() and w.text.isalpha() for w in words) \
            and not kinds_of_name(span_text(words)) or len(words) > 1 and is_first_name(words[0].text)
        if entity is not None and (entity.type == "person" or person_shaped) and not entity.unnamed \
                and entity not in doers:
            doers.append(entity)
    if len(doers) != 1 or not resolver.may_hold(doers[0], phrase):
        return None
    doer = doers[0]
    if doer.type != "person":
        doer.votes["person"] += sum(doer.votes.values()) + 1  # (as ``nation_holders.named_of_nation``)
    if doer.primary_role()[0] is None:  # the role noun becomes the title of one the article gave none
        doer.note(offset=offset, title=phrase.role.title, affiliation=phrase.role.affiliation)
    return doer
