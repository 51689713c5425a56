"""Role nouns and the people in play, for the resolver (``resolver.Resolver`` mixes this
in): "the chancellor" is the person the article calls chancellor, "the Florida senator" the
senator in play, "the 31-year-old" the person the article is about, "both candidates" the
two people it named so; a role that belongs to a body ("spokesman") takes the body the
text gives it; a title and an affiliation hold a role and a body the article names.
"""

from __future__ import annotations

from . import role_match
from .affiliation_names import named_affiliation
from .body_of_article import state_office
from .campaign_roles import candidate_in_play
from .club_roles import club_guess
from .entities import ArticleEntity
from .epithet_candidates import doer_of_the_role
from .former_roles import past_role, person_just_named
from .gendered_epithets import epithet_people
from .headline_people import person_of_headline
from .leading_members import leader_role
from .lexicon import NATION_OF_NOUN, PARTY_OF_NOUN
from .nation_holders import named_of_nation, rival_named_since
from .office_nations import office_nation
from .org_kinds import BODY_FIRST_ROLES, ORG_DESCRIPTORS, kinds_of_noun
from .phrases import Phrase, describe
from .plain_epithets import NEARBY, last_named, main_person
from .resolved import Resolved
from .role_ahead import named_ahead, sent_by_body
from .role_continuation import continued_speaker
from .role_holders import aged_person, described_as, holder_spoken_of, office_named_nearby, owned_holder, party_member
from .roles import is_role_noun, place_of
from .subject_renamed import subject_renamed
from .telling_relatives import telling_relative

# How far back (characters) the body that spoke last gives a spokesman with no body its
# body: about one sentence.
_BODY_RECENT = 300


class RoleResolution:
    """The resolver's rules for role nouns, epithets and the bodies of roles (a mixin of
    ``resolver.Resolver``: it uses the resolver's table, chain and antecedents)."""

    def role_of(self, entity: ArticleEntity) -> tuple[str | None, str | None]:
        """A person's title and affiliation as the article first gives them, the
        affiliation as a body or person it names (``_named_affiliation``)."""
        title, affiliation = entity.primary_role()
        if not title and not affiliation and not entity.unnamed:
            title, affiliation = leader_role(self, entity) or (None, None)  # "His lawyers, led by Bruce Cutler"
        if affiliation and not entity.unnamed:
            affiliation = self._named_affiliation(affiliation, min(entity.mentions, default=0), title)
        elif title and not entity.unnamed:  # "The French government ... agriculture minister X": France
            affiliation = office_nation(self, entity, title)
        return title, affiliation

    def _named_affiliation(self, affiliation: str | None, offset: int, title: str | None = None) -> str | None:
        return named_affiliation(self, affiliation, offset, title)

    def _body_of_role(self, phrase: Phrase, title: str, offset: int) -> tuple[str | None, str]:
        """The body of a role that belongs to one ("spokesman", "chairman") when the mention
        names none, and the title without the descriptor that gave it: the body a descriptor
        before the role stands for ("The party chairman, Kelly Armstrong" -> the party,
        "chairman"), else the organisation that spoke or was the subject just before ("But
        the IAAF said ... Spokesman Nick Davies said"). RETURNS (body | None, title)."""
        words = phrase.head.doc[phrase.head.left_edge.i : phrase.head.i + 1]
        if state_office(title) and any(t.text == title for t in words):
            # "said Treasurer Peter Costello", "The EU said ... President Recep Tayyip Erdogan
            # said": a capitalised state office before a name (at a sentence start too: there a
            # body's president is written "Fifa president Sepp Blatter") is not the body's in play
            return None, title
        noun = next((t for t in words
                     if t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod") and t.lemma_.lower() in ORG_DESCRIPTORS), None)
        if noun is not None:
            entity = self._body_for(noun.lemma_.lower(), offset)
            if entity is None:
                return None, title
            words = title.split()
            return entity.name, " ".join(words[1:]) if len(words) > 1 and words[0].lower() == noun.lower_ else title
        if state_office(title.capitalize()):
            # a lower-case "president" with no body written ("said David Gilbert, its president",
            # "its" unresolved) is no body's in play by recency: a state's, or one left unsaid
            return None, title
        named = self.table.find(phrase.name, offset, person=True) if phrase.name else None
        if named is not None and named.last_before(words[0].idx) >= 0:
            # "President Obama's advice ... President Obama has endured criticism": a person the
            # article named before is no one the body in play now introduces
            return None, title
        recent = [(o, r.entity) for o, r in self.chain if r.entity is not None]
        recent += [(o, e) for o, e in self.table.subjects if not self._inside_content(o)]
        recent = [(o, e) for o, e in recent if offset - _BODY_RECENT <= o < offset and e.type != "place"]
        last = max(recent, key=lambda pair: pair[0])[1] if recent else None
        return (last.name if last is not None and last.type == "organization" and not last.unnamed else None), title

    def _role(self, phrase: Phrase, offset: int) -> Resolved:
        if phrase.head.i in self.table.cataphora:
            return self._of_entity(self.table.cataphora[phrase.head.i], "role-lead")
        if not (phrase.definite or phrase.possessor is not None):
            return self._description(phrase, offset)  # "a spokesman": unnamed by the writer's choice
        owner = self._possessor(phrase)
        candidates = [e for e in self.table if e.type == "person" and role_match.holds_role(e, phrase)
                      and (owner is None or role_match.belongs_to(e, owner.name))]
        if not candidates and owner is None:
            candidates = role_match.ranked_holders([e for e in self.table if e.type == "person"], phrase)
        elif not candidates and (free := owned_holder(self, phrase, owner, offset)):
            candidates = [free]  # "its chief executive": the one named, of no body said; "Trump's campaign chief"
        if (unsure := club_guess(self, candidates, phrase, offset)) is not None:
            return unsure  # "Chelsea striker Didier Drogba ... Chelsea striker Hernan Crespo ... the Chelsea striker said"
        chosen = role_match.closest(candidates, offset)
        if chosen is not None and chosen.last_before(offset) < 0 and not chosen.unnamed and any(
                e is not chosen and e.last_before(offset) >= 0 and self.may_hold(e, phrase) for e in self.table.people()):
            chosen = None  # "Donald Trump ... the Republican candidate had said" is not a Jeb Bush named later
        if chosen is not None:
            if not chosen.unnamed and chosen.primary_role()[0] is None:
                # "Sen. Elizabeth Warren ... the senator said": the role noun is her title
                chosen.note(offset=offset, title=self._role_title(phrase), affiliation=phrase.role.affiliation)
            # the same unnamed source again ("A spokesman said ... the spokesman added") is
            # consistent, not resolved, unless the article named one who may be it since: "A
            # Labour peer has withdrawn ... Lord Dubs agreed ... the Labour peer said" is Dubs
            named = last_named(self, phrase, offset) if chosen.unnamed and owner is None else None
            if named is not None and named.last_before(offset) > chosen.last_before(offset):
                chosen = named
                chosen.note(offset=offset, title=self._role_title(phrase), affiliation=phrase.role.affiliation)
                return self._of_entity(chosen, "role-discourse")
            if chosen.unnamed and (ahead := named_ahead(self, phrase, offset)) is not None:
                return self._of_entity(ahead, "role-ahead")  # the name comes in the next paragraph
            return self._of_entity(chosen, "role-unresolved" if chosen.unnamed else "role")
        body = self._body_by_trade(phrase, offset) if owner is None else None
        if body is not None:
            return self._of_entity(body, "nominal")
        # (a role of a possessor left unresolved is theirs, no one's in play: "The Iraqi families'
        # lawyer argued" is not the Iraqi whose death they contest)
        unowned = owner is None and phrase.possessor is None
        if unowned and past_role(phrase.head) and (just := person_just_named(self.table, phrase.head, phrase.gender)):
            if just.primary_role()[0] is None:  # the past role is the title of one the article gave none
                just.note(offset=offset, title=self._role_title(phrase), affiliation=phrase.role.affiliation)
            return self._of_entity(just, "role-discourse")  # "Lord Butler said ... The former cabinet secretary said"
        chosen = continued_speaker(self, phrase, offset) or (aged_person(self, phrase, offset) if unowned else None)
        if chosen is None and unowned:
            chosen = self._in_discourse(phrase, offset, bare=role_match.bare_office(phrase))
        if chosen is None and unowned and (role_match.bare_office(phrase) or self._plain_epithet(phrase)):
            chosen = person_of_headline(self.table, phrase.head, lambda e: self.may_hold(e, phrase))
        if chosen is None and unowned:
            chosen = main_person(self, phrase, offset)
        chosen = holder_spoken_of(self, chosen, phrase, offset) if chosen is not None else None  # (Howard's prime minister)
        if chosen is not None and not role_match.other_participant(chosen, phrase.head) \
                and role_match.of_named_body(chosen, phrase.head):
            # the role names the person the article is talking about ("Mr Blair said ...
            # The premier added ..."): it becomes that person's title too
            chosen.note(offset=offset, title=self._role_title(phrase), affiliation=phrase.role.affiliation)
            chosen.roles.update(w.lower() for w in phrase.role_words)
            return self._of_entity(chosen, "role-discourse")
        if (ahead := named_ahead(self, phrase, offset)) is not None:
            return self._of_entity(ahead, "role-ahead")  # the name comes in the next paragraph
        if unowned and (doer := doer_of_the_role(self, phrase, offset) or subject_renamed(self, phrase, offset)):
            return self._of_entity(doer, "role-discourse")  # "Ridley Scott set to direct ... The director"
        resolved = self._description(phrase, offset, owner=owner)
        resolved.how = "role-unresolved"
        return resolved

    def _body_by_trade(self, phrase: Phrase, offset: int) -> ArticleEntity | None:
        """ "the US regulator", "the broadcaster": a descriptor that is a role only by its
        ending (or a body first: ``org_kinds.BODY_FIRST_ROLES``), that names a kind more
        telling than a business and that no one in the article holds is a body's; the
        compatible body in play, as for "the company" (``body_anaphora.body_for``)."""
        noun = phrase.noun or ""
        if noun not in ORG_DESCRIPTORS or phrase.head.pos_ != "NOUN" or \
                is_role_noun(phrase.head, strict=True) and noun not in BODY_FIRST_ROLES:
            return None
        if not kinds_of_noun(noun) - {"business"}:
            return None  # "the brewer", "the game maker": a business at large is no evidence of which
        return self._body_for(noun, offset)

    def _in_discourse(self, phrase: Phrase, offset: int, *, bare: bool) -> ArticleEntity | None:
        """The person a definite role refers to when no one in the article holds it as
        written: among the speakers and subjects in play (most recent first) who fit the
        role's gender and have no title that says otherwise, the most recent one whose
        roles include the role's head ("Sen. Marco Rubio ... the Florida senator"); else, for
        a ``bare`` office ("the premier"), the only one; with two people in play and nothing
        to choose, none."""
        people = self._people_in_play(offset, phrase.gender)
        fitting = [e for e in people if self.may_hold(e, phrase)]
        if not bare and (candidate := candidate_in_play(self, people, phrase, offset)) is not None:
            return candidate  # "Former Democratic candidate Bernie Sanders ... The Vermont senator"
        if bare and people and not fitting:
            return office_named_nearby(self, phrase, offset)  # all in play hold other offices
        holders = [e for e in fitting if role_match.holds_head(e, phrase)]
        if holders:
            return holders[0]
        if not people and (bare or self._plain_epithet(phrase) and not sent_by_body(phrase)):
            # no one has spoken or acted yet: the only person named so far ("... unveiled
            # by David Blunkett. The home secretary said ...", "Donald Trump has invested ...,
            # according to documents he submitted. ... the presumptive Republican nominee
            # reported")
            named = [e for e in self.table.people() if not e.unnamed and e.last_before(offset) >= 0]
            people = fitting = [e for e in named if self.may_hold(e, phrase)] if len(named) == 1 else []
        # the person in play most recently, when no one else in play might hold the role (a
        # nearer person with another title makes it a guess), nor anyone named since ("Tony
        # Blair ... his relationship with Gordon Brown. Meanwhile, the chancellor ..."), nor
        # named just before ("Mr Blunkett was joined by Tony Blair ... Mr Blunkett said ...
        # The prime minister said")
        # an epithet with modifiers ("the billionaire businessman") only when the person in play is the only one
        # ("Republican presidential hopeful Donald Trump ... The billionaire real estate
        # magnate says": an epithet that is no office contradicts no title)
        sole = not bare and len(people) == 1 and self._plain_epithet(phrase)
        if sole and ((phrase.noun or "") not in role_match.OFFICE_WORDS or role_match.placed_office(people[0], phrase)):
            fitting = people
        if bare and len(fitting) == 1 and people[0] is not fitting[0] and fitting[0].last_before(offset) >= offset - NEARBY:
            # "Mr Blair had seen the change in conversations with Mr Bush. The president
            # understood": everyone nearer holds another office, the one who may was just named
            people = fitting
        if not ((bare or sole) and len(fitting) == 1 and people[0] is fitting[0]):
            return last_named(self, phrase, offset) if not bare else None
        chosen = fitting[0]
        # an office tied to a place ("the Florida senator") tells more than a bare one: someone
        # named nearby who is not in play (only an object: "his support for Donald Trump,
        # Marco Rubio ...") leaves the one in play to hold it
        placed = sole and role_match.placed_office(chosen, phrase)
        if self.named_since(chosen, offset, phrase) or not placed and self._named_nearby(chosen, phrase, offset):
            return None
        return chosen

    def _plain_epithet(self, phrase: Phrase, *, relative_ok: bool = False) -> bool:
        """ "the billionaire businessman", "the presumptive Republican nominee": "the", a
        singular role noun and words before it only, none of them a person's name ("the
        Christie supporter" is not Christie) and nothing after ("the father of a first-grader")."""
        head = phrase.head
        words = list(head.doc[head.left_edge.i : head.i + 1])
        # a second role joined to it is still nothing after: "the Labour peer and former minister"
        joined = [c for c in head.children if c.dep_ == "conj" and c.i > head.i and is_role_noun(c)]
        contest = [c for c in head.children if role_match.contest_phrase(c)]
        contest += [c for c in head.children if relative_ok and telling_relative(c)]  # ("the candidate who launched")
        end = max([head.i] + [c.right_edge.i for c in joined + contest])
        rest = [c for c in head.children if c.i > head.i and c not in joined + contest and c.dep_ != "cc"]
        if not words or words[0].lower_ != "the" or rest or head.right_edge.i != end or head.tag_ not in ("NN", "NNP"):
            return False
        # (a one-word "person" is often the NER's misreading: "The Oscar winner" is Peter Jackson)
        people = {w for e in self.table.people() if len(e.name.split()) > 1 for w in e.key}
        return not any(w.pos_ == "PROPN" and w.lower_ in people and not role_match.birthplace(w) for w in words)

    @staticmethod
    def may_hold(entity: ArticleEntity, phrase: Phrase) -> bool:
        """Whether nothing the article says of ``entity`` contradicts the role: no title, or
        this role, or an office of the family the phrase names; and not a party the article
        gave another ("the Republican presidential nominee" is never the Democrat Clinton)."""
        if role_match.party_contradicts(entity, phrase):
            return False
        if role_match.fellow_contender(entity, phrase):
            return True  # "Republican contender Donald Trump ... the Republican presidential nominee"
        return entity.primary_role()[0] is None or role_match.holds_role(entity, phrase) \
            or role_match.same_office(entity, phrase)

    def _named_nearby(self, entity: ArticleEntity, phrase: Phrase, offset: int) -> bool:
        """Whether another named person who might hold the role was mentioned within about
        two sentences before ``offset``: then the role could be either's."""
        # a name inside what someone said, or in the headline, is not someone the narration
        # brought in ("Blair sees greater Bush consensus / George W Bush will display …, Tony
        # Blair has said. The prime minister said" is Blair)
        start = max(offset - NEARBY, self.table.headline_end, 0)
        return any(e is not entity and not e.unnamed and e.type == "person" and self.may_hold(e, phrase)
                   and any(start <= m < offset and not self._inside_said(m) for m in e.mentions)
                   for e in self.table.people())

    def named_since(self, entity: ArticleEntity, offset: int, phrase: Phrase | None = None, before: int | None = None) -> bool:
        """Whether another named person was mentioned between ``entity``'s last mention
        before ``offset`` and ``offset``: then a bare office or an epithet is a guess; with
        ``phrase``, only one who might hold its role ("Balco boss Victor Conte" is no "gold
        medallist")."""
        last = max(entity.last_before(offset), self.table.headline_end - 1)
        end = offset if before is None else before  # (``before``: names from there on do not count)
        # (a name inside what someone said is not one the narration brought in)
        # (unless the entity's own last mention was in what someone said: then so may be the other's)
        said_too = self._inside_said(last)
        return any(e is not entity and not e.unnamed and (phrase is None or self.may_hold(e, phrase))
                   and any(last < m < end and (said_too or not self._inside_said(m)) for m in e.mentions)
                   for e in self.table.people())

    def _people_in_play(self, offset: int, gender: str | None) -> list[ArticleEntity]:
        """Named people among the speakers and subjects before ``offset``, most recent
        first, whose gender does not contradict ``gender``."""
        people: list[ArticleEntity] = []
        for _, resolved in self._antecedents(offset):
            entity = resolved.entity
            if entity is None or entity.unnamed or entity.type != "person" or entity in people or id(entity) in self.excluded:
                continue  # (nor the one the words are said of: "the developer said of Mr. Clinton")
            if not (gender and entity.gender and entity.gender != gender):
                people.append(entity)
        return people

    def _people(self, phrase: Phrase, offset: int) -> Resolved:
        """ "both candidates", "the two leaders": as one source, the people in play who hold
        the role, as many as the phrase counts (two if "the" does not count); else an
        unnamed description."""
        wanted = int(phrase.role_words[0]) if phrase.role_words and phrase.role_words[0] else 2
        holders = [e for e in self._people_in_play(offset, None) if role_match.holds_head(e, phrase)]
        if len(holders) == wanted:
            chosen = sorted(holders, key=lambda e: min(e.mentions))
            name = " and ".join(e.name for e in chosen) if len(chosen) == 2 else \
                ", ".join(e.name for e in chosen[:-1]) + " and " + chosen[-1].name
            entity = self.table.find(name, offset) or self.table.add(name, offset)
            entity.votes["group"] += 1
            return Resolved(name, "group", entity=entity, how="role-group")
        return self._description(phrase, offset)

    def _epithet(self, phrase: Phrase, offset: int) -> Resolved:
        """ "the 31-year-old", "the Briton": the person in play most recently (an age or a
        nation is never a title); else an unnamed description."""
        people = epithet_people(self, phrase, offset)  # (of the epithet's gender where its sentence gives one)
        party = PARTY_OF_NOUN.get(phrase.noun or "")
        if party:
            people = party_member(self, phrase, party, people, offset)
        nation = NATION_OF_NOUN.get(phrase.noun or "")
        described = described_as(self, phrase.noun or "", nation, offset) if nation else None
        if described is None and nation:  # "Russian Svetlana Kuznetsova", the NER's organisation
            described = named_of_nation(self, phrase, nation, offset)
        if described is not None:
            # "Andy Murray, the Scot ... Federer was the favourite. The Scot admitted": the
            # person the article called so, not whoever was in play last
            return self._of_entity(described, "role-epithet")
        if people and not (nation and any(place_of(a) != nation and place_of(a) in NATION_OF_NOUN.values()
                                          for a in people[0].affiliations)) \
                and not (nation and self.named_since(people[0], offset, before=role_match.opening_start(phrase.head, offset))) \
                and not (nation and rival_named_since(people[0], phrase, offset, role_match.opening_start(phrase.head, offset))):
            # ("... beaten by the in-form Kiefer. The German ...": not Safin, who spoke last)
            # (a "Scottish referee" is not "the Kiwi")
            return self._of_entity(people[0], "role-epithet")
        if not nation and (renamed := subject_renamed(self, phrase, offset)) is not None:  # (a nation: its rivals above)
            return self._of_entity(renamed, "role-epithet")  # "House Speaker Paul Ryan says ... The Wisconsin Republican says"
        resolved = self._description(phrase, offset)
        resolved.how = "role-unresolved"
        return resolved

    @staticmethod
    def _role_title(phrase: Phrase) -> str | None:
        """The title a role noun gives: "the Tory co-chairman" -> "co-chairman"."""
        return phrase.role.title

    def _possessor(self, phrase: Phrase) -> Resolved | None:
        if phrase.possessor is None:
            return None
        owner = self.resolve(describe(phrase.possessor))
        return owner if owner.name and not owner.unnamed else None

