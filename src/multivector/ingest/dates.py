"""Publication dates as the inputs write them: YYYY-MM-DD, or an ISO date-time."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[Tt ](.+))?")

DATE_HINT = "write it as YYYY-MM-DD (an ISO date-time such as 2022-09-14T08:00:00Z also works)"


def parse_published(value: str) -> date:
    """The calendar date of ``value`` as written; ``ValueError`` when it is not one.

    Accepts ``2022-09-14`` and ISO 8601 date-times (``2022-09-14T08:00:00+05:00``,
    ``2022-09-14 08:00``, a trailing ``Z``).  The date is taken as written: time zones
    are not converted, because the publisher's own calendar day is what readers cite.
    """
    text = value.strip()
    match = _ISO_DATE.fullmatch(text)
    if match is None:
        raise ValueError(f"not an ISO date: {value!r}")
    year, month, day, time_part = match.groups()
    result = date(int(year), int(month), int(day))
    if time_part is not None:
        # Validates the time and offset; the date itself was checked above.
        datetime.fromisoformat(f"{year}-{month}-{day}T{time_part.strip()}")
    return result
