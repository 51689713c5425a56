"""Full names a kin noun introduces ("his son, Omar Mateen"), where the surname already
belongs to someone else of the article.

An article about a father names the son in passing: "Mateen ... called the massacre by his
son, Omar Mateen". The son's full name is the only one in the entity table with that
surname (the NER often misses the father's), so every later bare "Mateen" would join the
son (``EntityTable.find``). The kin noun says the name is a relative of someone the article
is about, and a bare surname written before the introduction says that someone holds the
surname too: the relative then takes no bare surname. A bare surname with no other holder
left becomes its own person ("Mateen"), which is the article's main holder: no wrong name.

Precision first: only a possessive kin noun right before a name of two or three capitalised
words (no "Jr."/"Sr." after it, a suffix other holders share), only when the surname was
written before, by itself or after another first name, and only a name the kin noun is the
first to give (``EntityTable.add``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .lexicon import KIN_NOUNS, TITLE_WORDS
from .quotes import text_of

if TYPE_CHECKING:
    from .entities import ArticleEntity

_KIN = "|".join(sorted(KIN_NOUNS | {"sons", "daughters"}, key=len, reverse=True))
# "his son, Omar Mateen", "her late husband Tom Smith", "Smith's eldest daughter, Jane Smith"
_INTRODUCED = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'-]*(?:'s|’s))\s+(?:(?:late|eldest|oldest|youngest|younger|elder|older|"
    r"estranged|former|only|twin|\d+-year-old)\s+)?(?:" + _KIN + r"),?\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b(?!\s*[A-Z]|,?\s*(?:Jr|Sr)\b)")
_OLDER = {"father", "mother", "grandfather", "grandmother", "stepfather", "stepmother", "uncle", "aunt"}
_YOUNGER = {"son", "sons", "daughter", "daughters", "grandson", "granddaughter", "stepson", "stepdaughter",
            "nephew", "niece"}
# "The elder Mateen", "the younger Bush": which of two relatives the surname is
_GENERATION = re.compile(r"\b(?P<word>elder|younger)\s+(?P<surname>[A-Z][a-z'’-]+)\b")


def kin_introduced(doc: Doc) -> dict[int, str]:
    """Offset of each full name a kin noun introduces -> its generation against the one it is
    kin of ("elder": "his father, ..."; "younger": "his son, ..."; "same": "his wife, ..."),
    for the names whose surname the article wrote before for someone else (see the module's
    docstring). RETURNS (dict[int, str])."""
    text = text_of(doc)
    out: dict[int, str] = {}
    for match in _INTRODUCED.finditer(text):
        words = match["name"].split()
        surname, first = words[-1], words[0]
        earlier = [m.start() for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text[: match.start()])]
        # not the same person's own name written earlier ("Omar Mateen ... his son, Omar Mateen")
        if any(not text[max(0, s - len(first) - 1): s].startswith(first) for s in earlier):
            kin = match[0].split()[-1 - len(words)].rstrip(",").lower()
            out[match.start("name")] = "elder" if kin in _OLDER else "younger" if kin in _YOUNGER else "same"
    return out


def generations(doc: Doc) -> dict[int, str]:
    """Offset of a surname (and of its phrase's first words) an age word picks a relative by
    -> "elder" or "younger" ("The elder Mateen also said"); of a relative's surname a title
    goes before -> "titled" ("Former President Clinton": the title, not the kin noun, says
    who). RETURNS (dict[int, str])."""
    out: dict[int, str] = {}
    text = text_of(doc)
    for match in _GENERATION.finditer(text):
        the = text.rfind(" ", 0, match.start() - 1) + 1  # "The" of "The elder Mateen"
        for offset in (match.start("surname"), match.start(), the):
            out[offset] = match["word"]
    for surname in {m["name"].split()[-1] for m in _INTRODUCED.finditer(text)}:
        for match in re.finditer(r"(?:\b[A-Za-z-]+\s+)?\b(?P<title>[A-Z][a-z]+)\.?\s+" + re.escape(surname) + r"\b", text):
            if match["title"].lower() in TITLE_WORDS:
                for offset in (match.start(), match.start("title"), match.end() - len(surname)):
                    out.setdefault(offset, "titled")
    return out


def by_generation(candidates: list[ArticleEntity], surname: str, age: str | None,
                  gender: str | None = None) -> list[ArticleEntity]:
    """A bare surname's holders less the relatives a kin noun introduced ("his son, Omar
    Mateen" takes no bare "Mateen" from his father); "the elder"/"the younger" picks the one
    whose generation it names, the relative itself where the kin noun says so, none where
    the article cannot tell. An honorific's gender only one of them has picks that one ("his
    wife, Jane Smith ... Mrs Smith")."""
    kin = [e for e in candidates if e.kin and e.key[-1] == surname]
    if not kin or gender and [e for e in candidates if e.gender_sure and e.gender == gender] == kin[:1]:
        return candidates
    others = [e for e in candidates if e not in kin]
    if age == "titled":
        return candidates  # the title's holder, as the table picks for any name
    if age is None:
        return others
    named = [e for e in kin if e.kin == age]
    if named:
        return named
    # "his son, Omar Mateen ... the elder Mateen": the one he is the son of
    return others if all(e.kin not in ("same", age) for e in kin) else []
