"""An "it" that is a device, not a speaker (stop 47, issue 12).

"The phone stores the data for months, and investigators were surprised by what it said
about its owner": a phone, a handset or a computer "says" what its data show, and the
narration is the writer's, not a statement of the device nor of its maker. An editor judged
such a statement wrong. The "it" goes with the subject the text last gave it: the nearest
singular subject before it, in its own sentence or the one before. When that subject is a
device noun and no body's name, the finding is no one's statement (``non_statements``);
"Nokia launched a new phone on Monday. It said ..." keeps the company, the subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS

# Made things that record or show data, never a body that speaks. Works and documents
# ("the film", "the report", "the ad") are not here: PolNeAR marks what they say.
DEVICE_NOUNS = frozenset("""
phone handset smartphone mobile tablet computer laptop pc device gadget console player camera
chip processor machine robot sensor tracker recorder meter car vehicle satellite server router
""".split())


def device_speaks(speaker: Token) -> bool:
    """Whether ``speaker`` is an "it" whose antecedent, by the subject the text last gave,
    is a device ("The phone ... what it said about its owner"). RETURNS (bool)."""
    if speaker.lower_ != "it" or speaker.dep_ not in SUBJECT_DEPS:
        return False
    antecedent = _last_subject(speaker)
    return antecedent is not None and antecedent.lemma_.lower() in DEVICE_NOUNS and antecedent.pos_ == "NOUN" \
        and not antecedent.ent_type_


def _last_subject(pronoun: Token) -> Token | None:
    """The nearest singular noun subject before ``pronoun``, in its sentence or the one
    before (an "it" of its own chain passes it on: "It stores ... it said")."""
    doc = pronoun.doc
    sentence = pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(doc[start : pronoun.i]):
        # (pronouns and plurals pass: an earlier "it" goes on with the same antecedent, and
        # "investigators", "he" are no antecedent of "it")
        if token.dep_ in SUBJECT_DEPS and token.tag_ in ("NN", "NNP"):
            return token
    return None
