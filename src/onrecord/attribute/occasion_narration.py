"""Scenes of narration (``occasions``): a sentence with no statement of its own that sets an
occasion for a person's statement to come, and the occasion as the reading keeps it.

"The prime minister was asked about ... when he appeared on BBC Radio 4's Today programme",
"at another event on Thursday morning, Mr. Sanders showed ...", "Mr. Trump took on Hillary
Clinton on Sunday": the scene waits for that person's statement in its paragraph or the next
(a name they share, the role they hold, the very next sentence, a pronoun for the speaker
named just before) and gives it its via and time. A sentence about the occasion's speaker
keeps it open; a new time or event in the narration closes it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..schema import Speaker, Statement, Via, When
from . import occasion_text as article
from . import occasion_ties as ties
from .found import Found, Range
from .lexicon import PERSON_PRONOUNS, SPEECH_VERBS
from .links import is_time, when_of
from .contest_days import contest_when, dates_a_contest
from .occasion_looking_back import looking_back_subject
from .office_changes import changes_office
from .relays import relay_of, relay_of_scene
from .remark_times import dated_remarks_of
from .scenes import Scene, scene_in, scene_subject
from .when import same_time
from .speakers import entities_in


@dataclass
class Occasion:
    """An occasion as the reading goes: whose it is (None while a scene of narration waits
    for its speaker), what it gives, how far it reaches."""

    speaker: str | None
    via: Via | None
    when: When | None
    scene: bool
    paragraph: int
    sentence: int
    subject: Token | None = None  # the narration's subject, for a scene waiting for its speaker
    prior: str | None = None  # the speaker named last before a scene of narration ("he" may be them)
    cue: Token | None = None  # the cue it was last carried to, for a second cue of the same attribution
    participants: set[str] = field(default_factory=set)
    kind: str = ""  # the scene's word ("interview"), for a reference back
    told: bool = False  # an outlet or host told ("He told BBC News: ..."): an interview its quotes go on with
    opened: int = -1  # the sentence of the statement that opened it (-1: a sentence of narration before)


@dataclass
class Item:
    """A statement with what the reading needs of it."""

    index: int
    statement: Statement
    found: Found
    sentence: int
    paragraph: int
    scene: Scene | None


class NarrationReading:
    """The part of the reading (``occasions._Reader``) that reads sentences of narration and
    binds a scene of narration to the statement it waits for."""

    doc: Doc
    paragraphs: list[int]
    contents: list[Range]
    published: dt.date | None
    current: Occasion | None
    pending: Occasion | None
    last_scene: Occasion | None
    last_of: dict[str, Occasion]
    scenes: dict[tuple[str, str], Occasion]
    last_name: str | None
    history: list[Item]  # the statements read so far, in order
    person_words: set[str]  # the words of the names of the persons quoted so far
    out: list[Statement]

    def narration(self, sent: Span, scene: Scene | None = None) -> None:
        """A sentence with no statement (or only one of no one named: "The prime minister was
        asked about ... when he appeared on ..."): a scene about someone ("at another event on
        Thursday morning, Mr. Sanders showed ...", "Mr. Trump took on Hillary Clinton on
        Sunday") waits for their statement; a sentence about the occasion's speaker ("Mr.
        Sanders was asked.") keeps it open; a new time or event closes it."""
        scene = scene or scene_in(sent, self.contents, self.published)
        self._looking_back(sent, scene)
        current = self.current
        subject = scene_subject(scene) if scene is not None else ties.main_subject(sent)
        if current is not None and current.speaker and (ties.refers_to(subject, current.speaker) or (
                subject is not None and subject.text in current.participants) or self._holds_role(subject, current.speaker)):
            current.paragraph = article.paragraph(self.paragraphs, sent.start_char)  # "Maddow repeated."
        if scene is not None and scene.definite and current is not None and current.scene:
            return  # "The conversation ended with ...": still the same occasion
        if self._wait(sent, scene, subject) or (scene is None and self._wait_for_remarks(sent)):
            self.current = None
            return
        if scene is not None or (current is not None and self._new_time(sent, current)):
            self.current = None

    def _looking_back(self, sent: Span, scene: Scene | None) -> None:
        """ "He was speaking on BBC One's Breakfast with Frost programme on Sunday." after his
        statements: the past progressive says where what was just quoted was said, so his
        statements just before (this paragraph or the one before, back to another speaker or
        to one with a via or time of its own) take its via and time."""
        verb = scene.token if scene is not None and scene.token.pos_ == "VERB" else sent.root
        subject = looking_back_subject(verb) or looking_back_subject(sent.root)
        if subject is None or not self.history:
            return
        verb = subject.head
        if subject.lemma_.lower() in ties.REMARKS:  # "His comments came ...": whose they are
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            subject = owner if owner is not None else next(
                (c for c in subject.children if c.dep_ == "det" and c.lower_ in ("the", "these", "those")), None)
            if subject is None:
                return
        found = Found((sent.end_char, sent.end_char), verb, None, subject, rule="narration", confidence=0.0)
        # "He made the comments on BBC Radio 4": the medium hung on the remarks
        on_remarks = [o for d in verb.children if d.dep_ == "dobj" and d.lemma_.lower() in ties.REMARKS
                      for p in d.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        via = article.via(self.doc, relay_of_scene(verb) or relay_of(found) or next(
            (v for o in on_remarks if (v := relay_of_scene(o)) is not None), None))
        when = when_of(found, self.published)
        when = article.when(self.doc, when) if when is not None else (
            article.when(self.doc, scene.when) if scene is not None else None)
        if via is None and when is None:
            return
        paragraph = article.paragraph(self.paragraphs, sent.start_char)
        name = self.last_name if subject.lower_ in PERSON_PRONOUNS or subject.dep_ == "det" else None
        for item in reversed(self.history):
            s = self.out[item.index]
            if item.paragraph < paragraph - 1 or item.sentence > sent.start:
                break
            if s.speaker.name is None or ties.described(s):
                continue  # "Asked whether ...": the question put to him
            # "The prime minister made the remarks ...": by a role the article gave the speaker too
            named = ties.refers_to(subject, s.speaker.name) or self._holds_role(subject, s.speaker.name)
            if (name is None and not named) or name not in (None, s.speaker.name):
                break
            if ties.elsewhen(item.found.cue):
                continue
            if s.when is not None and when is not None and not same_time(s.when, when):
                break  # another day's statement
            self._inherit(item, via, when)
            if (s.via is not None or s.when is not None) and "inherited" not in (s.explanation or ""):
                break  # the statement that opened the occasion

    def _asked_on_air(self, item: Item, via: Via | None, when: When | None) -> None:
        """"On that day's Today programme Mr Johnson was asked why ...": the question sets the
        appearance; it waits for the answer of the one asked, as a scene of narration does. So
        does a dated question with no medium ("Mr. Trump was asked on Tuesday whether ...")."""
        cue = item.found.cue
        if cue is None or cue.lemma_.lower() not in ties.ASKING or not (
                via is None or ties.on_air(self.doc, via) or ties.on_air_phrase(self.doc, via)):
            return
        asked = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        if asked is None or not ties.may_be_person(asked):
            return
        self.current = None
        self.pending = Occasion(None, via, when, True, item.paragraph, item.sentence, subject=asked,
                                prior=self.last_name, kind="appearance")

    def _described_again(self, item: Item, current: Occasion | None) -> bool:
        """A speaker only described with "the" ("the prime minister") in the occasion's
        paragraph, right after a statement of its speaker, with nothing else said between."""
        s = item.statement
        if current is None or current.speaker is None or not self.history:
            return False
        last = self.out[self.history[-1].index].speaker
        if not (last.name == current.speaker and last.type == "person" and current.speaker != current.speaker.lower()
                and ties.described(s) and ties.definite(s) and item.paragraph == current.paragraph
                and not ties.elsewhen(item.found.cue) and ties.consistent(current, s.via, s.when)):
            return False
        # the speaker is named, and holds no other role the article gave them ("The striker
        # told BBC Sport …" and then "The manager said …" is someone else)
        titles = {(self.out[it.index].speaker.title or "").lower() for it in self.history
                  if self.out[it.index].speaker.name == current.speaker} - {""}
        return not titles or (s.speaker.title or "").lower() in titles

    def setting(self, sent: Span, speakers: set[int]) -> None:
        """A sentence with statements whose main clause is about someone else at a time of its
        own: "Mr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner had
        said ..." waits for Mr. Trump's statement."""
        subject = ties.main_subject(sent)
        if subject is not None and subject.i not in speakers and scene_in(sent, self.contents, self.published) is None:
            self._wait(sent, None, subject)

    def _wait(self, sent: Span, scene: Scene | None, subject: Token | None) -> bool:
        """Open a scene of narration for ``subject``, if the sentence sets one. RETURNS (bool)."""
        if subject is None or not (ties.may_be_person(subject) or ties.about_remarks(subject) or (
                subject.text in self.person_words)):  # "Trump parroted ...", the tagger's ORG a person quoted before
            return False
        if scene is not None:
            via = relay_of(Found((sent.end_char, sent.end_char), scene.token if scene.token.pos_ == "VERB" else sent.root,
                                 None, subject, rule="narration", confidence=0.0))
            if via is None and scene.token.pos_ == "NOUN":
                via = relay_of_scene(scene.token)  # "Based upon an interview he gave to Fox News on …"
            via_value, when_value, kind = article.via(self.doc, via), article.when(self.doc, scene.when), scene.kind
            holder = scene.token.head  # the participle the scene is the object of
            if when_value is None and holder.tag_ == "VBG" and holder.head == subject.head != holder and (
                    subject.head.pos_ == "VERB" and not ties.elsewhen(subject.head)):
                # "Sanders visited Missouri on Saturday, holding a rally in Springfield": the day of the
                # verb the scene's participle hangs from
                day = when_of(Found((sent.end_char, sent.end_char), subject.head, None, subject, rule="narration",
                                    confidence=0.0), self.published)
                when_value = article.when(self.doc, day) if day is not None and day[0].precision in ("day", "week") else None
        else:
            # only a day's or a week's time: "joined the firm in 2004" sets no occasion for what follows
            if subject.head.pos_ != "VERB" or ties.elsewhen(subject.head) or _no_event(subject.head) or changes_office(
                    subject.head):  # nor does "took over as head on Monday" date what the new head says
                return False  # "Clinton had captured 1,944 delegates ...": a state of things, no event
            when = when_of(Found((sent.end_char, sent.end_char), subject.head, None, subject, rule="narration",
                                 confidence=0.0), self.published) or self._day_in(sent)
            if when is None or when[0].precision not in ("day", "week") or contest_when(self.doc, when):
                return False  # (nor the day of a game: "inspired a 3-1 win over Real Betis on Wednesday")
            # "Trump made similar comments Thursday morning on CNBC's 'Squawk Box' program": the act's medium
            via = relay_of(Found((sent.end_char, sent.end_char), subject.head, None, subject, rule="narration",
                                 confidence=0.0))
            via_value, when_value, kind = article.via(self.doc, via), article.when(self.doc, when), ""
        self.pending = Occasion(None, via_value, when_value, True, article.paragraph(self.paragraphs, sent.start_char),
                                sent.start, subject=subject, prior=self._prior(sent, subject), kind=kind)
        earlier = self.last_of.get(_owner_name(subject, self.last_of))
        if earlier is not None and ties.about_remarks(subject):
            # "Pence's comments came at a town hall ...": where his occasion just read took place
            self.pending.via = self.pending.via or earlier.via
            self.pending.when = self.pending.when or earlier.when
        return True

    def _wait_for_remarks(self, sent: Span) -> bool:
        """ "The dollar fell after comments on Wednesday from the energy minister, Tom Smith." (no
        person its subject): a person's dated remarks wait for their statement as a scene does."""
        dated = dated_remarks_of(sent, self.contents, self.published)
        owner = dated and next((c for c in dated[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"), dated[0])
        if owner is None or not ties.may_be_person(owner):
            return False
        self.pending = Occasion(None, None, article.when(self.doc, dated[1:]), True, article.paragraph(
            self.paragraphs, sent.start_char), sent.start, subject=owner, prior=self._prior(sent, owner))
        return True

    def _prior(self, sent: Span, subject: Token) -> str | None:
        """The speaker a pronoun subject may stand for: the one named last, unless the sentence
        just before is about someone else ("The former Maryland governor has been mired in
        polls. He's been ratcheting up his critique ..., most recently in last weekend's
        debate" after his spokeswoman's statement is not hers)."""
        start = sent.start
        while start > 0 and self.doc[start - 1].is_space:
            start -= 1
        before = ties.main_subject(self.doc[start - 1].sent) if start > 0 else None
        if subject.lower_ in PERSON_PRONOUNS and self.last_name and before is not None and ties.may_be_person(before) and (
                before.lower_ not in PERSON_PRONOUNS and not ties.refers_to(before, self.last_name)
                and not self._holds_role(before, self.last_name)):
            return None
        return self.last_name

    def _day_in(self, sent: Span):
        """A day anywhere in a sentence of narration, outside what was said ("Mrs. Clinton tried
        to make light of the dispute as she rode the subway on Thursday morning"), not one of the background,
        which dates a thing ("in the wake of Sunday's tsunami"), nor in a relative clause ("which votes May 3")."""
        for ent in entities_in(self.doc, sent.start, sent.end):
            if ent.label_ in ("DATE", "TIME") and not any(a <= ent.start_char < b for a, b in self.contents) and not (
                    article.in_relative_clause(ent.root) or article.background_time(ent) or dates_a_contest(ent)):
                when = article.resolved(ent, self.published)
                if when is not None and (self.published is None or when[0].date <= self.published):
                    return when
        return None

    def _new_time(self, sent: Span, current: Occasion) -> bool:
        for ent in entities_in(self.doc, sent.start, sent.end):
            if ent.label_ not in ("DATE", "TIME") or any(s <= ent.start_char < e for s, e in self.contents):
                continue
            if not is_time(ent.text) or article.background_time(ent):
                continue
            when = article.when(self.doc, article.resolved(ent, self.published))
            if when is None or current.when is None or not same_time(when, current.when):
                return True
        return False

    def _holds_role(self, subject: Token | None, name: str) -> bool:
        """ "But the former Mexican president didn't stop there." between the quotations of
        Calderon's interview: the role the speaker was given, with "the", is the speaker."""
        if subject is None or subject.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subject.children):
            return False
        role = " ".join(t.lower_ for t in subject.subtree if t.dep_ == "compound" or t.i == subject.i)
        titles = {(self.out[it.index].speaker.title or "").lower() for it in self.history
                  if self.out[it.index].speaker.name == name}
        if any(f" {role} " in f" {title} " for title in titles if title):
            return True
        # the role written before the speaker's name earlier: "former Mexican President Felipe Calderon"
        before = article.text_of(self.doc)[:subject.idx]
        return re.search(rf"\b(?i:{re.escape(role)})\s+(?:[A-Z][\w.]*\s+){{0,2}}{re.escape(name.split()[-1])}\b",
                         before) is not None

    def _fits(self, pending: Occasion, item: Item, prior: str | None) -> bool:
        """Whether a statement is the one a scene of narration waits for: its speaker is the
        scene's subject (``_speaker_fits``) and it sets no event of its own. The awaited speaker's
        statement at an event of its own ends the wait: "Mr Blair signed the constitution at a
        ceremony in Rome in November ... But in an interview with the Financial Times, Mr Blair
        refused ..." (a scene of another kind), "Mr Blunkett quit as home secretary last week ...
        In a statement, the ex-home secretary said ..." (a deed of the narration is no scene, and
        the statement's own is another event); nor does "He said ..." after it take the deed's time."""
        if pending.subject is None or item.paragraph - pending.paragraph > 1 or item.sentence == pending.sentence:
            return False
        own = item.scene
        another = own is not None and own.token.pos_ == "NOUN" and not own.definite and (
            not ties.same_kind(pending.kind, own.kind) if pending.kind else not _a_saying(pending))
        fits = self._speaker_fits(pending, item, prior)
        if fits and another:
            pending.subject = None  # it waits no more
        return fits and not another

    def _speaker_fits(self, pending: Occasion, item: Item, prior: str | None) -> bool:
        """Whether a statement's speaker can be the subject of a scene of narration: a name it
        shares, the role it holds ("The prime minister was asked ... when he appeared on ..."),
        or the person a pronoun stands for (the speaker named just before, or the statement's
        own pronoun); in the scene's paragraph or the next."""
        subject = pending.subject
        speaker = item.statement.speaker
        name = speaker.name or ""
        if subject.lower_ in PERSON_PRONOUNS:
            return name == pending.prior or ties.by_pronoun(item.statement)
        if subject.text in name.split():
            return True  # a name, also where the tagger took it for a noun ("Trump parroted ...")
        # a role the tagger took for a name ("former France [international]") where the scene has a word ("press conference")
        if subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and subject.text.islower() and bool(pending.kind):
            # a role: its holder, or whoever speaks in the very next sentence (a line break between)
            role = " ".join(t.lower_ for t in subject.subtree if t.dep_ == "compound" or t.i == subject.i)
            end = self.doc[pending.sentence].sent.end
            return bool(speaker.title) and role in speaker.title.lower() or (
                speaker.mention is not None and role in speaker.mention.text.lower()) or (
                end <= item.sentence and all(t.is_space for t in self.doc[end:item.sentence]) and _a_person(speaker))
        return False

    def _bind(self, pending: Occasion, name: str) -> Occasion:
        pending.speaker = name
        pending.participants |= ties.named_in(pending.via.name) if pending.via else set()
        self.scenes[(name, pending.kind)] = self.last_scene = pending
        return pending


def _a_person(speaker: Speaker) -> bool:
    """A person, or a lone surname the tagger took for an organisation ('"I have signed a
    five-month contract with Bolton," said Candela' after "The 31-year-old former France
    international gave his last press conference as a Roma player on Monday"): the scene's
    subject is a person's description, and an organisation is named with more than one word
    or an acronym far more often than with a lone surname."""
    if speaker.type == "person":
        return True
    mention = speaker.mention
    word = mention.text.split(",")[0].strip() if mention is not None else ""  # "Candela, who will travel ..."
    return speaker.type == "organization" and not speaker.unnamed and word == speaker.name and word.isalpha() and (
        word[:1].isupper() and word[1:].islower())


def _a_saying(pending: Occasion) -> bool:
    """Whether a waiting act of narration is the speaker's saying or its medium: "Trump made
    similar comments Thursday morning on CNBC", "Pence's comments came ..."."""
    subject = pending.subject
    return pending.via is not None or subject is None or ties.about_remarks(subject) or (
        subject.head.lemma_.lower() in SPEECH_VERBS)


def _owner_name(subject: Token, known: dict[str, Occasion]) -> str | None:
    """The speaker a subject names, among those already read."""
    return next((name for name in known if subject.text in name.split()), None)


def _no_event(verb: Token) -> bool:
    """A verb that tells no event the speaker took part in on its day: a negation, a modal or
    "does" ("The Celtic manager does not view the friendly ... on 28 December as important",
    "will meet him on Monday"), where "took on Clinton on Sunday" tells one, and so does a
    caption's present ("Obama shakes hands with Rubio ... on Thursday")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "neg")]
    return any(c.dep_ == "neg" or c.tag_ == "MD" or c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP") for c in auxes)

