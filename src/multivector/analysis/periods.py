"""Calendar periods (month, quarter, year) for ``balance --by``."""

from __future__ import annotations

from datetime import date, timedelta

PERIOD_UNITS: tuple[str, ...] = ("month", "quarter", "year")


def period_start(day: date, unit: str) -> date:
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if unit == "year":
        return date(day.year, 1, 1)
    raise ValueError(f"unknown period unit {unit!r}")


def next_period_start(start: date, unit: str) -> date:
    step = {"month": 1, "quarter": 3, "year": 12}[unit]
    month_index = start.year * 12 + (start.month - 1) + step
    return date(month_index // 12, month_index % 12 + 1, 1)


def period_end(start: date, unit: str) -> date:
    return next_period_start(start, unit) - timedelta(days=1)


def periods_between(first: date, last: date, unit: str) -> list[tuple[date, date]]:
    """Every calendar period from the one holding ``first`` to the one holding ``last``."""
    out: list[tuple[date, date]] = []
    start = period_start(first, unit)
    while start <= last:
        out.append((start, period_end(start, unit)))
        start = next_period_start(start, unit)
    return out
