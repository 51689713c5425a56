"""Shortcuts taken for speed only (issue 14, stop 37) give what the plain computation gives:
the binary-search membership test, the per-doc scene words, the cached name key, the
speaker's entity from its IOB tags; (stop 38) the cached quotations and noun contents,
the token found by offset, the cheap tests put first."""

from __future__ import annotations

import numpy
import pytest

from onrecord.attribute import load_pipeline
from onrecord.attribute.acts import _a_newspaper
from onrecord.attribute.names import name_key
from onrecord.attribute.prefilter import equal_any, member_mask
from onrecord.attribute.scenes import SCENE_NOUNS, SCENE_VERBS, _scene_tokens


def test_member_mask_is_numpy_isin():
    rng = numpy.random.default_rng(37)
    hashes = numpy.unique(rng.integers(0, 2**64 - 1, 50, dtype="uint64", endpoint=True))
    values = numpy.concatenate([rng.choice(hashes, 40), rng.integers(0, 2**64 - 1, 40, dtype="uint64"),
                                numpy.array([0, 2**64 - 1], dtype="uint64")])
    assert member_mask(values, hashes).tolist() == numpy.isin(values, hashes).tolist()
    assert member_mask(values[:, None], hashes).tolist() == numpy.isin(values[:, None], hashes).tolist()
    assert member_mask(values[:0], hashes).tolist() == []
    assert not member_mask(values, hashes[:0]).any()


def test_equal_any_is_numpy_isin():
    rng = numpy.random.default_rng(47)
    values = rng.integers(0, 2**64 - 1, 60, dtype="uint64")
    few = [int(values[3]), int(values[17]), 2**64 - 1]
    assert equal_any(values, few).tolist() == numpy.isin(values, few).tolist()
    assert equal_any(values, []).tolist() == [False] * 60
    assert equal_any(values[:0], few).tolist() == []


def test_scene_words_found_once_per_doc_are_the_tokens_with_a_scene_lemma():
    doc = load_pipeline()("Speaking in an interview with the BBC on Monday, Mr Brown said the meeting had gone well. "
                          "He told a press conference later that the talks would go on.")
    expected = [t.i for t in doc if t.lemma_.lower() in SCENE_NOUNS or t.lemma_.lower() in SCENE_VERBS]
    assert expected  # "interview", "meeting", "conference" at least
    assert _scene_tokens(doc) == expected


@pytest.mark.parametrize("name, key", [
    ("Mr. Tony Blair's", ("tony", "blair")), ("the BBC", ("bbc",)), ("Luther Stan Pate IV", ("luther", "stan", "pate")),
    ("José Manuel Barroso", ("jose", "manuel", "barroso")), ("", ()),
])
def test_the_cached_name_key_gives_the_name_s_words_every_time(name, key):
    # the cache hands every caller the same object: it must be an immutable tuple of the words
    assert name_key(name) == key and name_key(name) == key and isinstance(name_key(name), tuple)


def test_a_newspaper_named_by_its_entity():
    doc = load_pipeline()("The Sunday Times reported that the minister would resign.")
    speaker = next(t for t in doc if t.dep_ == "nsubj")
    assert speaker.ent_type_ and _a_newspaper(speaker)
    # a subject outside any entity is no newspaper
    doc = load_pipeline()("The minister reported that the talks had failed.")
    assert not _a_newspaper(next(t for t in doc if t.dep_ == "nsubj"))


def test_cached_quotations_are_a_new_list_each_call():
    from onrecord.attribute.quotes import find_quotes

    text = 'He said: "We will win." She replied: "Not this year."'
    first = find_quotes(text)
    assert [(q.start, q.end) for q in first] == [(9, 23), (37, 53)]
    first.clear()  # a caller's list is its own: the next caller still gets every quotation
    assert len(find_quotes(text)) == 2 and find_quotes(text) is not find_quotes(text)


def test_noun_content_cached_per_content_gives_the_plain_answer():
    from onrecord.attribute.found import Found
    from onrecord.attribute.unsaid import noun_content

    text = "The minister discussed the reports. He said that the plan had failed."
    doc = load_pipeline()(text)
    cue = next(t for t in doc if t.lower_ == "discussed")
    noun = Found((text.index("the reports"), text.index(". He")), cue, None, None, rule="verb-object", confidence=0.5)
    clause = Found((text.index("that the"), len(text) - 1), cue, None, None, rule="verb-object", confidence=0.5)
    assert [noun_content(noun), noun_content(clause), noun_content(noun), noun_content(clause)] == [True, False, True, False]


def test_a_pronoun_speaker_named_by_the_subject_of_the_words_before_it(monkeypatch):
    # paraphrase_subject finds the pronoun's token by a search of the token offsets
    from onrecord.attribute import speaker_resolution
    from onrecord.extract import extract

    found = []
    plain = speaker_resolution.paraphrase_subject
    monkeypatch.setattr(speaker_resolution, "paraphrase_subject", lambda *a, **k: found.append(plain(*a, **k)) or found[-1])
    article = extract("Sarah Jones will stand down as chair next month, she told reporters on Monday.", "2022-03-21")
    assert [p.name for p in found if p] == ["Sarah Jones"]
    assert [s.speaker.name for s in article.statements] == ["Sarah Jones"]


def test_a_closing_bracket_after_the_content_is_taken_only_when_one_was_opened():
    from onrecord.attribute.boundaries import trim

    doc = load_pipeline()("The firm plans to borrow $10bn (£5.19bn) next year (in March).")
    borrow = next(t.i for t in doc if t.text == "borrow")
    opened = next(t.i for t in doc if t.text == "(")
    closing = next(t.i for t in doc if t.text == ")")
    assert trim(doc, borrow, closing - 1)[1] == doc[closing].idx + 1  # "borrow $10bn (£5.19bn)": the bracket goes with it
    assert trim(doc, opened + 1, closing - 1)[1] == doc[closing].idx  # "£5.19bn": no bracket opened in it


def test_a_name_written_elsewhere_before_a_medium_word_is_found_from_the_word_ids():
    from onrecord.attribute.relay_names import _a_medium_elsewhere

    nlp = load_pipeline()
    doc = nlp("He hosts a show on WEEI radio every week. Schilling told WEEI that he was fine.")
    assert _a_medium_elsewhere([[t for t in doc if t.text == "WEEI"][1]])
    doc = nlp("He hosts a show on WEEI every week. Schilling told WEEI that he was fine.")
    assert not _a_medium_elsewhere([[t for t in doc if t.text == "WEEI"][1]])


def test_an_entity_s_type_with_one_kind_of_vote_and_with_a_tie():
    from collections import Counter

    from onrecord.attribute.entities import ArticleEntity

    assert ArticleEntity("Yukos", votes=Counter(organization=2)).type == "organization"
    assert ArticleEntity("Jones", votes=Counter(organization=1, person=1)).type == "person"  # a tie: a person
    assert ArticleEntity("Jones", votes=Counter(organization=2, person=1)).type == "organization"
    assert ArticleEntity("Jones").type == "unknown"


# Stop 39: columns read once per Doc stand in for a Token per word.

def _walked_entities(doc, start, end):
    """entities_in as it was: a walk of the IOB tags from ``start``."""
    found, i = [], start
    while i < end:
        if doc[i].ent_iob_ == "B":
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            if j <= end:
                found.append((i, j, doc[i].ent_type_))
            i = j
        else:
            i += 1
    return found


def test_entities_in_and_entity_of_from_the_runs_read_once_give_the_walk_s_answer():
    from spacy.attrs import ENT_IOB, ENT_TYPE

    from onrecord.attribute.speakers import _entity_of, entities_in

    doc = load_pipeline()("Former Labour leader Neil Kinnock told BBC Radio 4's Today programme on Monday that "
                          "the New York Times was wrong.")
    assert len(doc.ents) >= 3
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert [(s.start, s.end, s.label_) for s in entities_in(doc, start, end)] == _walked_entities(doc, start, end)
    for ent in doc.ents:
        for token in ent:
            assert (_entity_of(token).start, _entity_of(token).end, _entity_of(token).label_) == (ent.start, ent.end, ent.label_)
    outside = next(t for t in doc if not t.ent_type_)
    assert _entity_of(outside) is None
    # an "I" with no "B" before it (tags written by hand) is still read by walking the tags
    doc = load_pipeline()("He met Neil Kinnock yesterday.")
    kinnock = next(t for t in doc if t.text == "Kinnock")
    tags = doc.to_array([ENT_IOB, ENT_TYPE])
    tags[:, 0], tags[:, 1] = 2, 0  # "O" everywhere
    tags[kinnock.i] = (1, doc.vocab.strings.add("PERSON"))  # "I"
    doc.from_array([ENT_IOB, ENT_TYPE], tags)
    assert kinnock.ent_iob_ == "I" and _entity_of(kinnock) is not None
    assert (_entity_of(kinnock).start, _entity_of(kinnock).end) == (kinnock.i - 1, kinnock.i + 1)  # the walk's answer


def test_token_columns_are_the_tokens_a_loop_would_pick():
    from spacy.attrs import DEP

    from onrecord.attribute.token_columns import indices_between, stopped_words_between

    doc = load_pipeline()("Sales rose 5% on Friday, the firm said. It cost $630m. The airline, SpiceJet, said it "
                          "would grow, adding that fares would fall etc. in March.")
    deps = ("npadvmod", "tmod", "pobj", "conj")
    for start, end in ((0, len(doc)), (3, 9), (5, 5), (9, 3), (0, len(doc) + 4)):
        assert indices_between(doc, DEP, deps, start, end) == [t.i for t in doc[start:end] if t.dep_ in deps]
        assert stopped_words_between(doc, start, end) == [t.i for t in doc[start:end]
                                                          if t.text.endswith(".") and len(t.text) >= 2]
    assert stopped_words_between(doc, 0, len(doc))  # "$630m." or "etc." at least


def test_the_words_read_once_are_the_tokens_texts_for_every_reader():
    from onrecord.attribute.token_columns import words_of

    doc = load_pipeline()("“We won’t stop,” said Mr. O’Malley.\n\nThe U.S.-led talks resume on Monday.")
    assert words_of(doc) == [t.text for t in doc]
    assert words_of(doc) is words_of(doc)  # one list per Doc, read by the paragraph rule, the units and the pieces


def test_stopped_words_known_from_an_earlier_doc_are_still_each_doc_s_own():
    # the per-process cache of which words end in a full stop ("etc.") holds across Docs:
    # a second Doc with the same words, and one where "etc" has no stop, give the loop's answer
    from onrecord.attribute import token_columns
    from onrecord.attribute.token_columns import stopped_words_between

    nlp = load_pipeline()
    first = nlp("It cost $630m. Fares would fall etc. in March, the airline said.")
    stopped = stopped_words_between(first, 0, len(first))
    assert stopped and stopped == [t.i for t in first if t.text.endswith(".") and len(t.text) >= 2]
    assert all(token_columns._STOPPED[first[i].orth] is True for i in stopped)
    for text in ("Prices rose to $630m. in May.", "Prices rose to $630m and so on, in May"):
        doc = nlp(text)
        assert stopped_words_between(doc, 0, len(doc)) == [t.i for t in doc if t.text.endswith(".") and len(t.text) >= 2]


def test_lemma_indices_by_part_of_speech_are_the_tokens_a_loop_would_pick():
    # the learned pass asks only for predicates (VERB, NOUN, ADJ) with a kept lemma
    from spacy.symbols import ADJ, NOUN, VERB

    from onrecord.attribute.prefilter import lemma_indices

    doc = load_pipeline()("Cruz supports a flat tax, and his support for the ban is firm; "
                          "she wants to run and backs Support Act supporters.")
    lemmas = {"support", "want", "firm", "back"}
    loop = [t.i for t in doc if (t.lemma_ in lemmas or t.lemma_ in {w.capitalize() for w in lemmas})
            and t.pos_ in ("VERB", "NOUN", "ADJ")]
    assert loop and lemma_indices(doc, lemmas, pos=(VERB, NOUN, ADJ)) == loop
    assert len(lemma_indices(doc, lemmas)) >= len(loop)


def test_terms_of_speaking_checked_once_per_doc_give_the_walk_s_answer():
    # (stop 43) the Doc's lemmas are read once: an article with no "anonymity" walks no Token,
    # one with it (in any case) still finds the request and its purpose
    from onrecord.attribute.speaking_terms import terms_of_speaking

    nlp = load_pipeline()
    asked = nlp("Two officials, who requested Anonymity to discuss the talks, said the deal was close.")
    verbs = {t.lemma_: terms_of_speaking(t) for t in asked if t.pos_ == "VERB"}
    assert verbs["request"] and verbs["discuss"] and not verbs["say"]
    plain = nlp("Two officials, who requested a meeting to discuss the talks, said the deal was close.")
    assert not any(terms_of_speaking(t) for t in plain)


def test_no_words_before_a_name_split_into_no_role_and_one_person_s_premodifiers_once():
    # (stop 43) split_role skips its cleaning passes for no words; a one-word person's
    # premodifiers are split once for the entity table's two readings, with the same role
    from onrecord.attribute import mentions, roles

    assert roles.split_role([]) == roles.Role()
    calls = []
    original = mentions.split_role
    mentions.split_role = lambda tokens: calls.append([t.text for t in tokens]) or original(tokens)
    try:
        doc = load_pipeline()("Labour leader Miliband said the vote would be close. Miliband added that he was sure.")
    finally:
        mentions.split_role = original
    assert calls.count(["Labour", "leader"]) == 1
    person = next(e for e in doc._.entities.people() if e.name == "Miliband")
    assert "leader" in person.roles
