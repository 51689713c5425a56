"""The chart of a quotation page: how the quotation spread over time, as an inline SVG
(server-rendered, no JavaScript). Bars: reports first published in each period; line:
reports so far. Labels and tooltips are escaped like everything else on the pages."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from ..store.quote_models import DayCount
from .render import HEIGHT, PAD, WIDTH

# Bars per day up to this many days, then per week, then per month.
MAX_DAY_BARS = 120
MAX_WEEK_BARS = 160


def spread_bins(timeline: list[DayCount]) -> tuple[str, list[tuple[dt.date, str, int]]]:
    """(unit, [(start, label, reports)]): one bin per day, week or month from the first
    report to the last, empty ones included (a pause is part of the story)."""
    if not timeline:
        return "day", []
    first, last = timeline[0].date, timeline[-1].date
    span = (last - first).days + 1
    if span <= MAX_DAY_BARS:
        counts = {d.date: d.count for d in timeline}
        days = [first + dt.timedelta(days=k) for k in range(span)]
        return "day", [(d, d.isoformat(), counts.get(d, 0)) for d in days]
    if span <= MAX_WEEK_BARS * 7:
        monday = first - dt.timedelta(days=first.weekday())
        weeks: dict[dt.date, int] = {}
        for d in timeline:
            start = d.date - dt.timedelta(days=d.date.weekday())
            weeks[start] = weeks.get(start, 0) + d.count
        starts = [monday + dt.timedelta(weeks=k) for k in range((last - monday).days // 7 + 1)]
        return "week", [(s, f"week of {s.isoformat()}", weeks.get(s, 0)) for s in starts]
    months: dict[dt.date, int] = {}
    for d in timeline:
        key = d.date.replace(day=1)
        months[key] = months.get(key, 0) + d.count
    bins = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        start = dt.date(year, month, 1)
        bins.append((start, start.strftime("%B %Y"), months.get(start, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return "month", bins


def spread_svg(timeline: list[DayCount]) -> Markup:
    """Bars of reports per period and a line of reports so far, with the first and last
    dates, the total as labels and a tooltip per bar."""
    unit, bins = spread_bins(timeline)
    if not bins:
        return Markup('<p class="muted">No dated reports to chart (the articles carry no publication date).</p>')
    total = sum(n for _, _, n in bins)
    peak = max(n for _, _, n in bins) or 1
    inner_w, inner_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    step = inner_w / len(bins)
    gap = step * 0.15 if step > 4 else 0
    base = HEIGHT - PAD
    parts = [
        Markup('<svg class="spread" viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">').format(
            WIDTH, HEIGHT, f"{total} dated reports from {bins[0][0].isoformat()} to {bins[-1][0].isoformat()}, per {unit}"),
        Markup('<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>').format(PAD, base, WIDTH - PAD, base),
    ]
    points, so_far = [], 0
    for k, (_, label, n) in enumerate(bins):
        x = PAD + k * step
        h = inner_h * n / peak
        parts.append(Markup('<rect class="bar{}" x="{:.2f}" y="{:.2f}" width="{:.2f}" height="{:.2f}"><title>{}: {} report{}</title></rect>').format(
            "" if n else " empty", x + gap / 2, base - h, max(step - gap, 0.5), h, label, n, "" if n == 1 else "s"))
        so_far += n
        points.append(f"{x + step:.2f},{base - inner_h * so_far / total:.2f}")
    parts.append(Markup('<polyline class="cumulative" fill="none" points="{} {}"><title>reports so far</title></polyline>').format(
        f"{PAD:.2f},{base:.2f}", " ".join(points)))
    parts.append(Markup('<text class="label" x="{}" y="{}">{}</text>').format(PAD, HEIGHT - 8, bins[0][0].isoformat()))
    parts.append(Markup('<text class="label end" x="{}" y="{}" text-anchor="end">{}</text>').format(WIDTH - PAD, HEIGHT - 8, bins[-1][0].isoformat()))
    parts.append(Markup('<text class="label" x="{}" y="{}">{} reports; peak {} in one {}</text>').format(PAD, PAD - 10, total, peak, unit))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
