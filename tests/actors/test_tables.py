"""The shipped actor tables: well-formed, consistent, and covering what the project needs."""

from __future__ import annotations

import importlib.resources
from collections import defaultdict
from datetime import date

import pytest

from multivector.actors import PHRASE_KINDS, load_actor_tables
from multivector.actors.normalize import phrase_key
from multivector.records import HIGH_LEVEL_ROLES

TABLES = ("countries.csv", "organisations.csv", "companies.csv", "officeholders.csv", "titles.csv")
CONTRACT_ORGS = {"EU", "UN", "NATO", "SCO", "CSTO", "EAEU", "CICA", "OSCE", "OTS", "ASEAN", "AU", "OPEC"}
G20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
       "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
CENTRAL_ASIA = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
                  "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}


@pytest.fixture(scope="module")
def tables():
    return load_actor_tables()


@pytest.mark.parametrize("name", TABLES)
def test_every_table_starts_with_a_source_header(name: str) -> None:
    first = (importlib.resources.files("multivector.data") / name).read_text("utf-8").splitlines()[0]
    assert first.startswith("# source: ") and "licence:" in first and "date: " in first


def test_countries_cover_iso3166(tables) -> None:
    assert len(tables.countries) >= 245
    assert all(len(code) == 3 and code.isupper() for code in tables.countries)
    for code in ("KAZ", "KGZ", "TJK", "TKM", "UZB", "VAT", "PSE", "TWN", "XKX", "SSD"):
        assert code in tables.countries


def test_every_sovereign_state_has_a_demonym(tables) -> None:
    missing = [c.code for c in tables.countries.values() if not c.adjectives and c.capital
               and c.code in G20 | CENTRAL_ASIA]
    assert missing == []
    with_adjectives = sum(1 for c in tables.countries.values() if c.adjectives)
    assert with_adjectives >= 200


def test_contract_organisation_codes_exist(tables) -> None:
    assert CONTRACT_ORGS <= {o.code for o in tables.organisations}


def test_codes_are_iso3_or_known_organisations(tables) -> None:
    org_codes = {o.code for o in tables.organisations if o.code not in tables.countries}
    for code in {c.code for c in tables.companies} | {o.code for o in tables.officeholders}:
        assert code in tables.countries or code in org_codes, code


def test_no_phrase_means_two_codes(tables) -> None:
    """Apart from people (told apart by date), one surface phrase, one code."""
    codes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for surface, kind, code in tables.phrases():
        if kind not in ("person", "title"):
            codes[phrase_key(surface)].add(code)
    clashes = {key: found for key, found in codes.items() if len(found) > 1}
    assert clashes == {}


def test_sectors_are_plover_codes(tables) -> None:
    sectors = {t.sector for t in tables.titles} | {o.sector for o in tables.organisations if o.sector} \
        | {o.sector for o in tables.officeholders}
    assert sectors <= PLOVER_SECTORS


def test_officeholder_dates_are_ordered(tables) -> None:
    for row in tables.officeholders:
        assert row.end is None or row.start <= row.end, row
        assert row.end is None or row.end >= date(1945, 1, 1), f"{row.name} left office before 1945"


def test_one_holder_of_an_office_at_a_time(tables) -> None:
    """Terms in the same office may touch (handover day) but never overlap."""
    by_office = defaultdict(list)
    for row in tables.officeholders:
        if row.role in HIGH_LEVEL_ROLES or row.role == "secretary-general":
            by_office[(row.code, row.role)].append(row)
    for office, rows in by_office.items():
        rows.sort(key=lambda r: r.start)
        for earlier, later in zip(rows, rows[1:]):
            assert earlier.end is not None, f"{earlier.name} never leaves {office}"
            assert earlier.end <= later.start, f"{earlier.name} overlaps {later.name} in {office}"


@pytest.mark.parametrize("code", sorted(G20 | CENTRAL_ASIA))
def test_g20_and_central_asia_have_leaders_and_foreign_ministers_today(tables, code: str) -> None:
    on = date(2024, 6, 1)
    leader = tables.officeholder(code, "head of state", on) or tables.officeholder(code, "head of government", on)
    assert leader is not None
    assert tables.officeholder(code, "foreign minister", on) is not None


@pytest.mark.parametrize("role", ["president of the european council",
                                  "president of the european commission", "high representative"])
def test_eu_top_posts_are_filled(tables, role: str) -> None:
    for year in (2010, 2015, 2020, 2023):
        assert tables.officeholder("EU", role, date(year, 6, 1)) is not None


def test_high_level_roles_use_the_records_vocabulary(tables) -> None:
    roles = {r.role for r in tables.officeholders} | {t.role for t in tables.titles}
    assert {"head of state", "head of government", "foreign minister"} <= roles & HIGH_LEVEL_ROLES
    assert all(role == role.lower() for role in roles)


def test_known_facts(tables) -> None:
    assert tables.officeholder("KAZ", "foreign minister", date(2021, 5, 1)).name == "Mukhtar Tileuberdi"
    assert tables.officeholder("USA", "foreign minister", date(2022, 2, 1)).name == "Antony Blinken"
    assert tables.officeholder("CHN", "foreign minister", date(2023, 3, 1)).name == "Qin Gang"
    assert tables.officeholder("VAT", "head of state", date(2025, 4, 30)) is None  # sede vacante
    assert tables.person("Putin", date(2010, 1, 1)).role == "head of government"


def test_phrases_cover_every_kind(tables) -> None:
    kinds = {kind for _, kind, _ in tables.phrases()}
    assert kinds == set(PHRASE_KINDS)


def test_country_name_and_capital(tables) -> None:
    assert tables.country_name("KAZ") == "Kazakhstan"
    assert tables.country_name("SCO") == "Shanghai Cooperation Organization"
    assert tables.capital("KAZ") == "Astana"
    assert tables.capital("EU") is None
