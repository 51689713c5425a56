"""Whether a statement goes on with the occasion the reading keeps open (``occasions._Reader``):
a participant of a scene (its host, whoever asks the questions, a transcript's turns) speaks
inside it; the occasion's speaker goes on with it by a pronoun, a cue that goes on, a
quotation opening the next paragraph, or within the attribution's own sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import occasion_findings as findings
from . import occasion_ties as ties
from .occasion_narration import Item, Occasion


class GoingOn:
    """The part of the reading (``occasions._Reader``) that tells whether a statement is tied
    to the open occasion or takes part in it."""

    doc: Doc
    paragraphs: list[int]
    article_paragraphs: set[int]  # the article's own paragraph starts, not a run's
    aside_paragraph: int  # the paragraph of the last narration of another party inside an occasion

    def _participates(self, current: Occasion, item: Item) -> bool:
        """The host named in the occasion's via, whoever asks the questions, a transcript's
        turns: part of a scene, not a change of occasion."""
        name = item.statement.speaker.name or ""
        if not current.scene:
            return False
        if name in current.participants or set(name.split()) & current.participants:
            return True
        cue = item.found.cue
        return item.found.rule == "line-label" or (
            cue is not None and cue.lemma_.lower() in ties.ASKING and item.paragraph - current.paragraph <= 1)

    def _tied(self, current: Occasion, item: Item, reference: bool) -> bool:
        """Whether a statement of the occasion's speaker goes on with it."""
        f, s = item.found, item.statement
        if ties.elsewhen(f.cue) or ties.later_on(f.cue):
            return False
        if item.sentence == current.sentence:
            # "said ..., adding ...", "told the AP ... and said ...": the same attribution; not
            # "his claim in a Fox News interview ... though he admitted as part of his plea ..."; but
            # a scene set before goes on over the sentence ('"...," she said, but "...," said Kunin')
            return ties.joined(current.cue, f.cue) or (current.scene and current.opened < item.sentence
                                                       and not ties.narrated(f) and not ties.set_against(f.cue))
        same_paragraph = item.paragraph == current.paragraph
        if reference:
            return True  # "during the interview": the scene it names, wherever it was set
        if not current.scene:
            # "He told the Scottish Parliament on Wednesday that ... He said fines ...": the
            # speaker going on in the paragraph, by a pronoun or a cue that goes on; not "Arnesen
            # said ..." named anew, which the article leaves open
            going_on = ties.by_pronoun(s) or ties.goes_on(f.cue) or ties.answering(f.cue)  # "Asked …, Mr Howard said"
            # "Mr Blair told BBC Radio 4's Today programme: '...'" and, a paragraph on, "He said
            # ...": the interview goes on; a bare "said on Monday" ends with its paragraph
            # ... or, after a telling, a quotation opening the next paragraph ("'…,' Priebus said") or its next sentence
            return (going_on and same_paragraph) or current.told and (item.paragraph - current.paragraph == 1 and (
                going_on or self._opens_paragraph(item)) or same_paragraph and findings.opens_sentence(s, self.doc[item.sentence]))
        if same_paragraph:  # (not the speaker named anew after another party's narration: "An official complaint
            # has been made ... by the Board of Deputies ... but Mr Livingstone said: ...", BBC politics/154)
            return not (self.aside_paragraph == item.paragraph and f.cue is not None and not (
                ties.by_pronoun(s) or ties.goes_on(f.cue)))
        # an appearance in the media ("Sunday on Fox News Channel's 'Sunday Morning Futures,'
        # Issa said …"): its guest named again in the article's next paragraph ("Issa said, '…'")
        # is still answering; a scene with no outlet (a press conference), or a speaker named
        # after a run's closing mark on the same line of a BBC file, leaves that open
        return ties.by_pronoun(s) or ties.goes_on(f.cue) or self._opens_paragraph(item) or (
            current.via is not None and item.paragraph - current.paragraph == 1 and self._real_paragraph(item))

    def _real_paragraph(self, item: Item) -> bool:
        """Whether a statement's paragraph is one of the article's own, not one the BBC file
        runs on after a quotation's closing mark ('"… about right." Mr Howard said …')."""
        return item.paragraph < len(self.paragraphs) and self.paragraphs[item.paragraph] in self.article_paragraphs

    def _opens_paragraph(self, item: Item) -> bool:
        """A quotation that opens its paragraph: "'…,' Mr. Sanders said." after the scene."""
        s = item.statement
        start = self.paragraphs[item.paragraph] if item.paragraph < len(self.paragraphs) else 0
        return s.kind in ("direct", "mixed") and s.content.start - start <= 2 and (
            s.cue is None or s.cue.start > s.content.start)
