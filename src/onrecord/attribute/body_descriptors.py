"""What a news writer calls a body besides its name: "UK research consultancy Analysys",
"Analysys, a research consultancy,", "chip maker Intelon". The descriptor (the common noun
and the nouns that qualify it) becomes the body's own word, so that a later "the research
consultancy said" or "the maker said", which no person in the article holds as a role and
no kind of body (``org_kinds``) takes up, is that body, when the article describes no other
body so (two consultancies named leave "the consultancy" unresolved). A plural written
before one body's name ("administrators Deloitte") makes a later "Administrators said" that body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .entities import ArticleEntity, EntityTable
from .lexicon import GROUP_NOUNS
from .org_kinds import BODY_FIRST_ROLES, OPEN_ANAPHORS, opening_descriptor
from .role_tokens import is_role_noun
from .role_words import ROLE_QUALIFIERS

if TYPE_CHECKING:
    from .phrases import Phrase
    from .resolved import Resolved

_QUALIFIERS = ("compound", "amod", "nmod")
# Nouns that qualify a body's name rather than describe the body ("the New Hampshire state
# Senate", "city council"): "the state said" is no such body.
_NOT_DESCRIPTORS = ROLE_QUALIFIERS | frozenset("city county town country nation region district province world "
                                               "federal government party home".split())


def descriptor_of(noun: Token) -> tuple[str, ...] | None:
    """The descriptor a common noun gives: its lemma after the lower-case nouns that qualify
    it ("research consultancy" -> ("research", "consultancy")); None for a word that is no
    common noun in lower case (a name, a capitalised role). RETURNS (tuple | None)."""
    if noun.pos_ != "NOUN" or not noun.text[:1].islower() or noun.tag_ == "NNS" or len(noun.text) < 3:
        return None
    qualifiers = [t.lemma_.lower() for t in noun.lefts
                  if t.dep_ in _QUALIFIERS and t.pos_ == "NOUN" and t.text[:1].islower()]
    return (*qualifiers, noun.lemma_.lower())


def note_descriptors(entity: ArticleEntity, head: Token, premodifiers: list[Token], phrases: list[Token]) -> None:
    """Record on ``entity`` the descriptors its mention at ``head`` gives: the noun right
    before the name ("chip maker Intelon") and a noun in apposition ("Analysys, a research
    consultancy,"); only a body's are read (``described_body``), and an office is none (a
    role is the role resolver's)."""
    nouns = [premodifiers[-1]] if premodifiers else []
    nouns += [p for p in phrases if p.i != head.i]
    for noun in nouns:
        found = descriptor_of(noun) if noun.pos_ == "NOUN" else None
        if found is None and opening_descriptor(noun):
            found = (noun.lower_,)  # "Consultancy Strategy Analytics said", capitalised as the sentence opens
        if premodifiers and noun.i == premodifiers[-1].i and _plural_before_one_name(noun, head):
            # "administrators Deloitte", "auditors KPMG": a firm of such people, kept in the
            # plural as written, so that a later bare "Administrators said" is that firm
            # (not "analysts Jupiter Research": "analysts" alone are any analysts)
            entity.descriptors.add((noun.lower_,))
        if found is None and premodifiers and noun.i == premodifiers[-1].i:
            # the premodifiers as a run: "chip maker" with "chip" a compound of the name
            words = [t for t in premodifiers if t.pos_ == "NOUN" and t.text[:1].islower()]
            found = tuple(t.lemma_.lower() for t in words) or None
            if found and words[-1].i != noun.i:
                found = None
        if found and found[-1] not in _NOT_DESCRIPTORS and not (is_role_noun(noun, strict=True) and found[-1] not in BODY_FIRST_ROLES):
            # ("Mayor Don Guardian", whom the NER read as a body: an office is a person's)
            entity.descriptors.add(found)


def _plural_before_one_name(noun: Token, head: Token) -> bool:
    """A lower-case plural noun right before one name ("administrators Deloitte"), not one
    for any people of a trade ("analysts", "experts": ``GROUP_NOUNS``)."""
    return noun.tag_ == "NNS" and noun.pos_ == "NOUN" and noun.text.islower() and noun.lower_ not in GROUP_NOUNS \
        and head.dep_ != "conj" and not any(c.dep_ == "conj" for c in head.children)


def described_body(resolver: Any, phrase: Phrase, offset: int, resolved: Resolved) -> ArticleEntity | None:
    """The body a definite singular ``phrase`` stands for by a descriptor the article gave
    it, where that says more than what the other rules ``resolved``: a telling noun ("the
    research consultancy", "the maker") left unresolved is the one body so described before
    ``offset``; an open one ("the group", "the firm"), which recency otherwise decides, is
    the body the lead made its subject with that very noun before its name ("Irish
    publishing group Independent News & Media is buying a stake in … Dainik Jagran … the
    group said" -> Independent News & Media; not "Alphabet, the parent company of Google,"
    in a markets report, whose "the company" recency decides). RETURNS (ArticleEntity | None)."""
    head = phrase.head
    if phrase.plural and head.tag_ == "NNS":
        return _firm_of_plural(resolver, head, offset, resolved)
    if phrase.plural or head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    wanted = descriptor_of(head)
    if wanted is None:
        return None
    noun, qualifiers = wanted[-1], set(wanted[:-1])
    found = [e for e in resolver.table.organisations() if not e.unnamed and e.type == "organization"
             and any(m < offset for m in e.mentions)
             and any(d[-1] == noun and qualifiers <= set(d) for d in e.descriptors)]
    if len(found) != 1:
        return None
    if noun not in OPEN_ANAPHORS:
        if resolved.how in _UNRESOLVED:
            return found[0]
        # a titled person the discourse rules took for "the miner", when the article wrote
        # "Miner Highland Gold": the body so described ("... said Ivan Kulakov, deputy chairman
        # of Highland Gold. The miner said")
        title = resolved.entity.primary_role()[0] if resolved.how == "role-discourse" and resolved.entity else None
        return found[0] if title and title.lower().split()[-1] != noun else None
    chosen = resolved.entity
    if resolved.how not in _UNRESOLVED + ("nominal",) or chosen is found[0]:
        return None
    return found[0] if _lead_subject(resolver.table, found[0], head.doc) else None


_UNRESOLVED = ("role-unresolved", "nominal-unresolved", "unnamed")


def _firm_of_plural(resolver: Any, head: Token, offset: int, resolved: Resolved) -> ArticleEntity | None:
    """ "Administrators said" after "administrators Deloitte": a bare or definite plural left
    unnamed is the one body the article named after that very plural before ``offset``
    (``note_descriptors``); a plural with its own owner or phrase ("administrators of the
    pension fund", "its auditors") is someone else's."""
    if resolved.how not in _UNRESOLVED:
        return None
    if any(c.dep_ in ("poss", "prep", "nummod") or c.dep_ == "det" and c.lower_ != "the" for c in head.children):
        return None
    found = [e for e in resolver.table.organisations() if not e.unnamed and e.type == "organization"
             and any(m < offset for m in e.mentions) and (head.lower_,) in e.descriptors]
    return found[0] if len(found) == 1 else None


def _lead_subject(table: EntityTable, entity: ArticleEntity, doc) -> bool:
    """Whether ``entity`` is a clause subject in the first sentence after the headline."""
    first = next((t for t in doc if t.idx > table.headline_end and not t.is_space), None)
    if first is None:
        return False
    sentence = first.sent
    return any(e is entity and sentence.start_char <= o < sentence.end_char for o, e in table.subjects)
