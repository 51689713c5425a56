"""The spaCy components of the article's entities and their resolution, run after the
parser and the NER, before ``onrecord_attributions``:

* ``onrecord_entities`` collects the entity table (``mentions.collect``) into
  ``doc._.entities`` (an ``entities.EntityTable``);
* ``onrecord_coref`` puts a resolver for that table on ``doc._.coref``
  (``resolver.Resolver``), with its settings as the component's config::

      nlp.add_pipe("onrecord_coref", config={"pronoun_window": 1500})

``onrecord_attributions`` resolves each statement's speaker through ``doc._.coref``, which
keeps the chain of speakers it resolved (``doc._.coref.chain``); the table, with every
speaker's entity marked, becomes ``Article.entities`` (``doc._.article_entities``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import mentions
from .entities import EntityTable
from .resolver import Resolver, Settings

for _name in ("entities", "coref", "article_entities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory(
    "onrecord_entities",
    default_config={"lead_sentences": mentions.LEAD_SENTENCES},
    requires=["token.dep", "doc.ents"],
    assigns=["doc._.entities"],
)
def make_entities(nlp: Language, name: str, lead_sentences: int) -> EntityCollector:
    """The entity table component.

    lead_sentences (int): how many opening sentences may name a role before the person
        ("The information commissioner says ... Richard Thomas condemned ...").
    """
    if lead_sentences < 0:
        raise ValueError("onrecord_entities: lead_sentences must be >= 0")
    return EntityCollector(lead_sentences)


class EntityCollector:
    """Write ``doc._.entities``: every person and organisation the article mentions."""

    def __init__(self, lead_sentences: int) -> None:
        self.lead_sentences = lead_sentences

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = mentions.collect(doc, lead_sentences=self.lead_sentences)
        return doc


@Language.factory(
    "onrecord_coref",
    default_config={"pronoun_window": 1200, "nominal_window": 2000, "salience_margin": 0.15},
    requires=["doc._.entities"],
    assigns=["doc._.coref"],
)
def make_coref(nlp: Language, name: str, pronoun_window: int, nominal_window: int, salience_margin: float) -> Coreference:
    """The resolver component; its settings are ``resolver.Settings``."""
    if pronoun_window <= 0 or nominal_window <= 0 or salience_margin < 0:
        raise ValueError("onrecord_coref: pronoun_window and nominal_window must be > 0, salience_margin >= 0")
    return Coreference(Settings(pronoun_window, nominal_window, salience_margin))


class Coreference:
    """Put a resolver for the Doc's entity table on ``doc._.coref``."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        table = doc._.entities if doc._.entities is not None else mentions.collect(doc)
        doc._.entities = table
        doc._.coref = Resolver(doc, table, self.settings)
        return doc


def resolver_of(doc: Doc) -> Resolver:
    """The Doc's resolver, built with the default settings where the pipeline has no
    ``onrecord_coref`` (a pipeline put together by hand). RETURNS (Resolver)."""
    if doc._.coref is None:
        table: EntityTable = doc._.entities if doc._.entities is not None else mentions.collect(doc)
        doc._.entities = table
        doc._.coref = Resolver(doc, table)
    return doc._.coref
