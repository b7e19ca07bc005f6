"""resolve_text / resolve_all: noun phrases to actors (facts checked against the tables)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from multivector.actors import load_actor_tables, resolve_all, resolve_text

D = date


# (text, when, code, sector, name, role); name/role None means "must be None".
CASES = [
    ("Russian President Vladimir Putin", None, "RUS", "GOV", "Vladimir Putin", "head of state"),
    ("Chinese leader Xi Jinping", None, "CHN", "GOV", "Xi Jinping", "head of state"),
    ("EU High Representative for Foreign Policy Josep Borrell", D(2022, 5, 1), "EU", "GOV",
     "Josep Borrell", "high representative"),
    ("Spanish Foreign Minister Josep Borrell", D(2019, 1, 10), "ESP", "GOV", "Josep Borrell", "foreign minister"),
    ("Assistant Secretary of State Donald Lu", D(2023, 2, 1), "USA", "GOV", "Donald Lu",
     "assistant secretary of state"),
    ("Tokayev", D(2022, 10, 12), "KAZ", "GOV", "Kassym-Jomart Tokayev", "head of state"),
    ("Tokayev’s", D(2022, 10, 12), "KAZ", "GOV", "Kassym-Jomart Tokayev", "head of state"),
    ("Tokayev", D(2005, 6, 1), "KAZ", "GOV", "Kassym-Jomart Tokayev", "foreign minister"),
    ("Nazarbayev", D(2022, 10, 12), "KAZ", "ELI", "Nursultan Nazarbayev", "former head of state"),
    ("Nazarbayev", D(2015, 1, 1), "KAZ", "GOV", "Nursultan Nazarbayev", "head of state"),
    ("Kazakhstan's foreign minister", D(2022, 10, 12), "KAZ", "GOV", "Mukhtar Tileuberdi", "foreign minister"),
    ("Kazakhstan's foreign minister", D(2024, 3, 1), "KAZ", "GOV", "Murat Nurtleu", "foreign minister"),
    ("the Kyrgyz leader", None, "KGZ", "GOV", "Kyrgyzstan", "head of state"),
    ("the Kyrgyz leader", D(2023, 5, 1), "KGZ", "GOV", "Sadyr Japarov", "head of state"),
    ("Moscow", None, "RUS", "GOV", "Russia", None),
    ("the Kremlin", None, "RUS", "GOV", "Russia", None),
    ("Beijing", None, "CHN", "GOV", "China", None),
    ("Nur-Sultan", None, "KAZ", "GOV", "Kazakhstan", None),
    ("Kiev", None, "UKR", "GOV", "Ukraine", None),
    ("Downing Street", None, "GBR", "GOV", "United Kingdom", None),
    ("Russian troops", None, "RUS", "MIL", "Russia", "military"),
    ("Kazakh protesters", None, "KAZ", "CVL", "Kazakhstan", "civilian"),
    ("Eni", None, "ITA", "BUS", "Eni", None),
    ("Italian energy company Eni", None, "ITA", "BUS", "Eni", "business"),
    ("KazMunayGas", None, "KAZ", "BUS", "KazMunayGas", None),
    ("the European Parliament", None, "EU", "LEG", "European Parliament", "legislator"),
    ("the European Commission", None, "EU", "GOV", "European Commission", None),
    ("the Shanghai Cooperation Organization", None, "SCO", None, "Shanghai Cooperation Organization", None),
    ("the Shanghai Cooperation Organisation", None, "SCO", None, "Shanghai Cooperation Organization", None),
    ("the CSTO", None, "CSTO", "MIL", "Collective Security Treaty Organization", None),
    ("Organization of Turkic States", None, "OTS", "GOV", "Organization of Turkic States", None),
    ("the Soviet Union", None, "RUS", None, "Russia", None),
    ("Burma", None, "MMR", None, "Myanmar", None),
    ("the Holy See", None, "VAT", None, "Holy See", None),
    ("Ivory Coast", None, "CIV", None, "Ivory Coast", None),
    ("Great Britain", None, "GBR", None, "United Kingdom", None),
    ("U.S.", None, "USA", None, "United States", None),
    ("KAZAKHSTAN", None, "KAZ", None, "Kazakhstan", None),
    ("Türkiye", None, "TUR", None, "Turkey", None),
    ("Pope Francis", D(2022, 9, 14), "VAT", "GOV", "Pope Francis", "head of state"),
    ("Angela Merkel", D(2022, 1, 10), "DEU", "ELI", "Angela Merkel", "former head of government"),
    ("Angela Merkel", D(2017, 4, 1), "DEU", "GOV", "Angela Merkel", "head of government"),
    ("Vladimir Putin", D(2009, 1, 1), "RUS", "GOV", "Vladimir Putin", "head of government"),
    ("Secretary of State Antony Blinken", None, "USA", "GOV", "Antony Blinken", "foreign minister"),
    ("Blinken", D(2023, 1, 1), "USA", "GOV", "Antony Blinken", "foreign minister"),
    ("Chinese Foreign Minister Wang Yi", D(2019, 9, 1), "CHN", "GOV", "Wang Yi", "foreign minister"),
    ("Lavrov", D(2020, 1, 1), "RUS", "GOV", "Sergei Lavrov", "foreign minister"),
    ("European Council President Charles Michel", D(2022, 10, 27), "EU", "GOV", "Charles Michel",
     "president of the european council"),
    ("Michel", D(2016, 1, 1), "BEL", "GOV", "Charles Michel", "head of government"),
    ("former Kazakh President Nursultan Nazarbayev", None, "KAZ", "ELI", "Nursultan Nazarbayev",
     "former head of state"),
    ("US Senator Marco Rubio", D(2022, 3, 1), "USA", "LEG", "Marco Rubio", "legislator"),
    ("Uzbek President Shavkat Mirziyoyev", D(2018, 3, 1), "UZB", "GOV", "Shavkat Mirziyoyev", "head of state"),
    ("Turkmen leader Serdar Berdimuhamedow", D(2023, 1, 1), "TKM", "GOV", "Serdar Berdimuhamedow", "head of state"),
    ("Emomali Rahmon", D(2020, 1, 1), "TJK", "GOV", "Emomali Rahmon", "head of state"),
    ("Minister Juan Carlos Jobet", None, None, "GOV", "Juan Carlos Jobet", "minister"),
    ("soldiers", None, None, "MIL", None, "military"),
    ("Minsk police station", None, "BLR", "COP", "Belarus", "police"),
    ("Several of the largest trade unions in Denmark", None, "DNK", "LAB", "Denmark", "worker"),
    ("the US ambassador to Kazakhstan", None, "USA", "GOV", "United States", "ambassador"),
    ("Brussels", None, "EU", "GOV", "European Union", None),
    ("NATO troops", None, "NATO", "MIL", "North Atlantic Treaty Organization", "military"),
    ("Kazakh Deputy Foreign Minister", None, "KAZ", "GOV", "Kazakhstan", "deputy foreign minister"),
]


@pytest.mark.parametrize(("text", "when", "code", "sector", "name", "role"), CASES)
def test_resolve_text(text, when, code, sector, name, role) -> None:
    actor = resolve_text(text, when)
    assert actor is not None
    assert (actor.code, actor.sector, actor.name, actor.role) == (code, sector, name, role)
    assert actor.text == text


@pytest.mark.parametrize("text", ["Marcus Beam", "", "   ", "us", "the weather", "total output", "he said"])
def test_unknown_text_resolves_to_none(text: str) -> None:
    assert resolve_text(text) is None


def test_lower_case_company_names_are_ordinary_words() -> None:
    assert resolve_text("Total") is not None
    assert resolve_text("shell") is None


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("Russian and Kazakh troops", None, [("RUS", "MIL"), ("KAZ", "MIL")]),
    ("the United States and Jordan", None, [("USA", None), ("JOR", None)]),
    ("Japan, the United States, Australia and India", None,
     [("JPN", None), ("USA", None), ("AUS", None), ("IND", None)]),
    ("Trinidad and Tobago", None, [("TTO", None)]),
    ("Bosnia and Herzegovina", None, [("BIH", None)]),
    ("the foreign ministers of Kazakhstan and Kyrgyzstan", D(2022, 1, 20),
     [("KAZ", "GOV"), ("KGZ", "GOV")]),
    ("Putin and Xi", D(2023, 3, 21), [("RUS", "GOV"), ("CHN", "GOV")]),
    ("Russian President Vladimir Putin and British Prime Minister Boris Johnson", D(2021, 6, 1),
     [("RUS", "GOV"), ("GBR", "GOV")]),
    ("Ukrainian forces attacked Russians and Belarusians", None,
     [("UKR", "MIL"), ("RUS", None), ("BLR", None)]),
])
def test_resolve_all_compounds(text, when, expected) -> None:
    assert [(a.code, a.sector) for a in resolve_all(text, when)] == expected


def test_shared_plural_title_names_each_minister() -> None:
    first, second = resolve_all("the foreign ministers of Kazakhstan and Kyrgyzstan", D(2022, 1, 20))
    assert first.role == second.role == "foreign minister"
    assert first.name == "Mukhtar Tileuberdi" and second.name == "Ruslan Kazakbayev"
    assert resolve_text("the foreign ministers of Kazakhstan and Kyrgyzstan").code == "KAZ"


def test_apposition_is_one_actor() -> None:
    actors = resolve_all("Kazakhstan's foreign minister, Mukhtar Tileuberdi", D(2021, 1, 1))
    assert [(a.code, a.name) for a in actors] == [("KAZ", "Mukhtar Tileuberdi")]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_crashes_and_codes_are_known(text: str) -> None:
    known = load_actor_tables().known_codes()
    actor = resolve_text(text)
    if actor is not None:
        assert actor.code is None or actor.code in known
        assert actor.code is not None or actor.sector is not None
        assert actor.text == text
    for found in resolve_all(text, D(2020, 1, 1)):
        assert found.code is None or found.code in known


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(load_actor_tables().countries)), st.sampled_from(["", "'s", "’s"]))
def test_every_country_name_resolves_to_itself(code: str, suffix: str) -> None:
    country = load_actor_tables().countries[code]
    actor = resolve_text(country.name + suffix)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text", ["Michel Suleiman", "Kerry Kennedy", "John Putin"])
def test_a_known_surname_inside_another_name_is_not_that_person(text: str) -> None:
    actor = resolve_text(text, date(2022, 8, 20))
    assert actor is None or actor.name not in ("Charles Michel", "John Kerry", "Vladimir Putin")


def test_full_names_after_title_words_still_resolve() -> None:
    actor = resolve_text("EU High Representative for Foreign Policy Josep Borrell", date(2022, 11, 17))
    assert (actor.code, actor.role) == ("EU", "high representative")
    assert resolve_text("The Bush administration", date(2005, 1, 1)).code == "USA"


@pytest.mark.parametrize("text, code", [
    ("the APEC forum", "APEC"), ("Asia-Pacific Economic Cooperation", "APEC"),
    ("ECOWAS", "ECOWAS"), ("Mercosur", "MERCOSUR"), ("the Organization of American States", "OAS"),
    ("the Organisation of African Unity", "OAU"), ("the Inter-American Development Bank", "IADB"),
])
def test_regional_organisations(text: str, code: str) -> None:
    actor = resolve_text(text)
    assert actor is not None and (actor.code, actor.sector) == (code, "GOV")


@pytest.mark.parametrize("text, code", [
    ("Osama bin Laden's al-Qaeda terror network", "IMG"), ("ISIS", "IMG"),
    ("the Kurdistan Workers' Party", "TUR"), ("Houthi rebels", "YEM"),
])
def test_armed_groups(text: str, code: str) -> None:
    actor = resolve_text(text)
    assert actor is not None and (actor.code, actor.sector) == (code, "REB")


@pytest.mark.parametrize("text, code, sector", [
    ("Mariupol", "UKR", None), ("Shanghai police", "CHN", "COP"),
    ("Kharkiv residents", "UKR", "CVL"), ("Crimea", "UKR", None),
])
def test_a_well_known_place_acts_for_its_country(text: str, code: str, sector) -> None:
    actor = resolve_text(text)
    assert actor is not None and (actor.code, actor.sector) == (code, sector)


@pytest.mark.parametrize("text", ["Victoria", "the authorities", "trade"])
def test_small_capitals_and_common_words_are_not_places(text: str) -> None:
    actor = resolve_text(text)
    assert actor is None or actor.code is None


def test_a_regional_group_is_one_actor_per_member() -> None:
    from multivector.actors import resolve_all

    found = resolve_all("the five Central Asian presidents")
    assert [(a.code, a.sector, a.role) for a in found] == [
        (code, "GOV", "head of state") for code in ("KAZ", "KGZ", "TJK", "TKM", "UZB")]
    assert [a.code for a in resolve_all("the Baltic states")] == ["EST", "LVA", "LTU"]
    assert resolve_all("Central Asian gas") == []


@pytest.mark.parametrize("text, code, sector", [
    ("Chile's Defense Department", "CHL", "MIL"),  # not the U.S. department the bare name means
    ("a Somalia-based paramilitary group", "SOM", "PRM"),
    ("Kano State government", "NGA", "GOV"),
    ("Madras High Court", "IND", "JUD"),
    ("Russia's Gazprom", "RUS", "BUS"),
])
def test_possessors_bases_and_places_with_their_bodies(text, code, sector) -> None:
    actor = resolve_text(text)
    assert (actor.code, actor.sector) == (code, sector)
