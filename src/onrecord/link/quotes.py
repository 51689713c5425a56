"""Quotations across articles: one quotation, every report of it (docs/quotes.md).

``QuoteLinker`` gives every statement (direct, mixed and indirect) the id of the quotation
it reports, ``Statement.quote_id``:

1. the same words after normalisation (``store.quotekeys.normalize_quote``) are the same
   quotation: one probe of the exact key. Under ``SHARED_MIN_WORDS`` words ("this", "the
   plans") only the same speaker's words are (an unnamed speaker's stay in their article);
2. otherwise, a text of at least ``NEAR_MIN_WORDS`` words joins the quotation of the most
   similar stored text found through its MinHash band keys and containment marks, when the
   two are near-duplicates on their word 3-grams: Jaccard >= ``JACCARD_MIN`` (light edits,
   a trimmed end), or the shorter text's 3-grams found in the longer for at least
   ``CONTAINMENT_MIN`` (a fragment of a longer quote, containment rather than Jaccard;
   a fragment of at least ``CONTAINMENT_MIN_WORDS`` words); never a text of the same
   article, where an overlapping text is another statement (a nested attribution), not
   another report;
3. otherwise it founds a quotation of its own, with a provisional id the store replaces by
   the next quotation number (sequential ids keep the quote tables' inserts at the end of
   their indexes, which is most of what linking costs in a large store).

The speaker is not part of the match: the same words given to two speakers stay one
quotation, and the quotation page shows that the reports disagree. Linking is
incremental: a batch costs a few index probes per statement, whatever the store's size.
Quotations never merge after the fact (their ids are in links and exports); ``reset``
and a relink in stored order rebuild them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..schema import Article
from ..store import Store
from ..store.quotekeys import NEAR_MIN_WORDS, QuoteKeys, StoredVariant, similarity, statement_keys
from ..store.rows import speaker_key

__all__ = ["CONTAINMENT_MIN", "CONTAINMENT_MIN_WORDS", "JACCARD_MIN", "QuoteLinker", "rebuild_quotes", "without_quotes"]

# Thresholds on word 3-grams, from reading BBC candidates and the hand-checked sample
# (docs/quotes.md). A fragment joins by containment alone only with CONTAINMENT_MIN_WORDS
# words: 8- and 9-word fragments matched stock phrases ("in the best interests of the")
# and claims inside other people's denials.
JACCARD_MIN = 0.5
CONTAINMENT_MIN = 0.8
CONTAINMENT_MIN_WORDS = 10


class QuoteLinker:
    """Sets ``Statement.quote_id`` on every statement of a batch (the link stage's
    ``Linker``); the store saves the quote tables with the batch."""

    name = "quotes"

    def __init__(self, on_merge: Callable[[QuoteKeys, StoredVariant, float], None] | None = None) -> None:
        # Told of every near-duplicate decision (new text, the text it joined, score): how
        # benchmarks/quotes.py samples merges for checking by hand.
        self.on_merge = on_merge

    def link(self, store: Store, articles: Sequence[Article]) -> list[Article]:
        """The articles with every statement's ``quote_id`` decided afresh (copies)."""
        keys = [[statement_keys(s.content.text, speaker_key(s), a.id) for s in a.statements] for a in articles]
        flat = [k for per_article in keys for k in per_article]
        if not flat:
            return list(articles)
        known = store.quote_variants({k.exact for k in flat})
        near = {key for k in flat if k.exact not in known for key in k.near}
        postings = store.quote_postings(near) if near else {}
        candidates = store.quote_variants({v for found in postings.values() for v in found} - known.keys())
        index = _BatchIndex({**candidates, **known}, postings, self.on_merge)
        linked = []
        for article, per_article in zip(articles, keys):
            statements = [s.model_copy(update={"quote_id": index.assign(k, article.id)}) for s, k in zip(article.statements, per_article)]
            linked.append(article.model_copy(update={"statements": statements}))
        return linked

    def reset(self, store: Store) -> None:
        """Forget every quotation in the store (before a relink links every article again)."""
        store.clear_quotes()


def near_duplicate(a: QuoteKeys | StoredVariant, b: QuoteKeys | StoredVariant) -> tuple[float, float] | None:
    """(score, jaccard) when two texts are near-duplicates, else None. Texts under
    NEAR_MIN_WORDS words never are: a few words match another sentence too easily."""
    if min(a.words, b.words) < NEAR_MIN_WORDS:
        return None
    sim = similarity(a.norm, b.norm)
    if sim.jaccard >= JACCARD_MIN or (sim.containment >= CONTAINMENT_MIN and sim.shorter_words >= CONTAINMENT_MIN_WORDS):
        return (max(sim.jaccard, sim.containment), sim.jaccard)
    return None


class _BatchIndex:
    """The stored variants a batch can meet, plus the batch's own new ones, so that two
    reports in the same batch link to each other as they would across batches."""

    def __init__(self, variants: dict[int, StoredVariant], postings: dict[int, list[int]],
                 on_merge: Callable[[QuoteKeys, StoredVariant, float], None] | None = None) -> None:
        self.variants = dict(variants)
        self.postings = {key: list(found) for key, found in postings.items()}
        self.on_merge = on_merge
        # The article that brought each of the batch's own variants.
        self.origin: dict[int, str] = {}

    def assign(self, keys: QuoteKeys, article_id: str) -> str:
        hit = self.variants.get(keys.exact)
        if hit is not None:
            return hit.quote_id
        best = self._best(keys, article_id)
        quote_id = best[1].quote_id if best is not None else keys.provisional_id
        if best is not None and self.on_merge is not None:
            self.on_merge(keys, best[1], best[0])
        self.variants[keys.exact] = StoredVariant(keys.exact, quote_id, keys.norm, keys.words)
        self.origin[keys.exact] = article_id
        for key in keys.near:
            self.postings.setdefault(key, []).append(keys.exact)
        return quote_id

    def _best(self, keys: QuoteKeys, article_id: str) -> tuple[float, StoredVariant] | None:
        """The most similar near-duplicate among the variants sharing a key; ties go to the
        smaller exact key (deterministic, so a relink decides the same). Never a text of the
        same article: there a near-duplicate is another, overlapping statement (a nested
        attribution, "X said Y told her Z"), not another report."""
        best: tuple[tuple[float, float, int], StoredVariant] | None = None
        seen: set[int] = set()
        for key in keys.near:
            for h in self.postings.get(key, ()):
                if h in seen or h not in self.variants or self.origin.get(h) == article_id:
                    continue
                seen.add(h)
                candidate = self.variants[h]
                scored = near_duplicate(keys, candidate)
                if scored is None:
                    continue
                rank = (scored[0], scored[1], -h)
                if best is None or rank > best[0]:
                    best = (rank, candidate)
        return (best[0][0], best[1]) if best else None


def rebuild_quotes(store: Store, *, batch_size: int = 200) -> int:
    """Link every stored article's quotations again, oldest stored first, one committed
    batch at a time (what ``onrecord relink`` does for every linker; for tests and
    benchmarks of this one alone). RETURNS (int): articles linked."""
    linker = QuoteLinker()
    linker.reset(store)
    done = 0
    batch: list[Article] = []
    for article in store.iter_stored_order():
        batch.append(article)
        if len(batch) >= batch_size:
            store.save_quote_links(linker.link(store, batch))
            done += len(batch)
            batch = []
    if batch:
        store.save_quote_links(linker.link(store, batch))
        done += len(batch)
    return done


def without_quotes(article: Article) -> Article:
    """The article without quote ids (as extraction, or the Spark job, leaves it)."""
    if not any(s.quote_id for s in article.statements):
        return article
    return article.model_copy(update={"statements": [s.model_copy(update={"quote_id": None}) for s in article.statements]})
