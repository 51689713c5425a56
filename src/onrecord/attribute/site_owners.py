"""A website named, then called "the site": "In a message posted on Suprnova.org on Sunday,
the site's controllers said ..." (BBC tech, development slice). The controllers are the
site's, so their affiliation is the site the article named last, not nothing. A site's name
shows in its address ("Suprnova.org") or where the article writes it before "site" or
"website" ("the Suprnova.org website")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .entities import EntityTable
from .quotes import text_of
from .token_columns import sentences_back

_SITE_NOUNS = frozenset("site website web-site".split())
_ADDRESS = re.compile(r"\.(?:com|org|net|co\.uk|org\.uk|tv|info)$", re.I)
# how many sentences back "the site" may reach for the site's name (this one and two before)
_SENTENCES_BACK = 2


def site_named_before(table: EntityTable | None, possessor: Token) -> str | None:
    """The name of the website "the site" (``possessor``) stands for: the last site named in
    its sentence or the two before. RETURNS (str | None)."""
    if possessor.lower_ not in _SITE_NOUNS or not any(c.lower_ in ("the", "that", "this") for c in possessor.lefts):
        return None
    doc = possessor.doc
    start = sentences_back(possessor, _SENTENCES_BACK)
    text = text_of(doc)
    for ent in reversed([e for e in doc.ents if e.label_ == "ORG" and start <= e.start and e.end <= possessor.i]):
        name = ent.text
        if _ADDRESS.search(name) or re.search(re.escape(name) + r" (?:web ?)?site\b", text):
            entity = table.find(name, ent.start_char) if table is not None else None
            return entity.name if entity is not None else name
    return None
