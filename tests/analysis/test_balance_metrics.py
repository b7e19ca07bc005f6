"""Balance metrics on hand-computed fixtures (src/multivector/analysis/balance.py)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from balance_fixtures import engagement as e

from multivector.analysis import compute_balance, concentration_of
from multivector.errors import InputError


def by_code(balance):
    return {row["code"]: row for row in balance.to_dict()["partners"]}


def test_contract_fields_and_hand_computed_figures():
    events = [
        e("CHN", "KAZ", "2022-09-14", mode="visit", role="head of state", score=4.0),
        e("KAZ", "CHN", "2022-09-20", "SUPPORT"),  # no score: PLOVER's 5.0
        e("RUS", "KAZ", "2022-10-12", mode="visit", role="deputy prime minister"),
        e("KAZ", "RUS", "2022-11-28", mode="visit", role="head of state"),
        e("USA", "KAZ", "2022-11-01", "SANCTION", score=-6.0),
        e("KAZ", "EU", "2022-10-27", "AGREE"),
        e("EU", "KAZ", "2022-10-28", "ACCUSE"),  # no score: -3.0
        e("RUS", "KAZ", "2022-10-15", "CONSULT", mode="phone"),
    ]
    balance = compute_balance(events, "KAZ")
    data = balance.to_dict()
    assert set(data) >= {"country", "from", "to", "partners", "concentration", "tilt", "periods"}
    assert data["country"] == "KAZ"
    assert (data["from"], data["to"]) == ("2022-09-14", "2022-11-28")
    rows = by_code(balance)
    assert list(rows) == ["CHN", "RUS", "USA", "EU"]
    for row in rows.values():
        assert set(row) >= {"code", "events", "by_type", "visits_in", "visits_out",
                            "high_level_visits_in", "high_level_visits_out", "cooperation",
                            "conflict", "net", "share"}
    chn, rus, usa, eu = rows["CHN"], rows["RUS"], rows["USA"], rows["EU"]
    assert chn["events"] == 2 and chn["by_type"] == {"CONSULT": 1, "SUPPORT": 1}
    assert (chn["visits_in"], chn["high_level_visits_in"], chn["visits_out"]) == (1, 1, 0)
    assert chn["cooperation"] == 9.0 and chn["conflict"] == 0.0 and chn["net"] == 9.0
    # A deputy prime minister's visit is a visit but not a high-level one; a phone call is neither.
    assert (rus["visits_in"], rus["high_level_visits_in"]) == (1, 0)
    assert (rus["visits_out"], rus["high_level_visits_out"]) == (1, 1)
    assert rus["by_mode"] == {"phone": 1, "visit": 2}
    assert usa["conflict"] == 6.0 and usa["net"] == -6.0
    assert eu["cooperation"] == 2.5 and eu["conflict"] == 3.0 and eu["net"] == -0.5
    shares = {code: row["share"] for code, row in rows.items()}
    assert shares == {"CHN": 0.25, "RUS": 0.375, "USA": 0.125, "EU": 0.25}
    hhi = 0.25**2 + 0.375**2 + 0.125**2 + 0.25**2
    assert data["concentration"]["hhi"] == pytest.approx(hhi, abs=1e-6)
    assert data["concentration"]["effective_partners"] == pytest.approx(1 / hhi, abs=1e-6)
    entropy = -sum(s * math.log(s) for s in shares.values())
    assert data["concentration"]["evenness"] == pytest.approx(entropy / math.log(4), abs=1e-6)
    # west: USA 1 + EU 2 = 3; east: CHN 2 + RUS 3 = 5
    assert data["tilt"] == {"west": 3, "east": 5, "value": -0.25}
    assert data["periods"] == []


def test_same_event_counts_once_and_other_dyads_are_ignored():
    visit = e("CHN", "KAZ", "2022-09-14", mode="visit")
    events = [visit, visit, e("CHN", "RUS", "2022-09-15"), e("KAZ", "KAZ", "2022-09-16"),
              e("KAZ", "IND", "2022-09-17")]
    balance = compute_balance(events, "KAZ")
    assert by_code(balance)["CHN"]["events"] == 1
    assert balance.events == 1


def test_no_events_gives_null_metrics_not_zeros():
    data = compute_balance([], "KAZ").to_dict()
    assert data["concentration"] == {"hhi": None, "effective_partners": None, "evenness": None}
    assert data["tilt"] == {"west": 0, "east": 0, "value": None}
    assert all(row["share"] is None and row["events"] == 0 for row in data["partners"])
    assert data["from"] is None and data["to"] is None
    assert any("null" in note for note in data["notes"])


def test_one_partner_has_hhi_one_and_no_evenness():
    balance = compute_balance([e("CHN", "KAZ", "2022-01-05")], "KAZ", partners=["CHN"])
    assert balance.to_dict()["concentration"] == {"hhi": 1.0, "effective_partners": 1.0,
                                                   "evenness": None}


def test_all_events_with_one_of_four_partners_gives_zero_evenness():
    events = [e("RUS", "KAZ", f"2022-01-0{d}") for d in range(1, 4)]
    data = compute_balance(events, "KAZ").to_dict()
    assert data["concentration"] == {"hhi": 1.0, "effective_partners": 1.0, "evenness": 0.0}
    assert data["tilt"]["value"] == -1.0


def test_ties_are_perfectly_even():
    events = [e(p, "KAZ", "2022-03-01") for p in ("CHN", "RUS", "USA", "EU")]
    data = compute_balance(events, "KAZ").to_dict()
    assert data["concentration"] == {"hhi": 0.25, "effective_partners": 4.0, "evenness": 1.0}
    assert data["tilt"] == {"west": 2, "east": 2, "value": 0.0}


@pytest.mark.parametrize("counts, hhi", [([1, 1], 0.5), ([3, 1], 0.625), ([2, 0, 0], 1.0)])
def test_concentration_of(counts, hhi):
    assert concentration_of(counts).hhi == pytest.approx(hhi)
    assert concentration_of(counts).effective_partners == pytest.approx(1 / hhi)


def test_window_keeps_events_that_overlap_it():
    events = [e("CHN", "KAZ", "2022-08-30", until="2022-09-02"),  # overlaps the start
              e("RUS", "KAZ", "2022-08-01"),  # before
              e("USA", "KAZ", "2022-09-30", until="2022-10-03"),  # overlaps the end
              e("EU", "KAZ", "2022-10-01")]  # after
    balance = compute_balance(events, "KAZ", date_from=date(2022, 9, 1), date_to=date(2022, 9, 30))
    rows = by_code(balance)
    assert (rows["CHN"]["events"], rows["RUS"]["events"], rows["USA"]["events"],
            rows["EU"]["events"]) == (1, 0, 1, 0)
    assert balance.to_dict()["from"] == "2022-09-01"


def test_bad_arguments_are_input_errors():
    with pytest.raises(InputError):
        compute_balance([], "KAZ", by="week")
    with pytest.raises(InputError) as err:
        compute_balance([], "KAZ", date_from=date(2022, 2, 1), date_to=date(2022, 1, 1))
    assert err.value.code == "MV104"
    with pytest.raises(InputError) as err:
        compute_balance([], "KAZ", partners=["KAZ"])
    assert err.value.code == "MV107"
