"""A via named by reference back: "Michael Howard told the Sunday Times ... The changes would
all take place ..., Mr Howard told the paper." — "the paper" is the outlet the article named
before, not a common noun to drop (``occasions``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..schema import Span as SchemaSpan
from ..schema import Statement, Via
from .found import Found
from .quotes import text_of

# Generic heads that refer back to an outlet named before when they stand alone after "the".
REFERRING_HEADS = frozenset("paper newspaper programme program station magazine channel broadcaster network agency".split())
_TELLING = frozenset(("tell",))


def referred_audience(cue: Token | None) -> Token | None:
    """The audience of a telling cue that is only "the paper", "the programme": a bare
    generic head after "the", with no name of its own. RETURNS (Token | None) its head."""
    if cue is None:
        return None
    # "told the paper", and a saying's "to": "Weiner admitted to the newspaper that …"
    audiences = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")] if cue.lemma_.lower() in _TELLING else [
        o for c in cue.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    for child in audiences:
        if child.lemma_.lower() in REFERRING_HEADS:
            others = [t for t in child.subtree if t.i != child.i]
            if others and others[0].dep_ == "det" and others[0].lower_ == "the" and all(
                    _describing(t, child) for t in others[1:]):
                return child
    return None


def _describing(token: Token, head: Token) -> bool:
    """A word that only describes the outlet named before, between "the" and its head: "told
    the digital radio station", "told the German newspaper" — lower-case, no name of its own
    ("the BBC Today programme" names one), nothing after the head ("the paper's editor")."""
    return token.i < head.i and token.dep_ in ("amod", "compound") and token.pos_ in ("ADJ", "NOUN") and (
        token.text.islower())


def refer_back(doc: Doc, found: list[Found], statements: list[Statement]) -> list[Statement]:
    """Give a statement told to "the paper" the via the article named last before its cue.
    RETURNS (list[Statement]) in the same order."""
    named = sorted((s.via.span.start, s.via) for s in statements if s.via is not None and s.via.span is not None)
    if not named:
        return statements
    out = list(statements)
    text = doc.user_data.get("onrecord.text") or text_of(doc)
    for i, (s, f) in enumerate(zip(statements, found, strict=True)):
        audience = referred_audience(f.cue) if s.via is None else None
        if audience is None:
            continue
        earlier = [via for start, via in named if start < audience.idx]
        if not earlier or not _same_medium(audience, earlier[-1].name):
            continue
        span = SchemaSpan.of(text, audience.idx, audience.idx + len(audience.text))
        out[i] = s.model_copy(update={"via": Via(name=earlier[-1].name, span=span)})
    return out


# Words of a description and of a name that say which medium an outlet is: "the German
# newspaper" is not the BBC Radio Sheffield named before.
_BROADCAST = frozenset("radio television tv station channel broadcaster network programme program fm".split())
_PRINT = frozenset("paper newspaper magazine daily tabloid".split())
_PRINT_NAMES = frozenset("times post journal telegraph guardian herald mail mirror sun express observer "
                         "independent tribune chronicle gazette standard newspaper magazine".split())


def _same_medium(audience: Token, name: str) -> bool:
    """Whether an outlet described ("the local radio station") can be the one named: a
    broadcast description for no newspaper's name, a print one for no broadcaster's."""
    described = {t.lower_ for t in audience.subtree}
    words = {w.strip("'’s").lower() for w in name.split()}
    if described & _PRINT:
        return not words & _BROADCAST
    if described & _BROADCAST:
        return not words & _PRINT_NAMES
    return True
