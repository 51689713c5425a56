"""Time expressions of news ("on Monday", "last week", "late last month") to dates.

Resolution is always against the article's publication date, never the clock. News reports
the past: a bare weekday is the most recent such day on or before publication ("on Monday"
in a Monday paper is that Monday), a bare month without a year is the most recent such month.

Why not dateparser: it returns one datetime without a precision (so "last week" and "on
Monday" look alike), resolves weekdays to the future by default, and adds ~0.5 s of import
time per worker; the expressions reporters use for *when something was said* are few.
"""

from __future__ import annotations

import datetime as dt
import re

from ..schema import When
from .lexicon import MONTHS, WEEKDAYS

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "a few": 3,
}
# Months as the wires abbreviate them ("Dec. 8", "Sept. 11"), with their numbers.
MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY_RE = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(?:on\s+|last\s+|this\s+past\s+|(?:early|earlier|late|later)(?:\s+on)?\s+)?{_WEEKDAY_RE}(?:'s|’s)?{_PART_OF_DAY}(?:'s)?$"), "weekday"),
    (re.compile(rf"^(?:on\s+)?{_WEEKDAY_RE}{_PART_OF_DAY},?\s+(?:of\s+)?last\s+week$"), "weekday_last_week"),
    (re.compile(r"^(?:early|earlier|late|later)\s+in\s+the\s+(week|month|year)$"), "in_the_period"),
    (re.compile(r"^(?:(?:over|during|at|on)\s+the|(?:over\s+|during\s+)?this\s+past)\s+weekend$"), "past_weekend"),
    (re.compile(r"^(?:earlier\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))$"), "today"),
    (re.compile(r"^(?:yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)$"), "yesterday"),
    (re.compile(r"^(?:(?:during|over|in|at)\s+)?(?:(?:early|earlier|late|later)\s+)?(this|last|next)\s+week(?:end)?(?:'s)?$"), "week"),
    (re.compile(r"^(?:(?:early|earlier|late|later)\s+(?:in\s+)?)?(this|last|next)\s+month(?:'s)?$"), "month"),
    (re.compile(r"^(?:(?:early|earlier|late|later)\s+(?:in\s+)?)?(this|last|next)\s+year$"), "year"),
    (re.compile(r"^(?:about\s+|nearly\s+|some\s+)?(\d+|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(day|week|fortnight|month|year)s?\s+ago$"), "ago"),
    (re.compile(rf"^(?:on\s+)?(?:{_WEEKDAY_RE},?\s+)?{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?$"), "month_day"),
    (re.compile(rf"^(?:on\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(\d{{4}}))?$"), "day_month"),
    (re.compile(rf"^(?:in\s+)?(?:(?:early|late|mid-?|earlier\s+in)\s*)?{_MONTH_RE}(?:\s+(\d{{4}}))?$"), "month_name"),
    (re.compile(rf"^(?:in\s+)?(?:(?:early|late|mid-?)\s*)?{_MONTH_RE}\s+(this|last)\s+year$"), "month_of_year"),
    (re.compile(rf"^(?:(?:early|late|earlier|later)\s+(?:in\s+)?)?(last|this)\s+{_MONTH_RE}$"), "month_named_back"),
    (re.compile(r"^(?:in\s+|(?:in\s+)?(?:early|late|mid-?)\s*)?((?:19|20)\d{2})$"), "year_number"),
]


def _month(name: str) -> int:
    return MONTH_ABBREVIATIONS[name.rstrip(".")[:4] if name.startswith("sept") else name.rstrip(".")[:3]]


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def normalise(expression: str) -> str:
    """Lower case, single spaces, no surrounding punctuation: the form the patterns read."""
    return " ".join(expression.lower().replace("’", "'").strip(" ,.;:").split())


# How far ahead of publication a date written without its year is read as still to come.
_AHEAD = dt.timedelta(days=62)
# A fixed day that gives a relative phrase its precision when there is no publication date.
_ANY_DAY = dt.date(2001, 6, 15)


def _ahead(published: dt.date) -> dt.timedelta:
    """How far ahead a date without its year is still to come: with no publication date (the
    fixed day) a week, as ever, so whether "on 1 July" is kept does not hang on that day."""
    return dt.timedelta(days=7) if published == _ANY_DAY else _AHEAD


# A part of a period named before the period ("[At the end of] last year", "[In the first half
# of] 2015"): the phrase dates the saying with the period's own date and precision, as "late
# last year" does. The late parts point ahead when the period is still running.
_PART_OF = re.compile(
    r"^(?:(?:at|in|towards?|during|over)\s+)?the\s+(?:very\s+)?"
    r"(?:(end|close|second half|latter half|latter part|(?:final|last|fourth) quarter|(?:final|last) (?:days|weeks|months))"
    r"|start|beginning|middle|first half|early part|(?:first|second|third) quarter|first (?:days|weeks|months))"
    r"\s+of\s+(.+)$")


def _part_of_a_period(text: str, published: dt.date | None) -> tuple[dt.date | None, str] | None:
    """The period a part of it names ("the end of last month" → last month), or None: not such
    a phrase, a period we do not read ("the end of the year", "the turn of the century"), or
    the late part of a period not yet over ("the end of this year", "the second half of 2016"
    in a 2016 paper: a plan, not a time of saying)."""
    match = _PART_OF.match(text)
    if match is None:
        return None
    period = _resolve_plain(match.group(2), published)
    if period is None or period.precision == "day":
        return None
    if match.group(1) and (match.group(2).startswith(("this ", "next ")) or period.date is not None and published is not None
                           and _period_end(period.date, period.precision) > published):
        return None
    return period.date, period.precision


def _period_end(start: dt.date, precision: str) -> dt.date:
    """The day after a period of ``precision`` that starts on ``start``."""
    if precision == "week":
        return start + dt.timedelta(weeks=1)
    return _add_months(start, 1) if precision == "month" else dt.date(start.year + 1, 1, 1)


def resolve(expression: str, published: dt.date | None) -> When | None:
    """Resolve a time expression. RETURNS (When | None): None when it is not one we read or
    when the date it names falls outside the calendar (a publication date of 9999-12-31 and
    "next week"); it never raises. A relative phrase ("on Friday", "last month") with no
    publication date to resolve it against is kept without a date: a reader still sees when
    it was said, in the article's own words."""
    plain = _resolve_plain(expression, published)
    if plain is not None:
        return plain
    try:
        part = _part_of_a_period(normalise(expression), published)
    except (OverflowError, ValueError):
        return None
    return None if part is None else When(date=part[0], precision=part[1], expression=expression.strip())


def _resolve_plain(expression: str, published: dt.date | None) -> When | None:
    """``resolve`` for the expressions ``_PATTERNS`` read."""
    text = normalise(expression)
    for pattern, kind in _PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                result = _RESOLVERS[kind](match, published)
                if result is None and published is None:
                    undated = _RESOLVERS[kind](match, _ANY_DAY)
                    result = (None, undated[1]) if undated else None
            except (OverflowError, ValueError):
                return None  # a publication date at the edge of the calendar (9999-12-31): no date, no crash
            if result is None:
                return None
            day, precision = result
            return When(date=day, precision=precision, expression=expression.strip())
    return None


def after_publication(when: When, published: dt.date | None) -> bool:
    """Whether a time lies after its article ("next week", "tomorrow"): a statement is never
    made after its article. Without a publication date, a phrase that points ahead of any
    day it is read from."""
    if when.date is not None:
        return published is not None and when.date > published
    ahead = resolve(when.expression, _ANY_DAY)
    return ahead is not None and ahead.date is not None and ahead.date > _ANY_DAY


def same_time(a: When, b: When) -> bool:
    """Whether two times name the same period: the same date, or, where either has none
    (an undated article), the same words ("on Friday" and "Friday")."""
    if a.date is not None and b.date is not None:
        return a.date == b.date
    return a.date is None and b.date is None and bare(a.expression) == bare(b.expression)


def bare(expression: str) -> str:
    """A time phrase without case, spacing, possessive or a leading "on"/"at"/"in": the
    form two undated times are compared in ("On Friday" and "Friday's" are one day)."""
    text = normalise(expression).removesuffix("'s")
    return re.sub(r"^(?:on|at|in)\s+", "", text)


def _weekday(m: re.Match[str], published: dt.date | None):
    if published is None:
        return None
    target = WEEKDAYS.index(m.group(1))
    back = (published.weekday() - target) % 7
    if back == 0 and m.group(0).startswith(("last ", "this past ")):
        back = 7
    return published - dt.timedelta(days=back), "day"


def _weekday_last_week(m, published):
    """ "on Friday last week": that day of the week before publication's."""
    if published is None:
        return None
    return _week_start(published) - dt.timedelta(weeks=1) + dt.timedelta(days=WEEKDAYS.index(m.group(1))), "day"


def _in_the_period(m, published):
    """ "earlier in the week", "late in the month": the period of publication, as "this week"."""
    if published is None:
        return None
    unit = m.group(1)
    if unit == "week":
        return _week_start(published), "week"
    return (published.replace(day=1), "month") if unit == "month" else (dt.date(published.year, 1, 1), "year")


def _past_weekend(m, published):
    """ "over the weekend": the weekend just past, or the one under way (a week's precision:
    the Monday of its week)."""
    if published is None:
        return None
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return _week_start(saturday), "week"


def _today(m, published):
    return (published, "day") if published else None


def _yesterday(m, published):
    return (published - dt.timedelta(days=1), "day") if published else None


_OFFSET = {"this": 0, "last": -1, "next": 1}


def _week(m, published):
    if published is None:
        return None
    return _week_start(published) + dt.timedelta(weeks=_OFFSET[m.group(1)]), "week"


def _month_rel(m, published):
    if published is None:
        return None
    return _add_months(published.replace(day=1), _OFFSET[m.group(1)]), "month"


def _year_rel(m, published):
    if published is None:
        return None
    return dt.date(published.year + _OFFSET[m.group(1)], 1, 1), "year"


def _ago(m, published):
    if published is None:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
    unit = m.group(2)
    if unit == "fortnight":  # "a fortnight ago" (BBC): two weeks
        count, unit = count * 2, "week"
    if unit == "day":
        return published - dt.timedelta(days=count), "day"
    if unit == "week":
        return _week_start(published - dt.timedelta(weeks=count)), "week"
    if unit == "month":
        return _add_months(published.replace(day=1), -count), "month"
    return dt.date(published.year - count, 1, 1), "year"


def _past_year(month: int, day: int, published: dt.date | None) -> int | None:
    """The year of a date written without one: this year unless that lies in the future."""
    if published is None:
        return None
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return None
    # "will speak on March 25" in a March 21 paper, "The two states hold primaries on March 1" in a
    # February 20 one: a date up to two months ahead is this year's, still to come (and so no
    # statement's date), not the year before's, which a reporter would write "last March 1".
    return published.year if candidate <= published + _ahead(published) else published.year - 1


def _dated(month: int, day: int, year: str | None, published):
    resolved_year = int(year) if year else _past_year(month, day, published)
    if resolved_year is None:
        return None
    try:
        return dt.date(resolved_year, month, day), "day"
    except ValueError:
        return None


def _month_day(m, published):
    return _dated(_month(m.group(2)), int(m.group(3)), m.group(4), published)


def _day_month(m, published):
    return _dated(_month(m.group(2)), int(m.group(1)), m.group(3), published)


def _month_name(m, published):
    month = _month(m.group(1))
    if m.group(2):
        return dt.date(int(m.group(2)), month, 1), "month"
    if published is None:
        return None
    # a month name alone keeps the year before's: "announced in October that he would not seek
    # the presidency" in an August paper is last October as often as a month to come is meant
    year = published.year if month <= published.month else published.year - 1
    return dt.date(year, month, 1), "month"


def _month_of_year(m, published):
    """ "In March this year", "in May last year": that month of the year named."""
    if published is None:
        return None
    return dt.date(published.year + _OFFSET[m.group(2)], _month(m.group(1)), 1), "month"


def _month_named_back(m, published):
    """ "last November", "this March": a month of the past named by its name; "last" is the
    most recent one before the publication month (in a February paper, the November just
    gone; in a November paper, a year ago), "this" the one of the publication year."""
    if published is None:
        return None
    month = _month(m.group(2))
    if m.group(1) == "this":
        return dt.date(published.year, month, 1), "month"
    year = published.year if month < published.month else published.year - 1
    return dt.date(year, month, 1), "month"


def _year_number(m, published):
    return dt.date(int(m.group(1)), 1, 1), "year"


_RESOLVERS = {
    "weekday": _weekday, "weekday_last_week": _weekday_last_week, "in_the_period": _in_the_period,
    "past_weekend": _past_weekend, "today": _today, "yesterday": _yesterday, "week": _week,
    "month": _month_rel, "year": _year_rel, "ago": _ago, "month_day": _month_day,
    "day_month": _day_month, "month_name": _month_name, "year_number": _year_number,
    "month_of_year": _month_of_year, "month_named_back": _month_named_back,
}
