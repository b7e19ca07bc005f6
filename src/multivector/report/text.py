"""Text with citations, shared by the Markdown and HTML renderers.

A briefing sentence is a tuple of parts: plain strings and ``Cite`` markers.  The
renderers turn markers into ``[n]`` (Markdown) or links to the source list (HTML), so
no renderer ever has to parse text to find citations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Cite:
    number: int


Part = str | Cite
Rich = tuple[Part, ...]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def fmt_day(day: date, *, year: bool = True) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def fmt_range(start: date, end: date, *, year: bool = True) -> str:
    """``14 September`` / ``14-15 September`` / ``30 September - 2 October`` (en dashes)."""
    if start == end:
        return fmt_day(start, year=year)
    if (start.year, start.month) == (end.year, end.month):
        tail = f" {end.year}" if year else ""
        return f"{start.day}\u2013{end.day} {MONTHS[end.month - 1]}{tail}"
    same_year = start.year == end.year
    return f"{fmt_day(start, year=year and not same_year)} \u2013 {fmt_day(end, year=year)}"


def join_names(names: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def fmt_amount(value: float, unit: str) -> str:
    """``24500000000, USD`` -> ``24.5 billion USD``."""
    magnitude = abs(value)
    for threshold, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= threshold:
            number = f"{value / threshold:.2f}".rstrip("0").rstrip(".")
            return f"{number} {word} {unit}".strip()
    number = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{number} {unit}".strip()


def fmt_number(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def fmt_share(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f}%"


def fmt_signed(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:+.{digits}f}"
