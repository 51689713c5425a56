"""The article's entity table: every person and organisation it mentions, under the fullest
name it gives, with the titles, affiliations and other forms the text uses.

``EntityTable`` is what ``onrecord_entities`` leaves on ``doc._.entities`` (built by
``mentions.collect``); the resolver looks speakers up in it, and ``to_schema`` turns it
into ``Article.entities``. A short form ("Blair", "Mr Blair") joins the full name the
article gives; two people who share a surname ("Tony Blair", "Cherie Blair") stay apart,
and a short form between them goes to the one its honorific or recency points to.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..schema import Entity
from .kin_names import by_generation
from .lexicon import TITLE_WORDS
from .names import clips, gender_of_name, initials, name_key
from .role_words import epithet_title

# Votes that decide an entity's type: an honorific or a role apposition says person
# louder than the NER's label on one mention; an organisation's descriptor says organisation.
STRONG = 3
# How far back (characters) a name counts as given in the same clause: a bare surname
# right after it is that person's.
_SAME_SENTENCE = 80


@dataclass
class ArticleEntity:
    """One person, organisation, place or group of the article."""

    name: str
    votes: Counter = field(default_factory=Counter)
    titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # character offsets, sorted on use
    subjects: int = 0  # mentions as a clause subject: salience
    gender: str | None = None
    gender_sure: bool = False  # the gender came from an honorific or a first name, not a pronoun
    kinds: set[str] = field(default_factory=set)  # what kind of body: "company", "bank" ...
    roles: set[str] = field(default_factory=set)  # role words, honorifics' roles included
    descriptors: set[tuple[str, ...]] = field(default_factory=set)  # "research consultancy": body_descriptors
    unnamed: bool = False
    # a kin noun introduced it and the surname is someone else's too (``kin_names``): its
    # generation against that one, "elder", "younger" or "same"; "" for no relative
    kin: str = ""
    peer: bool = False  # a peer's style named it before a full name of that surname (``peer_names``)
    personal: bool = False  # an honorific, a title or a gender says person, whatever the NER says
    firm: bool = False  # "Dr Reddy's has built its reputation": a firm's name, whatever its honorific says
    spoke: bool = False  # some statement's speaker resolved to it: exported whatever its type
    description: str | None = None  # an unnamed source as the article describes it
    index: int | None = None  # position in Article.entities once exported
    role_at: list[tuple[int, str | None, str | None]] = field(default_factory=list)

    @property
    def type(self) -> str:
        if self.firm:
            return "organization"
        if not self.votes:
            return "unknown"
        if len(self.votes) == 1:  # most entities: one kind of vote (asked ~500 times an article)
            return next(iter(self.votes))
        return max(self.votes.items(), key=lambda kv: (kv[1], kv[0] == "person"))[0]

    def __post_init__(self) -> None:
        self.key: tuple[str, ...] = name_key(self.name)
        self.alias_keys: set[tuple[str, ...]] = set()
        self.initials = initials(self.name).lower()

    def primary_role(self) -> tuple[str | None, str | None]:
        """(title, affiliation) as the article first gives them: the earliest mention with
        a title, with that mention's affiliation; else the earliest affiliation alone."""
        with_title = sorted((r for r in self.role_at if r[1]), key=lambda r: r[0])
        if with_title:
            title, affiliation = with_title[0][1], with_title[0][2]
            if affiliation is None:  # the same role's body, given elsewhere
                affiliation = next((r[2] for r in with_title if r[1] == title and r[2]), None)
            introduced = next((r for r in with_title if r[2] and r[0] - with_title[0][0] < _INTRODUCTION), None)
            if affiliation is None and introduced is not None:
                # "the economist Jared Bernstein, a former adviser in the Obama White House": the
                # role the introduction gives with a body says more than the bare one before it
                title, affiliation = introduced[1], introduced[2]
            return title, affiliation
        with_body = sorted((r for r in self.role_at if r[2]), key=lambda r: r[0])
        return None, with_body[0][2] if with_body else None

    def note(self, *, offset: int, alias: str | None = None, title: str | None = None,
             affiliation: str | None = None, vote: str | None = None, weight: int = 1) -> None:
        """Record one more mention and what it says."""
        if offset not in self.mentions:
            self.mentions.append(offset)
        if alias and alias != self.name and alias[-2:] in ("'s", "’s") and alias[:-2] == self.name:
            self.aliases.append(self.name)  # "McDonald's said": the "'s" is the name's own
            self.name = alias
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)
            self.alias_keys.add(name_key(alias))
        if epithet_title(title):
            title = None  # "the chart-topper": how the writer calls the person, no office
        if title and title not in self.titles:
            self.titles.append(title)
        affiliation = clean_body(affiliation)
        if affiliation and (name_key(affiliation) == self.key or not any(c.isalpha() for c in affiliation)):
            affiliation = None  # "Blair, the Blair government's ...": not its own body; "18" (an age) none
        if affiliation and affiliation not in self.affiliations:
            self.affiliations.append(affiliation)
        if title or affiliation:
            if affiliation:  # what this mention says, now with its body: the body-less reading goes
                self.role_at = [r for r in self.role_at if r[0] != offset or r[2]]
            self.role_at.append((offset, title, affiliation))
        if vote:
            self.votes[vote] += weight

    def last_before(self, offset: int) -> int:
        return max((m for m in self.mentions if m < offset), default=-1)


# How far (characters) after the first role a person's introduction may give another, with
# its body: the name and an apposition after it.
_INTRODUCTION = 60


def clean_body(text: str | None) -> str | None:
    """An affiliation as a clean name: no dash, comma or quotation mark at its edges ("- Blair"),
    no word in quotation marks before the name, and no description the parse ran on into
    after a comma ("Birkenhead, a former minister";
    "Jacksonville, Fla." keeps its state). None when no letter is left."""
    if not text:
        return text
    text = _SCARE_QUOTED.sub("", _DESCRIPTION_AFTER_COMMA.sub("", text)).strip(_EDGE_PUNCTUATION)
    return text if any(c.isalpha() for c in text) else None


_EDGE_PUNCTUATION = " -\u2013\u2014,;:/'\"\u2018\u2019\u201c\u201d"
# a writer's word in quotation marks before the name ("the 'failing' Child Support Agency")
_SCARE_QUOTED = re.compile(r"^[\"'\u2018\u201c]?[a-z][\w-]*[\"'\u2019\u201d]\s+(?=[A-Z])")
_DESCRIPTION_AFTER_COMMA = re.compile(r",\s+(?:a|an|the|[a-z]\w*)\b.*$", re.S)


class EntityTable:
    """The entities of one article and the lookups the resolver needs."""

    def __init__(self) -> None:
        self.entities: list[ArticleEntity] = []
        self._by_key: dict[tuple[str, ...], ArticleEntity] = {}
        self._by_word: dict[str, list[ArticleEntity]] = {}  # every word of a name, alias or acronym
        # (offset, entity) of named clause subjects outside quotations: pronoun antecedents
        self.subjects: list[tuple[int, ArticleEntity]] = []
        # (offset, document family, author's head token index or -1, author's name or None) of
        # documents with a named author
        self._documents: list[tuple[int, str, int, str | None]] | None = None
        self.find_documents = lambda: None  # fills the list; set by mentions.collect
        # token index of a lead role noun -> the person the next sentence names ("The
        # information commissioner says ... Richard Thomas condemned ...")
        self.cataphora: dict[int, ArticleEntity] = {}
        self._unnamed: dict[tuple, ArticleEntity] = {}
        self.headline_end = 0  # a headline's short forms stand for the names the body gives
        # surname -> the genders its honorifics give anywhere in the article: with only "Mrs.
        # Clinton" honoured, a bare "Clinton" is Hillary, though Bill was named last
        self.surname_genders: dict[str, set[str]] = {}
        # offset of a full name a kin noun introduces -> its generation (``kin_names``), and
        # of a surname "the elder"/"the younger" picks a relative by -> that word
        self.kin_names: dict[int, str] = {}
        self.generations: dict[int, str] = {}

    def __iter__(self):
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    # --- building ---------------------------------------------------------------------

    def add(self, name: str, offset: int, *, person: bool = False, gender: str | None = None,
            roles: set[str] | None = None, alone: bool = False) -> ArticleEntity:
        """The entity ``name`` refers to at ``offset``, created when the article has none.

        A person's short form (surname, first name) joins a full name already in the table
        whose gender does not contradict ``gender``; build the table full names first so
        that it can. ``alone``: only the same name, never a longer one."""
        found = self._by_key.get(name_key(name)) if alone else self.find(name, offset, person=person, gender=gender, roles=roles)
        if found is None:
            found = ArticleEntity(name)
            first_name = gender_of_name(name) if person else None
            if first_name:
                found.gender, found.gender_sure = first_name, True
            self.entities.append(found)
            self._by_key.setdefault(found.key, found)
            for word in set(found.key) | ({found.initials} if found.initials else set()):
                self._by_word.setdefault(word, []).append(found)
        if offset in self.kin_names and len(found.key) > 1 and not any(m < offset for m in found.mentions):
            # (only a name the kin noun introduces: not "Brent Bozell III ... his father, Brent Bozell")
            found.kin = self.kin_names[offset]
        found.note(offset=offset, alias=name)
        for word in found.alias_keys and {w for k in found.alias_keys for w in k}:
            if found not in self._by_word.setdefault(word, []):
                self._by_word[word].append(found)
        return found

    def merge(self, keep: ArticleEntity, gone: ArticleEntity) -> None:
        """Fold ``gone`` into ``keep`` (two forms found to be one entity)."""
        if keep is gone:
            return
        for offset in gone.mentions:
            keep.note(offset=offset)
        keep.note(offset=gone.mentions[0] if gone.mentions else 0, alias=gone.name)
        for alias in gone.aliases:
            keep.note(offset=keep.mentions[0], alias=alias)
        for offset, title, affiliation in gone.role_at:
            keep.note(offset=offset, title=title, affiliation=affiliation)
        keep.votes.update(gone.votes)
        keep.firm |= gone.firm
        keep.kinds |= gone.kinds
        keep.descriptors |= gone.descriptors
        keep.roles |= gone.roles
        keep.subjects += gone.subjects
        if keep.gender is None or gone.gender_sure and not keep.gender_sure:
            keep.gender, keep.gender_sure = gone.gender or keep.gender, gone.gender_sure or keep.gender_sure
        self.entities.remove(gone)
        for word in set(keep.key) | {w for k in keep.alias_keys for w in k}:
            if keep not in self._by_word.setdefault(word, []):
                self._by_word[word].append(keep)
        self.subjects = [(o, keep if e is gone else e) for o, e in self.subjects]
        self.cataphora = {i: keep if e is gone else e for i, e in self.cataphora.items()}
        for key, value in list(self._by_key.items()):
            if value is gone:
                self._by_key[key] = keep

    # --- lookups ----------------------------------------------------------------------

    def find(self, name: str, offset: int, *, person: bool = False, gender: str | None = None,
             roles: set[str] | None = None) -> ArticleEntity | None:
        """The entity a written name refers to: the same name, an alias, an acronym, or for
        a shorter form the full name it ends with (or begins with: a first name).

        Several candidates (two Clintons): those whose gender is the one asked for, then those
        whose gender is unknown (never one whose honorific or first name says otherwise),
        then those who hold one of ``roles``, then the one named last before ``offset``, else
        the first named after it.
        RETURNS (ArticleEntity | None)."""
        key = name_key(name)
        if not key:
            return None
        if gender is None and len(key) == 1 and len(self.surname_genders.get(key[0], ())) == 1:
            gender = next(iter(self.surname_genders[key[0]]))
        exact = self._by_key.get(key)
        if exact is not None and not (gender and exact.gender_sure and exact.gender != gender):
            return exact
        if exact is None and len(key) > 1 and key[0] in TITLE_WORDS and not person:
            # "Professor Curtice said", read as a body's name: the person the article titled so
            titled = self.find(" ".join(name.split()[1:]), offset, person=True, gender=gender)
            if titled is not None and titled.type == "person" and key[0] in {r.lower() for r in titled.roles}:
                return titled
        near = {id(e): e for w in key for e in self._by_word.get(w, ()) if e in self.entities and e is not exact}
        candidates = [e for e in near.values() if not e.unnamed and self._short_form(key, e, person=person, offset=offset)]
        if not candidates and exact is None and len(key) == 1 and not person:
            # "the Federal Reserve ... The Fed": a body's first word clipped (``names.clips``)
            candidates = [e for e in self.organisations() if len(e.key) > 1 and clips(key[0], e.key[0])
                          and min(e.mentions, default=offset) < offset]
        surnames = [e for e in candidates if e.key[-1:] == key[-1:]]
        candidates = surnames or candidates  # "Trump" is Donald Trump before it is a "Trump Tower"
        if len(key) == 1:
            candidates = by_generation(candidates, key[0], self.generations.get(offset), gender)
        if gender:
            candidates = [e for e in candidates if e.gender in (None, gender) or not e.gender_sure]
            candidates = [e for e in candidates if e.gender == gender] or candidates
        if roles:
            candidates = [e for e in candidates if e.roles & roles] or candidates
        if not candidates or gender is None and len(key) == 1 and len(self.surname_genders.get(key[0], ())) > 1 \
                and len(candidates) == 1 and candidates[0].gender_sure:
            # "the first lady, Michelle Obama" in an article with a "Mr. Obama" never named in
            # full: "President Obama" is not her, a bare surname of both genders is someone of its own
            return None
        before = [e for e in candidates if e.last_before(offset) >= 0]
        if before:
            latest = max(before, key=lambda e: e.last_before(offset))
            if len(before) > 1 and len(key) == 1 and latest.last_before(offset) < offset - _SAME_SENTENCE:
                # a bare surname two people share is the one the article keeps naming so, not
                # whoever was named last ("Clinton said" after "Sanders said of Bill Clinton"),
                # unless that one was named in the same sentence
                counts = sorted(((sum(m < offset for m in e.mentions), e) for e in before), key=lambda p: -p[0])
                if counts[0][0] > counts[1][0]:
                    return counts[0][1]
            return latest
        return min(candidates, key=lambda e: min(e.mentions, default=offset))

    @staticmethod
    def _short_form(key: tuple[str, ...], entity: ArticleEntity, *, person: bool, offset: int) -> bool:
        full = entity.key
        if key in entity.alias_keys:
            return True
        if len(key) == 1 and entity.initials == key[0] and entity.type != "person":
            return True
        if len(key) >= len(full):
            return False
        is_person = entity.type == "person" or person
        if is_person and full[-len(key):] == key:
            return True  # "Blair", "Clinton" -> the full name
        if is_person and len(key) == 1 and full[0] == key[0]:
            return True  # a first name: "Hillary"
        # an organisation's leading words, once the full name has been given: "Cairn Energy
        # ... Cairn"; "EMI ... EMI Music" is a part of EMI, not EMI
        return (not is_person and entity.type != "person" and full[: len(key)] == key and len(key[0]) > 2
                and min(entity.mentions, default=offset) < offset)

    def unnamed(self, name: str, type_: str, offset: int, *, title: str | None, affiliation: str | None,
                description: str | None) -> ArticleEntity:
        """The unnamed source described so (one per name and affiliation in an article: two
        spokesmen of different bodies stay apart). RETURNS (ArticleEntity)."""
        key = (name.lower(), (affiliation or "").lower(), type_)
        entity = self._unnamed.get(key)
        if entity is None:
            entity = ArticleEntity(name, unnamed=True, description=description)
            entity.votes[type_] += 1
            self.entities.append(entity)
            self._unnamed[key] = entity
        entity.note(offset=offset, title=title, affiliation=affiliation)
        if title:
            entity.roles.update(title.lower().split())
        return entity

    @property
    def documents(self) -> list[tuple[int, str, int, str | None]]:
        """Documents with a named author ("a report by the IMF"), found when first asked for."""
        if self._documents is None:
            self._documents = []
            self.find_documents()
        return self._documents

    def drop_headline_roles(self) -> None:
        """A role the headline alone gives ("Scrum-half Williams rejoins Bath", in capitals as
        a headline writes) yields to one the body introduces the person with ("their former
        scrum-half Andy Williams"): the body's introduction is the one the title comes from."""
        if self.headline_end <= 0:
            return
        for entity in self:
            if any(o < self.headline_end for o, _, _ in entity.role_at) \
                    and any(o > self.headline_end and title for o, title, _ in entity.role_at):
                entity.role_at = [r for r in entity.role_at if r[0] > self.headline_end]

    def people(self) -> list[ArticleEntity]:
        return [e for e in self.entities if e.type == "person" and not e.unnamed]

    def organisations(self) -> list[ArticleEntity]:
        return [e for e in self.entities if e.type == "organization" and not e.unnamed]

    # --- export -----------------------------------------------------------------------

    def to_schema(self) -> list[Entity]:
        """``Article.entities``: people, organisations, and any other entity a speaker was
        resolved to, in order of first mention; sets each entity's ``index``."""
        kept = [e for e in self.entities if e.spoke or e.type in ("person", "organization") and not e.unnamed]
        kept.sort(key=lambda e: min(e.mentions, default=0))
        out = []
        for i, entity in enumerate(kept):
            entity.index = i
            out.append(Entity(
                name=entity.name, type=entity.type, titles=list(entity.titles),
                affiliations=list(entity.affiliations), aliases=list(entity.aliases),
                mentions=len(entity.mentions), unnamed=entity.unnamed,
            ))
        return out
