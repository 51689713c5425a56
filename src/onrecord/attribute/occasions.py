"""Occasions: the interview, appearance, speech or event a statement was made at, carried to
the statements that go on with it (docs/annotation.md, "Inherited via and when").

A statement whose own sentence gives no via or time takes them from an earlier sentence that
sets the occasion for it, when the article makes clear it is the same occasion. Two kinds:

- a **scene** (``scenes``): an interview, appearance, speech, debate, rally or document the
  article sets, in a statement's sentence or in a sentence of narration about its speaker
  ("Sitting down with MSNBC's show on Thursday, Clinton remarked ...", "The prime minister
  was asked ... when he appeared on BBC Radio 4's Today programme", "at another event on
  Thursday morning, Mr. Sanders showed ..."). It goes on over the speaker's statements in
  its paragraph, and into the next paragraphs where a statement is tied to it: a pronoun
  ("he said"), a cue that goes on ("added", "went on", "responded"), a quotation opening
  the paragraph, a reference back ("during the interview"). Its participants (the host
  named in its via, whoever asks the questions, the turns of a transcript) may speak in
  between.
- an **attribution**'s own via or time ("told BBC Radio Five Live", "said on Monday",
  "according to Reuters"): it goes on only to what continues that attribution — a floating
  quotation, another cue of its sentence ("said ..., adding ..."), a "he said" or "he added"
  in its paragraph, and for an outlet or anyone told ("told BBC News", "told cheering
  supporters ... on Monday") a "he said" opening the next paragraph. "Bennett on Monday said A." and, a paragraph later, '"B," he added.' leave B
  undated: nothing ties it to Monday. An appearance "on" a programme is a scene, and so is
  the day of an event of narration the cue is part of ("took the stage Tuesday ... and called").

An occasion closes at a speaker who takes no part in it, at a new time or a new event in the narration
(not a time of the background: "has not played since 2003"), after a paragraph without its speaker, and
at a statement of its speaker not tied to it (a new paragraph with "Mr Blair said ..."), which opens
its own. Nothing said earlier or at another time ("has said", "had said", "previously", "who said ...")
inherits. Inherited values are never inside the statement's own content, and the statement's
explanation says "via inherited" / "when inherited". Read on by: ``occasion_narration``,
``occasion_reports``, ``occasion_remarks``, ``occasion_hosts``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..schema import Statement, Via, When
from . import occasion_findings as findings
from . import occasion_hosts, occasion_remarks, occasion_reports
from . import occasion_text as article
from . import occasion_ties as ties
from .deps import token_at
from .found import Found, Range
from .occasion_answers import asked_again
from .occasion_going_on import GoingOn
from .occasion_echoes import echoes
from .occasion_narration import Item, NarrationReading, Occasion
from .occasion_other_times import dated_otherwise, own_scene
from .quote_paragraphs import run_paragraph_starts
from .relays import relay_of_scene
from .scenes import scene_in
from .via_reference import refer_back


def carry(doc: Doc, found: list[Found], statements: list[Statement], text: str,
          published: dt.date | None) -> list[Statement]:
    """Give statements the via and time of the occasion they go on with.

    found: the findings ``statements`` were made from, in the same order.
    RETURNS (list[Statement]) in the same order, changed where they inherit.
    """
    out = [article.split_time(article.full_via(doc, s), statements) for s in statements]
    out = refer_back(doc, found, out)
    if not out:
        return out
    statements = list(out)
    starts = article.paragraph_starts(doc)  # (read once: it walks every sentence)
    paragraphs = sorted({*starts, *run_paragraph_starts(article.text_of(doc), found)})
    contents = [f.content for f in found]
    sentence_of = article.sentences(doc)
    items = []
    for i, (s, f) in enumerate(zip(statements, found, strict=True)):
        anchor = f.cue if f.cue is not None else token_at(doc, f.content[0])
        if anchor is None or findings.made_the_remarks(f):  # "He made the comments on BBC Radio 4": narration
            continue
        sent = sentence_of(anchor.i)
        items.append(Item(i, s, f, sent.start, article.paragraph(paragraphs, sent.start_char),
                           scene_in(sent, contents, published, own=True) if f.cue is not None else None))
    items.sort(key=lambda it: (it.statement.content.start if it.found.cue is None else it.sentence,
                               it.statement.content.start))
    narration = article.narration(doc, {it.sentence for it in items}, contents)
    reader = _Reader(doc, out, paragraphs, contents, published)
    reader.article_paragraphs = set(starts)
    # no one's reading of a whole sentence, its own cue inside ("Thursday's memo from the panel
    # seemed aimed at …"), holds no statement nested in it; "was asked about X's claim …" still does
    reader.holding = [f.content for f, s in zip(found, statements, strict=True) if s.speaker.name is not None
                      or f.cue is None or not f.content[0] <= f.cue.idx < f.content[1]]
    speakers: dict[int, set[int]] = {}
    for it in items:
        if it.found.speaker is not None:
            speakers.setdefault(it.sentence, set()).add(it.found.speaker.i)
    events = [(doc[n].idx, 0, n) for n in narration] + [
        ((it.statement.content.start if it.found.cue is None else doc[it.sentence].idx), 2, it) for it in items]
    events += [(doc[n].idx, 1, n) for n in speakers]
    for _, kind, event in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == 0:
            reader.narration(sentence_of(event))
        elif kind == 1:
            reader.setting(sentence_of(event), speakers[event])
        else:
            reader.statement(event)
    out = occasion_remarks.remarks_go_on(doc, found, occasion_reports.reports_go_on(found, out), contents, published, paragraphs)
    return echoes(occasion_hosts.hosts_go_on(found, out))


class _Reader(GoingOn, NarrationReading):
    """Reads an article's statements and narration in order, keeping the occasion open."""

    def __init__(self, doc: Doc, out: list[Statement], paragraphs: list[int], contents: list[Range],
                 published: dt.date | None) -> None:
        self.doc, self.out, self.paragraphs, self.contents, self.published = doc, out, paragraphs, contents, published
        self.current: Occasion | None = None
        self.pending: Occasion | None = None  # a scene of narration waiting for its speaker's statement
        self.last_scene: Occasion | None = None
        self.last_of: dict[str, Occasion] = {}  # each speaker's last occasion
        self.read: set[int] = set()  # sentences whose scene a named statement has taken
        self.scenes: dict[tuple[str, str], Occasion] = {}  # each speaker's last scene of each kind, for a reference back
        self.given: dict[int, tuple[Via | None, When | None]] = {}  # per found id: what it ended with
        self.last_name: str | None = None
        self.history: list[Item] = []
        self.person_words: set[str] = set()
        self.article_paragraphs: set[int] = set()  # the article's own paragraph starts, not a run's
        self.holding: list[Range] = contents  # the contents a statement may be nested in
        self.aside_paragraph = -1  # the paragraph of the last narration of another party inside an occasion

    # --- statements ---------------------------------------------------------------------

    def statement(self, item: Item) -> None:
        s, f = item.statement, item.found
        name = s.speaker.name
        current = self.current
        own_via, own_when = s.via, s.when
        sentence_scene = item.scene
        if item.scene is not None and f.cue is not None and not own_scene(item):
            item.scene = None  # the sentence's scene is another clause's ("… what he considers …")
        if item.scene is not None and not item.scene.definite:
            # the scene of the statement's own sentence: "took an opportunity during Tuesday's
            # debate to address", "Sitting down with MSNBC's show on Thursday, Clinton remarked"
            when = article.when(self.doc, item.scene.when) if own_when is None else None
            if when is not None and not ties.inside(when.span, s):
                own_when = when
                s = self._update(item.index, {"when": own_when})
            via = article.via(self.doc, relay_of_scene(item.scene.token)) if own_via is None else None
            if via is not None and via.name != s.speaker.name and not ties.inside(via.span, s):
                own_via = via
                s = self._update(item.index, {"via": own_via})
        if f.inherit is not None and id(f.inherit) in self.given:
            # a floating quotation or a subjectless "Adding, ...": the attribution it continues
            via, when = self.given[id(f.inherit)]
            s = self._inherit(item, via if own_via is None else None, when if own_when is None else None)
            self._remember(item)
            if current is not None and current.speaker == name:
                current.sentence = item.sentence
                current.paragraph = self._reach(item)
            elif current is not None and name is not None and (ties.described(s) or name in current.participants):
                current.paragraph = max(current.paragraph, item.paragraph)
            return
        last = self.last_scene
        if own_via is None and own_when is None and last is not None and f.speaker is not None and s.speaker.unnamed \
                and item.paragraph - last.paragraph <= 1 and (findings.the_scene_itself(f.speaker, last.kind) or (
                    ties.by_pronoun(s) and (s.speaker.name or "").lower() == last.kind)):  # "It continued: …"
            # '"This is a disaster," the statement said' after "In a statement on Tuesday, Rubio said";
            # named again, the document speaks on into the next paragraph ("The statement added …")
            s = self._inherit(item, last.via, last.when)
            last.paragraph = max(last.paragraph, item.paragraph)
            self._remember(item)
            return
        if own_via is None and own_when is None and current is not None and item.paragraph - current.paragraph <= 1 \
                and findings.the_findings_again(f.speaker, current.cue):  # "reported last week. … the survey found"
            self._inherit(item, current.via, current.when)
            self._remember(item)
            return
        nested = f.cue is not None and any(a <= f.cue.idx < b for a, b in self.holding if (a, b) != f.content) and not (
            current is not None and current.speaker == name and current.sentence == item.sentence
            and ties.joined(current.cue, f.cue))  # "said ... could be 'messy,' adding, ...": the same attribution
        # "The Scottish Football Association has appointed Tommy Burns ... on 17 November" between
        # the quotations of an interview: narration of another party, not a change of occasion
        aside = current is not None and current.speaker not in (None, name) and (current.via is not None or current.scene) \
            and own_via is None and ties.narrated(f)
        self.aside_paragraph = item.paragraph if aside else self.aside_paragraph
        if name is None or nested or aside or (ties.described(s) and not ties.introduced(s) and current is not None
                                               and current.speaker not in (None, name)):
            if not nested and self._described_again(item, current):
                # "Mr Blair told BBC Radio 4 … The prime minister said …", the resolver unsure
                # of the role: a definite description right after the speaker is the speaker
                s = self._inherit(item, current.via if own_via is None else None, current.when if own_when is None else None)
            self._remember(item)
            if name is not None and current is not None:
                current.paragraph = max(current.paragraph, item.paragraph) if current.speaker else current.paragraph
            if sentence_scene is not None and f.cue is not None and item.sentence not in self.read:
                self.narration(f.cue.sent, sentence_scene)
            elif name is None and (own_via is not None or own_when is not None):
                self._asked_on_air(item, own_via, own_when)
            # "Asked whether ...": a question put by no one named; a statement inside another's
            # content ("... to address what he considers ..."): neither goes on nor closes
            return
        self.last_name, prior = name, self.last_name
        self.read.add(item.sentence)
        bound = False  # the scene of narration this statement is the first of
        if self.pending is not None:
            if self._fits(self.pending, item, prior):
                current = self.current = self._bind(self.pending, name)
                self.pending, bound = None, True
            elif f.rule == "line-label" and self.pending.via is not None and {
                    w.lower() for w in name.split()} & {w.lower() for w in ties.named_in(self.pending.via.name)}:
                # "RAMOS: …" opening the transcript of "sat down with Univision's Jorge Ramos":
                # the host's turn is the interview's, which still waits for its guest
                self._inherit(item, self.pending.via, self.pending.when)
                self.pending.paragraph = item.paragraph
                self._remember(item)
                return
            elif item.paragraph - self.pending.paragraph > 1:
                self.pending = None
        if ties.an_event(name):
            self._remember(item)
            return  # "The conversation ended with Maddow asking ...": an event is no speaker
        last = self.last_scene
        if (current is None or current.speaker != name) and last is not None and last.speaker not in (None, name) and (
                name in last.participants or set(name.split()) & last.participants):
            current = self.current = last  # the host asks again: back to the interview
        if current is not None and name != current.speaker:
            if self._participates(current, item):
                current.participants.add(name)
                current.paragraph = item.paragraph
                # the turns of a transcript are all of its occasion, as is a question put to its speaker
                if f.rule == "line-label" or findings.asks_the_speaker(f.cue, current.speaker):
                    s = self._inherit(item, current.via if own_via is None else None,
                                      current.when if own_when is None else None)
                self._remember(item)
                return
            current = self.current = None
        if current is not None and item.paragraph - current.paragraph > 1:
            current = self.current = None  # a paragraph without the speaker between
        earlier = ties.earlier_scene(self.scenes, name, item.scene.kind) if item.scene is not None and item.scene.definite else None
        told_again = ties.told_again(self.doc, self.scenes, name, own_via, own_when) or asked_again(
            self.last_of, name, f.cue, own_via, own_when, item.paragraph) if earlier is None else None
        reference = earlier is not None or told_again is not None
        if told_again is not None:
            current = self.current = told_again  # "Mr Howard told the paper": the interview with it
        elif earlier is not None and own_via is None and not (
                current is not None and current.speaker == name and ties.same_kind(current.kind, item.scene.kind)):
            current = self.current = earlier  # "during the interview": back to it
        # a new event in the statement's own sentence ("In an interview with CNN's ...") opens its own
        new_event = item.scene is not None and not item.scene.definite and (
            current is None or current.sentence != item.sentence)
        # "Pence on Thursday blamed ..." and then "'...,' Pence said at a town hall here", "…
        # made their cases to voters on Wednesday. Sanders went first at the town hall …": the
        # scene says where the occasion just dated took place; not "told CNN on Monday …" then "said in a tweet"
        placing = (new_event and current is not None and current.speaker == name and (not current.scene or not current.kind)
                   and current.when is not None and current.via is None and item.scene.when is None and own_when is None
                   and item.paragraph - current.paragraph <= 1 and not ties.elsewhen(f.cue))
        tied = current is not None and (bound and not ties.elsewhen(f.cue) or placing or not new_event and self._tied(
            current, item, reference))
        if tied and ties.consistent(current, own_via, own_when):
            s = self._inherit(item, current.via if own_via is None else None, current.when if own_when is None else None)
            if current.via is None and own_via is not None:
                current.participants |= ties.named_in(own_via.name)
            current.via, current.when = own_via or current.via, current.when or own_when
            current.scene |= item.scene is not None and not item.scene.definite
            current.sentence, current.paragraph, current.cue = item.sentence, self._reach(item), f.cue
        elif own_via is not None or own_when is not None or (item.scene is not None and not item.scene.definite):
            # "Wednesday on Fox News Channel's 'Hannity,' Gingrich said": an appearance on a
            # programme is a scene of its own, though the sentence has no scene word
            on_air = item.scene is None and ties.on_air(self.doc, own_via)
            # "Carson took the stage Tuesday ... and called ...": the day of an event the cue is part of
            event = item.scene is None and not on_air and own_when is not None and ties.at_an_event(
                self.doc, own_when, f.cue)
            self.current = Occasion(name, own_via, own_when, item.scene is not None or on_air or event, self._reach(item),
                                    item.sentence, cue=f.cue, opened=item.sentence,
                                    kind=item.scene.kind if item.scene is not None else "appearance" if on_air else "")
            if own_via is not None:
                self.current.participants |= ties.named_in(own_via.name)
            # "he told cheering supporters in Nashua on Monday morning", then "He added: ..."
            # opening the next paragraph: whoever was told heard what goes on, as an outlet does
            self.current.told = ties.telling(f.cue, f.speaker) or findings.reporting(f.cue) or findings.a_document(
                f.speaker) or (own_when is not None and findings.sums_up(f.cue))
            if self.current.scene:
                self.scenes[(name, self.current.kind)] = self.last_scene = self.current
            elif (told := ties.told_kind(f.cue, f.speaker, own_via)) is not None:
                self.scenes[(name, told)] = self.current  # "told BBC Radio 4 ...", then "in the interview"
        elif ties.later_on(f.cue) or ties.elsewhen(f.cue) or not (current is not None and current.speaker == name and (
                current.scene or ties.narrated(f))):
            # the speaker again, not tied: the article leaves it open; a scene (an interview, a
            # speech, a rally) lasts beyond its sentence, so it leaves that statement open but
            # goes on to what is tied to it after ("He added: ...", a quotation after it); what the
            # article says the speaker believes ("But Wood believes ...") leaves it open too
            self.current = None
        if self.current is not None and self.current.speaker == name:
            self.last_of[name] = self.current
        self._remember(item)

    def _reach(self, item: Item) -> int:
        """The paragraph a statement ends in: "He said:" and the quotation set off below it
        reach the quotation's paragraph, which the next paragraph goes on from."""
        return max(item.paragraph, article.paragraph(self.paragraphs, item.statement.content.end - 1))

    # --- writing ------------------------------------------------------------------------

    def _inherit(self, item: Item, via: Via | None, when: When | None) -> Statement:
        s = self.out[item.index]
        update: dict = {}
        notes = []
        if via is not None and s.via is None and not ties.inside(via.span, s) and via.name != s.speaker.name:
            update["via"] = via
            notes.append("via inherited")
        if when is not None and s.when is None and not ties.inside(when.span, s) and not dated_otherwise(
                self.doc[item.sentence].sent, self.contents, when, self.published):  # "… on Monday asking him to …"
            update["when"] = when
            notes.append("when inherited")
        if notes:
            update["explanation"] = "; ".join([s.explanation or "", *notes]) if s.explanation else "; ".join(notes)
        return self._update(item.index, update) if update else s

    def _update(self, index: int, update: dict) -> Statement:
        self.out[index] = self.out[index].model_copy(update=update)
        return self.out[index]

    def _remember(self, item: Item) -> None:
        self.history.append(item)
        s = self.out[item.index]
        if s.speaker.type == "person" and s.speaker.name:
            self.person_words.update(s.speaker.name.split())
        self.given[id(item.found)] = (s.via, s.when)
