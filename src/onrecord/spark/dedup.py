"""Duplicates across a whole crawl, decided as ``ingest`` decides them: in input order, a
document is stored unless an earlier *stored* one has its id (text hash) or its URL.

That rule is sequential (whether a document is stored depends on whether the earlier one
it collides with was), so it is computed in rounds on the documents' keys alone: a
document whose id and URL no earlier remaining document shares is stored; then every
remaining document that shares a key with a stored one is a duplicate. Each round stores
at least the earliest undecided document, and in practice one or two rounds decide all.
"""

from __future__ import annotations

from collections.abc import Sequence

from pyspark.sql import DataFrame, Window
from pyspark.sql import functions as F

__all__ = ["first_copies", "stored_with_totals"]


def first_copies(keys: DataFrame, *, order: str = "input_order", carry: Sequence[str] = ()) -> DataFrame:
    """The documents ingest would store.

    keys (DataFrame): one row per document, with ``order`` (unique, input order), ``id``
        and ``url`` (null when unknown: never a duplicate by URL).
    carry (Sequence[str]): more columns of ``keys`` to keep beside ``order`` (the job sums
        the kept articles' statement counts from them, without joining the articles again).
    RETURNS (DataFrame): the ``order`` column (and ``carry``) of the documents to keep.
    """
    return stored_with_totals(keys, order=order, carry=carry)[0]


def stored_with_totals(keys: DataFrame, *, order: str = "input_order", carry: Sequence[str] = ()) -> tuple[DataFrame, tuple[int, ...]]:
    """``first_copies`` and, from the same Spark jobs, its totals: (kept documents, then the
    sum of each ``carry`` column over them, 0 when empty).

    Each round is one job: the round's rows are checkpointed lazily and the aggregate that
    says whether any document is still undecided computes them, so a round costs no separate
    checkpoint job and no emptiness job, and the last round's aggregate is the totals.
    """
    by_id, by_url = Window.partitionBy("id"), Window.partitionBy("url")
    has_url = F.col("url").isNotNull()
    alive = keys.select(order, "id", "url", *carry).withColumn("kept", F.lit(False))
    while True:
        first_by_id = F.min(order).over(by_id) == F.col(order)
        first_by_url = ~has_url | (F.min(F.when(has_url, F.col(order))).over(by_url) == F.col(order))
        alive = alive.withColumn("kept", F.col("kept") | (first_by_id & first_by_url))
        stored = F.col("kept").cast("int")
        collides = (F.max(stored).over(by_id) > 0) | (has_url & (F.max(F.when(has_url, stored)).over(by_url) > 0))
        # localCheckpoint: each round starts from the last one's rows, not its whole plan;
        # lazy, so that the aggregate below is the job that computes and keeps them
        alive = alive.withColumn("collides", collides)
        alive = alive.filter(F.col("kept") | ~F.col("collides")).drop("collides").localCheckpoint(eager=False)
        undecided, *totals = alive.agg(
            F.count(F.when(~F.col("kept"), 1)), F.count(F.lit(1)), *(F.coalesce(F.sum(c), F.lit(0)) for c in carry)
        ).first()  # fmt: skip
        if undecided == 0:
            return alive.select(order, *carry), tuple(totals)
