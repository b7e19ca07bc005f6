"""Calendar dates written out: days, day ranges, months, parts of months, seasons, years.

A missing year is inferred from the publication date (``dates_calendar.infer_year``);
everything else comes from the words themselves.
"""

from __future__ import annotations

import re
from datetime import date

from multivector.coding.dates_calendar import (
    Span, infer_year, month_end, month_span, shift_month, valid_day, year_span,
)
from multivector.coding.dates_rules import Context, Resolution, Rule, rule
from multivector.coding.dates_vocab import (
    CONTEXT, DASH, DAY, MONTH, MONTH_FULL, NOT_COUNT, PREP, WEEKDAY_PREFIX, YEAR, day_value,
    month_value,
)

# Where a day-first expression may start: not inside a word, number, price or list of
# figures ("COVID-19 May 2020" is a month, not 19 May).
_DAY_START = r"(?<![\w$\u20ac\u00a3.,/:+\-])"
_RANGE_WORD = r"(?P<conn>{dash}|\s+(?i:to|through|until|till|and)\s+)".format(dash=DASH)
_LEAD = r"(?:(?P<pre>(?i:from|between))\s+|" + PREP + r")"
_PART_PREP = r"(?:(?i:on|in|at|during|since|from|of|around|towards?)\s+)?"


def _year(match: re.Match[str], group: str) -> int | None:
    value = match.group(group) if group in match.re.groupindex else None
    return int(value) if value else None


def _resolve_days(y1: int | None, m1: int, d1: int, y2: int | None, m2: int, d2: int,
                  ctx: Context) -> Span | None:
    """A day range whose years may be missing; the end never precedes the start."""
    wraps = (m2, d2) < (m1, d1)  # "Dec 30 - Jan 2": the end is in the next year

    def build(year: int) -> Span | None:
        start = valid_day(year, m1, d1)
        end = valid_day(year + 1 if wraps else year, m2, d2)
        return (start, end) if start and end else None

    if y1 is not None and y2 is not None:
        start, end = valid_day(y1, m1, d1), valid_day(y2, m2, d2)
        return (start, end) if start and end and end >= start else None
    if y2 is not None:
        return build(y2 - 1 if wraps else y2)
    if y1 is not None:
        return build(y1)
    return infer_year(build, ctx.published, ctx.future)


def _single_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    month, day = month_value(m["m"]), day_value(m["d"])
    span = _resolve_days(_year(m, "y"), month, day, _year(m, "y"), month, day, ctx)
    return (span, "day") if span else None


def _iso_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    day = valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
    return ((day, day), "day") if day else None


def _same_month_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    month, d1, d2 = month_value(m["m"]), day_value(m["d1"]), day_value(m["d2"])
    if d2 <= d1:
        return None
    span = _resolve_days(_year(m, "y"), month, d1, _year(m, "y"), month, d2, ctx)
    return (span, "day") if span else None


def _cross_month_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    # "30 November and 2 December" names two days, not a span; only "between" makes it one.
    if m["conn"].strip().lower() == "and" and not m["pre"]:
        return None
    m1, m2 = month_value(m["m1"]), month_value(m["m2"])
    if m1 == m2:
        return None
    span = _resolve_days(_year(m, "y1"), m1, day_value(m["d1"]), _year(m, "y2"), m2,
                         day_value(m["d2"]), ctx)
    return (span, "day") if span else None


def _month_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["conn"].strip().lower() == "and" and (m["pre"] or "").lower() != "between":
        return None
    if not m["pre"] and not m["y2"]:
        return None  # "May and June" alone may be two names
    m1, m2 = month_value(m["m1"]), month_value(m["m2"])
    y1, y2 = _year(m, "y1"), _year(m, "y2")
    span = _resolve_days(y1, m1, 1, y2, m2, 1, ctx)
    if span is None or m1 == m2 and y1 == y2:
        return None
    return (span[0], month_end(span[1].year, span[1].month)), "month"


def _year_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    y1, raw = int(m["y1"]), m["y2"]
    y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
    if y2 <= y1 or m["conn"].strip().lower() == "and" and m["pre"].lower() != "between":
        return None
    return (year_span(y1)[0], year_span(y2)[1]), "year"


def _month(m: re.Match[str], ctx: Context) -> Resolution | None:
    month, year = month_value(m["m"]), _year(m, "y")
    if year is not None:
        return month_span(year, month), "month"
    span = infer_year(lambda y: month_span(y, month), ctx.published, ctx.future)
    return (span, "month") if span else None


def _possessive_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["m"] == "May":  # "May's" is far more often Theresa May's
        return None
    return _month(m, ctx)


_MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10), "start": (1, 10), "beginning": (1, 10), "first week": (1, 7),
    # The contract's examples: early 1-10, mid 10-20, late 20-end (the edges overlap
    # because "mid-September" and "late September" overlap in news usage too).
    "mid": (10, 20), "middle": (10, 20), "second week": (8, 14), "third week": (15, 21),
    "late": (20, None), "end": (20, None), "last week": (None, None),
    "first half": (1, 15), "second half": (16, None),
}


def _part_of_month(part: str, year: int, month: int) -> Span:
    last = month_end(year, month)
    first_day, last_day = _MONTH_PARTS[part]
    if part == "last week":
        return date(year, month, last.day - 6), last
    return date(year, month, first_day or 1), date(year, month, last_day or last.day)


def _month_part(m: re.Match[str], ctx: Context) -> Resolution | None:
    part = " ".join(m["part"].lower().split())
    month, year = month_value(m["m"]), _year(m, "y")
    if year is not None:
        return _part_of_month(part, year, month), "season"
    span = infer_year(lambda y: _part_of_month(part, y, month), ctx.published, ctx.future)
    return (span, "season") if span else None


_YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "start": (1, 4), "beginning": (1, 4), "mid": (5, 8), "middle": (5, 8),
    "late": (9, 12), "end": (9, 12), "first half": (1, 6), "second half": (7, 12),
    "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
    "fourth quarter": (10, 12), "final quarter": (10, 12), "last quarter": (10, 12),
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
}
_ORDINAL_WORDS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


def year_part(part: str, year: int) -> Span:
    words = part.lower().split()
    words = [_ORDINAL_WORDS.get(w, w) for w in words]
    first, last = _YEAR_PARTS[" ".join(words)]
    return date(year, first, 1), month_end(year, last)


def _year_part(m: re.Match[str], ctx: Context) -> Resolution | None:
    return year_part(m["part"], int(m["y"])), "season"


# Meteorological seasons (northern hemisphere), keyed by the year they start in.
_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3),
}


def season_span(name: str, year: int) -> Span:
    first, length = _SEASONS[name.lower()]
    end_year, end_month = shift_month(year, first, length - 1)
    return date(year, first, 1), month_end(end_year, end_month)


def _season(m: re.Match[str], ctx: Context) -> Resolution | None:
    return season_span(m["s"], int(m["y"])), "season"


def _year_only(m: re.Match[str], ctx: Context) -> Resolution | None:
    return year_span(int(m["y"])), "year"


_YEAR_OF = r"(?:,?\s+(?P<y>" + YEAR + r"))?"

ABSOLUTE_RULES: tuple[Rule, ...] = (
    rule("iso", r"(?<![\w.\-])" + PREP + r"(?P<y>" + YEAR + r")-(?P<m>0[1-9]|1[0-2])-"
         r"(?P<d>0[1-9]|[12][0-9]|3[01])(?![\w\-])", _iso_day),
    rule("month-day", r"\b" + PREP + WEEKDAY_PREFIX + r"(?P<m>" + MONTH + r")\s*(?P<d>" + DAY
         + r")" + _YEAR_OF, _single_day),
    rule("day-month", _DAY_START + PREP + WEEKDAY_PREFIX + r"(?P<d>" + DAY
         + r")\s+(?:of\s+)?(?P<m>" + MONTH + r")" + _YEAR_OF, _single_day),
    rule("month-day-range", r"\b" + _LEAD + WEEKDAY_PREFIX + r"(?P<m>" + MONTH + r")\s*(?P<d1>"
         + DAY + r")" + _RANGE_WORD + r"(?P<d2>" + DAY + r")" + _YEAR_OF, _same_month_range),
    rule("day-month-range", _DAY_START + _LEAD + r"(?P<d1>" + DAY + r")" + _RANGE_WORD
         + r"(?P<d2>" + DAY + r")\s+(?:of\s+)?(?P<m>" + MONTH + r")" + _YEAR_OF,
         _same_month_range),
    rule("month-day-cross", r"\b" + _LEAD + r"(?P<m1>" + MONTH + r")\s*(?P<d1>" + DAY
         + r")(?:,?\s+(?P<y1>" + YEAR + r"))?" + _RANGE_WORD + r"(?P<m2>" + MONTH
         + r")\s*(?P<d2>" + DAY + r")(?:,?\s+(?P<y2>" + YEAR + r"))?", _cross_month_range),
    rule("day-month-cross", _DAY_START + _LEAD + r"(?P<d1>" + DAY + r")\s+(?P<m1>" + MONTH
         + r")(?:,?\s+(?P<y1>" + YEAR + r"))?" + _RANGE_WORD + r"(?P<d2>" + DAY
         + r")\s+(?P<m2>" + MONTH + r")(?:,?\s+(?P<y2>" + YEAR + r"))?", _cross_month_range),
    rule("month-range", r"\b(?:(?P<pre>(?i:from|between|in|during|of))\s+)?(?P<m1>"
         + MONTH_FULL + r")(?:\s+(?P<y1>" + YEAR + r"))?" + _RANGE_WORD + r"(?P<m2>"
         + MONTH_FULL + r")(?:,?\s+(?P<y2>" + YEAR + r"))?", _month_range),
    rule("year-range", r"\b(?P<pre>(?i:from|between|in|during|over|throughout))\s+(?P<y1>"
         + YEAR + r")" + _RANGE_WORD + r"(?P<y2>" + YEAR + r"|[0-9]{2}(?![0-9]))" + NOT_COUNT,
         _year_range),
    rule("month-year", r"\b" + PREP + r"(?:(?i:the)\s+month\s+of\s+)?(?P<m>" + MONTH
         + r"),?\s+(?P<y>" + YEAR + r")", _month),
    rule("month-in-context", r"\b" + CONTEXT + r"(?:(?i:the)\s+month\s+of\s+)?(?P<m>"
         + MONTH_FULL + r")", _month),
    rule("month-possessive", r"\b(?P<m>" + MONTH_FULL + r")(?=['\u2019]s\b)",
         _possessive_month),
    rule("month-part", r"\b" + _PART_PREP + r"(?:(?i:the)\s+)?(?P<part>(?i:early|mid|late))"
         r"(?:-|\s+)?(?P<m>" + MONTH + r")" + _YEAR_OF, _month_part),
    rule("month-part-of", r"\b" + _PART_PREP + r"(?:(?i:the)\s+)?(?P<part>(?i:start|beginning|"
         r"middle|end|first\s+half|second\s+half|first\s+week|second\s+week|third\s+week|"
         r"last\s+week))\s+(?i:of)\s+(?P<m>" + MONTH + r")" + _YEAR_OF, _month_part),
    rule("year-part", r"\b" + _PART_PREP + r"(?:(?i:the)\s+)?(?P<part>(?i:early|mid|late))"
         r"(?:-|\s+)(?P<y>" + YEAR + r")" + NOT_COUNT, _year_part),
    rule("year-part-of", r"\b" + _PART_PREP + r"(?:(?i:the)\s+)?(?P<part>(?i:start|beginning|"
         r"middle|end|first\s+half|second\s+half|(?:first|second|third|fourth|final|last|"
         r"1st|2nd|3rd|4th)\s+quarter))\s+(?i:of)\s+(?P<y>" + YEAR + r")", _year_part),
    rule("quarter", r"\b" + PREP + r"(?P<part>Q[1-4])\s+(?P<y>" + YEAR + r")", _year_part),
    rule("season-year", r"\b" + _PART_PREP + r"(?:(?i:the)\s+)?(?P<s>(?i:spring|summer|autumn|"
         r"fall|winter))\s+(?:(?i:of)\s+)?(?P<y>" + YEAR + r")" + NOT_COUNT, _season),
    rule("year", r"\b" + CONTEXT + r"(?:(?i:the)\s+year\s+)?(?P<y>" + YEAR + r")" + NOT_COUNT,
         _year_only),
    rule("year-possessive", r"(?<!\w)(?P<y>" + YEAR + r")(?=['\u2019]s\b)", _year_only),
)
