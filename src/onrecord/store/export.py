"""Exports of a store: JSONL (one Article per line, lossless), CSV and Parquet (one row per
statement, flat columns, the shape a spreadsheet or pandas expects).

The Parquet shapes are also the tables of the Spark job (``onrecord.spark``), which
``onrecord load`` reads back: statements (exactly ``export --format parquet``'s rows),
articles (each with its statements as lossless JSON) and failures. Each table is defined
once here, as its fields and an Arrow schema."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from .. import errors
from ..schema import Article, Entity, Failure, Statement
from .rows import statement_date
from .tally import statement_speaker_id

# Columns of a statement row in CSV, Parquet and ``search --format csv``, in order.
STATEMENT_FIELDS: tuple[str, ...] = (
    "article_id", "position", "date", "kind", "content", "content_start", "content_end",
    "cue", "speaker_id", "speaker_name", "speaker_type", "speaker_title", "speaker_affiliation",
    "speaker_mention", "via", "when_date", "when_precision", "when_expression", "confidence",
    "explanation", "article_title", "article_url", "outlet", "published", "source", "act",
    "quote_id",
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
        "speaker_id": statement_speaker_id(s),  # canonical once linked
        "speaker_name": s.speaker.name,
        "speaker_type": s.speaker.type,
        "speaker_title": s.speaker.title,
        "speaker_affiliation": s.speaker.affiliation,
        "speaker_mention": s.speaker.mention.text if s.speaker.mention else None,
        "via": s.via.name if s.via else None,
        "when_date": s.when.date.isoformat() if s.when and s.when.date else None,
        "when_precision": s.when.precision if s.when else None,
        "when_expression": s.when.expression if s.when else None,
        "confidence": s.confidence,
        "explanation": s.explanation,
        "article_title": article.title,
        "article_url": article.url,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "act": s.act,
        "quote_id": s.quote_id,
    }


def statement_records(articles: Iterable[Article], acts: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
    """The rows of the articles' statements of these ``acts`` (None: every act); a row's
    ``position`` stays the statement's index in its Article."""
    for article in articles:
        for i, s in enumerate(article.statements):
            if acts is None or s.act in acts:
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


# Arrow types of the columns that are not strings, for every Parquet table.
_ARROW_TYPES: dict[str, str] = {
    "input_order": "int64", "position": "int32", "content_start": "int32", "content_end": "int32", "statement_count": "int32",
    "date": "date32", "when_date": "date32", "published": "date32", "confidence": "float64", "skipped": "bool_",
}  # fmt: skip

# The articles table of the Spark job: where the article came in the job's input (load
# stores articles in that order, as ingest would have), an Article's fields, its statements
# as JSON (the lossless form ``onrecord load`` reads back) and their number.
ARTICLE_TABLE_FIELDS: tuple[str, ...] = (
    "input_order", "id", "source", "url", "title", "published", "outlet", "language", "text", "statement_count", "statements", "entities",
)  # fmt: skip
# The failures table of the Spark job: one row per document that failed or was skipped.
FAILURE_TABLE_FIELDS: tuple[str, ...] = ("source", "stage", "reason", "skipped")


def _arrow_schema(fields: Iterable[str]):
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, _ARROW_TYPES.get(name, "string"))()) for name in fields])


def parquet_schema():
    """The Arrow schema of the Parquet export (and of the Spark job's statements table):
    dates as date32, offsets as int32."""
    return _arrow_schema(STATEMENT_FIELDS)


def article_table_schema():
    """The Arrow schema of the Spark job's articles table."""
    return _arrow_schema(ARTICLE_TABLE_FIELDS)


def failure_table_schema():
    """The Arrow schema of the Spark job's failures table."""
    return _arrow_schema(FAILURE_TABLE_FIELDS)


def parquet_values(record: dict[str, Any], schema) -> dict[str, Any]:
    """``record`` with the ISO dates of its date32 columns as ``datetime.date``, as Arrow
    (and Spark's DateType) take them. RETURNS (dict): the same dict, changed in place."""
    import datetime as dt

    for field in schema:
        if _ARROW_TYPES.get(field.name) == "date32" and isinstance(record.get(field.name), str):
            record[field.name] = dt.date.fromisoformat(record[field.name])
    return record


@lru_cache(maxsize=None)
def _json_lists() -> tuple[Any, Any]:
    # built once: a TypeAdapter compiles its schema (0.17 ms a pair, per article before)
    from pydantic import TypeAdapter

    return TypeAdapter(list[Statement]), TypeAdapter(list[Entity])


def article_table_record(article: Article, input_order: int | None = None) -> dict[str, Any]:
    """One row of the articles table (keys ARTICLE_TABLE_FIELDS)."""
    statements, entities = _json_lists()
    return {
        "input_order": input_order, "id": article.id, "source": article.source, "url": article.url, "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet, "language": article.language, "text": article.text,
        "statement_count": len(article.statements),
        "statements": statements.dump_json(article.statements).decode("utf-8"),
        # the article's entity table, which Speaker.entity indexes (JSON, like statements)
        "entities": entities.dump_json(article.entities).decode("utf-8"),
    }  # fmt: skip


def article_from_table(record: dict[str, Any]) -> Article:
    """The Article an articles-table row holds. RETURNS (Article): equal to the one written."""
    fields = {name: record.get(name) for name in ARTICLE_TABLE_FIELDS if name not in ("input_order", "statements", "statement_count", "entities")}
    return Article.model_validate({**fields, "statements": json.loads(record["statements"]),
                                   "entities": json.loads(record.get("entities") or "[]")})


def failure_table_record(failure: Failure) -> dict[str, Any]:
    """One row of the failures table (keys FAILURE_TABLE_FIELDS)."""
    return {"source": failure.source, "stage": failure.stage, "reason": failure.reason, "skipped": failure.skipped}


def failure_from_table(record: dict[str, Any]) -> Failure:
    """The Failure a failures-table row holds."""
    return Failure(record["source"], record["stage"], record["reason"], skipped=bool(record["skipped"]))


def write_parquet(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Statement rows to a Parquet file (zstd), streamed in row groups. RETURNS (int): rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        chunk: list[dict[str, Any]] = []

        def flush() -> None:
            if chunk:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk.clear()

        for record in records:
            chunk.append(parquet_values(record, schema))
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
    if target.is_dir():
        raise errors.InputError(errors.E_CANNOT_WRITE.format(target=target, reason="it is a folder; name a file in it"))
    if _device_or_pipe(target):
        # Renamed onto, /dev/null or a pipe would become a plain file (root may do that to
        # /dev/null itself): written in place, as a shell redirection would.
        try:
            yield target
        except OSError as exc:
            raise errors.InputError(errors.E_CANNOT_WRITE.format(target=target, reason=exc.strerror or str(exc))) from None
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:  # a read-only folder or file system, /proc
        raise errors.InputError(errors.E_CANNOT_WRITE.format(target=target, reason=exc.strerror or str(exc))) from None
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private (0600); the export gets the mode any new file
        # gets here (0644 under the usual umask 022), whatever wrote it (pyarrow included)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:  # the disk filled up, the target cannot be replaced
        raise errors.InputError(errors.E_CANNOT_WRITE.format(target=target, reason=exc.strerror or str(exc))) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _device_or_pipe(target: Path) -> bool:
    """Is ``target`` something other than a plain file to replace: a device, a FIFO, or a
    name under /dev (``/dev/stdout`` links to whatever standard output is, a file included)?"""
    if not target.exists():
        return False
    return not target.is_file() or target.absolute().parent == Path("/dev")


def _umask() -> int:
    """The process's umask (reading it means setting it; it is put back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def export(articles: Iterable[Article], fmt: str, output: Path | None, stdout: IO[str],
           acts: Collection[str] | None = None) -> int:
    """Write ``articles`` as ``fmt`` (jsonl, csv, parquet) to ``output`` or ``stdout``, with
    the statements of these ``acts`` (None: every act). RETURNS (int): statements written."""
    if acts is not None:
        from ..acts import article_shown

        if fmt == "jsonl":
            articles = (article_shown(a, acts) for a in articles)
    if fmt == "parquet":
        if output is None:
            raise errors.ConfigError(errors.E_PARQUET_NEEDS_FILE)
        with atomic_path(output) as tmp:
            return write_parquet(statement_records(articles, acts), tmp)
    if output is None:
        return write_jsonl(articles, stdout) if fmt == "jsonl" else write_csv(statement_records(articles, acts), stdout)
    with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8", newline="") as out:
        return write_jsonl(articles, out) if fmt == "jsonl" else write_csv(statement_records(articles, acts), out)
