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
