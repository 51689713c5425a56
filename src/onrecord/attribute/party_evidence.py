"""Whether a capitalised "Conservative" or "Liberal" opening a sentence names a party
(issue 11). "Conservative leader Michael Howard" is a Tory in a British article; in an
American one, "Conservative icon Phyllis Schlafly" is capitalised only because the sentence
starts there, and "conservative" is her politics, no body she belongs to. The article
decides: a party where it names such parties elsewhere ("the Tories", "Labour", "the
Conservative Party", "Liberal Democrats") or no American ones.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .quotes import text_of

_IDEOLOGIES = frozenset(("conservative", "liberal", "progressive"))
# Words that show the article is about parties that these labels name.
_PARTY_EVIDENCE = re.compile(r"\b(?:Tory|Tories|Labour|Conservatives|Conservative Party|Liberals|Liberal Party|"
                             r"Liberal Democrats?|Lib Dems?|Progressive Conservatives?|NDP|SNP|Plaid)\b")
# Words of American politics, where these labels are no party's: without them the article
# keeps the label ("Conservative family spokeswoman Theresa May", BBC, no other Tory word).
_AMERICAN = re.compile(r"\b(?:Republicans?|Democrats?|GOP|Democratic Party|Congress|Senate|America|Americans?|U\.S\.)(?!\w)")
_KEY = "onrecord.party_evidence"


def ideology_opening_sentence(token: Token) -> bool:
    """A sentence-initial "Conservative/Liberal/Progressive" in an article that names no
    such party anywhere: the politics, capitalised by its place, not an affiliation."""
    if token.lower_ not in _IDEOLOGIES or not token.is_sent_start or token.i + 1 >= len(token.doc) \
            or not token.doc[token.i + 1].is_lower:  # (a body's name goes on: "Conservative Solutions PAC")
        return False
    doc = token.doc
    if _KEY not in doc.user_data:  # (once per article: split_role asks of many phrases)
        doc.user_data[_KEY] = _PARTY_EVIDENCE.search(text_of(doc)) is not None or _AMERICAN.search(text_of(doc)) is None
    return not doc.user_data[_KEY]
