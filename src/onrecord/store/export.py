"""Exports of a store: JSONL (one Article per line, lossless), CSV and Parquet (one row per
statement, flat columns, the shape a spreadsheet or pandas expects)."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .. import errors
from ..schema import Article, Statement
from .names import speaker_id
from .rows import statement_date

# Columns of a statement row in CSV, Parquet and ``search --format csv``, in order.
STATEMENT_FIELDS: tuple[str, ...] = (
    "article_id", "position", "date", "kind", "content", "content_start", "content_end",
    "cue", "speaker_id", "speaker_name", "speaker_type", "speaker_title", "speaker_affiliation",
    "speaker_mention", "via", "when_date", "when_precision", "when_expression", "confidence",
    "explanation", "article_title", "article_url", "outlet", "published", "source",
)  # fmt: skip

# Rows per Parquet row group: large enough for good compression, small enough to stream.
PARQUET_ROW_GROUP = 50_000


def statement_record(article: Article, position: int, s: Statement) -> dict[str, Any]:
    """One flat row for a statement of ``article`` (keys STATEMENT_FIELDS)."""
    date = statement_date(s, article)
    return {
        "article_id": article.id,
        "position": position,
        "date": date.isoformat() if date else None,
        "kind": s.kind,
        "content": s.content.text,
        "content_start": s.content.start,
        "content_end": s.content.end,
        "cue": s.cue.text if s.cue else None,
        "speaker_id": speaker_id(s.speaker.name, s.speaker.type) if s.speaker.name else None,
        "speaker_name": s.speaker.name,
        "speaker_type": s.speaker.type,
        "speaker_title": s.speaker.title,
        "speaker_affiliation": s.speaker.affiliation,
        "speaker_mention": s.speaker.mention.text if s.speaker.mention else None,
        "via": s.via.name if s.via else None,
        "when_date": s.when.date.isoformat() if s.when else None,
        "when_precision": s.when.precision if s.when else None,
        "when_expression": s.when.expression if s.when else None,
        "confidence": s.confidence,
        "explanation": s.explanation,
        "article_title": article.title,
        "article_url": article.url,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
    }


def statement_records(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    for article in articles:
        for i, s in enumerate(article.statements):
            yield statement_record(article, i, s)


def write_jsonl(articles: Iterable[Article], out: IO[str]) -> int:
    """One Article per line. RETURNS (int): statements written."""
    n = 0
    for article in articles:
        out.write(article.model_dump_json() + "\n")
        n += len(article.statements)
    return n


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Statement rows with a header line. RETURNS (int): rows written."""
    writer = csv.DictWriter(out, fieldnames=STATEMENT_FIELDS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(record)
        n += 1
    return n


def parquet_schema():
    """The Arrow schema of the Parquet export: dates as date32, offsets as int32."""
    import pyarrow as pa

    types = {
        "position": pa.int32(), "content_start": pa.int32(), "content_end": pa.int32(),
        "date": pa.date32(), "when_date": pa.date32(), "published": pa.date32(), "confidence": pa.float64(),
    }  # fmt: skip
    return pa.schema([(name, types.get(name, pa.string())) for name in STATEMENT_FIELDS])


def write_parquet(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Statement rows to a Parquet file (zstd), streamed in row groups. RETURNS (int): rows."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    dates = [name for name in STATEMENT_FIELDS if schema.field(name).type == pa.date32()]
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        chunk: list[dict[str, Any]] = []

        def flush() -> None:
            if chunk:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk.clear()

        for record in records:
            for name in dates:
                if record[name] is not None:
                    record[name] = dt.date.fromisoformat(record[name])
            chunk.append(record)
            n += 1
            if len(chunk) >= PARQUET_ROW_GROUP:
                flush()
        flush()
    return n


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, renamed onto it only when the block succeeds:
    an interrupted export never leaves half a file under the real name."""
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise errors.InputError(errors.E_NOT_FOUND.format(source=str(directory)))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def export(articles: Iterable[Article], fmt: str, output: Path | None, stdout: IO[str]) -> int:
    """Write ``articles`` as ``fmt`` (jsonl, csv, parquet) to ``output`` or ``stdout``.
    RETURNS (int): statements written."""
    if fmt == "parquet":
        if output is None:
            raise errors.ConfigError(errors.E_PARQUET_NEEDS_FILE)
        with atomic_path(output) as tmp:
            return write_parquet(statement_records(articles), tmp)
    if output is None:
        return write_jsonl(articles, stdout) if fmt == "jsonl" else write_csv(statement_records(articles), stdout)
    with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8", newline="") as out:
        return write_jsonl(articles, out) if fmt == "jsonl" else write_csv(statement_records(articles), out)
