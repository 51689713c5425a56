"""A via named by reference back: "Michael Howard told the Sunday Times ... The changes would
all take place ..., Mr Howard told the paper." — "the paper" is the outlet the article named
before, not a common noun to drop (``occasions``). The outlet may be named outside any via:
"The Times reported on Tuesday that ... The paper quoted John Smith as saying ...", "Mr Brown
gave an interview to the Guardian. He told the newspaper ..."."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..schema import Span as SchemaSpan
from ..schema import Statement, Via
from .found import Found
from .lexicon import OUTLETS
from .parse_repairs import quoted_source, quoting_verb
from .quotes import text_of

# Generic heads that refer back to an outlet named before when they stand alone after "the".
REFERRING_HEADS = frozenset("paper newspaper programme program station magazine channel broadcaster network agency".split())
_TELLING = frozenset(("tell",))


def referred_audience(cue: Token | None) -> Token | None:
    """The audience of a telling cue that is only "the paper", "the programme": a bare
    generic head after "the", with no name of its own. RETURNS (Token | None) its head."""
    if cue is None:
        return None
    if quoted_source(cue) is not None:
        # "The paper quoted John Smith as saying ...", "... was quoted by the newspaper as saying"
        verb = quoting_verb(cue)
        quoting = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
            (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return quoting if quoting is not None and _bare_reference(quoting) else None
    # "told the paper", and a saying's "to": "Weiner admitted to the newspaper that …"
    audiences = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")] if cue.lemma_.lower() in _TELLING else [
        o for c in cue.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    return next((child for child in audiences if _bare_reference(child)), None)


def _bare_reference(token: Token) -> bool:
    """ "the paper", "the German newspaper": a generic head after "the", no name of its own."""
    if token.lemma_.lower() not in REFERRING_HEADS:
        return False
    others = [t for t in token.subtree if t.i != token.i]
    return bool(others) and others[0].dep_ == "det" and others[0].lower_ == "the" and all(
        _describing(t, token) for t in others[1:])


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
    text = doc.user_data.get("onrecord.text") or text_of(doc)
    outlets = _outlets_named(doc, [f.content for f in found])
    if not named and not outlets:
        return statements
    out = list(statements)
    for i, (s, f) in enumerate(zip(statements, found, strict=True)):
        audience = referred_audience(f.cue) if s.via is None else None
        if audience is None:
            continue
        earlier = [(start, via.name) for start, via in named if start < audience.idx and _same_medium(audience, via.name)]
        earlier += [(start, name) for start, name in outlets if start < audience.idx and _a_medium_of(audience, name)]
        if not earlier:
            continue
        name = max(earlier)[1]
        span = SchemaSpan.of(text, audience.idx, audience.idx + len(audience.text))
        out[i] = s.model_copy(update={"via": Via(name=name, span=span)})
    return out


def _outlets_named(doc: Doc, contents: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The known outlets the article names outside what was said, as (start, name): "The Times
    reported ...", "gave an interview to the Guardian"."""
    named = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "WORK_OF_ART") or any(a <= ent.start_char < b for a, b in contents):
            continue
        name = ent.text.removesuffix("'s").removesuffix("’s").strip().removeprefix("The ").removeprefix("the ")
        if name.lower() in OUTLETS or f"the {name.lower()}" in OUTLETS:  # the tagger leaves "The" of "The Times" out
            named.append((ent.start_char, name))
    return named


# Words of a description and of a name that say which medium an outlet is: "the German
# newspaper" is not the BBC Radio Sheffield named before.
_BROADCAST = frozenset("radio television tv station channel broadcaster network programme program fm".split())
_PRINT = frozenset("paper newspaper magazine daily tabloid".split())
_PRINT_NAMES = frozenset("times post journal telegraph guardian herald mail mirror sun express observer "
                         "independent tribune chronicle gazette standard newspaper magazine".split())


def _a_medium_of(audience: Token, name: str) -> bool:
    """Whether an outlet the article only named is the one described: the description says its
    medium and the name is of that medium ("the paper" the Times, "the station" BBC Radio 4);
    not "the paper" after a mention of Twitter, which may be any paper."""
    described = {t.lower_ for t in audience.subtree}
    words = _name_words(name)
    if described & _PRINT:
        return bool(words & _PRINT_NAMES) and not words & _BROADCAST
    return bool(described & _BROADCAST and words & _BROADCAST)


def _name_words(name: str) -> set[str]:
    """A name's words, lower-cased, without a possessive ("Fox's" -> fox; "Times" stays times)."""
    return {w.lower().removesuffix("'s").removesuffix("’s").strip("'’") for w in name.split()}


def _same_medium(audience: Token, name: str) -> bool:
    """Whether an outlet described ("the local radio station") can be the one named: a
    broadcast description for no newspaper's name, a print one for no broadcaster's."""
    described = {t.lower_ for t in audience.subtree}
    words = _name_words(name)
    if described & _PRINT:
        return not words & _BROADCAST
    if described & _BROADCAST:
        return not words & _PRINT_NAMES
    return True
