"""A verbal judgment whose only words are a quoted piece of its object: "praised Lord
Scarman's "ability to listen"" names what was praised, with the speaker's phrase for it;
it states no claim, so it stays a stance as a bare object does (docs/annotation.md,
"Acts", the stop-35 rule), where ``words_given`` would read any run of quoted words with
a verb in it as the words said. A quotation that is a clause ("condemned the attack:
"This is barbaric"") or stands outside the object is still what was said.
"""

from __future__ import annotations

from spacy.tokens import Token

from .act_words import JUDGMENT_GROUNDS
from .found import Found
from .quotes import mark_positions

# Tags of a finite verb: a clause inside the quotation says something.
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))


def quoted_object_only(found: Found, cue: Token) -> bool:
    """Whether a judgment's content is its direct object, a noun phrase, with quotation
    marks inside it and no finite verb: "praised Lord Scarman's 'ability to listen'".
    RETURNS (bool)."""
    if found.rule != "verb-object":
        return False
    span = cue.doc.char_span(*found.content, alignment_mode="expand")
    objects = [o for o in cue.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")]
    if span is None or not objects or not mark_positions(span):
        return False
    inside = {t.i for t in objects[0].subtree}
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.i in inside for t in words) and not any(
        t.tag_ in _FINITE or _grounds(t, cue) for t in span)


def _grounds(token: Token, cue: Token) -> bool:
    """A judgment's grounds the parser hung inside the object: "hailed the vote *as*
    'fantastic'", "accused the men *of being* 'deeply involved'", "accused his party's
    leadership *of* a 'major breach of trust'" (an accusation's "of" always says of what)."""
    if token.dep_ != "prep" or token.lower_ not in JUDGMENT_GROUNDS:
        return False
    return (token.lower_ != "of" or cue.lemma_.lower() == "accuse"
            or any(c.tag_ == "VBG" or c.dep_ == "pcomp" for c in token.children))
