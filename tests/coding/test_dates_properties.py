"""Property tests for multivector.coding.dates: any text, any date, no exception, sane output."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from multivector.coding.dates import find_dates
from multivector.records import DateRange

DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
# Fragments that make the patterns fire, glued with arbitrary text, so the search space
# is not just noise that never reaches a resolver.
FRAGMENTS = st.sampled_from([
    "on ", "in ", "between ", "from ", " and ", " to ", "-", "\u2013", ", ", " ", "the ",
    "September", "Sept.", "May", "Feb", "February", "14", "29", "31", "6", "2022", "1999",
    "2100", "Tuesday", "last", "next", "week", "weeks", "month", "year", "ago", "later",
    "that", "day", "early", "mid-", "late", "end of ", "Q4 ", "summer", "two", "a few",
])
TEXTS = st.one_of(st.text(max_size=200),
                  st.lists(st.one_of(FRAGMENTS, st.text(max_size=3)), max_size=30).map("".join))


@st.composite
def anchors(draw):
    start = draw(DATES)
    length = draw(st.integers(min_value=0, max_value=40))
    precision = draw(st.sampled_from(["day", "month", "season", "year"]))
    return DateRange(start, start + timedelta(days=length), precision, "x")


def check(text: str, found) -> None:
    last_end = 0
    for mention in found:
        assert 0 <= mention.start_char < mention.end_char <= len(text)
        assert text[mention.start_char:mention.end_char] == mention.text == mention.range.text
        assert mention.range.start <= mention.range.end
        assert mention.start_char >= last_end  # sorted and non-overlapping
        last_end = mention.end_char


@settings(max_examples=300, deadline=None)
@given(TEXTS, DATES, st.booleans())
def test_any_text_any_date_never_raises(text, published, future):
    check(text, find_dates(text, published, future=future))


@settings(max_examples=200, deadline=None)
@given(TEXTS, DATES, anchors(), st.booleans())
def test_with_any_anchor_never_raises(text, published, anchor, future):
    check(text, find_dates(text, published, anchor=anchor, future=future))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28),
       st.integers(min_value=1900, max_value=2100), DATES)
def test_explicit_dates_round_trip(month, day, year, published):
    name = date(2000, month, 1).strftime("%B")
    text = f"The ministers met on {day} {name} {year}."
    (mention,) = find_dates(text, published)
    assert mention.range.start == mention.range.end == date(year, month, day)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28), DATES,
       st.booleans())
def test_yearless_dates_fall_on_the_side_of_the_tense(month, day, published, future):
    name = date(2000, month, 1).strftime("%B")
    (mention,) = find_dates(f"They meet on {name} {day}.", published, future=future)
    resolved = mention.range.start
    if future:
        assert resolved >= published and resolved - published < timedelta(days=366)
    else:
        assert resolved <= published and published - resolved < timedelta(days=366)
