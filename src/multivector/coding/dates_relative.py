"""Dates that only make sense against another date.

Two references: the publication date ("yesterday", "on Tuesday", "two weeks ago", "last
month") and the anchor, the latest explicit date earlier in the document ("the next day",
"later that month").  Anaphoric rules return None without an anchor: guessing from the
publication date would date a follow-up event to the day the article appeared.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from multivector.coding.dates_absolute import season_span, year_part
from multivector.coding.dates_calendar import (
    clamp, month_span, shift_month, shift_years, week_of,
    weekday_on_or_after, weekday_on_or_before, window, year_span,
)
from multivector.coding.dates_rules import Context, Resolution, Rule, rule
from multivector.coding.dates_vocab import (
    NUMBER, PREP, WEEKDAY, WEEKDAYS, month_value, number_value,
)

_DAY_TIME = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_ONE_DAY = timedelta(days=1)


def _day(day: date) -> Resolution:
    return (day, day), "day"


# --- the publication date ---------------------------------------------------------------

_NAMED_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "yesterday": -1, "last night": -1,
    "the day before yesterday": -2, "tomorrow": 1, "the day after tomorrow": 2,
}


def _named_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    offset = _NAMED_DAYS[" ".join(m["w"].lower().split())]
    return _day(ctx.published + timedelta(days=offset))


def _weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    which = (m["rel"] or "").lower()
    if which in ("last", "past"):  # "last Friday" is never the publication day itself
        return _day(weekday_on_or_before(ctx.published - _ONE_DAY, weekday))
    if which in ("next", "coming"):
        return _day(weekday_on_or_after(ctx.published + _ONE_DAY, weekday))
    if ctx.future:
        return _day(weekday_on_or_after(ctx.published, weekday))
    return _day(weekday_on_or_before(ctx.published, weekday))


def _ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    count = number_value(m["n"]) if m["n"] else None
    unit = m["unit"].lower().rstrip("s")
    # "weeks ago" and "a few weeks ago" are vague; "week ago" alone is not English.
    vague = m["vague"] is not None or (m["n"] is None and m["unit"].lower().endswith("s"))
    pub = ctx.published
    if vague:  # "a few days ago", "several weeks ago", "weeks ago"
        before, after = {"day": (6, 2), "week": (35, 10)}.get(unit, (0, 0))
        if not before:
            return None
        return (pub - timedelta(days=before), pub - timedelta(days=after)), "season"
    if count is None or count > 100:
        return None
    if unit == "day":
        return _day(pub - timedelta(days=count))
    if unit == "week":  # a week either side of the nominal day is too wide; +-3/4 days
        return window(pub - timedelta(days=7 * count), 4, 3), "season"
    if unit == "month":
        year, month = shift_month(pub.year, pub.month, -count)
        return month_span(year, month), "month"
    if count == 1:  # "a year ago": about the same time last year
        return window(shift_years(pub, -1), 30, 30), "month"
    return year_span(pub.year - count), "year"


def _past_units(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"over the past 15 years", "in the last six months", "the past decade": from that
    long before publication up to publication."""
    count = number_value(m["n"]) if m["n"] else 1
    unit = m["unit"].lower().rstrip("s")
    pub = ctx.published
    if count is None or count > 100:
        return None
    if unit == "decade":
        unit, count = "year", count * 10
    if unit in ("day", "week"):
        return (pub - timedelta(days=count * (7 if unit == "week" else 1)), pub), "day"
    if unit == "month":
        year, month = shift_month(pub.year, pub.month, -count)
        return (date(year, month, 1), pub), "month"
    return (date(pub.year - count, 1, 1), pub), "year"


def _in_future(m: re.Match[str], ctx: Context) -> Resolution | None:
    count = number_value(m["n"])
    unit = m["unit"].lower().rstrip("s")
    pub = ctx.published
    if count is None or count > 100:
        return None
    if unit == "day":
        return _day(pub + timedelta(days=count))
    if unit == "week":
        return window(pub + timedelta(days=7 * count), 3, 4), "season"
    if unit == "month":
        year, month = shift_month(pub.year, pub.month, count)
        return month_span(year, month), "month"
    return year_span(pub.year + count), "year"


def _calendar_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    """this/last/next/earlier this/later this + week/weekend/month/year."""
    which = " ".join(m["which"].lower().split())
    unit = m["unit"].lower()
    pub = ctx.published
    step = {"last": -1, "past": -1, "next": 1, "this": 0, "earlier this": 0,
            "later this": 0, "the current": 0, "the coming": 1}[which]
    if unit == "week":
        monday, sunday = week_of(pub + timedelta(days=7 * step))
        span, precision = (monday, sunday), "season"
    elif unit == "weekend":
        saturday = week_of(pub)[0] + timedelta(days=5 + 7 * step)
        if step == -1 and pub.weekday() == 6:  # on Sunday, "last weekend" is the one before
            saturday -= timedelta(days=7)
        span, precision = (saturday, saturday + _ONE_DAY), "season"
    elif unit == "month":
        year, month = shift_month(pub.year, pub.month, step)
        span, precision = month_span(year, month), "month"
    else:
        span, precision = year_span(pub.year + step), "year"
    if which == "earlier this":
        return clamp((span[0], pub - _ONE_DAY)), ("season" if unit != "year" else "year")
    if which == "later this":
        return clamp((pub + _ONE_DAY, span[1])), ("season" if unit != "year" else "year")
    if which == "this" and unit == "week":  # the part of the week on the side of the tense
        span = (pub, span[1]) if ctx.future else (span[0], pub)
    return span, precision


def _relative_year_part(m: re.Match[str], ctx: Context) -> Resolution | None:
    # "the first half of the year": news means the current year
    step = {"last": -1, "this": 0, "the": 0, "next": 1}[m["which"].lower()]
    return year_part(m["part"], ctx.published.year + step), "season"


def _relative_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"last May": the latest May wholly before the publication month; "next May" the
    earliest after it; "this May" the May of the publication year."""
    month, pub = month_value(m["m"]), ctx.published
    which = m["which"].lower()
    if which == "this":
        return month_span(pub.year, month), "month"
    if which in ("last", "past"):
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year if month > pub.month else pub.year + 1
    return month_span(year, month), "month"


def _relative_season(m: re.Match[str], ctx: Context) -> Resolution | None:
    name, which, pub = m["s"], m["which"].lower(), ctx.published
    candidates = [season_span(name, y) for y in range(pub.year - 2, pub.year + 2)]
    if which in ("last", "past"):
        return max(s for s in candidates if s[1] < pub), "season"
    if which == "next":
        return min(s for s in candidates if s[0] > pub), "season"
    current = [s for s in candidates if s[0] <= pub <= s[1]]
    return (current[0] if current else season_span(name, pub.year)), "season"


def _the_weekend(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"over the weekend": the latest Saturday-Sunday ending on or before publication."""
    pub = ctx.published
    saturday = week_of(pub)[0] + timedelta(days=5)
    if saturday > pub:
        saturday -= timedelta(days=7)
    return (saturday, saturday + _ONE_DAY), "season"


_MONTH_PART_DAYS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}


def _part_of_relative_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"late last month", "early this month": the contract's early 1-10, mid 10-20, late 20-end."""
    step = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    year, month = shift_month(ctx.published.year, ctx.published.month, step)
    first, last = month_span(year, month)
    low, high = _MONTH_PART_DAYS[m["part"].lower()]
    return (first.replace(day=low), last.replace(day=min(high, last.day))), "season"


def _month_of_relative_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"in November of last year", "March of next year", "in April this year"."""
    step = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    return month_span(ctx.published.year + step, month_value(m["m"])), "month"


def _ordinal_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"on the 14th": that day of the publication month, or of the month before when the
    14th is still to come (of the next month for a future event)."""
    day, pub = int(m["d"]), ctx.published
    for step in ((0, 1) if ctx.future else (0, -1)):
        year, month = shift_month(pub.year, pub.month, step)
        last = month_span(year, month)[1].day
        if day > last:
            continue
        candidate = date(year, month, day)
        if (candidate >= pub) if ctx.future else (candidate <= pub):
            return _day(candidate)
    return None


# --- the anchor -------------------------------------------------------------------------

def _anchor_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    phrase = " ".join(m["w"].lower().split())
    count = number_value(m["n"]) if m["n"] else 1
    if phrase in ("that day", "the same day"):
        return (anchor.start, anchor.end), anchor.precision
    if count is None or count > 100:
        return None
    later = phrase.endswith(("later", "after", "afterwards", "following day", "next day"))
    if anchor.precision != "day":  # a fuzzy anchor moves as a whole
        delta = timedelta(days=count if later else -count)
        return (anchor.start + delta, anchor.end + delta), anchor.precision
    base = anchor.end if later else anchor.start
    return _day(base + timedelta(days=count if later else -count))


def _anchor_occasion(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"during the visit", "at the talks": the occasion the story has just dated."""
    anchor = ctx.anchor
    return None if anchor is None else ((anchor.start, anchor.end), anchor.precision)


def _anchor_span(m: re.Match[str], ctx: Context) -> Resolution | None:
    """that/later that/earlier that/early that + week/month/year, and the next/previous one."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    which = " ".join(m["which"].lower().split())
    unit = m["unit"].lower()
    ref = anchor.start
    step = {"the following": 1, "the next": 1, "the previous": -1,
            "the preceding": -1}.get(which, 0)
    if unit == "week":
        span = week_of(ref + timedelta(days=7 * step))
    elif unit == "month":
        span = month_span(*shift_month(ref.year, ref.month, step))
    else:
        span = year_span(ref.year + step)
    precision = {"week": "season", "month": "month", "year": "year"}[unit]
    if which == "later that":
        return clamp((min(anchor.start + _ONE_DAY, span[1]), span[1])), _finer(unit)
    if which == "earlier that":
        return clamp((span[0], max(anchor.start - _ONE_DAY, span[0]))), _finer(unit)
    if which in ("early that", "late that") and unit == "month":
        last = span[1]
        if which == "early that":
            return (span[0], span[0] + timedelta(days=9)), "season"
        return (date(last.year, last.month, 20), last), "season"
    return span, precision


def _finer(unit: str) -> str:
    return "year" if unit == "year" else "season"


def _anchor_later(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"a week later", "weeks later", "a month later", "months later", "a year later"."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    unit = m["unit"].lower().rstrip("s")
    sign = 1 if m["dir"].lower() == "later" else -1
    base = anchor.end if sign > 0 else anchor.start
    if m["n"] is None:  # vague: "weeks later", "days later", "months later"
        near, far = {"day": (1, 7), "week": (7, 28), "month": (30, 180), "year": (365, 1095)}[unit]
        ends = sorted((base + timedelta(days=sign * near), base + timedelta(days=sign * far)))
        return (ends[0], ends[1]), ("season" if unit in ("day", "week") else "year")
    count = number_value(m["n"])
    if count is None or count > 100:
        return None
    if unit == "day":
        return _day(base + timedelta(days=sign * count))
    if unit == "week":
        return window(base + timedelta(days=sign * 7 * count), 3, 3), "season"
    if unit == "month":  # "a month later": about 30 days on, +-7 days (+-15 for more)
        spread = 7 if count == 1 else 15
        return window(base + timedelta(days=sign * 30 * count), spread, spread), "season"
    return window(shift_years(base, sign * count), 30, 30), "month"


_THIS = (r"(?P<which>(?i:this|last|next|past|earlier\s+this|later\s+this|the\s+current|"
         r"the\s+coming))")

RELATIVE_RULES: tuple[Rule, ...] = (
    rule("named-day", r"\b(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
         r"today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|"
         r"earlier\s+today|later\s+today|last\s+night))\b", _named_day, relative=True),
    rule("weekday", r"\b" + PREP + r"(?:(?P<rel>(?i:last|this|next|past|coming))\s+)?(?P<wd>"
         + WEEKDAY + r")" + _DAY_TIME, _weekday, relative=True),
    rule("ago", r"\b(?:(?P<vague>(?i:a\s+few|several|a\s+couple\s+of))\s+|(?P<n>" + NUMBER
         + r")\s+)?(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago)\b", _ago,
         relative=True),
    rule("past-units", r"\b(?i:over|in|during|for|throughout|within)\s+(?i:the)\s+"
         r"(?i:past|last|previous)\s+(?:(?P<n>" + NUMBER + r")\s+)?(?P<unit>(?i:days|weeks|"
         r"months|years|decades?))\b", _past_units, relative=True),
    rule("in-future", r"\b(?i:in|within)\s+(?P<n>" + NUMBER + r")\s+(?P<unit>(?i:days?|weeks?|"
         r"months?|years?))(?:['\u2019]\s*time)?\b", _in_future, relative=True),
    rule("calendar-unit", r"\b" + PREP + _THIS + r"\s+(?P<unit>(?i:week|weekend|month|year))\b",
         _calendar_unit, relative=True),
    rule("relative-year-part", r"\b(?:(?i:in|at|by|during|around|towards?)\s+)?(?:(?i:the)\s+)?"
         r"(?P<part>(?i:early|mid|late|start|beginning|middle|end|first\s+half|second\s+half|"
         r"(?:first|second|third|fourth|final)\s+quarter))(?:-|\s+)(?:(?i:of)\s+)?"
         r"(?P<which>(?i:last|this|next|the))\s+year\b", _relative_year_part, relative=True),
    rule("month-of-relative-year", r"\b(?:(?i:in|during|by|since)\s+)?(?P<m>"
         r"(?:January|February|March|April|May|June|July|August|September|October|"
         r"November|December))\s+(?:(?i:of)\s+)?(?P<which>(?i:last|this|next))\s+year\b",
         _month_of_relative_year, relative=True),
    rule("the-weekend", r"\b(?i:over|at|during)\s+(?i:the)\s+(?i:weekend)\b", _the_weekend,
         relative=True),
    rule("part-of-relative-month", r"\b(?:(?i:in|at|by|during|around|towards?)\s+)?(?P<part>"
         r"(?i:early|mid|late))[-\s]+(?P<which>(?i:last|this|next))\s+month\b",
         _part_of_relative_month, relative=True),
    rule("ordinal-day", r"\b(?i:on\s+)?(?i:the)\s+(?P<d>[12]?\d|3[01])(?i:st|nd|rd|th)\b(?!\s+(?i:of|century)|\s+[a-z])",
         _ordinal_day, relative=True),
    rule("relative-month", r"\b" + PREP + r"(?P<which>(?i:last|this|next|past))\s+(?P<m>"
         r"(?:January|February|March|April|May|June|July|August|September|October|"
         r"November|December)\b)", _relative_month, relative=True),
    rule("relative-season", r"\b" + PREP + r"(?P<which>(?i:last|this|next|past))\s+(?P<s>"
         r"(?i:spring|summer|autumn|fall|winter))\b", _relative_season, relative=True),
    rule("anchor-day", r"\b(?P<w>(?i:that\s+day|the\s+same\s+day|(?:the\s+)?next\s+day|"
         r"the\s+following\s+day|the\s+previous\s+day|the\s+day\s+(?:before|after)(?=\s*"
         r"(?:[,.;:!?)]|$))|(?P<n>" + NUMBER + r")\s+days?\s+(?:later|earlier|afterwards)))",
         _anchor_day, relative=True, blocks=True),
    rule("anchor-occasion", r"\b(?i:during|at|in\s+the\s+course\s+of)\s+(?i:the|this)\s+"
         r"(?i:visit|trip|talks|meeting|summit|tour)\b", _anchor_occasion, relative=True,
         blocks=True),
    rule("anchor-span", r"\b" + PREP + r"(?P<which>(?i:later\s+that|earlier\s+that|early\s+that|"
         r"late\s+that|that|the\s+same|the\s+following|the\s+next|the\s+previous|"
         r"the\s+preceding))\s+(?P<unit>(?i:week|month|year))\b", _anchor_span,
         relative=True, blocks=True),
    rule("anchor-later", r"\b(?:(?P<n>" + NUMBER + r")\s+)?(?P<unit>(?i:weeks?|months?|years?|"
         r"days))\s+(?P<dir>(?i:later|earlier))\b", _anchor_later, relative=True, blocks=True),
)

