"""Speaker resolution within one article: "Peskov" -> "Dmitry Peskov", "he added" -> the
person last quoted, "the spokesman" -> the person with that title.

A light, rule-based coreference over the speakers the article names. It never invents a
name: a pronoun it cannot resolve keeps ``name=None`` (never "he").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS
from .speakers import Phrase, _join, person_name_tokens

# How far back (in characters) a pronoun looks for its speaker. A news paragraph is ~300
# characters; calibrated on PolNeAR train so that "he said" two paragraphs on still binds.
_PRONOUN_WINDOW = 1200


@dataclass
class Person:
    """One person the article names, under its fullest name."""

    name: str
    title: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    mentions: list[int] = field(default_factory=list)  # character offsets

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()

    @property
    def first(self) -> str:
        return self.name.split()[0].lower()


class Registry:
    """The people of one article, built from its PERSON entities and speaker phrases."""

    def __init__(self, doc: Doc):
        self.people: list[Person] = []
        self._by_name: dict[str, Person] = {}
        names: list[tuple[int, str]] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = person_name_tokens(ent)
            if words:
                names.append((ent.start_char, _join(words)))
        # full names first, so that surnames attach to them wherever they appear
        for offset, name in sorted(names, key=lambda x: -len(x[1].split())):
            self._add(name, offset)

    def _add(self, name: str, offset: int) -> Person:
        person = self._match(name, offset)
        if person is None:
            person = Person(name)
            self.people.append(person)
        person.mentions.append(offset)
        self._by_name[name.lower()] = person
        return person

    def _match(self, name: str, offset: int) -> Person | None:
        key = name.lower()
        if key in self._by_name:
            return self._by_name[key]
        words = key.split()
        candidates = []
        for person in self.people:
            full = person.name.lower().split()
            if len(words) < len(full) and (full[-len(words):] == words or (len(words) == 1 and full[0] == words[0])):
                candidates.append(person)
        if not candidates:
            return None
        # several people share a surname (Hillary and Bill Clinton): the last one named before
        before = [p for p in candidates if any(m <= offset for m in p.mentions)]
        pool = before or candidates
        return max(pool, key=lambda p: max((m for m in p.mentions if m <= offset), default=-1))

    def person(self, name: str, offset: int) -> Person:
        """The person a name refers to, created when the article has not named them before."""
        return self._add(name, offset)

    def by_role(self, role: str, offset: int) -> Person | None:
        """The last person before ``offset`` whose title ends with ``role`` ("spokesman")."""
        best = None
        for person in self.people:
            if person.title and person.title.lower().split()[-1] == role:
                seen = [m for m in person.mentions if m < offset]
                if seen and (best is None or max(seen) > max(m for m in best.mentions if m < offset)):
                    best = person
        return best


@dataclass
class Resolved:
    name: str | None
    type: str
    title: str | None
    affiliation: str | None
    how: str  # which resolution step named the speaker, for Statement.explanation


def resolve_phrase(
    phrase: Phrase,
    registry: Registry,
    previous: list[tuple[int, Resolved]],
    subjects: list[tuple[int, Resolved]],
) -> Resolved:
    """Resolve one speaker phrase.

    ``previous`` holds (offset, speaker) of the statements already attributed, in order;
    ``subjects`` the (offset, referent) of sentence subjects seen so far, for pronouns.
    """
    offset = phrase.start
    if phrase.pronoun is not None:
        return _resolve_pronoun(phrase, registry, previous, subjects)
    if phrase.type == "person" and phrase.role_noun is None and phrase.name:
        person = registry.person(phrase.name, offset)
        if phrase.title and not person.title:
            person.title = phrase.title
        if phrase.affiliation and not person.affiliation:
            person.affiliation = phrase.affiliation
        if phrase.gender and not person.gender:
            person.gender = phrase.gender
        return Resolved(person.name, "person", phrase.title or person.title,
                        phrase.affiliation or person.affiliation, "name")
    if phrase.role_noun is not None:
        person = registry.by_role(phrase.role_noun, offset)
        if person is not None and phrase.start > 0:
            person.mentions.append(offset)
            return Resolved(person.name, "person", person.title, person.affiliation, "role")
        return Resolved(phrase.name, "person", phrase.title, phrase.affiliation, "role-unresolved")
    return Resolved(phrase.name, phrase.type, phrase.title, phrase.affiliation, "phrase")


def _resolve_pronoun(phrase, registry, previous, subjects) -> Resolved:
    offset = phrase.start
    pronoun = phrase.pronoun
    if pronoun in ("i", "we", "me", "us"):
        return Resolved(None, "person" if pronoun in ("i", "me") else "group", None, None, "first-person")
    wants_person = pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS
    wants_gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None
    relative = pronoun in ("who", "which", "that", "whom")

    def fits(r: Resolved) -> bool:
        if r.name is None:
            return False
        if wants_person or (relative and pronoun in ("who", "whom")):
            if r.type != "person":
                return False
            person = registry._by_name.get(r.name.lower())
            return not (wants_gender and person and person.gender and person.gender != wants_gender)
        if relative:
            return True
        return r.type in ("organization", "place", "group", "document")

    window = [(o, r) for o, r in previous if offset - _PRONOUN_WINDOW <= o < offset]
    for _, r in reversed(window):
        if fits(r):
            return Resolved(r.name, r.type, r.title, r.affiliation, "pronoun-speaker")
    near = [(o, r) for o, r in subjects if offset - _PRONOUN_WINDOW <= o < offset]
    for _, r in reversed(near):
        if fits(r):
            return Resolved(r.name, r.type, r.title, r.affiliation, "pronoun-subject")
    return Resolved(None, "person" if wants_person else "unknown", None, None, "pronoun-unresolved")
