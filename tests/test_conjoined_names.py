"""Two people named as one subject, where the NER tagged only the second: no crash, and
the compound source runs from the first name to the last."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from onrecord.attribute.phrase_shapes import _conjoined_names


def test_untagged_first_name_keeps_the_pair() -> None:
    # "Ms Jamieson and First Minister Jack McConnell met ...": the NER marks McConnell
    # as a person but not Jamieson, as the sm model did in a BBC politics article.
    words = ["Ms", "Jamieson", "and", "First", "Minister", "Jack", "McConnell", "met", "fans", "."]
    heads = [1, 7, 1, 4, 6, 6, 1, 7, 7, 7]
    deps = ["compound", "nsubj", "cc", "compound", "compound", "compound", "conj", "ROOT", "dobj", "punct"]
    ents = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents)
    assert _conjoined_names(doc[1]) == "Jamieson and First Minister Jack McConnell"
