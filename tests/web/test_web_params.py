"""Parameter parsing: any text is either a valid value or an InputError, never a crash."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from multivector.errors import InputError
from multivector.web.pages import highlight
from multivector.web.params import (
    MAX_PER_PAGE, SORTS, parse_by, parse_date, parse_filters, parse_int, parse_page,
    parse_partners, parse_sort,
)

texts = st.one_of(st.none(), st.text(max_size=40))


@given(texts, texts, texts, texts, texts, texts, texts)
def test_parse_filters_never_crashes(country, partner, kind, mode, start, end, dataset):
    params = {"country": country, "partner": partner, "type": kind, "mode": mode,
              "from": start, "to": end, "dataset": dataset}
    try:
        filters = parse_filters(params)
    except InputError as err:
        assert err.code.startswith("MV1") and str(err)
        return
    if filters.date_from and filters.date_to:
        assert filters.date_from <= filters.date_to
    if filters.mode:
        assert filters.mode.isprintable() and "'" not in filters.mode


@given(st.text(max_size=30))
def test_sort_is_whitelisted(value):
    try:
        assert parse_sort(value) in SORTS
    except InputError:
        assert value.strip() not in SORTS


@given(st.text(max_size=12), st.integers(min_value=0, max_value=10_000))
def test_pages_are_in_range(value, rows):
    try:
        page = parse_page({"per_page": value}, max_rows=rows)
    except InputError:
        return
    assert 1 <= page.per_page <= MAX_PER_PAGE and page.offset >= 0


def test_examples():
    assert parse_date(" 2022-09-14 ", "from") == date(2022, 9, 14)
    assert parse_date("", "from") is None
    assert parse_partners("chn, rus,EU") == ("CHN", "RUS", "EU")
    assert parse_by("quarter") == "quarter"
    assert parse_int("7", "page", default=1, low=1, high=9) == 7
    assert parse_filters({"partner": "chn"}).country == "CHN"  # partner alone: either side
    with pytest.raises(InputError, match="is not a date"):
        parse_date("14/09/2022", "from")
    with pytest.raises(InputError, match="unknown country code"):
        parse_partners("CHN,NOPE")
    with pytest.raises(InputError, match="is before"):
        parse_filters({"from": "2022-02-01", "to": "2022-01-01"})


@given(st.text(max_size=200), st.one_of(st.none(), st.text(max_size=30)),
       st.one_of(st.none(), st.tuples(st.integers(-5, 250), st.integers(-5, 250))))
def test_highlight_keeps_the_text(text, sentence, span):
    before, marked, after = highlight(text, sentence, span)
    assert before + marked + after == text
    if marked and sentence and span is None:
        assert marked == sentence.strip()


def test_highlight_uses_the_span_then_searches():
    text = "One. Two sentences here. Three."
    assert highlight(text, "Two sentences here.", (5, 24))[1] == "Two sentences here."
    assert highlight(text, "Two sentences here.", (0, 3))[1] == "Two sentences here."
    assert highlight(text, "Absent.", (0, 3)) == (text, "", "")
