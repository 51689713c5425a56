"""The selective engine: the full spaCy analysis only where an attribution can be.

``onrecord_selective`` stands first in the pipeline and runs the model's own components
(tok2vec, tagger, parser, attribute ruler, lemmatizer, NER; disabled in the pipeline, so
that nothing else runs them on the whole text) over the stretches the cheap pass selects
(``selection.Selector``), each as a Doc of its own, all of a batch together; it writes
their annotations back into the article's Doc, token for token, so every character offset
is the text's. The NER reads only the selected units with a rule cue or a quotation mark
(``Selector.levels``: ``NAMED``); a unit a learned-pass lemma alone selects is parsed and
gets its names as the unselected ones do. The other stretches get sentence boundaries and, for the article's entity
table, the names the NER found in the selected stretches wherever they recur (``names:
"known"``), or the NER run alone, without the parser (``names: "ner"``). Their tokens have
no tag, lemma or dependency, so no rule fires on them.

``load_pipeline(selective=True)``, ``ONRECORD_ENGINE=selective`` or ``onrecord --engine
selective`` choose it; the default is the full analysis of every token (docs/engine.md,
"Two engines", says why and what each costs).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.util import minibatch

from .lexicon import TITLE_WORDS
from .names import is_first_name, is_honorific
from .quotes import text_of
from .selection import NAMED, Selector, ranges
from .token_columns import words_of

__all__ = ["ANALYSIS", "SelectiveAnalysis"]

# The model's components the selective engine runs on the selected stretches, in order.
ANALYSIS = ("tok2vec", "tagger", "onrecord_paragraphs", "parser", "attribute_ruler", "lemmatizer", "ner")
# The transition-based components read all the pieces of a batch of articles at once
# (``_at_once``): each step of their loop (``held_parse``) costs the same for one state as for
# hundreds, and the pieces are short. The tok2vec keeps the article batch size (larger is
# slower there).
_TRANSITION = frozenset(("parser", "ner"))
_COPIED = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
_IOB_OUTSIDE, _IOB_BEGIN, _IOB_INSIDE = 2, 3, 1
# Words before a named stretch the NER reads too, then drops: its encoder sees four words on
# each side of a token, so at a stretch's edge it guessed without them ("Said Williams: ..."
# read as a person "Said Williams", where the whole article gives "Williams"). Three: 1.8
# points more of the tokens go to the NER (BBC sample); four cost 2.4.
_NER_CONTEXT = 3
# Entity labels that are names the entity table and the speaker rules read.
_NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"))
NAMES = ("known", "ner")


@Language.factory(
    "onrecord_selective",
    default_config={"neighbours": 0, "names": "known"},
    assigns=["token.tag", "token.pos", "token.lemma", "token.dep", "token.head", "token.is_sent_start", "doc.ents"],
)
def make_selective(nlp: Language, name: str, neighbours: int, names: str) -> SelectiveAnalysis:
    """The selective analysis component.

    neighbours (int): how many units on each side of a selected unit are selected too.
    names (str): how the unselected stretches get names: "known", the names the NER found
        in the selected ones; "ner", the NER run alone on them.
    """
    if neighbours < 0:
        raise ValueError("onrecord_selective: neighbours must be >= 0")
    if names not in NAMES:
        raise ValueError(f"onrecord_selective: names must be one of {', '.join(NAMES)}, not {names!r}")
    return SelectiveAnalysis(nlp, neighbours=neighbours, names=names)


class SelectiveAnalysis:
    """Run the model's analysis on the selected stretches of each Doc."""

    def __init__(self, nlp: Language, *, neighbours: int, names: str) -> None:
        self.nlp = nlp
        self.neighbours = neighbours
        self.names = names
        self._selector: Selector | None = None
        # tokens seen, parsed and named (the NER), since the pipeline was loaded
        self.tokens = self.analysed = self.named = 0

    def selector(self) -> Selector:
        if self._selector is None:  # built on first use: the pipeline is complete by then
            self._selector = Selector(self.nlp, neighbours=self.neighbours)
        return self._selector

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            yield from self._analyse(list(batch), batch_size)

    def _analyse(self, docs: list[Doc], batch_size: int) -> list[Doc]:
        paragraphs = self.nlp.get_pipe("onrecord_paragraphs")
        selector = self.selector()
        plans, selected, unselected = [], [], []
        for doc in docs:
            paragraphs(doc)
            starts, levels = selector.levels(doc, text_of(doc))
            runs = ranges(starts, [level > 0 for level in levels], len(doc))
            words = words_of(doc)  # (read once, by the paragraph rule)
            spaces = doc.to_array(SPACY).astype(bool).tolist()
            # paragraph starts, and the norms the tokenizer's exceptions give ("n’t": "not")
            presets = doc.to_array([SENT_START, NORM])
            plan = []
            for start, end, chosen in runs:
                # an unparsed stretch needs a Doc of its own only for the NER ("names": "ner")
                piece = _piece(doc, words, spaces, presets[start:end].copy(), start, end) \
                    if chosen or self.names == "ner" else None
                if piece is not None:
                    (selected if chosen else unselected).append(piece)
                self.tokens += end - start
                self.analysed += (end - start) if chosen else 0
                plan.append([start, end, chosen, piece])
            named = [[start, end, None] for start, end, level in ranges(starts, levels, len(doc)) if level == NAMED]
            plans.append((doc, starts, levels, plan, named, words, spaces, presets))
        for name in ANALYSIS:
            if name not in ("onrecord_paragraphs", "ner"):  # the pieces carry the paragraph starts already
                component = self.nlp.get_pipe(name)
                if name in _TRANSITION:
                    selected = _at_once(component, selected)
                else:
                    selected = list(component.pipe(selected, batch_size=batch_size))
        analysed = iter(selected)
        to_name = []
        for doc, _, _, plan, named, words, spaces, presets in plans:
            for entry in plan:
                if entry[2]:
                    entry[3] = next(analysed)
            # the NER sees the named stretches only, with the sentence starts the parser gave
            # (each analysed piece's column read once, however many named stretches it holds)
            sentence_starts = {}
            for entry in named:
                offset, piece = next((entry[0] - s, p) for s, e, c, p in plan if c and s <= entry[0] < e)
                if id(piece) not in sentence_starts:
                    sentence_starts[id(piece)] = piece.to_array(SENT_START)
                lead = min(_NER_CONTEXT, entry[0])  # the words before, read and dropped
                values = presets[entry[0] - lead : entry[1]].copy()
                values[lead:, 0] = sentence_starts[id(piece)][offset : offset + entry[1] - entry[0]]
                values[1:lead, 0] = 0
                entry[2] = _piece(doc, words, spaces, values, entry[0] - lead, entry[1])
                entry.append(lead)
                to_name.append(entry)
                self.named += entry[1] - entry[0] + lead
        ner = self.nlp.get_pipe("ner")
        for entry, piece in zip(to_name, _at_once(ner, [entry[2] for entry in to_name])):
            entry[2] = piece
        if self.names == "ner" and unselected:
            list(ner.pipe(unselected, batch_size=batch_size))
        for doc, starts, levels, plan, named, words, _, _ in plans:
            _write_back(doc, starts, levels, plan, named, self.names, words)
        return docs


def _at_once(component: TrainablePipe, docs: list[Doc]) -> list[Doc]:
    """``docs`` annotated by a transition-based component in one ``predict``. Its ``pipe``
    sorts a batch by length and predicts a quarter at a time, so the loop ran to the longest
    piece of each quarter: four tails of steps with few states left instead of one (292 WARC
    pages: -6% of the analysis CPU; the same annotations)."""
    if docs:
        component.set_annotations(docs, component.predict(docs))
    return docs


def _piece(doc: Doc, words: list[str], spaces: list[bool], presets: numpy.ndarray, start: int, end: int) -> Doc:
    """A Doc of the tokens start:end, with their sentence starts and norms (``presets``)."""
    piece = Doc(doc.vocab, words=words[start:end], spaces=spaces[start:end])
    presets[0, 0] = 1
    piece.from_array([SENT_START, NORM], presets)
    return piece


def _write_back(doc: Doc, starts: list[int], levels: list[int], plan: list, named: list, names: str,
                words: list[str]) -> None:
    """Copy the pieces' annotations into the article's Doc: the analysed pieces whole, the
    named stretches their entities, the others their unit starts and names."""
    array = numpy.zeros((len(doc), len(_COPIED)), dtype="uint64")
    iob = _COPIED.index(ENT_IOB)
    array[:, iob] = _IOB_OUTSIDE
    for start, end, chosen, piece in plan:
        if chosen or names == "ner":
            values = piece.to_array(_COPIED)
            if not chosen:
                values[:, : iob] = 0  # only the entities of an unparsed piece
            else:
                values[:, iob] = _IOB_OUTSIDE  # the entities are the named stretches'
            array[start:end] = values
    for start, end, piece, lead in named:
        array[start:end, iob:] = piece.to_array(_COPIED[iob:])[lead:]
        if array[start, iob] == _IOB_INSIDE:  # an entity begun in the words before
            array[start, iob] = _IOB_BEGIN
    unnamed = [(start, end) for start, end, level in ranges(starts, levels, len(doc)) if level != NAMED
               and (level or names == "known")]
    _known_names(doc, [piece[lead:] for _, _, piece, lead in named], unnamed, set(starts), array, iob, words)
    doc.from_array(_COPIED, array)
    # the parse marked every sentence of the analysed pieces; the rest are their units
    sent_starts = doc.to_array(SENT_START)
    for start, level in zip(starts, levels):
        if not level:
            sent_starts[start] = 1
    doc.from_array([SENT_START], sent_starts.reshape(-1, 1))


def _known_names(doc: Doc, named: list[Doc], unnamed: list[tuple[int, int]], unit_starts: set[int],
                 array: numpy.ndarray, iob: int, words: list[str]) -> None:
    """Mark in the stretches the NER did not see (``unnamed``) the names it found in the
    others: the same words with the same label, and a person's surname with the
    capitalised words before it ("Michael Howard" where the NER found "Howard"), never a
    sentence's first word. The people whose first name the corpora know
    (``_given_names``) are known names too: else the entity table lacks whoever an unnamed
    stretch alone names in full, and "Trump" or "he" elsewhere finds no one, or someone else."""
    known: dict[tuple[str, ...], str] = {}
    surnames: set[str] = set()
    for piece in named:
        for ent in piece.ents:
            if ent.label_ in _NAME_LABELS:
                form = tuple(t.text for t in ent)
                known.setdefault(form, ent.label_)
                if ent.label_ == "PERSON" and form[-1][:1].isupper():
                    surnames.add(form[-1])
    strings = doc.vocab.strings
    for start, end in unnamed:
        for name in _given_names(doc, start, end, unit_starts, array, known, words):
            known.setdefault(name, "PERSON")
            surnames.add(name[-1])
    if not known:
        return
    longest = max(len(k) for k in known)
    label_column = _COPIED.index(ENT_TYPE)
    for start, end in unnamed:
        texts = words[start:end]  # (the tokens' texts, read once for the whole Doc)
        i = 0
        while i < len(texts):
            if not texts[i][:1].isupper():
                i += 1
                continue
            size = next((n for n in range(min(longest, len(texts) - i), 0, -1) if tuple(texts[i : i + n]) in known), 0)
            if not size:
                i += 1
                continue
            label = known[tuple(texts[i : i + size])]
            first = i
            if label == "PERSON" and size == 1 and texts[i] in surnames:
                while first > 0 and i - first < 2 and start + first - 1 not in unit_starts and texts[first - 1][:1].isupper() \
                        and texts[first - 1].isalpha() and not is_honorific(doc[start + first - 1]) \
                        and array[start + first - 1, iob] == _IOB_OUTSIDE:
                    first -= 1
            array[start + first, iob] = _IOB_BEGIN
            array[start + first + 1 : start + i + size, iob] = _IOB_INSIDE
            array[start + first : start + i + size, label_column] = strings.add(label)
            i += size


# A name's word: capitalised, letters with an apostrophe or a hyphen ("O’Malley"), or an
# initial ("F.").
def _name_word(text: str) -> bool:
    return text[:1].isupper() and (text.replace("’", "").replace("'", "").replace("-", "").isalpha()
                                   or len(text) == 2 and text[1] == ".")


def _given_names(doc: Doc, start: int, end: int, unit_starts: set[int], array: numpy.ndarray,
                 known: dict[tuple[str, ...], str], words: list[str]) -> Iterator[tuple[str, ...]]:
    """The people an unnamed stretch names in full: a first name the corpora know followed
    by one to three name words ("Brandon Darby", "Stephen F. Hayes", "Luther Stan Pate IV"),
    the whole run of capitalised words, after no capitalised word but a title ("Gov. Martin
    O’Malley", never "North Carolina Panthers"), a first name the NER does not know as
    something else ("Virginia"; a surname it took for a body may follow: "Jared Sexton"), tagged as nouns where the unit was parsed ("Will" may be a verb)."""
    texts = words[start:end]  # (the tokens' texts, read once for the whole Doc)
    tags = array[start:end, _COPIED.index(TAG)]
    strings = doc.vocab.strings
    others = {form[0] for form, label in known.items() if label != "PERSON" and len(form) == 1}
    i = 0
    while i < len(texts):
        if not is_first_name(texts[i]) or texts[i] in others:
            i += 1
            continue
        j = i + 1
        while j < len(texts) and j - i < 5 and _name_word(texts[j]) and start + j not in unit_starts:
            j += 1
        before = texts[i - 1] if i and start + i not in unit_starts else ""
        after = texts[j] if j < len(texts) and start + j not in unit_starts else ""
        fits = (2 <= j - i <= 4 and not _name_word(after) and not texts[j - 1].endswith(".")
                and (not before[:1].isupper() or before.endswith(".") or before.lower() in TITLE_WORDS)
                and all(not tags[k] or strings[int(tags[k])].startswith("NN") for k in range(i, j)))
        if fits:
            yield tuple(texts[i:j])
        i = j
