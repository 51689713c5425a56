"""The quotation-centric export (``onrecord export --shape quotes``): one row per quotation
in the fields of Quotebank's quotation-centric files (Vaucher et al., WSDM 2021;
quotes-YYYY.json.bz2), so code written for Quotebank reads it, plus onrecord's own fields.
docs/schema.md ("Quotations, Quotebank shape") documents each field.

Where onrecord differs: ``quoteID`` is onrecord's quotation id (Quotebank's is
"YYYY-MM-DD-{n:06d}"); ``qids`` is left empty (onrecord links no Wikidata); ``probas`` are
the shares of the reports naming each speaker (Quotebank's are model probabilities summed
over occurrences); ``phase`` (Quotebank's crawl phase A-E) is null.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .quote_models import QuoteDetail

# Quotebank's quotation-centric fields, in its order, then onrecord's.
QUOTEBANK_FIELDS: tuple[str, ...] = ("quoteID", "quotation", "speaker", "qids", "date", "numOccurrences", "probas", "urls", "phase")
ONRECORD_FIELDS: tuple[str, ...] = ("speakerID", "speakers", "numArticles", "numOutlets", "firstOutlet", "firstArticleID", "kind")
QUOTE_EXPORT_FIELDS = QUOTEBANK_FIELDS + ONRECORD_FIELDS
# Quotebank writes "None" for an unknown speaker, in ``speaker`` and in ``probas``.
NO_SPEAKER = "None"
_OPENING = "\"“«„'‘"
_CLOSING = "\"”»“'’"


def bare_quotation(text: str) -> str:
    """The words of a quotation without the quote marks around it and the comma before
    the closing mark (Quotebank's ``quotation``): '"I've surprised myself,"' -> "I've
    surprised myself". A text that is not one quote from end to end is left as it is."""
    bare = text.strip()
    inner = bare[1:-1]
    if len(bare) > 2 and bare[0] in _OPENING and bare[-1] in _CLOSING and not any(m in inner for m in "\"“”«»„"):
        bare = inner.strip()
        return bare[:-1].rstrip() if bare.endswith(",") else bare
    return bare


def quotebank_record(quote: QuoteDetail) -> dict[str, Any]:
    """One quotation in Quotebank's shape (keys QUOTE_EXPORT_FIELDS)."""
    named = Counter(r.speaker_name or NO_SPEAKER for r in quote.report_list)
    total = sum(named.values()) or 1
    probas = [[name, f"{n / total:.4f}"] for name, n in sorted(named.items(), key=lambda kv: (-kv[1], kv[0] == NO_SPEAKER, kv[0]))]
    urls = list(dict.fromkeys(r.article_url for r in quote.report_list if r.article_url))
    return {
        "quoteID": quote.id,
        "quotation": bare_quotation(quote.text),
        "speaker": quote.speaker_name or NO_SPEAKER,
        "qids": [],
        "date": f"{quote.first_date.isoformat()} 00:00:00" if quote.first_date else None,
        "numOccurrences": quote.reports,
        "probas": probas,
        "urls": urls,
        "phase": None,
        "speakerID": quote.speaker_id,
        "speakers": quote.speakers,
        "numArticles": quote.articles,
        "numOutlets": quote.outlets,
        "firstOutlet": quote.first_outlet,
        "firstArticleID": quote.first_article_id,
        "kind": quote.kind,
    }


def quote_arrow_schema():
    """The Arrow schema of the Parquet quotation export: lists as Arrow lists."""
    import pyarrow as pa

    types = {
        "qids": pa.list_(pa.string()), "urls": pa.list_(pa.string()), "probas": pa.list_(pa.list_(pa.string())),
        "numOccurrences": pa.int64(), "speakers": pa.int32(), "numArticles": pa.int32(), "numOutlets": pa.int32(),
    }  # fmt: skip
    return pa.schema([(name, types.get(name, pa.string())) for name in QUOTE_EXPORT_FIELDS])


def write_quotes_jsonl(quotes: Iterable[QuoteDetail], out: IO[str]) -> int:
    """One quotation per line. RETURNS (int): quotations written."""
    n = 0
    for quote in quotes:
        out.write(json.dumps(quotebank_record(quote), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_quotes_parquet(quotes: Iterable[QuoteDetail], path: Path, row_group: int = 50_000) -> int:
    """Quotations to a Parquet file (zstd), streamed in row groups. RETURNS (int): rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = quote_arrow_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        chunk: list[dict[str, Any]] = []
        for quote in quotes:
            chunk.append(quotebank_record(quote))
            n += 1
            if len(chunk) >= row_group:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
        if chunk:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    return n


def export_quotes(quotes: Iterable[QuoteDetail], fmt: str, output: Path | None, stdout: IO[str]) -> int:
    """Write quotations as ``fmt`` (jsonl or parquet) to ``output`` or ``stdout``, atomically
    for a file. RETURNS (int): quotations written."""
    from .. import errors
    from .export import atomic_path

    if fmt not in ("jsonl", "parquet"):
        raise errors.ConfigError(errors.E_QUOTES_SHAPE_FORMAT.format(fmt=fmt))
    if fmt == "parquet":
        if output is None:
            raise errors.ConfigError(errors.E_PARQUET_NEEDS_FILE)
        with atomic_path(output) as tmp:
            return write_quotes_parquet(quotes, tmp)
    if output is None:
        return write_quotes_jsonl(quotes, stdout)
    with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8", newline="") as out:
        return write_quotes_jsonl(quotes, out)
