"""The language skip: confident calls only, English never skipped on the corpora it was
calibrated on (MIN_CHARS, MIN_PROBABILITY in onrecord.clean.language)."""

from __future__ import annotations

import json

from onrecord.clean import CleanDocument, clean_document
from onrecord.clean.language import detect_language
from onrecord.schema import Failure, RawDocument

GERMAN = ("Der Bundeskanzler sagte am Montag, die Regierung werde keine neuen Schulden aufnehmen. "
          "Die Opposition kritisierte den Plan scharf und forderte mehr Investitionen in Schulen, "
          "Straßen und die Digitalisierung des Landes.")


def test_short_texts_get_no_language():
    assert detect_language("Der Minister sagte, es werde regnen.") is None
    assert detect_language('"We are ready," said Maria Lopez.') is None


def test_a_german_plain_text_is_skipped_and_can_be_kept():
    skipped = clean_document(RawDocument(source="de.txt", text=GERMAN))
    assert isinstance(skipped, Failure) and skipped.stage == "language" and skipped.skipped
    assert skipped.reason.startswith("de.txt: language 'de'")
    kept = clean_document(RawDocument(source="de.txt", text=GERMAN), languages={"en", "de"})
    assert isinstance(kept, CleanDocument) and kept.language == "de" and kept.text == GERMAN


def test_no_bbc_article_is_skipped(shared):
    paths = sorted((shared / "data" / "bbc").glob("*/*.txt"))
    assert len(paths) > 2000
    for path in paths:
        guess = detect_language(path.read_bytes().decode("utf-8", errors="replace"))
        assert guess is not None and guess.code == "en", path


def test_no_polnear_article_is_skipped(shared):
    for line in (shared / "data" / "polnear" / "dev.jsonl").open(encoding="utf-8"):
        guess = detect_language(json.loads(line)["text"])
        assert guess is not None and guess.code == "en"


def test_gold_bodies_in_other_languages_are_recognised(shared):
    gold = json.loads((shared / "data" / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    guesses = [detect_language(page["articleBody"]) for page in gold.values()]
    english = [g for g in guesses if g is not None and g.code == "en"]
    other = [g for g in guesses if g is not None and g.code != "en"]
    assert len(english) >= 160
    assert {g.code for g in other} == {"pt", "ru", "ko", "it", "id", "de", "ja"}


def test_the_call_reads_the_beginning_of_a_long_text():
    # the sample is the first 1,500 characters: an English article that ends in a long
    # German appendix is English (the whole text would read as German)
    english = ("The minister said on Monday that the government would not borrow more money this year. "
               "Opposition leaders criticised the plan and called for more spending on schools and roads. ") * 9
    guess = detect_language(english + GERMAN * 30)
    assert guess is not None and guess.code == "en"
    whole = detect_language((english + GERMAN * 30)[len(english):])
    assert whole is not None and whole.code == "de"


def test_the_numpy_walk_visits_what_py3langid_visits():
    # detect_language's identifier walks py3langid's automaton with numpy; its feature
    # counts (and their order, which the scores' float sums follow) must be py3langid's own
    from py3langid.langid import visit_counts

    from onrecord.clean.language import AUTOMATON_DEPTH, _identifier, _visits, automaton_depth

    identifier = _identifier()
    assert automaton_depth(identifier._moves, identifier._rows) == AUTOMATON_DEPTH
    # the Japanese text has features of six bytes: a walk one byte shorter gets it wrong
    for text in (GERMAN, "“Yes,” said Ms Ødegaard – 東京 – naïve café.", "東京都は日本の首都です。", "ab", "", "    "):
        encoded = identifier._encode(text)
        expected = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, encoded)
        found = _visits(identifier, encoded)
        assert (None if expected is None else list(expected.items())) == (None if found is None else list(found.items()))
