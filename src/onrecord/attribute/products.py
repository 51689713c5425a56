"""Products and bodies by the article's words. Products: a name the NER calls an organisation that the article writes as a made thing
("a copy protection system called RipGuard", "RipGuard, made by Macrovision", "Apple
unveiled the iPod Shuffle"). A product never speaks: "the firm" and "it" stand for the
company that makes it, never for the product (``org_kinds.compatible``,
``pronoun_fit.antecedent_fits``). Bodies: a one-word name the NER took for a person that
the clause refers back to with "its" or "itself" ("Yukos reacted by repeating its view",
"Baikal had bought itself trouble") is an organisation (``mark_self_references``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from .entities import STRONG, EntityTable
from .name_finding import name_tokens
from .names import name_key, span_text

PRODUCT = "product"

# Nouns a writer calls a made thing by ("a system called RipGuard", "its console, the PSP").
_PRODUCT_NOUNS = frozenset("""
product system device console player phone handset smartphone tablet computer laptop software program
programme browser application app game film movie album single song show series drug vaccine medicine
car model vehicle engine chip processor camera gadget tool brand format technology version
""".split())
# Participles that name the maker of a thing in "X, made by Y".
_MADE = frozenset("make develop build design produce manufacture create market sell".split())
# Verbs whose object is a thing put on sale, not a body ("Apple unveiled the iPod Shuffle").
_LAUNCHED = frozenset("launch unveil release introduce ship recall debut".split())
# Kinds that say a body whatever the product signals ("the mapping firm Keyhole").
_BODY_KINDS = frozenset("business bank broadcaster outlet agency association party campaign team court school".split())


def mark_products(doc: Doc, table: EntityTable, ents: tuple[Span, ...] | None = None) -> None:
    """Give the kind ``product`` to each organisation the article writes as a made thing,
    unless a descriptor or its name says it is a body (``ents``: doc.ents, when read already)."""
    for ent in doc.ents if ents is None else ents:
        if ent.label_ != "ORG" or not _made_thing(ent.root):
            continue
        tokens = name_tokens(ent, "ORG")
        if not tokens:
            continue
        name = span_text(tokens)
        entity = table.find(name, tokens[0].idx)
        if entity is None or entity.type != "organization" or entity.kinds & _BODY_KINDS:
            continue
        if name_key(name) == entity.key or name_key(name) in entity.alias_keys:
            entity.kinds.add(PRODUCT)
            _maker(table, ent.root)


def _maker(table: EntityTable, root: Token) -> None:
    """The named maker of a product ("made by Macrovision") is a business, whatever the
    NER took it for: "the firm" may then stand for it."""
    for made in (c for c in root.children if c.dep_ == "acl" and c.lemma_ in _MADE):
        for agent in (g for g in made.children if g.dep_ == "agent"):
            for pobj in (p for p in agent.children if p.dep_ == "pobj" and p.ent_type_):
                ent = next(e for e in pobj.doc.ents if e.start <= pobj.i < e.end)
                name = span_text(name_tokens(ent, "ORG"))
                maker = table.find(name, pobj.idx) if name else None
                if maker is not None and name_key(name) == maker.key and not maker.personal:
                    maker.kinds.add("business")
                    maker.votes["organization"] += STRONG


def _made_thing(root: Token) -> bool:
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _MADE and any(g.dep_ == "agent" for g in c.children)
           for c in root.children):
        return True  # "RipGuard, made by Macrovision"
    head = root.head
    if root.dep_ == "oprd" and head.lemma_ in ("call", "name", "dub", "brand") and head.head.lemma_ in _PRODUCT_NOUNS:
        return True  # "a system called RipGuard"
    if root.dep_ == "appos" and head.lemma_ in _PRODUCT_NOUNS:
        return True  # "its new console, the PSP"
    return root.dep_ == "dobj" and head.lemma_ in _LAUNCHED  # "Apple unveiled the iPod Shuffle"


def mark_self_references(doc: Doc, table: EntityTable) -> None:
    """Vote organisation for a one-word name of no known gender whose own clause refers back
    to it as "its" or "itself": a person is "his", "her", "himself" or "herself"."""
    # the pronouns are found in the LOWER column: a Python loop over every token costs more
    # than the whole rule (not "it": "Henman said it had been a tough match" is the match)
    lower = doc.to_array([LOWER])
    its, itself = (doc.vocab.strings.add(word) for word in ("its", "itself"))
    for i in numpy.flatnonzero((lower == its) | (lower == itself)):  # (numpy.isin sorts both: slower for two words)
        token = doc[int(i)]
        subject = _clause_subject(token)
        if subject is None or not subject.ent_type_ or any(t.pos_ in ("NOUN", "PROPN") for t in doc[subject.i + 1 : token.i]):
            continue  # ("Mourinho praised the club and its fans": the club's)
        entity = table.find(subject.text, subject.idx)
        if entity is not None and len(entity.key) == 1 and entity.key == name_key(subject.text) \
                and not entity.personal and entity.gender is None and not entity.titles:
            entity.votes["organization"] += STRONG


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the nearest verb above ``pronoun`` that has one other than it."""
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i]
        if subjects:
            return subjects[0] if subjects[0].i < pronoun.i else None
    return None
