"""Articles that report the same quotations, built by hand (no NLP), for the tests of
quotations across articles: a wire quote carried by three outlets in three quoting styles,
a headline fragment of it, a report that gives it to another speaker, a few words two
speakers both said, and a minister who made the same point on two days."""

from __future__ import annotations

import datetime as dt

from onrecord.link import link_batch
from onrecord.schema import Article, Span, Speaker, Statement, article_id
from onrecord.store import Store

WIRE = "We will not sign any agreement that leaves our farmers worse off than they are today"
SHORT = "This is fine"


def article(outlet: str, day: int, body: str, quotes: list[tuple[str, str | None, str]], title: str | None = None) -> Article:
    """An article whose ``body`` contains each quote text; quotes are (text, speaker, kind)."""
    statements = []
    for text, speaker, kind in quotes:
        start = body.index(text)
        statements.append(Statement(
            kind=kind, content=Span(start=start, end=start + len(text), text=text),
            speaker=Speaker(name=speaker, type="person" if speaker else "unknown"),
        ))  # fmt: skip
    return Article(
        id=article_id(body), text=body, statements=statements, outlet=outlet, title=title or f"{outlet} on the talks",
        published=dt.date(2024, 5, day), url=f"https://{outlet}/news/{day}-{article_id(body)[:6]}",
    )  # fmt: skip


def reports() -> list[Article]:
    """Six articles, oldest first."""
    wire_curly = f"“{WIRE},” Minister Ana Lopez said."
    wire_upper = f'Lopez was blunt: "{WIRE.upper()}." She left.'
    wire_elided = ("Ana Lopez said: \"We will not sign any agreement that leaves our farmers [...] worse off "
                   "than they are today.\" Talks resume Friday.")
    fragment = 'Headline: Lopez will "not sign any agreement that leaves our farmers worse off". More soon.'
    other_speaker = f'"{WIRE}," said Piet Jansen, quoting the minister.'
    overlap = ("Lopez said the ministry would never accept cuts to the rural budget this year or next. "
               "She repeated that the ministry would never accept cuts to the rural budget this year.")
    similar = "Lopez said farm subsidies must stay at current levels to protect rural incomes across the region."
    short_a = f'"{SHORT}," said Ana Lopez of the draft text.'
    short_b = f'"{SHORT}," said Piet Jansen of the weather.'
    return [
        article("wire.example", 1, wire_curly, [(f"“{WIRE},”", "Ana Lopez", "direct")], "Lopez rejects deal"),
        article("daily.example", 2, wire_upper + " " + short_a, [(f'"{WIRE.upper()}."', "Ana Lopez", "direct"), (f'"{SHORT},"', "Ana Lopez", "direct")]),
        article("weekly.example", 5, wire_elided, [(wire_elided[16:wire_elided.index(" Talks")], "Ana Lopez", "direct")]),
        article("headlines.example", 6, fragment, [('"not sign any agreement that leaves our farmers worse off"', "Ana Lopez", "mixed")]),
        article("gazette.example", 7, other_speaker + " " + short_b, [(f'"{WIRE},"', "Piet Jansen", "direct"), (f'"{SHORT},"', "Piet Jansen", "direct")]),
        article("daily.example", 9, overlap + " " + similar, [
            ("the ministry would never accept cuts to the rural budget this year or next", "Ana Lopez", "indirect"),
            ("the ministry would never accept cuts to the rural budget this year", "Ana Lopez", "indirect"),
            ("farm subsidies must stay at current levels to protect rural incomes across the region", "Ana Lopez", "indirect"),
        ]),
        article("rural.example", 20, "Lopez said subsidies for farms must stay at their current levels to protect rural incomes.",
                [("subsidies for farms must stay at their current levels to protect rural incomes", "Ana Lopez", "indirect")]),
    ]


def fill(store: Store, articles: list[Article] | None = None, batch: int = 2) -> list[Article]:
    """Link and store the articles as ingest does (``link_batch`` then ``add_articles``),
    ``batch`` at a time. RETURNS the articles as stored (a new quotation gets its id from
    the store)."""
    todo = reports() if articles is None else articles
    for i in range(0, len(todo), batch):
        store.add_articles(link_batch(store, todo[i : i + batch]))
    return [store.article(a.id) for a in todo]
