"""The writer's next clause about the speaker, joined to a reported clause (issue 12, judged
"partly" on a BBC sample: "Bewlay admitted ... *and faces up to four years in prison*").

A reported clause after a past cue is backshifted ("admitted that he *had stolen* the
money"); a verb joined to it by "and", with no subject of its own (so the content's subject,
the speaker), that either

- falls back into the writer's present ("... and *faces* up to four years in prison",
  "... and *is* due in court"), or
- moves the story on with an adverb of what came after ("told police he had not seen the
  cyclist *and was later arrested*"),

(joined by "and") is the journalist's narration of what befell the speaker, a consequence the speaker does not
assert: the content ends before the "and". A present in a content that is itself present
("says the firm is doing well and expects growth") or a clause with a subject of its own
("... and it was approved") is left to the content, precision first.
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import BELIEF_LEMMAS, INTENTION_LEMMAS
from .deps import SUBJECT_DEPS
from .found import Found
from .quotes import text_of

# Personal pronouns that, as the reported clause's subject, are the speaker themself.
_SPEAKER_PRONOUNS = frozenset("he she they".split())
# Adverbs that move a story on past the saying: "and was *later* arrested".
_AFTERWARDS = frozenset("later subsequently afterwards afterward since".split())
# Tags of the writer's present.
_PRESENT = frozenset(("VBZ", "VBP"))
# Verbs of the speaker's own mind, which a present tense does not hand to the writer.
_MIND_LEMMAS = BELIEF_LEMMAS | INTENTION_LEMMAS


def cut_narrated_conjunct(found: Found) -> bool:
    """End a reported clause before a joined verb that narrates what befell its speaker
    (module docstring). RETURNS whether it was cut."""
    cue = found.cue
    if cue is None or cue.is_punct or cue.pos_ != "VERB" or cue.tag_ not in ("VBD", "VBN"):
        return False
    start, end = found.content
    if any(mark in text_of(cue.doc)[start:end] for mark in "\"“”"):
        return False  # a quotation keeps its own ends (quote_ends.py)
    for comp in cue.children:
        if comp.dep_ != "ccomp" or not start <= comp.idx < end or not _backshifted(comp):
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in _SPEAKER_PRONOUNS for c in comp.children):
            continue  # "said the plan had failed and faces ...": the plan, not the speaker
        for joined in comp.children:
            if joined.dep_ != "conj" or joined.i < comp.i or joined.idx >= end or not _narrated(joined):
                continue
            cc = [c for c in comp.children if c.dep_ == "cc" and comp.i < c.i < joined.i]
            if not cc or cc[-1].lower_ != "and":
                continue  # "..., but hasn't decided what she'll be doing next" goes on with her account
            stop = cc[-1].i
            last = stop - 1
            while last > comp.i and cue.doc[last].is_punct:
                last -= 1
            if cue.doc[last].idx <= start:
                return False
            found.content = (start, cue.doc[last].idx + len(cue.doc[last].text))
            return True
    return False


def _backshifted(verb: Token) -> bool:
    """ "had stolen", "was", "would go": a past tense or a past modal on the reported verb."""
    return verb.tag_ == "VBD" or any(
        a.dep_ in ("aux", "auxpass") and a.i < verb.i and (a.tag_ == "VBD" or a.lower_ in ("would", "could"))
        for a in verb.children)


def _narrated(joined: Token) -> bool:
    """A joined verb with no subject in the writer's present, or with an adverb of what came
    after: "and faces ...", "and was later arrested"."""
    if joined.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in joined.children):
        return False
    auxes = [a for a in joined.children if a.dep_ in ("aux", "auxpass") and a.i < joined.i]
    if any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in joined.children):
        return True  # "and later saw his lawyer": the writer's, whatever the verb
    if {joined.lemma_.lower(), joined.lower_.removesuffix("s")} & _MIND_LEMMAS:
        # "and hopes to visit the site", "and expects the work to begin": her own mind (the
        # word itself too: the lemmatiser reads "hopes" as "hop")
        return False
    if any(a.tag_ == "MD" or a.lemma_.lower() in ("have", "do") for a in auxes) or any(c.dep_ == "neg" for c in joined.children):
        # "and would repay it" is backshifted with the rest; "and has not decided", "and
        # doesn't know" may be the speaker's own state, unshifted
        return False
    return (auxes[0].tag_ if auxes else joined.tag_) in _PRESENT
