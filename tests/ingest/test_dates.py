from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from multivector.ingest import parse_published


@pytest.mark.parametrize(("text", "expected"), [
    ("2022-09-14", date(2022, 9, 14)),
    (" 2022-09-14 ", date(2022, 9, 14)),
    ("2022-09-14T23:30:00+06:00", date(2022, 9, 14)),  # as written, not converted to UTC
    ("2022-09-14T08:00:00Z", date(2022, 9, 14)),
    ("2022-09-14 08:00", date(2022, 9, 14)),
])
def test_accepted(text, expected):
    assert parse_published(text) == expected


@pytest.mark.parametrize("text", ["", "14/09/2022", "2022-9-14", "20220914", "2022-02-30",
                                  "2022-09-14T25:00", "2022-09-14 noon", "September 2022"])
def test_rejected(text):
    with pytest.raises(ValueError):
        parse_published(text)


@given(st.dates())
def test_round_trip(day):
    assert parse_published(day.isoformat()) == day


@given(st.text())
def test_never_raises_anything_but_value_error(text):
    try:
        parse_published(text)
    except ValueError:
        pass
