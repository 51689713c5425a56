"""A definite role that goes on with what the last speaker was saying: "Ferguson said: '…'
The Man Utd boss continued: '…'" is Ferguson, though the article never gave him that role.
A verb of continuation ("continued", "added", "went on") tells the reader the speaker is the
same; the role is only the writer's way of not repeating the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .entities import ArticleEntity
from .phrases import Phrase

if TYPE_CHECKING:  # role_resolution imports this module
    from .role_resolution import RoleResolution

# Lemmas of speech verbs that go on with the same speaker: of ``lexicon.GOING_ON_VERBS`` not
# "go" alone, which ``goes_on`` takes only with its particle ("went on", never "went to"),
# nor "concluded", which this rule has not been asked to read.
_GOING_ON = frozenset(("continue", "add"))
# How far back (characters) the last speaker's statement may be: about a paragraph.
_LAST_SPOKE = 700


def goes_on(head: Token) -> bool:
    """Whether the speaker ``head`` is the subject of "continued", "added" or "went on"."""
    verb = head.head
    # (also the subject after its verb that the parser read as the object: '"…," added the
    # Uruguayan-born researcher', where the verb has no subject of its own)
    inverted = head.dep_ == "dobj" and head.i > verb.i and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                  for c in verb.children)
    if not (head.dep_ in ("nsubj", "nsubjpass") or inverted) or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in _GOING_ON or lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


def continued_speaker(resolver: RoleResolution, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """The named person who spoke last, when ``phrase`` ("the Man Utd boss") is the subject
    of a verb of continuation, that person spoke within about a paragraph, nothing the
    article says of them contradicts the role (``may_hold``: no other title), their gender
    fits, and no one else who might hold it was named since outside what someone said."""
    if not phrase.definite or phrase.possessor is not None or not goes_on(phrase.head):
        return None
    last = next(((o, r) for o, r in reversed(resolver.chain) if o < offset), None)
    if last is None or offset - last[0] > _LAST_SPOKE:
        return None
    entity = last[1].entity
    if entity is None or entity.unnamed or entity.type != "person":
        return None
    if phrase.gender and entity.gender and phrase.gender != entity.gender:
        return None
    if not resolver.may_hold(entity, phrase) or resolver.named_since(entity, offset, phrase):
        return None
    body = (phrase.role.affiliation or "").lower()
    if body and entity.affiliations and not any(body in a.lower() or a.lower() in body for a in entity.affiliations):
        return None  # "Chelsea manager Jose Mourinho ... the Arsenal boss continued": another body's
    return entity


def described_otherwise(sentence: Span, role: Token) -> bool:
    """Whether the subject a sentence names after a lead's role is given, in an aside, a role
    or body that shares no word with the lead's: "… said the campaign's director. Ruth Patel,
    a local shopkeeper, said …" is someone else ("Ruth Patel, who runs the campaign" and a
    bare "Richard Thomas condemned …" take the role up)."""
    subject = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")), None)
    asides = [c for c in subject.children if c.dep_ in ("appos", "relcl")] if subject is not None else []
    if not asides:
        return False
    given = {t.lemma_.lower() for c in asides for t in c.subtree if t.pos_ in ("NOUN", "PROPN")}
    lead = {t.lemma_.lower() for t in role.subtree if t.pos_ in ("NOUN", "PROPN")}
    return not given & lead
