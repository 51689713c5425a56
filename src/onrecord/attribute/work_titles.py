"""What stands before a role noun and is no body the person belongs to: a film, show or book
("Vanity Fair director Mira Nair", "Fahrenheit 9/11 director Michael Moore" have the title
`director` and no affiliation; docs/annotation.md: an affiliation is a body). The role's
field written in capitals ("Political Director") is title_parts.field_before_role."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .act_words import WORK_NOUNS
from .lexicon import SPOKESPEOPLE
from .org_kinds import ORG_DESCRIPTORS
from .role_words import PARTY_WORDS

# Roles held only towards a work, never in a body ("director", "writer" and "star" may be a
# firm's, a newspaper's or a club's).
_ROLES_OF_A_WORK = frozenset("author novelist screenwriter playwright lyricist composer creator co-creator".split())

# Roles held towards a work or in a body alike: a work's where the article calls the name a work.
_ROLES_OF_A_WORK_OR_BODY = frozenset("director presenter star host producer writer actor actress".split())

# Roles only a body has, never a work: the NER's "work of art" before them is a misread firm.
_ROLES_OF_A_BODY = SPOKESPEOPLE | frozenset("chairman chairwoman executive economist analyst".split())

# Nouns the article writes right before a work's name ("documentary Fahrenheit 9/11"): the
# works of act_words, a record's "single", a "series", and "films" as written (words, not lemmas).
_WORK_NOUNS = WORK_NOUNS | {"films", "single", "series"}
# doc.user_data key: where a word right after a lower-case work noun stands, found once per doc.
_AFTER_WORK_NOUN_KEY = "onrecord.after_work_noun"
# Nouns that open a body's "X of the Y" name beside org_kinds' descriptors ("Museum of the
# Moving Image", "Church of the Nazarene"): never a work's title.
_BODY_OPENERS = frozenset("museum church academy league order house temple cathedral gallery friends sisters brotherhood".split())


def a_work(words: Sequence[Token], role: Token) -> bool:
    """ "Vanity Fair director Mira Nair", "'Silent Harbour' director Anne Fox": a film, book or
    other work is no body: one the NER calls a work of art or the article quotes, any name
    not labelled a body before a role that only a work has ("Harry Potter author"), or a name
    the article writes elsewhere right after a work noun, before a role a work or a body may
    have ("documentary Fahrenheit 9/11 ... Fahrenheit 9/11 director Michael Moore", where the
    NER calls the film a body). RETURNS (bool)."""
    doc = words[0].doc
    first, last = words[0].i, words[-1].i
    quoted = first > 0 and doc[first - 1].is_quote and last + 1 < len(doc) and doc[last + 1].is_quote
    if quoted or _inside_a_title(words):
        return True
    if any(t.ent_type_ == "WORK_OF_ART" for t in words) and role.lower_ not in _ROLES_OF_A_BODY:
        return True  # (the NER's label alone: "Swiss Re's spokesman" speaks for a firm, no work has one)
    if role.lower_ in _ROLES_OF_A_WORK_OR_BODY and called_a_work(words):
        return True
    # a body the NER found only after a small word inside the name is the title's tail
    # ("Game of [Thrones] author George R.R. Martin"), no body before the role
    return role.lower_ in _ROLES_OF_A_WORK and not any(
        (t.ent_type_ in ("ORG", "GPE", "NORP", "LOC") and not _tail_after_small_word(t, first))
        or t.lower_ in PARTY_WORDS for t in words)


def _tail_after_small_word(token: Token, first: int) -> bool:
    """Whether the NER's entity holding ``token`` begins after a lower-case "of" or "the"
    that stands inside the words from ``first`` on."""
    doc, start = token.doc, token.i
    while start > first and doc[start].ent_iob_ == "I":
        start -= 1
    return start > first and doc[start - 1].text in ("of", "the")


def _inside_a_title(words: Sequence[Token]) -> bool:
    """ "Passion of the Christ director Mel Gibson", "Buffy the Vampire Slayer creator Joss
    Whedon": a name with a bare "the" after its first capitalised word (no preposition before
    it, as a body's "Friends of the Earth" has), or the words after "of the" or "to" of a
    capitalised run that no NER body holds, is a film's, a show's or a book's title, whatever
    the parse kept of it."""
    doc, first = words[0].doc, words[0].i
    inner = [t for t in words[1:] if t.lower_ == "the"]
    if any(doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha for t in inner):
        return True
    bodies, since = ("ORG", "GPE", "NORP", "LOC", "FAC"), first - 3
    if first >= 2 and doc[first - 1].lower_ == "to" and words[0].text[:1].isupper():
        # "Essential Guide to British Quangos 2005 author Dan Lewis": the title's tail after "to"
        opener, bodies, since = doc[first - 2], ("ORG", "FAC"), first
    elif first < 3 or doc[first - 1].lower_ != "the" or doc[first - 2].lower_ != "of" or not words[0].text[:1].isupper():
        return False
    else:
        opener = doc[first - 3]
    if opener.lemma_.lower() in ORG_DESCRIPTORS or opener.lower_ in _BODY_OPENERS:
        return False
    return opener.text[:1].isupper() and opener.is_alpha and not any(
        t.ent_type_ in bodies for t in doc[since : words[-1].i + 1])


def called_a_work(words: Sequence[Token]) -> bool:
    """Whether the article writes these words, capitalised as a name, right after a lower-case
    work noun somewhere ("anti-Bush documentary Fahrenheit 9/11", "the film Vanity Fair")."""
    doc, texts = words[0].doc, [t.text for t in words]
    if not texts[0][:1].isupper():
        return False
    starts = doc.user_data.get(_AFTER_WORK_NOUN_KEY)
    if starts is None:  # (asked for each role phrase: the whole doc is scanned once)
        starts = doc.user_data[_AFTER_WORK_NOUN_KEY] = frozenset(
            t.i + 1 for t in doc if t.lower_ in _WORK_NOUNS and t.text.islower())
    return any([w.text for w in doc[start : start + len(texts)]] == texts for start in starts)

