"""The selective engine's cheap pass: which stretches of an article may hold an attribution.

It reads only the tokenizer's output. An article is cut into *units*: paragraphs (as
``onrecord_paragraphs`` marks them), split again after a sentence-final mark followed by a
capital, a digit or an opening quotation mark. A unit is *selected* when it has

* a quotation mark (every quote rule starts from one);
* a word form of a cue: the speech and belief verbs and cue nouns of ``lexicon`` and
  "according", which the rule passes start from, and the lemmas the learned model looks
  at (``learned.load_model().lemmas``), less those it (almost) never kept on PolNeAR
  train and the forms of the others it (almost) never kept there ("struggling")
  (``data/selection.json``, written by ``training/selection_lemmas.py``);
* a line label ("PENCE: ...", "Sonya Herridge ― ...", ``layout``), or it is the headline.

All but the learned pass's lemmas also make a unit *named* (``levels``): the NER reads it.

Word forms come from the lemmas through en_core_web_sm's own lemmatizer tables (each
suffix rule undone, each irregular form looked up), so a form the lemmatizer would bring
back to a cue lemma is selected whatever part of speech the tagger will give it. The
units next to a selected one are selected too (``neighbours``): a content may run past
the parser's sentence end, and the sentence before often names the speaker a pronoun
stands for.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .frames import DISPUTE_VERBS
from .layout import _LINE
from .lexicon import BELIEF_VERBS, CUE_NOUNS, SPEECH_VERBS
from .prefilter import member_mask
from .token_columns import words_of

__all__ = ["NAMED", "PARSED", "Selector", "cue_forms", "rarely_kept_lemmas", "rarely_needed_forms"]

# How much of the analysis a unit gets (``Selector.levels``): all of it, or all but the NER.
NAMED, PARSED = 2, 1

# Tokens that are quotation marks by themselves (the tokenizer splits marks off words).
_QUOTE_TOKENS = ('"', "“", "”", "„", "«", "»", "''", "``", "‘", "’", "'", "`")
_DOUBLE_MARKS = re.compile("[\"“”„«»]")
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = frozenset(("\"", "”", "’", "'", "''", ")", "]"))
# Words the rule passes read by their form, not their lemma.
_RULE_WORDS = ("according",)
# The parts of speech of the learned pass's predicates (``learned._PREDICATES``).
_PREDICATE_POS = ("VERB", "NOUN", "ADJ")


class Selector:
    """The cheap pass of one pipeline (its vocabulary and lemmatizer tables)."""

    def __init__(self, nlp: Language, *, neighbours: int | tuple[int, int] = 0,
                 learned: Iterable[str] | None = None) -> None:
        """``learned``: the learned pass's lemmas to look for, all their forms; by default
        the model's, less its rarely kept lemmas and rarely needed forms (``data/selection.json``;
        ``training/selection_lemmas.py`` passes them all)."""
        from .learned import load_model

        if learned is None:
            model = load_model()
            learned = set(model.lemmas) - rarely_kept_lemmas() if model is not None else set()
            dropped = rarely_needed_forms()
        else:
            dropped = frozenset()
        self.learned_forms = frozenset(cue_forms(nlp, learned, _PREDICATE_POS) - dropped)
        rule_forms = (cue_forms(nlp, SPEECH_VERBS | BELIEF_VERBS | DISPUTE_VERBS, ("VERB", "AUX"))
                      | cue_forms(nlp, CUE_NOUNS, ("NOUN",)) | set(_RULE_WORDS))
        forms = rule_forms | self.learned_forms
        strings = nlp.vocab.strings
        self.neighbours = neighbours
        self.cue_hashes = numpy.array(sorted({strings.add(f) for f in forms}), dtype="uint64")
        self.rule_hashes = numpy.array(sorted({strings.add(f) for f in rule_forms}), dtype="uint64")
        self.quote_hashes = numpy.array(sorted({strings.add(q) for q in _QUOTE_TOKENS}), dtype="uint64")

    def units(self, doc: Doc) -> list[int]:
        """Token indices where units start (the first is 0). Paragraph starts are read from
        ``is_sent_start``, so ``onrecord_paragraphs`` runs first."""
        if not len(doc):
            return []
        array = doc.to_array([SENT_START, IS_SPACE, ORTH, SPACY])
        starts = set(numpy.flatnonzero(array[:, 0] == 1).tolist())
        starts.add(0)
        texts = words_of(doc)  # no Token objects: this reads every token (as the paragraph rule did)
        space, spaced = array[:, 1].tolist(), array[:, 3].tolist()
        for i, text in enumerate(texts):
            if not text or text[0] not in _SENTENCE_END or set(text) - _SENTENCE_END:
                continue  # only a mark of its own: "Sen." and "U.S." keep theirs (the first character tells most words, with no set per token)
            j = i + 1
            while j < len(doc) and texts[j] in _CLOSERS and not spaced[j - 1]:
                j += 1  # a closing mark glued to the full stop: '... ready."
            if j < len(doc) and not spaced[j - 1] and not space[j]:
                continue  # "U.S.-led": no space, no new sentence
            while j < len(doc) and space[j]:
                j += 1
            if j < len(doc) and (texts[j][:1].isupper() or texts[j][:1].isdigit() or texts[j] in _QUOTE_TOKENS):
                starts.add(j)
        return sorted(starts)

    def select(self, doc: Doc, text: str) -> tuple[list[int], list[bool]]:
        """The units of a Doc and whether each is selected; ``text`` is the Doc's text.
        RETURNS (tuple[list[int], list[bool]]): unit starts and their flags."""
        starts, levels = self.levels(doc, text)
        return starts, [level > 0 for level in levels]

    def levels(self, doc: Doc, text: str) -> tuple[list[int], list[int]]:
        """The units of a Doc and how much analysis each gets: ``NAMED`` (the whole
        analysis), ``PARSED`` (all but the NER: a unit selected by a learned-pass lemma
        alone) or 0 (none). RETURNS (tuple[list[int], list[int]]): unit starts and levels."""
        starts = self.units(doc)
        if not starts:
            return [], []
        marks, cues = self._marks(doc, text)
        named = marks | member_mask(doc.to_array(LOWER), self.rule_hashes)
        parsed = named | cues
        bounds = starts + [len(doc)]
        levels = [NAMED if named[a:b].any() else PARSED if parsed[a:b].any() else 0 for a, b in zip(bounds, bounds[1:])]
        levels[0] = NAMED  # the headline, or the lead: names the rest of the article leans on
        before, after = (self.neighbours, self.neighbours) if isinstance(self.neighbours, int) else self.neighbours
        if before or after:
            core = list(enumerate(levels))
            for i, level in core:
                for j in range(max(0, i - before), min(len(levels), i + after + 1)):
                    levels[j] = max(levels[j], level)
        return starts, levels

    def _marks(self, doc: Doc, text: str) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Per token: a quotation mark or a line label's mark; a cue form of any kind."""
        array = doc.to_array([LOWER, ORTH])
        marks = member_mask(array[:, 1], self.quote_hashes)
        token_starts = doc.to_array("IDX").astype("int64")  # character offset of every token
        for match in _DOUBLE_MARKS.finditer(text):  # marks glued to a word ("“Yes")
            marks[max(0, numpy.searchsorted(token_starts, match.start(), side="right") - 1)] = True
        for match in _LINE.finditer(text):
            marks[max(0, numpy.searchsorted(token_starts, match.start("mark"), side="right") - 1)] = True
        return marks, member_mask(array[:, 0], self.cue_hashes)

    def reasons(self, doc: Doc, text: str) -> list[tuple[int, int, str, set[str]]]:
        """Why each unit is selected, for the measures (``training/selection_lemmas.py``):
        (start, end, reason, the learned pass's word forms it holds); the reason is the first
        of "mark" (a quotation mark or line label), "rule" (a rule cue), "headline",
        "learned" or "" (not selected)."""
        starts = self.units(doc)
        marks, _ = self._marks(doc, text)
        rules = member_mask(doc.to_array(LOWER), self.rule_hashes)
        out = []
        for k, (a, b) in enumerate(zip(starts, starts[1:] + [len(doc)])):
            forms = {t.lower_ for t in doc[a:b]} & self.learned_forms
            reason = ("mark" if marks[a:b].any() else "rule" if rules[a:b].any() else "headline" if k == 0
                      else "learned" if forms else "")
            out.append((a, b, reason, forms))
        return out


def ranges(starts: list[int], flags: list[bool], length: int) -> list[tuple[int, int, bool]]:
    """Maximal runs of units with the same flag, as (start token, end token, selected)."""
    out: list[tuple[int, int, bool]] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else length
        if out and out[-1][2] == flags[k]:
            out[-1] = (out[-1][0], end, flags[k])
        else:
            out.append((start, end, flags[k]))
    return out


def cue_forms(nlp: Language, lemmas: Iterable[str], parts_of_speech: Iterable[str]) -> set[str]:
    """Every lower-case form the pipeline's rule lemmatizer brings back to one of
    ``lemmas`` for one of ``parts_of_speech`` ("VERB", ...): the lemma itself, each suffix rule
    undone (with a doubled final consonant: "admitted") and checked by lemmatizing it again
    ("seed" is no form of "see"), and the irregular forms of its exception tables."""
    lemmas = {lemma.lower() for lemma in lemmas}
    if "lemmatizer" not in nlp.component_names:
        return lemmas
    lookups = nlp.get_pipe("lemmatizer").lookups
    tables = {name: lookups.get_table(name, {}) for name in ("lemma_rules", "lemma_exc", "lemma_index")}
    forms = set(lemmas)
    for pos in parts_of_speech:
        pos = pos.lower()
        rules = tables["lemma_rules"].get(pos, [])
        exceptions = tables["lemma_exc"].get(pos, {})
        index = frozenset(tables["lemma_index"].get(pos, ()))
        for old, new in rules:
            for lemma in lemmas:
                if not lemma.endswith(new):
                    continue
                stem = lemma[: len(lemma) - len(new)] if new else lemma
                doubled = stem + stem[-1] + old if old[:1] in ("e", "i") and stem and stem[-1] not in "aeiouwxy" else None
                for form in (stem + old, doubled):
                    if form and form not in forms and first_lemma(form, rules, exceptions, index) in lemmas:
                        forms.add(form)
        for form, found in exceptions.items():
            if found and found[0].lower() in lemmas:
                forms.add(form.lower())
    return forms


def first_lemma(form: str, rules, exceptions, index: frozenset[str]) -> str:
    """The lemma spaCy's rule lemmatizer gives a lower-case form for one part of speech
    (``Lemmatizer.rule_lemmatize``, first answer), from its tables."""
    found: list[str] = []
    unknown: list[str] = []
    for old, new in rules:
        if form.endswith(old):
            lemma = form[: len(form) - len(old)] + new
            if not lemma:
                continue
            if lemma in index:
                found.insert(0, lemma)
            elif not lemma.isalpha():
                found.append(lemma)
            else:
                unknown.append(lemma)
    found = list(dict.fromkeys(found))
    for lemma in exceptions.get(form, []):
        if lemma not in found:
            found.insert(0, lemma)
    return (found or unknown or [form])[0]


def rarely_kept_lemmas() -> frozenset[str]:
    """The learned model's lemmas whose candidates it (almost) never kept on PolNeAR train
    (``data/selection.json``); empty when the file is missing or was made for another
    model (``training/selection_lemmas.py`` says how it is made)."""
    return frozenset(_selection_data().get("rarely_kept", ()))


def rarely_needed_forms() -> frozenset[str]:
    """Word forms of the other lemmas whose candidates the model (almost) never kept on
    PolNeAR train ("struggling", "taken"; ``data/selection.json``)."""
    return frozenset(_selection_data().get("rarely_needed_forms", ()))


@lru_cache(maxsize=1)
def _selection_data() -> dict:
    path = resources.files("onrecord.attribute") / "data" / "selection.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data if data.get("model_sha256") == model_fingerprint() else {}


def model_fingerprint() -> str:
    """SHA-256 of the shipped learned model (``data/candidates.json``)."""
    path = resources.files("onrecord.attribute") / "data" / "candidates.json"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""
