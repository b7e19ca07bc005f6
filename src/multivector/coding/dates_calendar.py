"""Calendar arithmetic for date expressions: month ends, shifts, year and weekday inference.

Pure functions on ``datetime.date``; nothing here knows about text.  Every function may
raise ``ValueError``/``OverflowError`` near the ends of the calendar (year 1 or 9999); the
caller (``dates.find_dates``) drops a candidate when that happens.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

Span = tuple[date, date]

# How far year inference looks: 8 years always reaches a leap year (for "February 29").
_YEAR_SEARCH = 9


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> Span:
    return date(year, month, 1), month_end(year, month)


def year_span(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` calendar months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist in that month (31 April, 29 Feb 2023)."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def infer_year(build: Callable[[int], Span | None], published: date, future: bool) -> Span | None:
    """Resolve a yearless expression: ``build(year)`` gives its span in that year.

    Past (the default): the latest year whose span *starts* on or before publication, so
    "in November" published on 18 November is this November, and "December" published in
    January is last December.  Future: the earliest year whose span *ends* on or after
    publication.  Years in which the expression does not exist (29 February) are skipped.
    """
    if future:
        years = range(published.year - 1, published.year + _YEAR_SEARCH)
        for year in years:
            span = _try_build(build, year)
            if span is not None and span[1] >= published:
                return span
        return None
    for year in range(published.year + 1, published.year - _YEAR_SEARCH, -1):
        span = _try_build(build, year)
        if span is not None and span[0] <= published:
            return span
    return None


def _try_build(build: Callable[[int], Span | None], year: int) -> Span | None:
    if not 1 <= year <= 9999:
        return None
    try:
        return build(year)
    except (ValueError, OverflowError):
        return None


def weekday_on_or_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def weekday_on_or_after(published: date, weekday: int) -> date:
    return published + timedelta(days=(weekday - published.weekday()) % 7)


def week_of(day: date) -> Span:
    """The Monday-Sunday week that contains ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def window(centre: date, before: int, after: int) -> Span:
    return centre - timedelta(days=before), centre + timedelta(days=after)


def shift_years(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February becomes 28 February in common years."""
    target = day.year + years
    return date(target, day.month, min(day.day, calendar.monthrange(target, day.month)[1]))


def clamp(span: Span) -> Span:
    """Never return an inverted span: an end before the start collapses onto the start."""
    start, end = span
    return (start, end) if end >= start else (start, start)
