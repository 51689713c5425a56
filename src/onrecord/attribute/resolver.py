"""Resolve a speaker phrase against the article's entity table: "Mr Blair" -> Tony Blair,
"the chancellor" -> the person the article calls chancellor, "the firm" -> the company
named before, "he" -> the speaker of the attribution chain, "Smith's memo" -> Smith.

It never invents a name: where the evidence is ambiguous the speaker stays unresolved (a
pronoun keeps ``name=None``; a role or an anaphor becomes an unnamed description), and
``Resolved.how`` says which rule named it, for the statement's explanation.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from . import body_anaphora
from .body_descriptors import described_body
from .central_banks import central_bank_of
from .answers import asked_person
from .antecedent_lists import merged_antecedents
from .anaphoric_descriptions import case_bringer, such_anaphor
from .document_anaphora import resolve_document
from .entities import ArticleEntity, EntityTable
from .gendered_antecedents import by_gender, named_just_before
from .headline_bodies import body_of_headline
from .lexicon import PERSON_NOUNS
from .predicate_nominals import appositive_anchor, copula_subject
from .pronoun_fallbacks import bound, clause_subject_of_possessive, recent_antecedent, thing_before
from .pronoun_blockers import past_private_subject
from .pronoun_fit import antecedent_fits, unrivalled
from .chained_descriptions import chained_person
from .lone_named_people import lone_person_before
from .misread_surnames import surname_read_as_noun
from .named_families import family_source
from .names import span_text
from .oblique_speakers import subject_over_oblique
from .org_kinds import ORG_DESCRIPTORS, kinds_of_name
from .phrase_shapes import expletive_it
from .coordinated_owners import each_person_named
from .phrases import Phrase, describe
from .site_owners import site_named_before
from .places_of_origin import origin_only
from .possessive_roles import pronoun_owner
from .resolved import Resolved, Settings
from .sole_bodies import sole_body
from .role_resolution import RoleResolution
from .role_words import epithet_title
from .roles import BODY_ROLES, clean_words, is_role_noun, place_of
from .spoken_for import person_by_role


# Pronouns resolved to an antecedent (first and second person aside).
_PERSONAL_PRONOUNS = frozenset("he she him her his hers it its they them their theirs who whom whose which that".split())


class Resolver(RoleResolution):
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
        self.said: list[tuple[int, int]] = []  # ... of them, what a rule (not the learned pass) found
        self.spoken: list[tuple[int, int, ArticleEntity]] = []  # statements resolved: (start, end, speaker)
        self.excluded: set[int] = set()  # ids of the entities the pronoun being resolved cannot be
        self.antecedent_memo: dict | None = None  # while a pronoun is resolved (antecedent_lists)

    # --- entry points -----------------------------------------------------------------

    def record(self, offset: int, resolved: Resolved) -> None:
        """A statement's speaker, named: the next pronoun may stand for it."""
        if resolved.name:
            self.chain.append((offset, resolved))

    def resolve(self, phrase: Phrase, *, containing: Resolved | None = None) -> Resolved:
        """Resolve one speaker phrase; ``containing`` is the speaker of a statement whose
        content holds this phrase ("I" in a quotation is its speaker). RETURNS (Resolved)."""
        offset = phrase.start
        if phrase.kind in ("role", "description", "epithet", "nominal", "org") and (
                subject := copula_subject(phrase.head) or appositive_anchor(phrase.head) or case_bringer(phrase.head)) is not None:
            resolved = self.resolve(describe(subject), containing=containing)
            if resolved.name and not resolved.unnamed:
                return resolved  # "Clinton was the first candidate to weigh in": Clinton
        if (person := surname_read_as_noun(self.table, phrase, offset)) is not None:
            person.spoke = True
            return self._of_entity(person, "name")  # "Mendes could not believe" after "Pedro Mendes' shot"
        if phrase.kind == "description" and (family := family_source(self.table, phrase, offset)
                                             or chained_person(self, phrase, offset)) is not None:
            return family  # "the brothers noted" after "German Ortega ... Freddy Ortega"; "the Waterford man"
        handler = {
            "pronoun": self._pronoun, "name": self._name, "org": self._named_body, "place": self._named_body,
            "named-group": self._named_body, "role": self._role, "nominal": self._nominal,
            "document": self._document, "epithet": self._epithet, "people": self._people,
        }.get(phrase.kind, self._description)
        resolved = handler(phrase, offset, containing) if phrase.kind == "pronoun" else handler(phrase, offset)
        if phrase.kind in ("role", "nominal", "description") and (body := described_body(self, phrase, offset, resolved)):
            resolved = self._of_entity(body, "nominal")  # "the research consultancy" after "research consultancy Analysys"
        if resolved.entity is not None:
            resolved.entity.spoke = True
        return resolved

    # --- names ------------------------------------------------------------------------

    def _name(self, phrase: Phrase, offset: int) -> Resolved:
        entity = self.table.find(phrase.name, offset, person=True, gender=phrase.gender)
        if entity is None:
            entity = self.table.add(phrase.name, offset, person=True, gender=phrase.gender)
            entity.votes["person"] += 1
            if phrase.gender and not entity.gender_sure:
                entity.gender, entity.gender_sure = phrase.gender, True
        affiliation = self._named_affiliation(phrase.role.affiliation, offset)
        # "His manager Robert Voice", "Kenteris's lawyer" (the full name), not "His Newcastle boss"
        if phrase.possessor is not None and (affiliation is None or affiliation == phrase.possessor.text):
            owner = self.resolve(describe(phrase.possessor))
            if owner.name and not owner.unnamed and owner.entity is not entity \
                    and (affiliation is None or owner.type == "person"):
                affiliation = owner.name
        title = phrase.role.title
        if title and affiliation is None and not entity.affiliations and title.lower().split()[-1] in BODY_ROLES:
            # "Spokesman Nick Davies" after "the IAAF said"
            affiliation, title = self._body_of_role(phrase, title, offset)
        if title or affiliation:
            entity.note(offset=offset, title=title, affiliation=affiliation)
        return self._of_entity(entity, "name")

    def _named_body(self, phrase: Phrase, offset: int) -> Resolved:
        entity = self.table.find(phrase.name, offset)
        following = self.doc[phrase.head.i + 1] if phrase.head.i + 1 < len(self.doc) else None
        if phrase.kind == "org" and (phrase.name or "").lower() in ORG_DESCRIPTORS \
                and (entity is None or entity.name.lower() == phrase.name.lower()) \
                and not (following is not None and following.lower_ in ("of", "for") and following.head.i == phrase.head.i):
            # (not "A Department for Work and Pensions spokeswoman": a longer name the NER cut)
            # "The Bank said" after "the Reserve Bank of Australia": the writer's short name
            body = self._body_for(phrase.name.lower(), offset)
            if body is not None:
                return self._of_entity(body, "nominal")
        if entity is None:
            entity = self.table.add(phrase.name, offset)
            entity.votes[phrase.type] += 1
            if phrase.type == "organization":
                entity.kinds |= kinds_of_name(phrase.name)  # "Clinton campaign": "both campaigns" may take it up
        resolved = self._of_entity(entity, "name")
        if resolved.type == "unknown" or phrase.kind == "named-group" and resolved.type != "person":
            resolved.type = phrase.type
        resolved.affiliation = resolved.affiliation or phrase.role.affiliation  # "Democrats on the X Committee"
        return resolved

    def _of_entity(self, entity: ArticleEntity, how: str) -> Resolved:
        title, affiliation = self.role_of(entity) if entity.type == "person" else (None, None)
        if entity.unnamed:
            return Resolved(entity.name, entity.type, title, affiliation, unnamed=True,
                            description=entity.description, entity=entity, how=how)
        return Resolved(entity.name, entity.type, title, affiliation, entity=entity, how=how)

    # --- organisation anaphora ----------------------------------------------------------

    def _nominal(self, phrase: Phrase, offset: int) -> Resolved:
        if phrase.plural and phrase.possessor is not None and phrase.possessor.lower_ not in ("his", "her", "my", "your", "our"):
            # "the Norwegian firm's developers", "its developers": the body they are of speaks
            owner = self._possessor(phrase)
            if owner is not None and owner.type == "organization" and owner.entity is not None:
                return self._of_entity(owner.entity, "nominal")
        if phrase.plural:
            return self._bodies(phrase, offset)
        if phrase.possessor is not None and phrase.possessor.lower_ in ("his", "her", "my", "your"):
            owner = self._possessor(phrase)
            if owner is not None and owner.type == "person" and phrase.head.lemma_.lower() in ("campaign", "camp"):
                # "Hillary Clinton ... Her campaign said": the Clinton campaign, as "Clinton's campaign" is
                return self._campaign_of(owner.name, phrase, offset)
            # "his management company": a body of that person's, not one the article named
            return self._description(phrase, offset, owner=owner)
        if not phrase.definite and not such_anaphor(phrase.head):  # ("such a ... organisation" looks back)
            return self._description(phrase, offset)
        if phrase.possessor is not None and phrase.possessor.pos_ == "PROPN":
            owner = self._possessor(phrase)
            if owner is not None and owner.type == "person":
                # "Barden's group": a body of that person's, not the last one the article named
                resolved = self._description(phrase, offset, owner=owner)
                resolved.how = "nominal-unresolved"
                return resolved
        if (bank := central_bank_of(self, phrase, offset)) is not None:
            return bank  # the country's central bank, never another bank the article named
        own = body_anaphora.person_named_body(phrase.head, lambda t: t.ent_type_ == "PERSON" or any(
            t.lower_ in e.key for e in self.table.people() if not e.unnamed))
        if own is not None:
            entity = self.table.find(own, offset) or self.table.add(own, offset)
            entity.votes["organization"] += 1
            return self._of_entity(entity, "name")
        noun = body_anaphora.qualified_noun(phrase.head) or phrase.noun or ""
        # "Tories pledge ... / ..., the party has said": the lead takes the headline's body up
        entity = self._body_for(noun, offset) or body_of_headline(self.table, phrase.head, noun) \
            or sole_body(self.table, phrase.head, noun, offset)  # the article's only committee, far back
        if entity is not None:
            return self._of_entity(entity, "nominal")
        if (main := body_anaphora.campaigner(self.table, phrase.head, offset)) is not None:
            return self._campaign_of(main.name, phrase, offset)  # "The campaign said" in a story about Sanders
        resolved = self._description(phrase, offset)
        resolved.how = "nominal-unresolved"
        return resolved

    def _campaign_of(self, person: str, phrase: Phrase, offset: int) -> Resolved:
        """The campaign of a person named before, named as ``phrase_shapes.campaign_name``
        names "Clinton's campaign": the surname and the noun."""
        name = f"{person.split()[-1]} {phrase.head.text.lower()}"
        entity = self.table.find(name, offset)
        if entity is None:
            entity = self.table.add(name, offset)
            entity.votes["organization"] += 1
            entity.kinds |= kinds_of_name(name)
        return self._of_entity(entity, "nominal")

    def _bodies(self, phrase: Phrase, offset: int) -> Resolved:
        """ "The papers", "both companies": the bodies of that kind named last, as one
        source, when the article names as many as the phrase counts (two or three if it
        does not count)."""
        wanted = int(phrase.role_words[0]) if phrase.role_words and phrase.role_words[0] else None
        chosen = body_anaphora.recent_bodies(self.table, phrase.noun or "", offset, window=self.settings.nominal_window,
                                             wanted=wanted)
        if chosen is not None:
            name = " and ".join(e.name for e in chosen) if len(chosen) == 2 else \
                ", ".join(e.name for e in chosen[:-1]) + " and " + chosen[-1].name
            entity = self.table.find(name, offset) or self.table.add(name, offset)
            entity.votes["group"] += 1
            return Resolved(name, "group", entity=entity, how="nominal")
        resolved = self._description(phrase, offset)
        resolved.how = "nominal-unresolved"
        return resolved

    def _body_for(self, noun: str, offset: int) -> ArticleEntity | None:
        return body_anaphora.body_for(self.table, self.chain, noun, offset, window=self.settings.nominal_window,
                                      margin=self.settings.salience_margin, doc=self.doc, excluded=self.excluded)

    # --- documents ----------------------------------------------------------------------

    def _document(self, phrase: Phrase, offset: int) -> Resolved:
        return resolve_document(self, phrase, offset)

    # --- unnamed sources ----------------------------------------------------------------

    def _description(self, phrase: Phrase, offset: int, owner: Resolved | None = None) -> Resolved:
        """An unnamed source: its name-less description, its role and its body resolved."""
        affiliation = phrase.role.affiliation
        possessor = phrase.possessor
        office = owner is None and possessor is not None and possessor.pos_ == "NOUN" and is_role_noun(possessor)
        if office:
            # "the prime minister's wife": the person who holds the office, never the office's name
            owner = self._possessor(phrase)
            owner = owner if owner is not None and owner.type == "person" else None
            affiliation = None if affiliation and possessor.lower_ in affiliation.lower() else affiliation
        earlier = (body_anaphora.owner_earlier_in_sentence(self.table, possessor) or site_named_before(self.table, possessor)) \
            if possessor is not None else None
        if (owner := owner or pronoun_owner(self, phrase)) is not None:  # "His lawyers said"
            affiliation = owner.name
        elif earlier is not None:
            affiliation = earlier  # "..., its central bank says"
        elif phrase.body and not office:  # ("a spokesman for the author" unresolved: no body "author")
            affiliation = self._body_name(phrase) or (None if person_by_role(phrase.body[0]) else affiliation)
        if affiliation is None:
            affiliation = self._premodifying_body(phrase, offset)
        if affiliation is None and phrase.kind == "role" and not phrase.plural and (phrase.noun or "") in BODY_ROLES:
            # "A spokesman said" right after "by Downing Street" (docs/annotation.md)
            affiliation = self._body_of_role(phrase, phrase.role.title or "", offset)[0]
        affiliation = None if origin_only(phrase, affiliation) else affiliation  # "A US woman": places_of_origin
        title = None
        if phrase.kind == "role" and not epithet_title(phrase.role.title):
            title = phrase.role.title
            if title and affiliation and title.startswith(affiliation):
                title = title[len(affiliation):].strip() or None
            kind = body_anaphora.premodifying_descriptor(phrase.head) if phrase.head.lower_.startswith("spokes") else None
            if title and kind and title.lower().startswith(f"{kind} "):
                title = title[len(kind) + 1 :]  # "a bank spokesman": the bank's, its body (docs/annotation.md)
        name = phrase.name or phrase.head.text
        type_ = phrase.type if phrase.type != "unknown" else ("group" if phrase.plural else "person")
        entity = self.table.unnamed(name, type_, offset, title=title, affiliation=affiliation,
                                    description=phrase.description)
        # a "he" or "she" may stand for a role or a person noun, never for "the film"
        entity.personal = entity.personal or phrase.kind == "role" or phrase.gender is not None \
            or phrase.head.lemma_.lower() in PERSON_NOUNS
        return Resolved(name, type_, title, affiliation, unnamed=True, description=phrase.description,
                        entity=entity, how="unnamed")

    def _premodifying_body(self, phrase: Phrase, offset: int) -> str | None:
        """ "company executives", "a company spokesman": the company the article is about."""
        noun = body_anaphora.premodifying_descriptor(phrase.head)
        return entity.name if (entity := self._body_for(noun, offset) if noun else None) is not None else None

    def dominant_organisation(self) -> ArticleEntity | None:
        """The organisation the article is about (``body_anaphora.dominant_organisation``)."""
        return body_anaphora.dominant_organisation(self.table)

    def _body_name(self, phrase: Phrase) -> str | None:
        """The body a description belongs to, resolved ("spokesman for the firm" -> the
        firm's name) or as written."""
        body = phrase.body or []
        heads = [t for t in body if t.head.i not in {b.i for b in body} or t.head.i == t.i]
        if not heads:
            return None
        if (people := each_person_named(self, heads[0])) is not None:
            return people  # "Lawyers for Mr Fawcett and Mr McDonald": each by his full name
        resolved = self.resolve(describe(heads[0]))
        if resolved.name and not resolved.unnamed:
            return resolved.name
        if heads[0].pos_ == "PRON" or person_by_role(heads[0]):
            return None  # "42% of them", "a spokesman for the author" unresolved: no body
        return place_of(span_text(clean_words(body))) or None

    # --- pronouns -----------------------------------------------------------------------

    def _pronoun(self, phrase: Phrase, offset: int, containing: Resolved | None) -> Resolved:
        outer, self.antecedent_memo = self.antecedent_memo, self.antecedent_memo or {}
        try:
            return self._pronoun_of(phrase, offset, containing)
        finally:
            self.antecedent_memo = outer

    def _pronoun_of(self, phrase: Phrase, offset: int, containing: Resolved | None) -> Resolved:
        pronoun = phrase.pronoun or ""
        if pronoun in ("you", "your", "yours"):
            return Resolved(None, "person", how="second-person")
        if pronoun in ("i", "me", "we", "us"):
            if containing is not None and containing.name and (pronoun in ("i", "me")) == (containing.type == "person"):
                return replace(containing, how="pronoun-quoted")
            return Resolved(None, "person" if pronoun in ("i", "me") else "group", how="first-person")
        if pronoun not in _PERSONAL_PRONOUNS or pronoun == "it" and expletive_it(phrase.head):
            # "those", "these", "this", "some": no antecedent of their own here; nor the "it"
            # of "It is doubtful Clinton imagined ...", which stands for the clause
            return Resolved(None, "unknown", how="pronoun-unresolved")
        wants = antecedent_fits(pronoun)
        answerer = asked_person(phrase.head, self.table)
        if answerer is not None and wants(self._of_entity(answerer, "pronoun-asked")):
            return self._bound(self._of_entity(answerer, "pronoun-asked"), pronoun, "pronoun-asked")
        owner = clause_subject_of_possessive(phrase.head)  # "Others were unapologetic in their criticism"
        if owner is not None and wants(resolved := self.resolve(describe(owner))) and resolved.name:
            return self._bound(resolved, pronoun, "pronoun-clause")
        if (private := past_private_subject(self, phrase.head, offset, wants)) is not None:
            return private  # "The boyfriend told investigators ... He said": the boyfriend, not a name before
        if (subject := subject_over_oblique(self, phrase.head, offset, wants)) is not None:
            return subject  # "The prime minister shrugged off claims from Michael Howard ... He said"
        if (recent := recent_antecedent(self, phrase.head, offset, wants)) is not None:
            return recent  # "Trump's campaign backtracked, ... it said"; "... is being brought by supporters. They claim"
        if (lone := lone_person_before(self, phrase.head, offset, wants)) is not None:
            return lone  # "... even Federer himself, the Swiss star is in a different league. 'Right now ...,' he told"
        fits = unrivalled(wants, phrase.head, self)  # (no one of unknown gender past a named rival)
        for how, resolved in self._antecedents(offset):
            if fits(resolved) and id(resolved.entity) not in self.excluded:
                return self._bound(resolved, pronoun, how)
        person = by_gender(self, pronoun, offset)
        if person is not None:
            return self._of_entity(person, "pronoun-gender")
        person = named_just_before(self, pronoun, offset)
        if person is not None:
            return self._bound(self._of_entity(person, "pronoun-near"), pronoun, "pronoun-near")
        thing = thing_before(phrase.head)  # "A new report from X examined … It found"
        if thing is not None and wants(resolved := self.resolve(describe(thing))):
            return replace(resolved, how="pronoun-subject")
        return Resolved(None, "person" if phrase.type == "person" else "unknown", how="pronoun-unresolved")

    def _antecedents(self, offset: int):
        """Candidate antecedents before ``offset``, the most recent first, within the
        pronoun window: the speakers of the attribution chain and the named subjects of
        the narration (never a name inside a quotation or inside what someone said, and
        never a mere object or possessor). Yields (how, Resolved)."""
        for _, from_chain, item in merged_antecedents(self, offset):  # (built once per pronoun)
            if from_chain:
                yield "pronoun-speaker", item
            else:
                yield "pronoun-subject", self._of_entity(item, "pronoun-subject")

    def _inside_content(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.contents)

    def _inside_said(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.said)

    _bound = staticmethod(bound)  # the antecedent, now also known by the pronoun's gender
