"""HTML pieces built in Python: the article with its statements highlighted in place, the
timeline chart, search snippets and safe links.

Everything that came from a scraped page goes through ``markupsafe.escape`` piece by piece;
only the tags written here are markup. The results are ``Markup``, so Jinja2's autoescape
leaves them alone and escapes everything else.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode, urlsplit

from markupsafe import Markup, escape

from ..schema import Article, Statement, When
from ..store.models import StatementHit, WeekCount
from ..store.rows import speaker_key


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) link, else None: a scraped ``javascript:``
    URL stays text, never a link (escaping alone would not stop it)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def query_url(path: str, params: dict[str, object], **changes: object) -> str:
    """``path`` with the non-empty ``params`` (updated by ``changes``) as its query string."""
    merged = {**params, **changes}
    pairs = [(k, str(v)) for k, v in merged.items() if v not in (None, "")]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def snippet_html(hit: StatementHit) -> Markup:
    """The hit's content with the matched words in ``<mark>``; all text escaped. Marks
    separated only by spaces are joined, so a matched phrase reads as one highlight."""
    snippet = hit.snippet
    if snippet is None:
        return escape(hit.statement.content.text)
    joined: list[tuple[int, int]] = []
    for start, end in snippet.marks:
        if joined and not snippet.text[joined[-1][1]:start].strip():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    merged = snippet.model_copy(update={"marks": joined})
    return Markup(merged.markup("<mark>", "</mark>", escape=lambda s: str(escape(s))))


def speaker_label(statement: Statement) -> str:
    """The name to show for a statement's speaker."""
    speaker = statement.speaker
    if speaker.name and (speaker.unnamed or (speaker.id or "").startswith("unnamed-")):
        return f"unnamed: {speaker.name}"
    if speaker.name:
        return speaker.name
    if speaker.mention is not None:
        return f"{speaker.mention.text}?"
    return "unknown speaker"


# -- the article with statements in place ---------------------------------------------------


@dataclass(order=True)
class _Mark:
    """One annotated stretch of the text. Ordered so that, at one start, the longer
    (enclosing) stretch and then the lower layer (statements before cues) opens first."""

    start: int
    neg_end: int
    layer: int
    seq: int
    open_tag: str = field(compare=False)
    close_tag: str = field(compare=False)
    continued: str = field(compare=False, default="")

    @property
    def end(self) -> int:
        return -self.neg_end


def when_label(when: When) -> str:
    """A when as a reader sees it: its date, or the phrase itself where the article had no
    date to resolve it against ("on Friday")."""
    return when.date.isoformat() if when.date else when.expression


def _statement_mark(i: int, s: Statement, seq: int) -> _Mark:
    label = speaker_label(s)
    sid = speaker_key(s)
    title = f"{label} · {s.kind}" + (f" · via {s.via.name}" if s.via else "") + (f" · {when_label(s.when)}" if s.when else "")
    who = (
        Markup('<a class="who" href="/speakers/{}">{}</a>').format(sid, label) if sid
        else Markup('<span class="who">{}</span>').format(label)
    )
    head_open = Markup('<mark class="statement kind-{}" id="s-{}" data-statement="{}" title="{}">').format(s.kind, i, i, title)
    cont_open = Markup('<mark class="statement cont kind-{}" data-continues="{}" title="{}">').format(s.kind, i, title)
    return _Mark(s.content.start, -s.content.end, 0, seq, str(who + head_open), "</mark>", continued=str(cont_open))


# The parts of a statement marked besides its content, in nesting order (layer 1..4).
_PARTS = ("cue", "via", "speaker", "when")


def _part_spans(article: Article, numbers: list[int]) -> dict[tuple[int, int, str], list[str]]:
    """(start, end, part) -> notes. One span shared by several statements (a speaker named
    once for two quotes) is marked once, its title naming each."""
    parts: dict[tuple[int, int, str], list[str]] = {}
    for i, s in zip(numbers, article.statements):
        found = [
            (s.cue, "cue", f"cue of statement {i + 1}"),
            (s.via.span if s.via else None, "via", f"via {s.via.name}" if s.via else ""),
            (s.speaker.mention, "speaker", f"speaker of statement {i + 1}"),
            (s.when.span if s.when else None, "when", f"when: {when_label(s.when)} ({s.when.precision})" if s.when else ""),
        ]
        for span, part, note in found:
            if span is not None:
                notes = parts.setdefault((span.start, span.end, part), [])
                if note not in notes:
                    notes.append(note)
    return parts


def highlight_article(article: Article, numbers: list[int] | None = None) -> Markup:
    """The article text as HTML with each statement in ``<mark class="statement"
    id="s-N">`` (one per statement; where two statements overlap, the later one goes on in
    a ``mark.statement.cont``), its speaker's name just before it, and cue, via, speaker
    mention and date expression in ``span.cue``/``.via``/``.speaker``/``.when``.

    Works for any spans: overlapping ones are split where they cross, out-of-range ones
    are clipped, empty ones dropped. ``numbers`` are the statements' N (their positions in
    the stored article when some are left out); 0, 1, ... by default.
    """
    text = article.text
    n = len(text)
    numbers = list(range(len(article.statements))) if numbers is None else numbers
    marks = [_statement_mark(i, statement, seq) for seq, (i, statement) in enumerate(zip(numbers, article.statements))]
    for seq, ((start, end, part), notes) in enumerate(_part_spans(article, numbers).items(), start=len(marks)):
        tag = str(Markup('<span class="{}" title="{}">').format(part, "; ".join(notes)))
        marks.append(_Mark(start, -end, 1 + _PARTS.index(part), seq, tag, "</span>", continued=tag))
    queue: list[_Mark] = []
    for mark in marks:
        start, end = max(0, min(mark.start, n)), max(0, min(mark.end, n))
        if start < end:
            queue.append(replace(mark, start=start, neg_end=-end))
    heapq.heapify(queue)
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0
    while queue or stack:
        next_start = queue[0].start if queue else n + 1
        if stack and stack[-1].end <= next_start:
            mark = stack.pop()
            out.append(str(escape(text[pos:mark.end])))
            out.append(mark.close_tag)
            pos = mark.end
            continue
        mark = heapq.heappop(queue)
        out.append(str(escape(text[pos:mark.start])))
        pos = mark.start
        if stack and mark.end > stack[-1].end:
            # It crosses the enclosing mark: stop it there and go on after it.
            boundary = stack[-1].end
            rest = replace(mark, start=boundary, open_tag=mark.continued)
            heapq.heappush(queue, rest)
            mark = replace(mark, neg_end=-boundary)
        stack.append(mark)
        out.append(mark.open_tag)
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


# -- the timeline ----------------------------------------------------------------------------

WIDTH, HEIGHT, PAD = 720, 160, 28
# More weeks than this (ten years) are drawn per month, and more months than this per year,
# so a bar stays at least about a pixel wide.
MAX_WEEK_BARS = 520
MAX_MONTH_BARS = 600


@dataclass(frozen=True)
class Bar:
    start: dt.date
    label: str
    count: int


def timeline_unit(timeline: list[WeekCount]) -> str:
    """What one bar of ``timeline_svg`` counts: "week", "month" or "year"."""
    if not timeline:
        return "week"
    first, last = timeline[0].start, timeline[-1].start
    if (last - first).days // 7 + 1 <= MAX_WEEK_BARS:
        return "week"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return "month" if months <= MAX_MONTH_BARS else "year"


def timeline_bars(timeline: list[WeekCount]) -> list[Bar]:
    """One bar per week from the first dated week to the last, empty weeks included (a
    gap is news too); per month or year when that would be too many bars."""
    if not timeline:
        return []
    first, last = timeline[0].start, timeline[-1].start
    weeks = (last - first).days // 7 + 1
    unit = timeline_unit(timeline)
    if unit == "week":
        counts = {w.start: w.count for w in timeline}
        days = [first + dt.timedelta(weeks=k) for k in range(weeks)]
        return [Bar(d, f"week of {d.isoformat()}", counts.get(d, 0)) for d in days]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    per_year = unit == "year"
    totals: dict[dt.date, int] = {}
    for w in timeline:
        key = dt.date(w.start.year, 1, 1) if per_year else dt.date(w.start.year, w.start.month, 1)
        totals[key] = totals.get(key, 0) + w.count
    bars = []
    if per_year:
        for year in range(first.year, last.year + 1):
            d = dt.date(year, 1, 1)
            bars.append(Bar(d, str(year), totals.get(d, 0)))
        return bars
    year, month = first.year, first.month
    for _ in range(months):
        d = dt.date(year, month, 1)
        bars.append(Bar(d, d.strftime("%B %Y"), totals.get(d, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars


def timeline_svg(timeline: list[WeekCount]) -> Markup:
    """An inline SVG bar chart of statements over time, with a ``<title>`` per bar (the
    tooltip) and the first and last dates and the peak as labels."""
    bars = timeline_bars(timeline)
    if not bars:
        return Markup('<p class="muted">No dated statements to chart.</p>')
    peak = max(b.count for b in bars) or 1
    inner_w, inner_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    step = inner_w / len(bars)
    gap = step * 0.15 if step > 4 else 0
    parts = [
        Markup('<svg class="timeline" viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">').format(
            WIDTH, HEIGHT, f"Statements over time: {sum(b.count for b in bars)} dated, peak {peak} in one period"),
        Markup('<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>').format(PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD),
    ]
    for k, bar in enumerate(bars):
        h = inner_h * bar.count / peak
        x = PAD + k * step
        parts.append(Markup('<rect class="bar{}" x="{:.2f}" y="{:.2f}" width="{:.2f}" height="{:.2f}"><title>{}: {} statement{}</title></rect>').format(
            "" if bar.count else " empty", x + gap / 2, HEIGHT - PAD - h, max(step - gap, 0.5), max(h, 0.0),
            bar.label, bar.count, "" if bar.count == 1 else "s"))
    parts.append(Markup('<text class="label" x="{}" y="{}">{}</text>').format(PAD, HEIGHT - 8, bars[0].start.isoformat()))
    parts.append(Markup('<text class="label end" x="{}" y="{}" text-anchor="end">{}</text>').format(WIDTH - PAD, HEIGHT - 8, bars[-1].start.isoformat()))
    parts.append(Markup('<text class="label" x="{}" y="{}">{} max</text>').format(PAD, PAD - 10, peak))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
