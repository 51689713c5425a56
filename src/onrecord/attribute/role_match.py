"""Whether a person of the article's entity table holds the role a role noun names: "the
chancellor" is the person the article calls chancellor, "the premier" the prime minister,
"the Tory co-chairman" the co-chairman whose body is the Tories.

Used by the resolver for role nouns (``resolver.Resolver._role``) and by the narration's
role-noun subjects.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .entities import ArticleEntity
from .lexicon import DEMONYMS
from .phrases import Phrase
from .roles import PORTFOLIO_WORDS

# Role words that name the same office ("the premier" is the prime minister).
ROLE_SYNONYMS = {"premier": ("prime", "minister"), "pm": ("prime", "minister"), "boss": ("chief",),
                 "spokeswoman": ("spokesperson",), "spokesman": ("spokesperson",)}

# Offices a writer uses in place of the holder's name once the holder is in play.
OFFICE_WORDS = frozenset("""
premier pm prime minister chancellor president senator governor mayor chairman chairwoman chief executive
secretary congressman congresswoman minister leader judge commissioner
""".split())

# Offices of one family: "the minister" may be the person the article calls Trade and
# Industry Secretary or chancellor.
_FAMILIES = {"minister": frozenset(("minister", "secretary", "chancellor", "premier")),
             "official": frozenset(("official", "minister", "secretary", "spokesman", "spokeswoman", "officer"))}

# Words of a role phrase that never have to match the holder's roles or bodies.
_NEUTRAL = frozenset(("the", "his", "her", "its", "their", "former", "new", "then", "-", "–"))

# Words that say how or how long someone holds an office, never which office or whose body:
# "the two-term president" (the count is dropped, "term" stays), "the presumptive nominee".
QUALIFIERS = frozenset("""
former new then presumptive outgoing incoming acting interim embattled longtime sitting term
""".split())


# Words that make a different office of the one they qualify: the shadow chancellor is not
# "the chancellor", the deputy prime minister not "the prime minister".
RANK_WORDS = frozenset("shadow deputy vice assistant under junior".split())


def ranked_holders(people: list[ArticleEntity], phrase: Phrase) -> list[ArticleEntity]:
    """ "The deputy prime minister, John Prescott, ... The minister said": the bare head of a
    family of offices ("the minister") is held by a ranked office of that head when the
    article names no one holding it unranked; "the prime minister" stays another office."""
    if (phrase.noun or "") not in _FAMILIES or \
            [w for w in phrase.role_words if w not in _NEUTRAL and w not in QUALIFIERS] != [phrase.noun]:
        return []
    return [e for e in people if _rank_mismatch(e, phrase) and holds_role(e, phrase, ranked=True)]


def _rank_mismatch(entity: ArticleEntity, phrase: Phrase) -> bool:
    """Whether every title of ``entity`` that has the phrase's head carries a rank word the
    phrase lacks ("Shadow Chancellor Oliver Letwin" for "the chancellor")."""
    head = phrase.noun or ""
    wanted = set(phrase.role_words)
    titles = [set(re.split(r"[\s\-–]+", t.lower())) for t in entity.titles]
    with_head = [t for t in titles if head in t or all(w in t for w in ROLE_SYNONYMS.get(head, (head,)))]
    return bool(with_head) and all((t & RANK_WORDS) - wanted for t in with_head)


def bare_office(phrase: Phrase) -> bool:
    """ "the premier", "the prime minister", "the senator": an office with nothing before it
    that would have to match a body."""
    words = [w for w in phrase.role_words if w not in ("the", "this") and w not in QUALIFIERS]
    # a portfolio before the office is part of it ("the home secretary", "the finance
    # minister"), not a body the holder would have to match
    return bool(words) and words[-1] in OFFICE_WORDS and set(words) <= OFFICE_WORDS | PORTFOLIO_WORDS


def holds_role(entity: ArticleEntity, phrase: Phrase, *, ranked: bool = False) -> bool:
    """Whether ``entity`` holds the role ``phrase`` names: its head (or a synonym) is one of
    the entity's role words, and every other word is a role word or one of its bodies;
    ``ranked``: a rank word of its title ("deputy") aside."""
    roles = {part for word in entity.roles for part in re.split(r"[-–]", word)} | set(entity.roles)
    for word in list(roles):
        roles.update(ROLE_SYNONYMS.get(word, ()))
    bodies = {w.lower() for a in entity.affiliations for w in a.replace("'s", "").split()}
    head = phrase.noun or ""
    wanted = ROLE_SYNONYMS.get(head, (head,))
    if not all(w in roles for w in wanted) and head not in roles:
        return False
    if not ranked and _rank_mismatch(entity, phrase):
        return False
    for word in phrase.role_words:
        if word == head or word in _NEUTRAL or word in QUALIFIERS:
            continue
        place = DEMONYMS.get(word, word).lower()
        if word not in roles and word not in bodies and place not in bodies and not any(place in b for b in bodies):
            return False
    return True


def holds_head(entity: ArticleEntity, phrase: Phrase) -> bool:
    """Whether the role's head noun (or a synonym) is one of the entity's role words, its
    modifiers aside ("the Florida senator" for "Sen. Marco Rubio")."""
    head = phrase.noun or ""
    roles = {part for word in entity.roles for part in re.split(r"[-–]", word)}
    if _rank_mismatch(entity, phrase):
        return False
    return head in roles or all(w in roles for w in ROLE_SYNONYMS.get(head, (head,)))


def same_office(entity: ArticleEntity, phrase: Phrase) -> bool:
    """ "the minister" for the Trade and Industry Secretary: an office of the same family,
    when the phrase names the family alone."""
    family = _FAMILIES.get(phrase.noun or "")
    if [w for w in phrase.role_words if w not in _NEUTRAL and w not in QUALIFIERS] != [phrase.noun]:
        return False  # "the prime minister" is one office, not any minister's
    return bool(family) and bool({part for word in entity.roles for part in re.split(r"[-–]", word)} & family)


def belongs_to(entity: ArticleEntity, owner_name: str | None) -> bool:
    """Whether a person's bodies include ``owner_name`` ("the senator's spokeswoman")."""
    return any(owner_name and owner_name.split()[-1].lower() in a.lower() for a in entity.affiliations)


def closest(candidates: list[ArticleEntity], offset: int) -> ArticleEntity | None:
    """The candidate named last before ``offset``; with none before, the only one after,
    first named within about a paragraph of it (not "The former cabinet secretary said …"
    for a Lord Armstrong the article names as Butler's predecessor two paragraphs on)."""
    before = [e for e in candidates if e.last_before(offset) >= 0]
    if before:
        return max(before, key=lambda e: e.last_before(offset))
    return candidates[0] if len(candidates) == 1 and min(candidates[0].mentions, default=offset) <= offset + _AFTER \
        else None


# How far after a role (characters) the one person holding it may first be named: about a paragraph.
_AFTER = 700


# Words of an affiliation that name each party: "the Republican" is never a person the
# article made a Democrat, nor "the Democrat" one it made a Republican.
PARTY_WORDS = {"republican": frozenset(("republican", "republicans", "gop")),
                "democratic": frozenset(("democrat", "democrats", "democratic"))}


def of_party(entity: ArticleEntity, party: str) -> bool:
    """Whether the article gave ``entity`` the party ``party`` (a value of
    ``lexicon.PARTY_OF_NOUN``)."""
    return bool(_party_words(entity) & PARTY_WORDS[party])


def other_party(entity: ArticleEntity, party: str) -> bool:
    """Whether the article gave ``entity`` a party other than ``party``."""
    return any(_party_words(entity) & names for name, names in PARTY_WORDS.items() if name != party)


def _party_words(entity: ArticleEntity) -> set[str]:
    return {w.lower().strip(".,") for a in entity.affiliations + entity.titles for w in a.split()}


def contest_phrase(token: Token) -> bool:
    """ "for the Nov. 8 election", "for president", "in the race": the contest a candidate's
    or nominee's epithet names, no one else the phrase describes ("the nominee for the Nov. 8
    election" is still a plain epithet, unlike "the father of a first-grader")."""
    return token.dep_ == "prep" and token.lower_ in ("for", "in") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _CONTESTS for c in token.children) and token.head.lemma_.lower() in CONTENDERS


_CONTESTS = frozenset("election race presidency president nomination primary caucus caucuses contest office seat".split())
CONTENDERS = frozenset("nominee candidate contender hopeful front-runner frontrunner challenger".split())
# Party words before an epithet's noun, as ``other_party`` names the parties.
_PARTY_MODIFIERS = {"republican": "republican", "gop": "republican", "democratic": "democratic", "democrat": "democratic"}


def party_contradicts(entity: ArticleEntity, phrase: Phrase) -> bool:
    """ "the Republican presidential nominee" for a person the article made a Democrat."""
    head = phrase.head
    parties = {_PARTY_MODIFIERS.get(t.lower_) for t in head.doc[head.left_edge.i : head.i]} - {None}
    return any(other_party(entity, party) for party in parties)


def fellow_contender(entity: ArticleEntity, phrase: Phrase) -> bool:
    """A contender's epithet ("the nominee") for a person the article titled as another
    contender ("Republican contender Donald Trump"): one family, no contradiction."""
    return phrase.noun in CONTENDERS and any(contender_title(t) for t in entity.titles)


def contender_title(title: str) -> bool:
    """Whether ``title`` says only where a person stands in a race ("Republican contender")."""
    words = title.lower().split()
    return bool(words) and words[-1] in CONTENDERS


def placed_office(entity: ArticleEntity, phrase: Phrase) -> bool:
    """ "the Vermont senator" for a person the article calls only a candidate: an office
    tied to a named place is someone who holds it now, not one to come ("the next
    president"), and a person with no office in the article may hold it; one the article
    gave another office ("Gov. John Kasich") may not."""
    head = phrase.head
    if (phrase.noun or "") not in OFFICE_WORDS or not any(t.ent_type_ == "GPE" for t in head.doc[head.left_edge.i : head.i]):
        return False
    words = {w for t in entity.titles for w in re.split(r"[\s\-–]+", t.lower())} | entity.roles
    return not words & OFFICE_WORDS  # (an honorific's office counts: "Gov. John Kasich")


def opening_start(head: Token, offset: int) -> int:
    """Where the epithet's own sentence opens a phrase before it on its verb ("Reacting to a
    comment by Tim Phillips, the American said"): a name there is someone the speaker
    answers, not a rival for the epithet. RETURNS (int): that phrase's start, else ``offset``."""
    verb = head.head
    opening = [c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < head.i and c.left_edge.i == head.sent.start]
    return head.doc[opening[0].left_edge.i].idx if opening and head.dep_ == "nsubj" else offset


def other_participant(entity: ArticleEntity, head: Token) -> bool:
    """ "Cruz said as the heckler yelled", "As Cruz spoke, the heckler yelled": the subject of
    a clause and the subject of its adverbial clause are two people (a writer says "he" for
    the same one), so the role is not the person named there."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    linked = [verb.head] if verb.dep_ == "advcl" else []
    linked += [c for c in verb.children if c.dep_ == "advcl"]
    starts = {s.left_edge.idx for v in linked for s in v.children if s.dep_ in ("nsubj", "nsubjpass")}
    ends = {s.idx for v in linked for s in v.children if s.dep_ in ("nsubj", "nsubjpass")}
    return any(any(a <= m <= b for a, b in zip(sorted(starts), sorted(ends))) for m in entity.mentions)


def of_named_body(entity: ArticleEntity, head: Token) -> bool:
    """Whether ``entity`` may hold a role whose own words name its body ("the president of
    the AFL-CIO labor federation"): only someone the article gave that body. RETURNS (bool)."""
    names = {t.text.lower() for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "for")
             for g in p.children if g.dep_ == "pobj" for t in g.subtree if t.ent_type_ == "ORG" and t.is_alpha}
    if not names:
        return True
    return any(n in a.lower().replace("-", " ").split() + [a.lower()] for a in entity.affiliations for n in names)


def birthplace(word: Token) -> bool:
    """ "the Glasgow-born striker": a place the person comes from, however the NER labels
    it, is no other person the epithet is about ("the Christie supporter")."""
    return word.head.lower_ == "born" and word.head.i > word.i and word.head.dep_ == "amod"
