"""A relative "which" right after a document stands for the document.

"It summed up the attitude of many tech firms in its submission which states that its
products "are essentially tools ..."" (BBC tech/370): the parser hangs "which states" on
"attitude", the noun the prepositions hang from, and the attitude became the speaker. A
relative pronoun that follows a document noun at once ("submission", "report", "letter":
``lexicon.DOCUMENT_NOUNS``) inside the phrase of the noun the parser chose is that
document's: the writing of its issuer ("its submission" -> Intel), as "its submission
states" would be (``speaker_resolution._phrase``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import DOCUMENT_NOUNS


def document_before(relative: Token) -> Token | None:
    """The document noun right before the relative pronoun ``relative`` that the parser
    passed over for a noun above it ("the attitude of many tech firms in its submission
    which"), else None. RETURNS (Token | None)."""
    if relative.i == 0 or relative.lower_ not in ("which", "that") or relative.head.dep_ != "relcl":
        return None
    host, before = relative.head.head, relative.doc[relative.i - 1]
    if before.i == host.i or before.pos_ != "NOUN" or before.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return before if host in before.ancestors else None
