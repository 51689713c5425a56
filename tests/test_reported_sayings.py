"""An outlet's report that carries someone's saying: the saying keeps its speaker with the
outlet as its via, and the outlet is no speaker of it (attribute/reported_sayings.py)."""

from __future__ import annotations

import pytest
from conftest import record_of


@pytest.mark.parametrize(
    ("text", "speaker", "content", "via"),
    [
        ("Officials said the talks had stalled, Reuters reported Tuesday.", "Officials", "the talks had stalled", "Reuters"),
        ("The Trump campaign said the candidate will be attending events in Kansas on Saturday, CNN reported.",
         "Trump campaign", "the candidate will be attending events in Kansas on Saturday", "CNN"),
        ("Senator John Smith said the bill would pass next month, the New York Times reported on Thursday.",
         "John Smith", "the bill would pass next month", "New York Times"),
    ],
)
def test_the_outlet_relays_the_saying_it_reports(text, speaker, content, via):
    record = record_of(text, "2016-03-05")
    assert [(s.speaker.name, s.content.text, s.via.name if s.via else None, s.act) for s in record] == [
        (speaker, content, via, "speech")
    ]


def test_an_outlet_reporting_on_its_own_stays_its_writing():
    (statement,) = record_of("The talks have stalled, Reuters reported on Tuesday.", "2016-03-05")
    assert (statement.speaker.name, statement.act, statement.content.text) == ("Reuters", "writing", "The talks have stalled")


def test_a_tag_whose_verb_is_the_sentence_root_is_still_a_tag():
    # the file's first sentence with the parse that hangs the saying on the outlet's verb
    # (parataxis, not ccomp): the tag's verb is the sentence root, its own head; compared by
    # identity it was never the tag's head, so the tag stayed a content of its own
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from onrecord.attribute.found import Found
    from onrecord.attribute.reported_sayings import _is_reporting_tag

    words = ["Officials", "said", "the", "talks", "had", "stalled", ",", "Reuters", "reported", "Tuesday", "."]
    doc = Doc(Vocab(), words=words, spaces=[True] * 5 + [False, True, True, True, False, False],
              heads=[1, 8, 3, 5, 5, 1, 8, 8, 8, 8, 8],
              deps=["nsubj", "parataxis", "det", "nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "npadvmod", "punct"],
              lemmas=["official", "say", "the", "talk", "have", "stall", ",", "Reuters", "report", "Tuesday", "."],
              pos=["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"])
    tag = Found(content=(doc[7].idx, doc[9].idx + len("Tuesday")), cue=doc[1], cue_range=None, speaker=doc[0],
                rule="verb-clause", confidence=0.9)
    assert _is_reporting_tag(tag)
