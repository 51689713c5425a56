"""Rendering Articles and Statements for the terminal: table, json, jsonl."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from enum import Enum

from rich.console import Console
from rich.table import Table

from pydantic import BaseModel

from ..schema import Article, Statement


def print_json(models: Iterable[BaseModel]) -> None:
    """Print models as one indented JSON list (``--format json`` of the list commands)."""
    sys.stdout.write(json.dumps([m.model_dump(mode="json") for m in models], ensure_ascii=False, indent=2) + "\n")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def role(statement: Statement) -> str:
    """ "spokesman, Kremlin" - the speaker's title and affiliation in one cell."""
    return ", ".join(x for x in (statement.speaker.title, statement.speaker.affiliation) if x)


def when_text(statement: Statement) -> str:
    when = statement.when
    if when is None:
        return ""
    if when.date is None:  # an undated article: the phrase as written
        return when.expression
    return f"{when.date.isoformat()} ({when.precision}: {when.expression})"


def statements_table(article: Article, *, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("speaker", ratio=2)
    table.add_column("role", ratio=2)
    table.add_column("kind", min_width=8, no_wrap=True)
    table.add_column("act", no_wrap=True)
    table.add_column("statement", ratio=6)
    table.add_column("via", ratio=1)
    table.add_column("when", ratio=2)
    for s in article.statements:
        speaker = s.speaker.name or (f"({s.speaker.mention.text}?)" if s.speaker.mention else "(unknown)")
        cue = f" [dim]- {s.cue.text}[/dim]" if s.cue else ""
        table.add_row(speaker, role(s), s.kind, s.act, _escape(s.content.text) + cue, s.via.name if s.via else "", when_text(s))
    return table


def _escape(text: str) -> str:
    return text.replace("[", r"\[")


def print_articles(articles: Iterable[Article], fmt: Format, acts: tuple[str, ...] | None = None) -> None:
    """Print articles; ``acts`` keeps the statements of those acts (None: the table shows
    what was said or written, json and jsonl every statement)."""
    from ..acts import article_shown
    from ..schema import DEFAULT_ACTS

    out = sys.stdout
    if fmt is not Format.table:
        if acts is not None:
            articles = (article_shown(a, acts) for a in articles)
        if fmt is Format.jsonl:
            for article in articles:
                out.write(article.model_dump_json() + "\n")
            return
        out.write(json.dumps([a.model_dump(mode="json") for a in articles], ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    for article in articles:
        kept = article_shown(article, acts or DEFAULT_ACTS)
        hidden = len(article.statements) - len(kept.statements)
        heading = f"{article.title or article.source} - {len(kept.statements)} statements"
        if hidden:
            heading += f" ({hidden} more of other acts: --acts all)"
        console.print(statements_table(kept, title=heading))
