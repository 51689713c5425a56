"""A definite role noun that is its clause's subject right after a sentence whose subject is
the one named person who may hold it (issue 11): "And Bortolami feels the Edinburgh contest
could end up being a bruising battle of the packs. "It will not be a pretty game," said the
lock forward." is Bortolami; "The influential delegate and conservative activist, who backs
Cruz, warned" after '"...," Morton Blackwell, the Republican National Committeeman from
Virginia, told AFP' is Blackwell. A writer renames the subject they go on with by a role
("the lock", "the Wisconsin Republican") to avoid repeating the name.

``role_resolution.RoleResolution._role`` (and ``_epithet``, for a party's epithet) asks this
last, when no rule there found a holder: role_resolution.py is at its size limit.

Precision first, since an epithet may as well name the object ("Trump attacked Rubio. The
Florida senator said" is a guess to this rule): the phrase is "the" + a role noun with no
possessor, the subject of its clause, neither an office (which names its holder whoever was
named last: "Tony Blair said ... The chancellor said") nor a body's role (as often someone
new the body sent: "the spokesman"); exactly one named person who may hold the role
(``RoleResolution.may_hold``: no title, party or gender that says otherwise) is named in the
narration from the sentence before up to the phrase (never inside what someone said; a name
in that person's own relative clause aside), that person is a subject there and no one else
is, and no one who may be meant was named in the narrated sentence before that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from .deps import NOUN_SUBJECT_DEPS, sentence_before, token_at
from .entities import ArticleEntity
from .lexicon import PARTY_OF_NOUN
from .phrases import Phrase
from .role_match import OFFICE_WORDS, party_contradicts
from .role_words import BODY_ROLES, PLAYING_POSITIONS, TEAM_ROLES

if TYPE_CHECKING:  # role_resolution imports this module
    from .role_resolution import RoleResolution


def _narrated_before(resolver: RoleResolution, sentence: Span) -> Span | None:
    """The last sentence before ``sentence`` that is not wholly inside what someone said (a
    quotation of several sentences before "said the lock" is the lock's, not narration)."""
    def said_only(before: Span) -> bool:
        words = [t for t in before if not t.is_punct and not t.is_space]
        return not words or all(resolver._inside_said(t.idx) for t in words)

    before = sentence_before(sentence, said_only)
    if before is None or before.end_char <= resolver.table.headline_end:
        return None  # (the headline is no narration the role goes on from)
    return before


def renaming_role(phrase: Phrase, noun: str, others: frozenset[str]) -> bool:
    """The shape in which a writer renames the person the sentence before made its subject:
    "the" and a role noun with no possessor ("said the lock forward", "The Wisconsin
    Republican warned"), the ``noun`` no office, which names its holder whoever was named
    last ("Tony Blair said ... The chancellor said"), nor one of ``others`` (a spokesman
    speaks for someone else). ``subject_renamed`` (a clause's subject) and
    ``quote_introducers`` (a quotation's closing description) both ask it. RETURNS (bool)."""
    head = phrase.head
    return head.doc[head.left_edge.i].lower_ == "the" and phrase.possessor is None \
        and noun not in OFFICE_WORDS and noun not in others


def subjects_between(resolver: Any, start: int, end: int) -> list[tuple[int, ArticleEntity]]:
    """(offset, entity) of the narration's named subjects from ``start`` up to ``end``, where
    both rules look for the person renamed and their rivals."""
    return [(o, e) for o, e in resolver.table.subjects if start <= o < end]


def _may_be(resolver: RoleResolution, entity: ArticleEntity, phrase: Phrase) -> bool:
    """Whether ``entity`` may be the person the role noun names: nothing the article says of
    them contradicts it (``may_hold``: a title, a party; the gender; for an epithet only a
    party and the gender), a player's position
    allowed for one the article called only a player, skipper or captain ("Italy skipper
    Marco Bortolami ... said the lock forward")."""
    if phrase.gender and entity.gender and entity.gender != phrase.gender:
        return False
    if phrase.kind == "epithet":  # an age, a nation or a party is no title ("the Wisconsin Republican")
        return not party_contradicts(entity, phrase)
    if resolver.may_hold(entity, phrase):
        return True
    title = entity.primary_role()[0] or ""
    position = (phrase.role.title or "").lower().split()[-1:]
    return bool(position) and position[0] in PLAYING_POSITIONS and title.lower().split()[-1:] in ([w] for w in TEAM_ROLES)


def subject_renamed(resolver: RoleResolution, phrase: Phrase, offset: int) -> ArticleEntity | None:
    """The named person the sentence before the role noun (``phrase``) has as its subject,
    when no one else named there or since may hold the role; else None."""
    head = phrase.head
    first = head.doc[head.left_edge.i]
    if head.dep_ not in NOUN_SUBJECT_DEPS or not renaming_role(phrase, phrase.noun or "", BODY_ROLES):
        # (a body's role is as often someone new the body sent: "the spokesman")
        return None
    if phrase.kind == "epithet" and (phrase.noun or "") not in PARTY_OF_NOUN:
        return None  # an age or a nation has its own rules of who is in play (gender_epithets, nation_holders)
    before = _narrated_before(resolver, head.sent)
    if before is None:
        return None
    start, end = before.start_char, first.idx

    def named_here(entity: ArticleEntity) -> bool:
        return any(start <= m < end and not resolver._inside_said(m) for m in entity.mentions)

    named = [e for e in resolver.table.people() if e.type == "person" and named_here(e)]
    fitting = [e for e in named if _may_be(resolver, e, phrase)]
    subjects = [(o, e) for o, e in subjects_between(resolver, start, end) if any(e is f for f in fitting)]
    if len({id(e) for _, e in subjects}) != 1:
        return None  # ("... criticised Blair. The prime minister said": an object renamed is a guess)
    offset_of_subject, chosen = subjects[0]
    described = _described_by(head.doc, offset_of_subject)
    rivals = [e for e in fitting if e is not chosen and any(
        start <= m < end and not resolver._inside_said(m) and not described[0] <= m < described[1] for m in e.mentions)]
    if rivals or any(e is not chosen and _may_rival(resolver, e, phrase) for o, e in subjects_between(resolver, start, end)
                     if not resolver._inside_said(o)):
        # (another subject there is a rival whatever title the article gave: "Clinton leads
        # Sanders ..., but the self-described democratic socialist has vowed" after "Sanders said")
        return None
    # another who may be meant named in the sentence before that makes it a guess: "Ted Cruz
    # spoke in Iowa. Hillary Clinton was in Ohio. The Texas senator said" (a coach
    # is no full-back: "But Robinson was bullish ... skipper Jason Robinson believes ...
    # said the Sale full-back")
    earlier = _narrated_before(resolver, before)
    if earlier is not None and any(
            e is not chosen and _may_rival(resolver, e, phrase) and any(
                earlier.start_char <= m < earlier.end_char and not resolver._inside_said(m) for m in e.mentions)
            for e in resolver.table.people()):
        return None
    if any(w.lower_ in chosen.key for w in head.doc[first.i : head.i]):
        return None  # "the Christie supporter" is not Christie
    return chosen


def _may_rival(resolver: RoleResolution, entity: ArticleEntity, phrase: Phrase) -> bool:
    """Whether a person named two sentences before the role noun may be the one it
    names: a named person of no other gender or party, unless the role is a player's position
    and the article gave them a role no player holds ("coach")."""
    if entity.unnamed or entity.type != "person" or phrase.gender and entity.gender and entity.gender != phrase.gender:
        return False
    if party_contradicts(entity, phrase):
        return False
    position = (phrase.role.title or "").lower().split()[-1:]
    return not (position and position[0] in PLAYING_POSITIONS and not _may_be(resolver, entity, phrase))


def _described_by(doc, offset: int) -> tuple[int, int]:
    """The characters of the relative clauses and appositions of the subject at ``offset``
    ("Amor, who will captain England in this season's IRB Sevens tournament, was
    delighted"): a name there (the NER's person "IRB Sevens") describes the subject, and is
    not someone the narration goes on with. RETURNS (start, end), empty where none."""
    token = token_at(doc, offset)
    if token is None:
        return 0, 0
    parts = [c for c in token.children if c.dep_ in ("relcl", "acl", "appos") and c.i > token.i]
    if not parts:
        return 0, 0
    return min(c.left_edge.idx for c in parts), max(c.right_edge.idx + len(c.right_edge) for c in parts)
