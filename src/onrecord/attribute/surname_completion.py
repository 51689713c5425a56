"""A person the table knows by the surname alone, whom the article names in full once
(reader-judged stop 38: "Ebbers", "Connors" stored though the article gave the full name):
the surname joins the one full name that ends with it.

Two shapes the table's own joining misses (``EntityTable.add`` joins a short form to a
full name only when the full name came first, and only a name the NER labelled a person's):

- the full name entered after the surname, because the NER gave it another label ("Italy
  skipper Marco Bortolami", read as a body's, and "Bortolami" a person's);
- the full name entered not at all, because the NER cut it or missed it ("Tory Dominic
  Grieve" labelled "Tory Dominic"; "Russia's Elena Dementieva" unlabelled).

Precision first: only when exactly one person of the article has that surname, and the
first name is a known first name (or, for a name the table holds, the NER called a person).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .entities import STRONG, ArticleEntity, EntityTable
from .lexicon import DEMONYMS, TITLE_WORDS
from .names import gender_of_name, is_first_name, is_honorific
from .token_columns import words_of


def complete_surnames(doc: Doc, table: EntityTable) -> None:
    """Fold each one-word person of ``table`` into the single full name the article gives
    that surname (see the module's docstring)."""
    # (not a peer named so before the full name: another man, ``peer_names``)
    for short in [e for e in table if e.type == "person" and len(e.key) == 1 and not e.unnamed and not e.peer]:
        if short not in table.entities:
            continue
        surname = short.key[0]
        others = [e for e in table if e is not short and not e.unnamed and 2 <= len(e.key) <= 3
                  and e.key[-1] == surname and (e.type == "person" or not e.kinds)]
        # a relative a kin noun introduced ("his son, Omar Mateen") is not the surname's holder
        full = _full_in_table(others) if not any(e.kin for e in others) else None
        if full is None and not others:
            full = _full_in_text(doc, table, short)
        if full is not None and not _genders_differ(full, short):
            full.votes["person"] += STRONG
            table.merge(full, short)


def _full_in_table(others: list[ArticleEntity]) -> ArticleEntity | None:
    """The one full name of the table ending in the surname: a person's, or a name made of a
    known first name and the surname that the NER read as a body's ("Marco Bortolami")."""
    fits = [e for e in others if e.type == "person" or is_first_name(e.name.split()[0])]
    return fits[0] if len(fits) == 1 and len(others) == 1 else None


def _full_in_text(doc: Doc, table: EntityTable, short: ArticleEntity) -> ArticleEntity | None:
    """A first name written right before the surname ("Russia's Elena Dementieva"), the same
    first name wherever the article writes one there: the full name, entered in the table."""
    written = {w for w in [short.name, *short.aliases] if " " not in w}
    # the words read from the Doc's column once, a Token made only where one is written
    firsts = [doc[i - 1] for i, text in enumerate(words_of(doc)) if text in written and i > 0 and _first_name_before(doc[i])]
    if not firsts or len({f.text for f in firsts}) != 1:
        return None
    first = firsts[0]
    full = table.add(f"{first.text} {first.nbor(1).text}", first.idx, person=True)
    return full if full is not short else None


def _first_name_before(surname: Token) -> bool:
    first = surname.nbor(-1)
    return (first.is_title and first.is_alpha and first.pos_ == "PROPN" and is_first_name(first.text)
            and surname.pos_ == "PROPN" and first.whitespace_ == " " and not _runs_on(surname)
            and first.lower_ not in DEMONYMS and first.lower_ not in TITLE_WORDS and not is_honorific(first))


def _runs_on(surname: Token) -> bool:
    """ "Kilroy" of "Robert Kilroy-Silk": a hyphen glued after it, the surname runs on."""
    return not surname.whitespace_ and surname.i + 1 < len(surname.doc) and surname.nbor(1).text in ("-", "\u2013")


def _genders_differ(full: ArticleEntity, short: ArticleEntity) -> bool:
    """A sure gender on each side that differ ("Mrs Howard" is not Michael Howard)."""
    first = gender_of_name(full.name)
    return bool(short.gender_sure and short.gender and first and first != short.gender)
