"""A role noun with a club before it ("the Chelsea striker", "the Leicester flanker") when the
article named more than one person with that club and role: a guess between them, unless
one of them is the speaker the text goes on with.

``role_resolution.RoleResolution._role`` takes the holders of a role as the article wrote it
(``role_match.holds_role``: the role word and the club among the person's bodies) and, of
several, the one named last; for a club's role that is a coin toss ("Chelsea striker Didier
Drogba scored first and Chelsea striker Hernan Crespo added a second. "We deserved it," the
Chelsea striker said." is either), so ``one_club_holder`` keeps only the one who has just
spoken, else none: ``club_guess`` then gives the phrase as an unresolved role.
"""

from __future__ import annotations

from dataclasses import replace

from .entities import ArticleEntity
from .phrases import Phrase
from .role_match import QUALIFIERS
from .resolved import Resolved

# How far back (characters) the last speaker may have spoken to be the one the role goes on
# with ("Drogba said ... The Chelsea striker added"): about a sentence.
_SPOKE_RECENTLY = 300
# Words of a role phrase that name no body: articles, possessives, "former".
NEUTRAL_WORDS = QUALIFIERS | frozenset(("the", "a", "an", "this", "that", "his", "her", "its", "their", "-", "–"))


def _club_words(phrase: Phrase, holder: ArticleEntity) -> set[str]:
    """The words of the role phrase that name one of ``holder``'s bodies ("chelsea" in "the
    Chelsea striker"), not the role itself."""
    bodies = {w.lower() for a in holder.affiliations for w in a.replace("'s", "").split()}
    roles = {part for word in holder.roles for part in word.split("-")} | set(holder.roles)
    return {w for w in phrase.role_words if w in bodies and w not in roles and w != (phrase.noun or "")
            and w not in NEUTRAL_WORDS}  # ("the" of an affiliation "the Treasury" names no club)


def one_club_holder(candidates: list[ArticleEntity], phrase: Phrase, chain: list[tuple[int, Resolved]],
                    offset: int) -> list[ArticleEntity]:
    """``candidates`` (people holding the role of ``phrase`` as written) cut to one when the
    phrase names their club and several named people share club and role: the last speaker
    (``chain``: the resolver's speakers by offset) if that is one of them and spoke within
    about a sentence, else none. Any other list is returned as is. RETURNS (list)."""
    named = [e for e in candidates if not e.unnamed and e.last_before(offset) >= 0]
    if len(named) < 2 or not all(_club_words(phrase, e) for e in named):
        return candidates
    recent = [(o, r) for o, r in chain if offset - _SPOKE_RECENTLY <= o < offset and r.entity is not None]
    last = max(recent, key=lambda pair: pair[0])[1].entity if recent else None
    return [last] if last is not None and any(last is e for e in named) else []


def club_guess(resolver, candidates: list[ArticleEntity], phrase: Phrase, offset: int) -> Resolved | None:
    """The role phrase unresolved (``resolver``: the ``Resolver``) when it names a club and
    role that several named people share and none of them is the speaker the text goes on
    with, else None (the resolver goes on as before). RETURNS (Resolved | None)."""
    if not candidates or one_club_holder(candidates, phrase, resolver.chain, offset):
        return None
    return replace(resolver._description(phrase, offset), how="role-unresolved")
