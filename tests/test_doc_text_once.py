"""spaCy's ``Doc.text`` joins every token's text on each call; the engine asks for an
article's text per finding, so a module that reads ``doc.text`` instead of
``quotes.text_of(doc)`` turns a per-finding check into a pass over the whole article (stop
30's merge lost a third of the engine's time that way, in two new modules at once)."""

import re
from pathlib import Path

ATTRIBUTE = Path(__file__).resolve().parents[1] / "src" / "onrecord" / "attribute"
_DOC_TEXT = re.compile(r"(?<![\w.])(?:\w+\.)*doc\.text\b(?![\w(])")


def test_the_engine_reads_a_docs_text_only_through_text_of():
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(ATTRIBUTE.glob("*.py")) if path.name != "quotes.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if _DOC_TEXT.search(line.split("#", 1)[0]) and '"""' not in line and "``" not in line
    ]
    assert offenders == []


def test_the_pattern_catches_what_it_guards_against():
    assert _DOC_TEXT.search("text, at = cue.doc.text, cue.idx")
    assert _DOC_TEXT.search("return readers_comments(doc.text)")
    assert not _DOC_TEXT.search("text = text_of(doc)")
    assert not _DOC_TEXT.search("doc.text_with_ws")
