from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from multivector.api import extract_text
from multivector.coding.indicators import MONEY, parse_amount
from multivector.records import Indicator


@pytest.mark.parametrize("text, value, unit", [
    ("$24.5 billion", 24.5e9, "USD"), ("US$3bn", 3e9, "USD"), ("9.8 billion dollars", 9.8e9, "USD"),
    ("€1.2 billion", 1.2e9, "EUR"), ("25 million euros", 25e6, "EUR"), ("$50,000", 5e4, "USD"),
    ("30 billion yuan", 30e9, "CNY"), ("£700 million", 7e8, "GBP"),
])
def test_amounts_and_currencies(text: str, value: float, unit: str) -> None:
    assert parse_amount(MONEY.search(text)) == (value, unit)


def test_bare_numbers_are_not_money() -> None:
    assert MONEY.search("45 Russian diplomats and 2,000 troops in 2021") is None


@given(st.text(max_size=80))
def test_parser_never_raises(text: str) -> None:
    for match in MONEY.finditer(text):
        parsed = parse_amount(match)
        assert parsed is None or parsed[0] >= 0


@pytest.mark.model
def test_trade_between_two_countries_with_its_year() -> None:
    [ind] = [r for r in extract_text("Russian-Kazakh trade reached $24.5 billion in 2021.",
                                     published=date(2022, 11, 18)) if isinstance(r, Indicator)]
    assert (ind.indicator, sorted(ind.actors), ind.value, ind.unit) == ("trade", ["KAZ", "RUS"], 24.5e9, "USD")
    assert (ind.period.start, ind.period.end) == (date(2021, 1, 1), date(2021, 12, 31))


@pytest.mark.model
def test_aid_pledge_and_relative_year() -> None:
    found = [r for r in extract_text("Last year the European Union pledged €12 million in aid "
                                     "to Tajikistan.", published=date(2023, 3, 1))
             if isinstance(r, Indicator)]
    assert [(i.indicator, i.unit, i.period.start.year) for i in found] == [("aid", "EUR", 2022)]
    assert re.search("EU", " ".join(found[0].actors))


@pytest.mark.model
def test_a_running_total_since_a_year_runs_to_publication() -> None:
    [ind] = [r for r in extract_text("European companies have invested more than $160 billion "
                                     "in Kazakhstan since 2005.", published=date(2023, 10, 20))
             if isinstance(r, Indicator)]
    assert (ind.indicator, ind.period.start, ind.period.end) == (
        "investment", date(2005, 1, 1), date(2023, 10, 20))


@pytest.mark.model
def test_the_value_of_deals_signed_by_the_two_sides() -> None:
    found = [r for r in extract_text("Xi Jinping met Kassym-Jomart Tokayev in Xi'an on Wednesday. "
                                     "The two sides signed agreements worth $22 billion.",
                                     published=date(2023, 5, 20)) if isinstance(r, Indicator)]
    assert [(i.indicator, sorted(i.actors), i.value) for i in found] == [
        ("deals", ["CHN", "KAZ"], 22e9)]
