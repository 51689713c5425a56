"""The selective engine: its cheap pass (attribute/selection.py) and the component that
gives the full analysis to the selected stretches only (attribute/selective.py). Offsets
stay the text's, the seed article keeps its statements, and the full engine stays
available."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from test_spans_property import article_text, assert_spans_index

from onrecord import extract
from onrecord import settings as onrecord_settings
from onrecord.attribute import load_pipeline
from onrecord.attribute.learned import load_model
from onrecord.attribute.lexicon import SPEECH_VERBS
from onrecord.attribute.selection import (
    NAMED, PARSED, Selector, cue_forms, model_fingerprint, ranges, rarely_kept_lemmas, rarely_needed_forms)

PUBLISHED = "2022-03-21"


@pytest.fixture(scope="module")
def selective():
    """The selective pipeline, and ``ONRECORD_ENGINE=selective`` while a test runs."""
    before = os.environ.get("ONRECORD_ENGINE")
    os.environ["ONRECORD_ENGINE"] = "selective"
    onrecord_settings.reset()
    yield load_pipeline()
    if before is None:
        os.environ.pop("ONRECORD_ENGINE")
    else:
        os.environ["ONRECORD_ENGINE"] = before
    onrecord_settings.reset()


def test_the_engines_are_a_setting(selective):
    assert selective.pipe_names[0] == "onrecord_selective"
    assert {"tok2vec", "parser", "ner"} <= set(selective.disabled)
    full = load_pipeline(selective=False)
    assert "onrecord_selective" not in full.component_names and not full.disabled or full.disabled == ["senter"]
    assert load_pipeline(propose_all=True) is load_pipeline(propose_all=True, selective=True)  # training: always full
    assert "onrecord_selective" not in load_pipeline(propose_all=True).component_names


def test_a_built_pipeline_is_out_of_the_collectors_way(selective):
    # the pipeline lives as long as the process: frozen, and the young generation larger
    # than Python's 700 objects, so the cyclic collector does not walk it every article
    import gc

    from onrecord.attribute import GC_YOUNG_THRESHOLD

    assert gc.get_freeze_count() > 50_000
    assert gc.get_threshold()[0] >= GC_YOUNG_THRESHOLD > 700


def test_building_the_pipeline_leaves_the_blas_one_thread_unless_the_process_chose(monkeypatch):
    # OpenBLAS starts a thread per core; on the models' small products they spin instead of
    # sharing work (more CPU and more wall time), so the engine keeps one, as the benchmarks do
    from threadpoolctl import threadpool_info, threadpool_limits

    from onrecord.attribute import BLAS_THREAD_VARIABLES, _one_blas_thread

    def blas_threads() -> set[int]:
        return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}

    before = threadpool_limits(limits=None)  # what this process has now, restored below
    try:
        for name in BLAS_THREAD_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        threadpool_limits(limits=2, user_api="blas")
        assert blas_threads() == {2}
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
        _one_blas_thread()
        assert blas_threads() == {2}  # the process chose two
        monkeypatch.delenv("OPENBLAS_NUM_THREADS")
        _one_blas_thread()
        assert blas_threads() == {1}
    finally:
        before.restore_original_limits()


def test_cue_forms_are_what_the_lemmatizer_brings_back(selective):
    forms = cue_forms(selective, SPEECH_VERBS, ("VERB",))
    assert {"said", "says", "saying", "told", "admitted", "denied", "claimed", "stated", "tweeted"} <= forms
    assert "seed" not in cue_forms(selective, {"see"}, ("VERB",))  # undoing "-ed" of "see" makes no form of it


def test_units_and_selection(selective):
    text = ("Talks stall in Geneva\n\nThe ministers met on Monday. The weather was fine. "
            "Officials said the talks had stalled.\n\nMarkets were calm. \"We are ready,\" he added.\n\nThe end.")
    doc = selective.make_doc(text)
    selective.get_pipe("onrecord_paragraphs")(doc)
    selector = Selector(selective, neighbours=0)
    starts, flags = selector.select(doc, text)
    units = [doc[a:b].text.strip() for a, b in zip(starts, starts[1:] + [len(doc)])]
    assert units == ["Talks stall in Geneva", "The ministers met on Monday.", "The weather was fine.",
                     "Officials said the talks had stalled.", "Markets were calm.", "\"We are ready,\" he added.", "The end."]
    assert flags == [True, False, False, True, False, True, False]
    runs = ranges(starts, flags, len(doc))
    assert [r[2] for r in runs] == [True, False, True, False, True, False] and runs[-1][1] == len(doc)
    neighbours = Selector(selective, neighbours=1).select(doc, text)[1]
    assert neighbours == [True, True, True, True, True, True, True]


def test_unselected_text_is_not_parsed_but_keeps_known_names(selective):
    text = ("Tony Blair visits Paris\n\nTony Blair arrived on Monday. The weather was fine in the city.\n\n"
            "\"We are ready,\" Mr Blair said.")
    doc = selective(text)
    weather = [t for t in doc if t.text == "weather"][0]
    said = [t for t in doc if t.text == "said"][0]
    assert weather.dep_ == "" and weather.tag_ == "" and weather.sent.text.strip() == "The weather was fine in the city."
    assert said.dep_ != "" and said.lemma_ == "say"
    arrived = [t for t in doc if t.text == "arrived"][0]
    assert arrived.dep_ == ""  # unselected ...
    assert [e.text for e in doc.ents if e.label_ == "PERSON" and e.start < arrived.i] == ["Tony Blair", "Tony Blair"]  # ... yet named


def test_the_parser_reads_all_the_pieces_of_a_batch_in_one_loop(selective, monkeypatch):
    # spaCy's own pipe would predict a quarter of the pieces at a time, each loop running
    # to its longest piece; every piece is still parsed, as it would be alone
    parser = selective.get_pipe("parser")
    calls = []

    def predict(docs, _predict=parser.predict):
        calls.append(len(docs))
        return _predict(docs)

    monkeypatch.setattr(parser, "predict", predict)
    paragraphs = [f"\"We are ready for round {n},\" Mr Blair said. The weather was fine." for n in range(12)]
    docs = list(selective.pipe(["\n\n".join(paragraphs[:6]), "\n\n".join(paragraphs[6:])]))
    assert calls == [12]
    assert all(t.dep_ for doc in docs for t in doc if t.text == "said")


def test_a_unit_of_a_learned_lemma_alone_is_parsed_but_not_named(selective):
    """The NER reads the units with a rule cue or a quotation mark; a unit that only a
    learned-pass lemma selects ("unveiled") is parsed, and gets the names known elsewhere."""
    text = ("Tony Blair visits Paris\n\n\"We are ready,\" Tony Blair said.\n\n"
            "Gordon Brown unveiled a target for growth with Tony Blair in Birmingham.")
    doc = selective.make_doc(text)
    selective.get_pipe("onrecord_paragraphs")(doc)
    assert Selector(selective).levels(doc, text)[1] == [NAMED, NAMED, PARSED]
    doc = selective(text)
    last = doc[[t.text for t in doc].index("Gordon"):]
    assert [t.dep_ for t in last[:3]] == ["compound", "nsubj", "ROOT"]  # parsed ...
    # ... not named: the names known elsewhere and the people a known first name starts
    # (``_given_names``), never the NER's "Birmingham"
    assert [(e.text, e.label_) for e in doc.ents if e.start >= last.start] == [("Gordon Brown", "PERSON"), ("Tony Blair", "PERSON")]


def test_people_an_unnamed_stretch_names_in_full_are_known(selective):
    """A first name the corpora know and the name words after it make a person where the
    NER never reads: the entity table has the full name the article gives, so the speaker
    of the later quotation is "Tim Canova", not a body "Canova" (PolNeAR train, breitbart
    2016-07-26). Not a first name after a capitalised word ("North Carolina Panthers"),
    after a title it is ("Gov. Martin O’Malley"); a name word may be an initial."""
    text = ("Cash for opponent pours in\n\nIn fact, Tim Canova isn’t even in Philadelphia. North Carolina "
            "Panthers won again. Gov. Martin O’Malley was there with Stephen F. Hayes of the Weekly Standard.\n\n"
            "“In some ways it feels like we’ve won the lottery,” Canova said.")
    doc = selective.make_doc(text)
    selective.get_pipe("onrecord_paragraphs")(doc)
    assert Selector(selective).levels(doc, text)[1] == [NAMED, 0, 0, 0, NAMED]
    doc = selective(text)
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert people == ["Tim Canova", "Martin O’Malley", "Stephen F. Hayes"]
    article = extract(text, published=PUBLISHED)
    [statement] = [s for s in article.statements if "lottery" in text[s.content.start:s.content.end]]
    assert (statement.speaker.name, statement.speaker.type) == ("Tim Canova", "person")


def test_a_sentences_first_word_may_be_a_first_name(selective):
    """The NER found "Trump" alone, and a known surname never takes a sentence's first word;
    "Donald" is a first name, so "Donald Trump" at the start of an unnamed sentence is a
    person under his full name (PolNeAR train, breitbart 2015-12-10)."""
    text = ("Poll of millennials\n\n\"I like him,\" Trump said.\n\n"
            "Among conservative respondents, Donald Trump won out with 22 percent. Donald Trump won again.")
    doc = selective(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"][-2:] == ["Donald Trump", "Donald Trump"]


def test_a_unit_of_a_rarely_kept_form_alone_is_not_parsed(selective):
    """BBC News: "struggling" is a form of "struggle", a lemma the learned model keeps, yet
    it (almost) never keeps a candidate at "struggling" (data/selection.json): a unit that
    only it selects is left to the cheap pass. Without the list it would be parsed."""
    text = ("French wine industry gets aid\n\n\"We are ready,\" the minister said.\n\n"
            "The French government is to hand its struggling wine industry 70m euros ($91m) in aid to help "
            "it battle falling sales and damaging overproduction.")
    doc = selective.make_doc(text)
    selective.get_pipe("onrecord_paragraphs")(doc)
    assert "struggling" in rarely_needed_forms() and "struggle" in load_model().lemmas - rarely_kept_lemmas()
    assert Selector(selective).levels(doc, text)[1] == [NAMED, NAMED, 0]
    assert Selector(selective, learned=load_model().lemmas).levels(doc, text)[1] == [NAMED, NAMED, PARSED]
    doc = selective(text)
    assert doc[[t.text for t in doc].index("struggling")].dep_ == ""


def test_a_unit_of_a_rarely_kept_lemma_alone_is_not_parsed(selective):
    """BBC News: the learned model (almost) never keeps a candidate at "rise" or "include"
    (``rarely_kept``): "rose" and "including" select no unit of their own."""
    text = ("Jobless total edges up\n\n\"We are ready,\" the company said.\n\n"
            "The number of people out of work rose 32,000 to 1.41 million in the last three months of 2004.\n\n"
            "Some 200 new jobs are to be created at the Oxford factory, including modernised machinery "
            "and a new body shell production building.")
    doc = selective.make_doc(text)
    selective.get_pipe("onrecord_paragraphs")(doc)
    assert {"rise", "include"} <= rarely_kept_lemmas() and {"rise", "include"} <= load_model().lemmas
    assert Selector(selective).levels(doc, text)[1] == [NAMED, NAMED, 0, 0]
    assert Selector(selective, learned=load_model().lemmas).levels(doc, text)[1] == [NAMED, NAMED, PARSED, PARSED]


def test_rarely_needed_forms_are_forms_of_the_kept_lemmas(selective):
    """training/selection_lemmas.py leaves out forms of the lemmas it keeps, never a rule
    cue's form: those select their units whatever the learned pass needs."""
    from onrecord.attribute.selection import _PREDICATE_POS

    forms = rarely_needed_forms()
    assert forms and forms <= cue_forms(selective, load_model().lemmas - rarely_kept_lemmas(), _PREDICATE_POS)
    selector = Selector(selective)
    strings = selective.vocab.strings
    cues = {strings[h] for h in selector.cue_hashes.tolist()}
    rules = {strings[h] for h in selector.rule_hashes.tolist()}
    assert not (forms - rules) & cues and rules <= cues
    assert not forms & rules  # a rule cue's form ("thought") selects its unit anyway: leaving it out frees nothing


def test_seed_article_under_the_selective_engine(selective, kremlin_text):
    article = extract(kremlin_text, published=PUBLISHED)
    assert_spans_index(article)
    full = load_pipeline(selective=False)(kremlin_text)
    assert len(article.statements) >= len(full._.statements) - 1
    speakers = {s.speaker.name for s in article.statements}
    assert {"Dmitry Peskov", "Naftali Bennett", "Iryna Vereshchuk"} <= speakers


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(article_text)
def test_spans_index_generated_text_selective(selective, text):
    assert_spans_index(extract(text, published=PUBLISHED))


def test_rarely_kept_lemmas_belong_to_the_shipped_model():
    """training/selection_lemmas.py wrote data/selection.json for the model that ships:
    rerun it after retraining data/candidates.json."""
    from importlib import resources
    import json

    data = json.loads((resources.files("onrecord.attribute") / "data" / "selection.json").read_text(encoding="utf-8"))
    assert data["model_sha256"] == model_fingerprint()
    assert rarely_kept_lemmas() and rarely_kept_lemmas() <= load_model().lemmas


def test_engine_option_of_the_command_line(monkeypatch, tmp_path, capsys):
    from onrecord.cli import run

    monkeypatch.setenv("ONRECORD_ENGINE", "full")  # restored after the test
    article = tmp_path / "a.txt"
    article.write_text('"We are ready," Dmitry Peskov told reporters on Monday.\n', encoding="utf-8")
    assert run(["--engine", "selective", "extract", str(article), "--format", "json"]) == 0
    assert os.environ["ONRECORD_ENGINE"] == "selective" and onrecord_settings.current().engine == "selective"
    assert "Dmitry Peskov" in capsys.readouterr().out
    assert run(["--engine", "fastest", "extract", str(article)]) == 2
    onrecord_settings.reset()


def test_the_ner_reads_the_words_before_a_named_stretch(selective):
    """The NER's encoder reads four words on each side of a token: a named stretch read
    alone from its first word took "Said Williams" for a person, where the full engine
    finds "Williams" (BBC sport 392, benchmarks/devgold); the words before it are read too,
    then dropped."""
    text = ("Scrum-half Williams rejoins Bath\n\nBath have signed their former scrum-half Andy Williams on a "
            "short-term deal from the Neath-Swansea Ospreys.\n\nWith Martyn Wood's injury likely to keep him out "
            "until February, Bath need experienced back-up to Nick Walshe. Said Williams: \"When this opportunity "
            "presented itself, I did not really have to think twice about it.\"")
    doc = selective(text)
    said = [t for t in doc if t.text == "Said"][0]
    assert said.ent_iob_ == "O" and doc[said.i + 1].ent_type_ == "PERSON"
    assert not [e for e in doc.ents if e.start < said.i <= e.end - 1]  # nothing runs into the stretch
