"""What changed (analysis/changes.py): the test, the correction, the flags and the words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from balance_fixtures import engagement
from hypothesis import given
from hypothesis import strategies as st

from multivector.analysis.changes import (
    MIN_EVENTS, TiltShift, VoteShift, compute_changes, divergence_words, holm,
    poisson_rate_midp,
)
from multivector.analysis.unga import SessionAgreement, sessions
from multivector.records import DistinctEvent

AT = date(2023, 6, 30)


def days_before(n: int) -> str:
    return (AT - timedelta(days=n)).isoformat()


def test_midp_of_one_event_against_none_is_the_window_share():
    # 1 event in 7 days against 0 in 28: P(X=1) = 7/35; mid-p = 2 * 0.5 * 0.2
    assert poisson_rate_midp(1, 7, 0, 28) == pytest.approx(0.2)


def test_equal_rates_give_a_p_of_one_and_nothing_gives_none():
    assert poisson_rate_midp(4, 28, 4, 28) == pytest.approx(1.0)
    assert poisson_rate_midp(0, 7, 0, 28) is None


@given(st.integers(0, 60), st.integers(1, 400), st.integers(0, 60), st.integers(1, 400))
def test_midp_is_a_probability_and_symmetric(x, e, y, b):
    p = poisson_rate_midp(x, e, y, b)
    if x + y == 0:
        assert p is None
        return
    assert 0.0 <= p <= 1.0
    assert p == pytest.approx(poisson_rate_midp(y, b, x, e), abs=1e-9)


def test_holm_steps_down_and_skips_untested():
    assert holm([0.01, 0.04, None, 0.03]) == pytest.approx([0.03, 0.06, None, 0.06])


@pytest.fixture
def events() -> list[DistinctEvent]:
    items = []
    # China: one event a month for a year, then six in the latest week
    items += [engagement("CHN", "KAZ", days_before(30 * k + 10)) for k in range(12)]
    items += [engagement("CHN", "KAZ", days_before(k)) for k in range(6)]
    # Russia: three a week in the four weeks before the latest month, none since
    items += [engagement("RUS", "KAZ", days_before(31 + 2 * k)) for k in range(12)]
    # the United States: one event, none before
    items.append(engagement("USA", "KAZ", days_before(3)))
    return items


def test_a_burst_is_flagged_with_the_events_behind_it(events):
    result = compute_changes(events, "KAZ", at=AT)
    flags = {(f.partner, f.window, f.baseline): f for f in result.flags}
    burst = flags[("CHN", "week", "52w")]
    assert burst.direction == "up" and burst.observed == 6
    assert burst.p_adjusted < 0.05
    assert {ref.start for ref in burst.events} == {AT - timedelta(days=k) for k in range(6)}
    listed = result.to_dict()["flags"]
    first = next(f for f in listed if (f["partner"], f["window"], f["baseline"]) == ("CHN", "week", "52w"))
    assert first["events"][0]["event_ids"] and first["events"][0]["sentence"]


def test_a_silence_after_a_busy_month_is_flagged_as_a_drop(events):
    result = compute_changes(events, "KAZ", at=AT)
    drop = next(f for f in result.flags if (f.partner, f.window, f.baseline) == ("RUS", "month", "4w"))
    assert drop.direction == "down" and drop.observed == 0 and drop.baseline_events == 12
    assert len(drop.baseline_refs) == 12


def test_one_event_against_none_is_never_flagged_and_says_so(events):
    result = compute_changes(events, "KAZ", at=AT)
    usa = [c for c in result.comparisons if c.partner == "USA" and c.observed == 1
           and c.baseline_events == 0]
    assert usa and not any(c.flagged for c in usa)
    assert all("1 event against none" in (c.note or "") for c in usa)
    assert MIN_EVENTS > 1


def test_the_same_real_world_event_counts_once(events):
    twice = events + [events[-1]]  # the US event reported again: same cluster
    once = compute_changes(events, "KAZ", at=AT)
    again = compute_changes(twice, "KAZ", at=AT)
    assert [c.observed for c in once.comparisons] == [c.observed for c in again.comparisons]


def test_default_at_is_the_latest_event_date(events):
    assert compute_changes(events, "KAZ").at == AT


def test_all_comparisons_are_corrected_together(events):
    result = compute_changes(events, "KAZ", at=AT)
    tested = [c for c in result.comparisons if c.p_value is not None]
    assert result.tests == len(tested) > 1
    assert all(c.p_adjusted >= c.p_value for c in tested)


def _session(n: int, usa: float, rus: float, chn: float) -> SessionAgreement:
    return SessionAgreement("KAZ", n, 1945 + n, {"USA": usa, "RUS": rus, "CHN": chn})


def test_divergence_is_said_in_words():
    tilt = TiltShift(recent_west=1, recent_east=9, before_west=5, before_east=5)
    votes = VoteShift(latest=_session(78, 0.30, 0.55, 0.70), previous=_session(77, 0.25, 0.60, 0.75))
    words = divergence_words(tilt, votes)
    assert words.startswith("The signals diverge: events tilt east")
    assert "UN votes moved toward the US" in words


def test_vote_agreement_ships_for_kazakhstan():
    rows = sessions("KAZ", up_to_year=2023)
    assert rows[-1].year == 2023 and rows[-1].session == 78
    assert all(0.0 <= v <= 1.0 for v in rows[-1].agreement.values() if v is not None)
    assert sessions("KAZ", up_to_year=2000)[-1].year == 2000


def test_the_shipped_vote_table_names_its_source_and_is_what_the_script_builds():
    import importlib.resources
    import importlib.util
    from pathlib import Path

    from sharedpaths import shared_path

    shipped = (importlib.resources.files("multivector.data") / "unga_agreement.csv").read_text("utf-8")
    header = shipped.splitlines()[0]
    assert "Bailey, Strezhnev & Voeten" in header and "Harvard Dataverse" in header
    assert "date: 2024-06" in header
    source = shared_path("unga", "IdealpointestimatesAll_Jun2024.csv")
    script = Path(__file__).resolve().parents[2] / "tools" / "build_unga_agreement.py"
    spec = importlib.util.spec_from_file_location("build_unga_agreement", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build(source) == shipped
