"""Per-period balance and the bootstrap change (periods.py, bootstrap.py)."""

from __future__ import annotations

import random
from datetime import date

import pytest
from balance_fixtures import engagement as e

from multivector.analysis import compute_balance
from multivector.analysis.bootstrap import bootstrap_change
from multivector.analysis.periods import periods_between


@pytest.mark.parametrize("unit, first, last, expected", [
    ("month", date(2022, 11, 20), date(2023, 2, 1),
     [("2022-11-01", "2022-11-30"), ("2022-12-01", "2022-12-31"),
      ("2023-01-01", "2023-01-31"), ("2023-02-01", "2023-02-28")]),
    ("quarter", date(2022, 2, 1), date(2022, 7, 1),
     [("2022-01-01", "2022-03-31"), ("2022-04-01", "2022-06-30"), ("2022-07-01", "2022-09-30")]),
    ("year", date(2020, 6, 1), date(2021, 1, 1), [("2020-01-01", "2020-12-31"), ("2021-01-01", "2021-12-31")]),
])
def test_periods_between(unit, first, last, expected):
    got = [(s.isoformat(), t.isoformat()) for s, t in periods_between(first, last, unit)]
    assert got == expected


def test_gap_months_are_present_and_empty_not_zero():
    events = [e("CHN", "KAZ", "2022-09-14"), e("RUS", "KAZ", "2022-11-28")]
    data = compute_balance(events, "KAZ", by="month").to_dict()
    assert [p["start"] for p in data["periods"]] == ["2022-09-01", "2022-10-01", "2022-11-01"]
    gap = data["periods"][1]
    assert gap == {"start": "2022-10-01", "end": "2022-10-31", "events": 0, "partners": [],
                   "concentration": {}, "tilt": {}}
    september = data["periods"][0]
    assert {p["code"]: p["share"] for p in september["partners"]} == {
        "CHN": 1.0, "RUS": 0.0, "USA": 0.0, "EU": 0.0}
    assert september["concentration"]["hhi"] == 1.0
    assert september["tilt"] == {"west": 0, "east": 1, "value": -1.0}


def test_window_sets_the_periods_and_events_spanning_the_start_go_to_the_first():
    events = [e("CHN", "KAZ", "2022-03-30", until="2022-04-02")]
    data = compute_balance(events, "KAZ", by="quarter", date_from=date(2022, 4, 1),
                           date_to=date(2022, 12, 31)).to_dict()
    assert [p["events"] for p in data["periods"]] == [1, 0, 0]
    assert data["change"] is None  # one non-empty period: nothing to compare


def test_change_between_first_and_last_non_empty_period():
    events = ([e("CHN", "KAZ", "2022-01-10") for _ in range(8)] + [e("USA", "KAZ", "2022-01-11") for _ in range(2)]
              + [e("CHN", "KAZ", "2022-03-10") for _ in range(2)] + [e("USA", "KAZ", "2022-03-11") for _ in range(8)])
    balance = compute_balance(events, "KAZ", by="month", resamples=400)
    change = balance.to_dict()["change"]
    assert change["first_period"] == "2022-01-01" and change["last_period"] == "2022-03-01"
    chn = change["share"]["CHN"]
    assert chn["first"] == 0.8 and chn["last"] == 0.2 and chn["delta"] == pytest.approx(-0.6)
    low, high = chn["ci95"]
    assert low <= -0.6 <= high and high < 0 and chn["shift"] is True
    assert change["tilt"]["delta"] == pytest.approx(1.2) and change["tilt"]["shift"] is True
    # Seeded: the same data give the same interval.
    again = compute_balance(events, "KAZ", by="month", resamples=400).to_dict()["change"]
    assert again == change


def test_too_few_events_give_no_interval():
    events = [e("CHN", "KAZ", "2022-01-10"), e("USA", "KAZ", "2022-03-11")]
    change = compute_balance(events, "KAZ", by="month").to_dict()["change"]
    assert change["share"]["CHN"]["delta"] == -1.0
    assert change["share"]["CHN"]["ci95"] is None and change["share"]["CHN"]["shift"] is None


def test_bootstrap_interval_covers_a_zero_shift_about_95_percent_of_the_time():
    """Same distribution in both periods: the 95% interval should contain 0 ~95% of the time."""
    rng = random.Random(12345)
    partners = ("CHN", "RUS", "USA", "EU")
    weights = (0.4, 0.3, 0.2, 0.1)
    blocs = {"CHN": "east", "RUS": "east", "USA": "west", "EU": "west"}

    def period(n):
        picks = rng.choices(partners, weights=weights, k=n)
        return [(p, blocs[p]) for p in picks]

    repetitions, covered_share, covered_tilt = 120, 0, 0
    for seed in range(repetitions):
        change = bootstrap_change(period(80), period(80), partners, first_period="a",
                                  last_period="b", resamples=300, seed=seed)
        covered_share += change.share["CHN"].low <= 0 <= change.share["CHN"].high
        covered_tilt += change.tilt.low <= 0 <= change.tilt.high
    # 120 draws of a 0.95 coin: the count lies within 0.87..0.99 far beyond 99% of the time.
    assert 0.87 <= covered_share / repetitions <= 0.995
    assert 0.87 <= covered_tilt / repetitions <= 0.995
