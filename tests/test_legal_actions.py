"""A legal or civil action that is its clause's subject is a filing that writes, as "the suit
claims" does (``phrase_shapes.document_word``): BBC entertainment/149 (a dev slice) and an
invented sentence of its shape; "took legal action" stays a deed."""

from __future__ import annotations

from onrecord import extract

_CLARKSON = (
    "Donna Clarkson, whose daughter Lana was found dead in Mr Spector's home in February 2003, is seeking "
    "unspecified damages in a civil action. Ms Clarkson's legal action, filed in Los Angeles Superior Court, also "
    "accuses Mr Spector of negligence and battery, alleging he \"grabbed, hit, fought with and restrained\" Lana "
    "Clarkson before shooting her to death.")


def test_a_legal_action_alleging_is_its_filers_writing():
    (s,) = [s for s in extract(_CLARKSON, "2005-02-04").statements if s.cue is not None and s.cue.text == "alleging"]
    assert s.act == "writing" and s.speaker.document == "legal action"
    assert s.speaker.name is not None and s.speaker.name.endswith("Clarkson")


def test_a_civil_action_claiming_writes():
    text = "The civil action, filed in New York on Monday, claims that the company hid its losses from investors."
    (s,) = [s for s in extract(text, "2005-02-04").statements if s.cue is not None and s.cue.text == "claims"]
    assert s.act == "writing" and s.speaker.document == "civil action"


def test_taking_legal_action_is_no_document():
    text = "The firm took legal action against the union, which said the strike would go ahead."
    statements = extract(text, "2005-02-04").statements
    assert all(s.speaker.document != "legal action" for s in statements)
