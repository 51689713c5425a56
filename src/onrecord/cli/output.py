"""Rendering Articles and Statements for the terminal: table, json, jsonl."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from enum import Enum

from rich.console import Console
from rich.table import Table

from ..schema import Article, Statement


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
    return f"{when.date.isoformat()} ({when.precision}: {when.expression})"


def statements_table(article: Article, *, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("speaker", ratio=2)
    table.add_column("role", ratio=2)
    table.add_column("kind", min_width=8, no_wrap=True)
    table.add_column("statement", ratio=6)
    table.add_column("via", ratio=1)
    table.add_column("when", ratio=2)
    for s in article.statements:
        speaker = s.speaker.name or (f"({s.speaker.mention.text}?)" if s.speaker.mention else "(unknown)")
        cue = f" [dim]- {s.cue.text}[/dim]" if s.cue else ""
        table.add_row(speaker, role(s), s.kind, _escape(s.content.text) + cue, s.via.name if s.via else "", when_text(s))
    return table


def _escape(text: str) -> str:
    return text.replace("[", r"\[")


def print_articles(articles: Iterable[Article], fmt: Format) -> None:
    out = sys.stdout
    if fmt is Format.jsonl:
        for article in articles:
            out.write(article.model_dump_json() + "\n")
        return
    if fmt is Format.json:
        out.write(json.dumps([a.model_dump(mode="json") for a in articles], ensure_ascii=False, indent=2) + "\n")
        return
    console = Console()
    for article in articles:
        heading = f"{article.title or article.source} - {len(article.statements)} statements"
        console.print(statements_table(article, title=heading))
