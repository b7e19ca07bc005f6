"""Bloc configuration and EU member states (src/multivector/analysis/blocs.py)."""

from __future__ import annotations

from datetime import date

import pytest
from balance_fixtures import engagement as e

from multivector.analysis import compute_balance, parse_bloc_specs
from multivector.analysis.blocs import eu_memberships, is_eu_member
from multivector.errors import InputError


def test_default_blocs_count_bloc_members_outside_the_partner_list():
    events = [e("GBR", "KAZ", "2022-05-01"), e("JPN", "KAZ", "2022-05-02"),
              e("RUS", "KAZ", "2022-05-03"), e("IND", "KAZ", "2022-05-04")]
    data = compute_balance(events, "KAZ").to_dict()
    assert data["tilt"] == {"west": 2, "east": 1, "value": pytest.approx(1 / 3, abs=1e-6)}
    assert data["events"] == 1  # only RUS is a listed partner


def test_custom_blocs_replace_the_default_for_that_name_only():
    blocs = parse_bloc_specs(["west=usa, gbr"])
    assert blocs == {"west": ("USA", "GBR"), "east": ("RUS", "CHN")}
    events = [e("JPN", "KAZ", "2022-05-01"), e("USA", "KAZ", "2022-05-02"), e("CHN", "KAZ", "2022-05-03")]
    assert compute_balance(events, "KAZ", blocs=blocs).to_dict()["tilt"] == {
        "west": 1, "east": 1, "value": 0.0}
    blocs = parse_bloc_specs(["east=RUS,CHN,IRN", "west=EU"])
    events.append(e("IRN", "KAZ", "2022-05-04"))
    assert compute_balance(events, "KAZ", blocs=blocs).to_dict()["tilt"] == {
        "west": 0, "east": 2, "value": -1.0}


@pytest.mark.parametrize("spec", ["west", "north=USA", "west=", "=USA"])
def test_malformed_bloc_specs(spec):
    with pytest.raises(InputError):
        parse_bloc_specs([spec])


def test_a_code_in_both_blocs_is_refused():
    with pytest.raises(InputError):
        compute_balance([], "KAZ", blocs={"west": ("USA", "TUR"), "east": ("RUS", "TUR")})


def test_eu_member_table_has_header_dates_and_brexit():
    members = {m.code: m for m in eu_memberships()}
    assert len(members) == 28
    assert is_eu_member("FRA", date(1960, 1, 1))
    assert not is_eu_member("POL", date(2004, 4, 30)) and is_eu_member("POL", date(2004, 5, 1))
    assert is_eu_member("GBR", date(2020, 1, 31)) and not is_eu_member("GBR", date(2020, 2, 1))
    assert not is_eu_member("USA", date(2022, 1, 1))


def test_eu_members_count_as_eu_only_when_asked():
    events = [e("FRA", "KAZ", "2022-11-29"), e("KAZ", "DEU", "2022-09-28"),
              e("GBR", "KAZ", "2019-06-01"), e("GBR", "KAZ", "2021-06-01"),
              e("EU", "KAZ", "2022-10-27")]
    plain = compute_balance(events, "KAZ").to_dict()
    assert {r["code"]: r["events"] for r in plain["partners"]}["EU"] == 1
    assert plain["tilt"]["west"] == 3  # EU + GBR twice (GBR is in the default west bloc)
    folded = compute_balance(events, "KAZ", eu_members_in_eu=True).to_dict()
    # FRA, DEU and GBR in 2019 were members; GBR in 2021 was not.
    assert {r["code"]: r["events"] for r in folded["partners"]}["EU"] == 4
    assert folded["tilt"]["west"] == 5


def test_a_listed_member_state_is_not_counted_twice():
    events = [e("FRA", "KAZ", "2022-11-29"), e("EU", "KAZ", "2022-10-27")]
    data = compute_balance(events, "KAZ", partners=["FRA", "EU", "CHN"], eu_members_in_eu=True).to_dict()
    counts = {r["code"]: r["events"] for r in data["partners"]}
    assert counts == {"FRA": 1, "EU": 1, "CHN": 0}
    assert sum(r["share"] for r in data["partners"]) == pytest.approx(1.0)
