"""A relative "which" right after a document is the document's writing, even where the
parser hangs the clause on a noun above it (``relative_documents``): BBC tech/370 (a dev
slice) and an invented sentence of its shape."""

from __future__ import annotations

from onrecord import extract

_INTEL = (
    "Intel filed a document with the Supreme Court earlier this month in defence of Grokster and others. "
    "It summed up the attitude of many tech firms in its submission which states that its products \"are "
    "essentially tools, that like any other tools, capable of being used by consumers and businesses for "
    "unlawful purposes\".")


def _stating(text: str):
    (s,) = [s for s in extract(text, "2005-03-30").statements if s.cue is not None and s.cue.text == "states"]
    return s


def test_which_after_a_submission_is_the_submission_of_its_issuer():
    s = _stating(_INTEL)
    assert s.speaker.name == "Intel" and s.speaker.document == "submission" and s.act == "writing"
    assert s.speaker.name != "attitude" and s.speaker.affiliation is None


def test_which_after_a_report_is_the_report_of_its_issuer():
    text = ("The Treasury published its plans on Monday. It explained the thinking of the ministers in its report "
            "which says that the tax \"will raise money for schools\".")
    (s,) = [s for s in extract(text, "2005-03-30").statements if s.cue is not None and s.cue.text == "says"]
    assert s.speaker.name == "Treasury" and s.speaker.document == "report" and s.act == "writing"


# BBC politics/085 (a dev slice): "It" stands for the report its publisher put out, so what
# it says is written, as "the report says" would be.
_UNIT = (
    "The report is published by the Efficiency in Government Unit - a joint effort by right of centre think "
    "tanks the Economic Research Council and the Centre for Policy Studies. It says before a new public body is "
    "set up, an assessment should be made whether its proposed role is already carried out by an existing "
    "charity.")


def test_it_standing_for_a_published_report_writes():
    (s,) = [s for s in extract(_UNIT, "2005-02-01").statements if s.cue is not None and s.cue.text == "says"]
    assert s.speaker.document == "report" and s.act == "writing"
