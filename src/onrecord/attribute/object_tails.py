"""What a noun object is about, where the parser hung it on the verb: "admitted [his guilt
over the failure to install alarms]", "denied [any wrongdoing over the deal]". Alone, "his
guilt" says nothing of what the speaker admitted (an editor's PARTLY verdict, stop 46: the
content cut at "his guilt"). The rule-based object contents take such a phrase
(``object_content._TAIL_PREPS``); this does the same for the learned pass's nominal
contents, once the model has kept them (its features stay those it was trained on).
"""

from __future__ import annotations

from .boundaries import object_end
from .found import Found
from .speakers import is_temporal

# Prepositions that say what a noun object is about, rather than when, where or to whom it
# was said: "guilt over", "doubts about", "charges of", "an apology for", "a case against".
_ABOUT = ("over", "about", "of", "for", "against")
# A count of occasions says how often, not what about: "sought bankruptcy protection [for
# a second time]", "for the first time".
_OCCASIONS = frozenset(("time", "times", "occasion"))


def run_on_object_tail(found: Found) -> None:
    """Run a learned nominal content on over an "over/about/of/for/against" phrase that
    follows the object at once and that the parser hung on the verb."""
    cue = found.cue
    if cue is None or found.rule != "learned-dobj" or cue.pos_ != "VERB":
        return
    doc = cue.doc
    obj = next((c for c in cue.rights if c.dep_ == "dobj" and doc[c.right_edge.i].idx + len(doc[c.right_edge.i].text) == found.content[1]), None)
    if obj is None or obj.right_edge.i + 1 >= len(doc):
        return
    prep = doc[obj.right_edge.i + 1]
    if prep.head.i != cue.i or prep.dep_ != "prep" or prep.lower_ not in _ABOUT or is_temporal(prep) \
            or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children) \
            or any(c.dep_ == "pobj" and c.lemma_.lower() in _OCCASIONS for c in prep.children):
        return
    last = doc[object_end(doc, obj.left_edge.i, prep.right_edge.i)]
    while last.i > prep.i and last.is_punct:
        last = doc[last.i - 1]
    if last.i > prep.i:
        found.content = (found.content[0], last.idx + len(last.text))
