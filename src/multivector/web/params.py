"""Query parameters of pages and API endpoints, validated into typed filters.

Every parameter arrives as text and is checked here; anything wrong raises
``InputError`` (the app answers 400 with the code and the message).  SQL never sees
a raw parameter: codes, types and dates are normalised values passed as bound
parameters, and sort keys are looked up in a whitelist.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from multivector.analysis.blocs import DEFAULT_PARTNERS
from multivector.analysis.periods import PERIOD_UNITS
from multivector.errors import InputError
from multivector.store.codes import check_code, check_dataset, check_event_type, check_mode

MAX_PER_PAGE = 500
DEFAULT_PER_PAGE = 50
# Sort keys of the events table -> SQL ORDER BY (never built from user text).
SORTS: dict[str, str] = {
    "date": "e.date_start NULLS LAST, e.cluster_id",
    "-date": "e.date_start DESC NULLS LAST, e.cluster_id",
    "type": "e.event_type, e.date_start NULLS LAST, e.cluster_id",
    "-type": "e.event_type DESC, e.date_start NULLS LAST, e.cluster_id",
    "actor": "e.actor_code NULLS LAST, e.date_start NULLS LAST, e.cluster_id",
    "-actor": "e.actor_code DESC NULLS LAST, e.date_start NULLS LAST, e.cluster_id",
    "recipient": "e.recipient_code NULLS LAST, e.date_start NULLS LAST, e.cluster_id",
    "-recipient": "e.recipient_code DESC NULLS LAST, e.date_start NULLS LAST, e.cluster_id",
    "mode": "e.mode NULLS LAST, e.date_start NULLS LAST, e.cluster_id",
    "-mode": "e.mode DESC NULLS LAST, e.date_start NULLS LAST, e.cluster_id",
    "sources": "e.n_sources DESC, e.date_start NULLS LAST, e.cluster_id",
    "-sources": "e.n_sources, e.date_start NULLS LAST, e.cluster_id",
}
_WORD = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class EventFilters:
    """The filters every event view and endpoint shares (``event_filters`` keywords)."""

    country: str | None = None
    partner: str | None = None
    event_type: str | None = None
    mode: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    dataset: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {"country": self.country, "partner": self.partner, "event_type": self.event_type,
                "mode": self.mode, "date_from": self.date_from, "date_to": self.date_to,
                "dataset": self.dataset}

    def query(self) -> dict[str, str]:
        """The filters as URL parameters (for links that keep them)."""
        pairs = {"country": self.country, "partner": self.partner, "type": self.event_type,
                 "mode": self.mode, "from": self.date_from and self.date_from.isoformat(),
                 "to": self.date_to and self.date_to.isoformat(), "dataset": self.dataset}
        return {k: v for k, v in pairs.items() if v}


@dataclass(frozen=True)
class Page:
    number: int = 1
    per_page: int = DEFAULT_PER_PAGE

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page


def _blank(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def parse_date(value: str | None, name: str) -> date | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name}={value!r} is not a date: use YYYY-MM-DD", code="MV104") from None


def parse_code(value: str | None, name: str, stored: Iterable[str] = ()) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    if len(value) > 12:
        raise InputError(f"{name} is too long for a country or organisation code", code="MV107")
    return check_code(value, name, frozenset(stored))


def parse_word(value: str | None, name: str) -> str | None:
    """A mode or dataset name: lower-case letters, digits, '-' and '_' only."""
    value = _blank(value)
    if value is None:
        return None
    if not _WORD.match(value):
        raise InputError(f"{name}={value!r} is not a valid name: use lower-case letters, digits, "
                         "'-' or '_'", code="MV101")
    return value


def parse_int(value: str | None, name: str, *, default: int, low: int, high: int) -> int:
    value = _blank(value)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise InputError(f"{name}={value!r} is not a whole number", code="MV101") from None
    if not low <= number <= high:
        raise InputError(f"{name}={number} is out of range: use {low}..{high}", code="MV101")
    return number


def parse_filters(params: dict[str, str | None], stored: Iterable[str] = ()) -> EventFilters:
    """The event filters, each checked as the command line checks it (store.codes)."""
    stored = frozenset(stored)
    filters = EventFilters(
        country=parse_code(params.get("country"), "country", stored),
        partner=parse_code(params.get("partner"), "partner", stored),
        event_type=check_event_type(_blank(params.get("type")), "type"),
        mode=check_mode(_blank(params.get("mode")), "mode"),
        date_from=parse_date(params.get("from"), "from"),
        date_to=parse_date(params.get("to"), "to"),
        dataset=check_dataset(_blank(params.get("dataset")), "dataset"))
    check_window(filters.date_from, filters.date_to)
    if filters.partner and not filters.country:  # "partner" alone means either side
        filters = replace(filters, country=filters.partner, partner=None)
    return filters


def check_window(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_to < date_from:
        raise InputError(f"to={date_to} is before from={date_from}", code="MV104")


def parse_page(params: dict[str, str | None], *, max_rows: int) -> Page:
    per_page = parse_int(params.get("per_page"), "per_page", default=DEFAULT_PER_PAGE, low=1,
                         high=MAX_PER_PAGE)
    last = max(1, -(-max_rows // per_page))
    number = parse_int(params.get("page"), "page", default=1, low=1, high=max(last, 1_000_000))
    return Page(number=number, per_page=per_page)


def parse_sort(value: str | None) -> str:
    value = _blank(value) or "date"
    if value not in SORTS:
        raise InputError(f"sort={value!r}: use one of {', '.join(SORTS)}", code="MV101")
    return value


def parse_partners(value: str | None, stored: Iterable[str] = ()) -> tuple[str, ...]:
    value = _blank(value)
    if value is None:
        return DEFAULT_PARTNERS
    codes = [part for part in (p.strip() for p in value.split(",")) if part]
    if not codes or len(codes) > 12:
        raise InputError("partners: give 1 to 12 comma-separated codes such as CHN,RUS,USA,EU",
                         code="MV107")
    return tuple(dict.fromkeys(parse_code(c, "partners", stored) or "" for c in codes))


def parse_by(value: str | None) -> str | None:
    value = _blank(value)
    if value is not None and value not in PERIOD_UNITS:
        raise InputError(f"by={value!r}: use month, quarter or year", code="MV101")
    return value
