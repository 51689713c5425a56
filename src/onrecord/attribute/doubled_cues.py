"""A reporting verb written twice over one quotation, the second with no subject (issue 11,
stop 45, BBC dev slice, a text defect): 'He added: said "Young people who are engaged ...
are essential ..."'. The clause pass finds both: "added" with the content 'said "Young
..."' and the bare "said" with the quotation, a statement with no speaker, whose quotation
run then leaves the next quotations with no speaker too. The bare verb is a stray word of
the first cue's content: one statement, the first cue's, whose content starts after it.

A report given whole, then tagged (stop 46, BBC dev slice): "It said incentives to register
... risked undermining the integrity of the system, MPs said." The tag's content would be
the whole report, "It said" included, a second statement of the same words: the tag is
dropped and the report, its own subject and cue, stands (``drop_tags_over_reports``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .found import Found
from .lexicon import DOCUMENT_NOUNS, SPEECH_VERBS

# Verbs that only report what a text or a speaker says: "It said ...", "The report found ...".
_PLAIN_REPORTS = frozenset("say add state find report conclude".split())


def fold_doubled_cues(found: list[Found]) -> list[Found]:
    """Fold each finding whose cue is a subjectless speech verb opening another finding's
    content into that finding (see the module's docstring). RETURNS (list[Found])."""
    strays: set[int] = set()  # positions in ``found``
    for k, inner in enumerate(found):
        cue = inner.cue
        if cue is None or inner.speaker is not None or cue.lemma_.lower() not in SPEECH_VERBS \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or inner.content[0] <= cue.idx:
            continue
        outer = next((g for g in found if g.cue is not None and g.cue.i < cue.i and g.content[0] == cue.idx
                      and g.content[1] >= inner.content[1]), None)
        if outer is not None and all(t.is_punct for t in cue.doc[outer.cue.i + 1 : cue.i]):
            # ("added: said": only punctuation between the two verbs)
            outer.content = (inner.content[0], outer.content[1])
            strays.add(k)
    return [f for k, f in enumerate(found) if k not in strays]


def drop_tags_over_reports(found: list[Found]) -> list[Found]:
    """Drop each trailing tag ("..., MPs said") whose content is another finding given whole,
    its subject first ("It said incentives ..."): one statement, the inner one's.
    RETURNS (list[Found])."""
    tags: set[int] = set()  # positions in ``found``
    # the findings that may be a tag's inner report, by (its speaker's start, its content's
    # end): each tag then looks up its own, not every finding (quadratic in long articles)
    inners: dict[tuple[int, int], list[int]] = {}
    for j, inner in enumerate(found):
        # (the inner finding a plain report by a pronoun or a document: "Patriots by definition wanted
        # ..., Mr Straw said" is Straw's, "Teachers have criticised the tests, the union said" the union's)
        if inner.speaker is not None and inner.cue is not None and not inner.cue.is_punct \
                and inner.cue.lemma_.lower() in _PLAIN_REPORTS and _report_voice(inner.speaker) \
                and inner.speaker.i < inner.cue.i:
            inners.setdefault((inner.speaker.idx, inner.content[1]), []).append(j)
    for k, outer in enumerate(found):
        cue = outer.cue
        if cue is None or cue.pos_ != "VERB" or outer.rule == "according-to" or outer.content[1] > cue.idx:
            continue  # (a tag is a verb after its content; "..., according to Reuters" makes a via)
        if any(j != k for j in inners.get((outer.content[0], outer.content[1]), ())):
            tags.add(k)
    return [f for k, f in enumerate(found) if k not in tags]


def _report_voice(speaker: Token) -> bool:
    """A pronoun or a document as the inner report's subject: "It said", "the report said"."""
    return speaker.pos_ == "PRON" or speaker.lemma_.lower() in DOCUMENT_NOUNS
