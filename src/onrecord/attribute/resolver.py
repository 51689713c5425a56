"""Resolve a speaker phrase against the article's entity table: "Mr Blair" -> Tony Blair,
"the chancellor" -> the person the article calls chancellor, "the firm" -> the company
named before, "he" -> the speaker of the attribution chain, "Smith's memo" -> Smith.

It never invents a name: where the evidence is ambiguous the speaker stays unresolved (a
pronoun keeps ``name=None``; a role or an anaphor becomes an unnamed description), and
``Resolved.how`` says which rule named it, for the statement's explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from .entities import ArticleEntity, EntityTable
from .lexicon import DEMONYMS, FEMALE_PRONOUNS, MALE_PRONOUNS
from .org_kinds import ORG_DESCRIPTORS, compatible
from .phrases import Phrase, describe
from .roles import place_of


@dataclass
class Resolved:
    """A speaker as resolved: what ``schema.Speaker`` will hold, and how it was found."""

    name: str | None
    type: str = "unknown"
    title: str | None = None
    affiliation: str | None = None
    unnamed: bool = False
    description: str | None = None
    document: str | None = None
    entity: ArticleEntity | None = None
    how: str = "name"


@dataclass(frozen=True)
class Settings:
    """The resolver's settings: the config of ``onrecord_coref`` (``pipeline.py``).

    pronoun_window: how far back (characters) a pronoun looks for the speaker it stands
        for; a news paragraph is ~300 characters.
    nominal_window: how far back "the company" looks for the body it stands for.
    salience_margin: how much better the best body must score than the next for "the
        company" to be resolved at all.
    """

    pronoun_window: int = 1200
    nominal_window: int = 2000
    salience_margin: float = 0.15


# Role words that name the same office ("the premier" is the prime minister).
_ROLE_SYNONYMS = {"premier": ("prime", "minister"), "pm": ("prime", "minister"), "boss": ("chief",),
                  "spokeswoman": ("spokesperson",), "spokesman": ("spokesperson",)}
# How recent (characters) a body other than the article's main one must be for "the
# company" to stand for it: about two sentences.
_RECENT = 600

# Offices a writer uses in place of the holder's name once the holder is in play.
_OFFICE_WORDS = frozenset("""
premier prime minister chancellor president senator governor mayor chairman chairwoman chief executive
secretary congressman congresswoman minister leader judge commissioner
""".split())


class Resolver:
    """Resolves the speaker phrases of one Doc, in text order (pronouns look back along the
    chain of speakers resolved so far)."""

    def __init__(self, doc: Doc, table: EntityTable, settings: Settings | None = None) -> None:
        self.doc = doc
        self.table = table
        self.settings = settings or Settings()
        self.chain: list[tuple[int, Resolved]] = []
        # what the article's statements say (set by the caller): a name inside them is
        # not the narration's subject
        self.contents: list[tuple[int, int]] = []

    # --- entry points -----------------------------------------------------------------

    def record(self, offset: int, resolved: Resolved) -> None:
        """A statement's speaker, named: the next pronoun may stand for it."""
        if resolved.name:
            self.chain.append((offset, resolved))

    def resolve(self, phrase: Phrase, *, containing: Resolved | None = None) -> Resolved:
        """Resolve one speaker phrase; ``containing`` is the speaker of a statement whose
        content holds this phrase ("I" in a quotation is its speaker). RETURNS (Resolved)."""
        offset = phrase.start
        handler = {
            "pronoun": self._pronoun, "name": self._name, "org": self._named_body, "place": self._named_body,
            "named-group": self._named_body, "role": self._role, "nominal": self._nominal,
            "document": self._document,
        }.get(phrase.kind, self._description)
        resolved = handler(phrase, offset, containing) if phrase.kind == "pronoun" else handler(phrase, offset)
        if resolved.entity is not None:
            resolved.entity.spoke = True
        return resolved

    # --- names ------------------------------------------------------------------------

    def _name(self, phrase: Phrase, offset: int) -> Resolved:
        entity = self.table.find(phrase.name, offset, person=True, gender=phrase.gender)
        if entity is None:
            entity = self.table.add(phrase.name, offset, person=True)
            entity.votes["person"] += 1
        affiliation = phrase.role.affiliation
        if phrase.possessor is not None:  # "His manager Robert Voice", "the senator's spokeswoman, Jane Roe"
            owner = self.resolve(describe(phrase.possessor))
            if owner.name and not owner.unnamed and owner.entity is not entity:
                affiliation = owner.name
        if phrase.role.title or affiliation:
            entity.note(offset=offset, title=phrase.role.title, affiliation=affiliation)
        return self._of_entity(entity, "name")

    def _named_body(self, phrase: Phrase, offset: int) -> Resolved:
        entity = self.table.find(phrase.name, offset)
        if entity is None:
            entity = self.table.add(phrase.name, offset)
            entity.votes[phrase.type] += 1
        resolved = self._of_entity(entity, "name")
        if resolved.type == "unknown" or phrase.kind == "named-group" and resolved.type != "person":
            resolved.type = phrase.type
        return resolved

    def _of_entity(self, entity: ArticleEntity, how: str) -> Resolved:
        title, affiliation = entity.primary_role() if entity.type == "person" else (None, None)
        if entity.unnamed:
            return Resolved(entity.name, entity.type, title, affiliation, unnamed=True,
                            description=entity.description, entity=entity, how=how)
        return Resolved(entity.name, entity.type, title, affiliation, entity=entity, how=how)

    # --- role nouns ---------------------------------------------------------------------

    def _role(self, phrase: Phrase, offset: int) -> Resolved:
        if phrase.head.i in self.table.cataphora:
            return self._of_entity(self.table.cataphora[phrase.head.i], "role-lead")
        if not (phrase.definite or phrase.possessor is not None):
            return self._description(phrase, offset)  # "a spokesman": unnamed by the writer's choice
        owner = self._possessor(phrase)
        candidates = [e for e in self.table if e.type == "person" and self._holds_role(e, phrase)
                      and (owner is None or self._belongs_to(e, owner))]
        chosen = self._closest(candidates, offset)
        if chosen is not None:
            if not chosen.unnamed and chosen.primary_role()[0] is None:
                # "Sen. Elizabeth Warren ... the senator said": the role noun is her title
                chosen.note(offset=offset, title=self._role_title(phrase), affiliation=phrase.role.affiliation)
            # the same unnamed source again ("A spokesman said ... the spokesman added") is
            # consistent, not resolved
            return self._of_entity(chosen, "role-unresolved" if chosen.unnamed else "role")
        chosen = self._in_discourse(phrase, offset) if owner is None and self._bare_office(phrase) else None
        if chosen is not None:
            # the role names the person the article is talking about ("Mr Blair said ...
            # The premier added ..."): it becomes that person's title too
            chosen.note(offset=offset, title=self._role_title(phrase), affiliation=phrase.role.affiliation)
            chosen.roles.update(w.lower() for w in phrase.role_words)
            return self._of_entity(chosen, "role-discourse")
        resolved = self._description(phrase, offset, owner=owner)
        resolved.how = "role-unresolved"
        return resolved

    def _in_discourse(self, phrase: Phrase, offset: int) -> ArticleEntity | None:
        """The person a definite role refers to when no one in the article holds it: the
        most recent speaker or subject of the narration, if that person has no title
        that says otherwise (and fits the role's gender)."""
        fitting: list[ArticleEntity] = []
        for _, resolved in self._antecedents(offset):
            entity = resolved.entity
            if entity is None or entity.unnamed or entity.type != "person" or entity in fitting:
                continue
            if phrase.gender and entity.gender and entity.gender != phrase.gender:
                continue
            title, _ = entity.primary_role()
            if title is None or self._holds_role(entity, phrase):
                fitting.append(entity)
        # two people in play who might hold the role: the evidence is ambiguous
        return fitting[0] if len(fitting) == 1 else None

    @staticmethod
    def _bare_office(phrase: Phrase) -> bool:
        """ "the premier", "the prime minister", "the senator": an office with nothing
        before it that would have to match a body."""
        words = [w for w in phrase.role_words if w not in ("the", "this")]
        return bool(words) and set(words) <= _OFFICE_WORDS

    @staticmethod
    def _role_title(phrase: Phrase) -> str | None:
        """The title a role noun gives: "the Tory co-chairman" -> "co-chairman"."""
        return phrase.role.title

    def _possessor(self, phrase: Phrase) -> Resolved | None:
        if phrase.possessor is None:
            return None
        owner = self.resolve(describe(phrase.possessor))
        return owner if owner.name and not owner.unnamed else None

    def _holds_role(self, entity: ArticleEntity, phrase: Phrase) -> bool:
        roles = {part for word in entity.roles for part in re.split(r"[-–]", word)} | set(entity.roles)
        for word in list(roles):
            roles.update(_ROLE_SYNONYMS.get(word, ()))
        bodies = {w.lower() for a in entity.affiliations for w in a.replace("'s", "").split()}
        head = phrase.noun or ""
        wanted = _ROLE_SYNONYMS.get(head, (head,))
        if not all(w in roles for w in wanted) and head not in roles:
            return False
        for word in phrase.role_words:
            if word == head or word in ("the", "his", "her", "its", "their", "former", "new", "then", "-", "–"):
                continue
            place = DEMONYMS.get(word, word).lower()
            if word not in roles and word not in bodies and place not in bodies and not any(place in b for b in bodies):
                return False
        return True

    @staticmethod
    def _belongs_to(entity: ArticleEntity, owner: Resolved) -> bool:
        return any(owner.name and owner.name.split()[-1].lower() in a.lower() for a in entity.affiliations)

    def _closest(self, candidates: list[ArticleEntity], offset: int) -> ArticleEntity | None:
        """The candidate named last before ``offset``; with none before, the only one after."""
        before = [e for e in candidates if e.last_before(offset) >= 0]
        if before:
            return max(before, key=lambda e: e.last_before(offset))
        return candidates[0] if len(candidates) == 1 else None

    # --- organisation anaphora ----------------------------------------------------------

    def _nominal(self, phrase: Phrase, offset: int) -> Resolved:
        if phrase.plural:
            return self._bodies(phrase, offset)
        if phrase.possessor is not None and phrase.possessor.lower_ in ("his", "her", "my", "your"):
            # "his management company": a body of that person's, not one the article named
            return self._description(phrase, offset, owner=self._possessor(phrase))
        if not phrase.definite:
            return self._description(phrase, offset)
        entity = self._body_for(phrase.noun or "", offset)
        if entity is not None:
            return self._of_entity(entity, "nominal")
        resolved = self._description(phrase, offset)
        resolved.how = "nominal-unresolved"
        return resolved

    def _bodies(self, phrase: Phrase, offset: int) -> Resolved:
        """ "The papers", "both companies": the bodies of that kind named last, as one
        source, when the article names as many as the phrase counts (two or three if it
        does not count)."""
        wanted = int(phrase.role_words[0]) if phrase.role_words and phrase.role_words[0] else None
        noun = phrase.noun or ""
        recent = sorted(((e.last_before(offset), e) for e in self.table.organisations()
                         if 0 <= e.last_before(offset) and offset - e.last_before(offset) <= self.settings.nominal_window
                         and compatible(noun, e.kinds)), key=lambda pair: -pair[0])
        bodies = [e for _, e in recent]
        if (wanted is not None and len(bodies) >= wanted) or (wanted is None and 2 <= len(bodies) <= 3):
            chosen = sorted(bodies[: wanted or len(bodies)], key=lambda e: min(e.mentions))
            name = " and ".join(e.name for e in chosen) if len(chosen) == 2 else \
                ", ".join(e.name for e in chosen[:-1]) + " and " + chosen[-1].name
            entity = self.table.find(name, offset) or self.table.add(name, offset)
            entity.votes["group"] += 1
            return Resolved(name, "group", entity=entity, how="nominal")
        resolved = self._description(phrase, offset)
        resolved.how = "nominal-unresolved"
        return resolved

    def _body_for(self, noun: str, offset: int) -> ArticleEntity | None:
        """The organisation "the <noun>" stands for at ``offset``: the speaker of the
        attribution chain when it fits, else the compatible body that scores best on
        recency and salience, by a clear margin."""
        window = self.settings.nominal_window
        for chain_offset, resolved in reversed(self.chain):
            if offset - chain_offset > window:
                break
            entity = resolved.entity
            if entity is not None and not entity.unnamed and entity.type == "organization" and compatible(noun, entity.kinds):
                return entity
            break  # only the last speaker is the chain's subject
        scored = []
        dominant = self.dominant_organisation()
        for entity in self.table.organisations():
            last = entity.last_before(offset)
            if last < 0 or offset - last > window or not compatible(noun, entity.kinds):
                continue
            if offset - last > _RECENT and entity is not dominant:
                continue  # named long ago and not what the article is about
            recency = 1.0 - (offset - last) / window
            salience = 0.1 * min(len(entity.mentions), 5) + 0.1 * min(entity.subjects, 3)
            scored.append((recency + salience, entity))
        scored.sort(key=lambda pair: -pair[0])
        if not scored or len(scored) > 1 and scored[0][0] - scored[1][0] < self.settings.salience_margin:
            return None
        return scored[0][1]

    # --- documents ----------------------------------------------------------------------

    def _document(self, phrase: Phrase, offset: int) -> Resolved:
        author = phrase.author
        how = "document-author"
        if author is None and phrase.definite:
            earlier = [d for d in self.table.documents if d[0] < offset and d[1] == phrase.head.lemma_.lower()]
            if earlier:
                author, how = self.doc[earlier[-1][2]], "document-anaphor"
        if author is None and phrase.author_name:
            entity = self.table.find(phrase.author_name, offset) or self.table.add(phrase.author_name, offset)
            if entity.type == "unknown":
                entity.votes["organization"] += 1
            return replace(self._of_entity(entity, "document-author"), document=phrase.noun)
        if author is not None:
            resolved = self.resolve(describe(author))
            named = resolved.name and not resolved.unnamed and resolved.how != "pronoun-unresolved"
            if named or resolved.name and how == "document-author":
                return replace(resolved, document=phrase.noun, how=how if not resolved.unnamed else resolved.how)
        entity = self.table.unnamed(phrase.name or phrase.head.text, "document", offset, title=None,
                                    affiliation=None, description=phrase.description)
        return Resolved(entity.name, "document", unnamed=True, description=phrase.description,
                        document=phrase.noun, entity=entity, how="unnamed")

    # --- unnamed sources ----------------------------------------------------------------

    def _description(self, phrase: Phrase, offset: int, owner: Resolved | None = None) -> Resolved:
        """An unnamed source: its name-less description, its role and its body resolved."""
        affiliation = phrase.role.affiliation
        if owner is not None:
            affiliation = owner.name
        elif phrase.body:
            affiliation = self._body_name(phrase) or affiliation
        if affiliation is None:
            affiliation = self._premodifying_body(phrase, offset)
        title = None
        if phrase.kind == "role":
            title = phrase.role.title
            if title and affiliation and title.startswith(affiliation):
                title = title[len(affiliation):].strip() or None
        name = phrase.name or phrase.head.text
        type_ = phrase.type if phrase.type != "unknown" else ("group" if phrase.plural else "person")
        entity = self.table.unnamed(name, type_, offset, title=title, affiliation=affiliation,
                                    description=phrase.description)
        return Resolved(name, type_, title, affiliation, unnamed=True, description=phrase.description,
                        entity=entity, how="unnamed")

    def _premodifying_body(self, phrase: Phrase, offset: int) -> str | None:
        """ "company executives", "a company spokesman": the company the article is about."""
        for token in phrase.head.lefts:
            if token.pos_ == "NOUN" and token.dep_ in ("compound", "nmod") and token.lemma_.lower() in ORG_DESCRIPTORS:
                entity = self._body_for(token.lemma_.lower(), offset)
                return entity.name if entity is not None else None
        return None

    def dominant_organisation(self) -> ArticleEntity | None:
        """The organisation an article is about: named at least three times, twice as often
        as any other. RETURNS (ArticleEntity | None)."""
        ranked = sorted(self.table.organisations(), key=lambda e: -len(e.mentions))
        if not ranked or len(ranked[0].mentions) < 3:
            return None
        if len(ranked) > 1 and len(ranked[0].mentions) < 2 * len(ranked[1].mentions):
            return None
        return ranked[0]

    def _body_name(self, phrase: Phrase) -> str | None:
        """The body a description belongs to, resolved ("spokesman for the firm" -> the
        firm's name) or as written."""
        from .names import span_text
        from .roles import _clean

        body = phrase.body or []
        heads = [t for t in body if t.head.i not in {b.i for b in body} or t.head.i == t.i]
        if not heads:
            return None
        resolved = self.resolve(describe(heads[0]))
        if resolved.name and not resolved.unnamed:
            return resolved.name
        return place_of(span_text(_clean(body))) or None

    # --- pronouns -----------------------------------------------------------------------

    def _pronoun(self, phrase: Phrase, offset: int, containing: Resolved | None) -> Resolved:
        pronoun = phrase.pronoun or ""
        if pronoun in ("you", "your", "yours"):
            return Resolved(None, "person", how="second-person")
        if pronoun in ("i", "me", "we", "us"):
            if containing is not None and containing.name and (pronoun in ("i", "me")) == (containing.type == "person"):
                return replace(containing, how="pronoun-quoted")
            return Resolved(None, "person" if pronoun in ("i", "me") else "group", how="first-person")
        wants = self._wanted(pronoun)
        for how, resolved in self._antecedents(offset):
            if wants(resolved):
                return self._bound(resolved, pronoun, how)
        return Resolved(None, "person" if phrase.type == "person" else "unknown", how="pronoun-unresolved")

    def _antecedents(self, offset: int):
        """Candidate antecedents before ``offset``, the most recent first, within the
        pronoun window: the speakers of the attribution chain and the named subjects of
        the narration (never a name inside a quotation or inside what someone said, and
        never a mere object or possessor). Yields (how, Resolved)."""
        window = self.settings.pronoun_window
        merged = [(o, 1, r) for o, r in self.chain if offset - window <= o < offset]
        merged += [(o, 0, e) for o, e in self.table.subjects
                   if offset - window <= o < offset and not self._inside_content(o)]
        merged.sort(key=lambda item: (item[0], item[1]))
        for _, from_chain, item in reversed(merged):
            if from_chain:
                yield "pronoun-speaker", item
            else:
                yield "pronoun-subject", self._of_entity(item, "pronoun-subject")

    def _inside_content(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.contents)

    @staticmethod
    def _bound(resolved: Resolved, pronoun: str, how: str) -> Resolved:
        """The antecedent, now also known by the pronoun's gender."""
        entity = resolved.entity
        if entity is not None and entity.gender is None and not entity.unnamed:
            entity.gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None
        return replace(resolved, how=how)

    @staticmethod
    def _wanted(pronoun: str):
        gender = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None

        def wants(resolved: Resolved) -> bool:
            if resolved.name is None or resolved.document is not None and resolved.type == "document" and gender:
                return False
            if gender is not None:
                entity = resolved.entity
                return resolved.type == "person" and not (entity and entity.gender and entity.gender != gender)
            if pronoun in ("they", "them"):
                return resolved.type in ("group", "organization")
            return resolved.type in ("organization", "place", "document")  # "it"

        return wants
