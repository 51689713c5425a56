"""A person's surname the article writes again where the NER labelled nothing (issue 11,
stop 45): "Minar won the next five. ... Minar, ranked 158th in the world, was forced to
pull out ... "For me, this was a big success," said the 20-year-old" — the NER missed the
second "Minar", so the table never saw Minar as that sentence's subject, and the epithet
went to the player named more often, two paragraphs up. The entity table is built from the
NER's spans (``mentions.collect``); this pass adds the bare recurrences it left out, as
mentions and, where the word is a clause subject outside quotations, as named subjects
(the pronoun and epithet antecedents, ``resolver.Resolver._antecedents``).

Precision first: only a capitalised proper noun standing alone (no capitalised word on
either side: "Minar Street" is another name), outside the headline (title case there says
nothing), no entity of any label covering it, and a surname exactly one person of the
table has (two Robertses: the bare word could be either).
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc

from .deps import NOUN_SUBJECT_DEPS
from .entities import EntityTable
from .prefilter import member_mask


def add_surname_recurrences(doc: Doc, table: EntityTable, quotes: list[tuple[int, int]]) -> None:
    """Note each bare, unlabelled recurrence of a surname only one person of ``table`` has
    as that person's mention (and named subject, outside ``quotes``)."""
    holders: dict[str, list] = {}
    for entity in table.people():
        if not entity.unnamed and entity.key and len(entity.key[-1]) > 2:
            holders.setdefault(entity.key[-1], []).append(entity)
    sole = {surname: people[0] for surname, people in holders.items() if len(people) == 1}
    if not sole or not len(doc):
        return
    strings = doc.vocab.strings
    wanted = numpy.array(sorted(strings.add(s) for s in sole), dtype="uint64")  # (sorted: ``member_mask``)
    labelled = doc.to_array("ENT_IOB") != 2  # (2 = "O": outside every entity)
    for i in numpy.flatnonzero(member_mask(doc.to_array(LOWER), wanted) & ~labelled).tolist():
        token = doc[i]
        if token.idx < table.headline_end or token.pos_ != "PROPN" or not token.is_title \
                or not token.text[:1].isupper() or any(ch.isdigit() for ch in token.text):
            continue  # (a name opens with a capital letter: not "1Xtra", a station the NER made a person)
        if i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" \
                or i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN":
            continue  # part of a longer name
        entity = sole[token.lower_]
        if token.idx in entity.mentions:
            continue
        entity.mentions.append(token.idx)
        if token.dep_ in NOUN_SUBJECT_DEPS and not any(s <= token.idx < e for s, e in quotes):
            entity.subjects += 1
            table.subjects.append((token.idx, entity))
