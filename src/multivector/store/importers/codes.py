"""Code tables the importers need: country names, ISO2 and FIPS codes, non-ISO country
codes of CAMEO coders, history.state.gov slugs, and sector words.

Tables are shipped in ``multivector/data`` (see docs/importers.md) and loaded once.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from multivector.data_tables import read_table

COUNTRY_FILE = "importer_country_codes.csv"
ALIAS_FILE = "importer_country_aliases.csv"
SLUG_FILE = "historian_slugs.csv"


def _rows(name: str) -> list[dict[str, str]]:
    return [row for _, row in read_table(name)]


def _key(name: str) -> str:
    """Case-, accent- and article-insensitive key for a country name."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = " ".join(text.lower().replace("-", " ").split())
    return text.removeprefix("the ")


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str], set[str]]:
    by_name: dict[str, str] = {}
    by_iso2: dict[str, str] = {}
    by_fips: dict[str, str] = {}
    iso3: set[str] = set()
    for row in _rows(COUNTRY_FILE):
        iso3.add(row["iso3"])
        by_name.setdefault(_key(row["name"]), row["iso3"])
        if row["iso2"]:
            by_iso2.setdefault(row["iso2"], row["iso3"])
        if row["fips"]:
            by_fips.setdefault(row["fips"], row["iso3"])
    return by_name, by_iso2, by_fips, iso3


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for row in _rows(ALIAS_FILE):
        if row["kind"] == "code":
            codes[row["alias"]] = row["iso3"]
        else:
            names[_key(row["alias"])] = row["iso3"]
    return names, codes


def country_by_name(name: str | None) -> str | None:
    """ISO3 for a country name as datasets spell it (``"Russian Federation"`` -> RUS)."""
    if not name:
        return None
    key = _key(name)
    alias_names, _ = _aliases()
    return alias_names.get(key) or _countries()[0].get(key)


def country_by_iso2(code: str | None) -> str | None:
    return _countries()[1].get(code.strip().upper()) if code else None


def country_by_fips(code: str | None) -> str | None:
    """ISO3 for a FIPS 10-4 country code (GDELT's geography columns)."""
    return _countries()[2].get(code.strip().upper()) if code else None


def canonical_code(code: str | None) -> str | None:
    """An actor code as coded, with known non-ISO country codes fixed (JAP -> JPN)."""
    if not code:
        return None
    code = code.strip().upper()
    return _aliases()[1].get(code, code) or None


def is_country(code: str | None) -> bool:
    return code is not None and code in _countries()[3]


@lru_cache(maxsize=1)
def historian_slugs() -> dict[str, str]:
    """history.state.gov country slug -> ISO3 (``korea-south`` -> KOR)."""
    return {row["slug"]: row["code"] for row in _rows(SLUG_FILE)}


# International organisations by the names event datasets give them (ICEWS writes
# "European Union" with no country) -> CONTRACT organisation codes.
ORGANISATIONS: dict[str, str] = {
    "european union": "EU", "european commission": "EU", "european parliament": "EU",
    "council of the european union": "EU", "european council": "EU",
    "united nations": "UN", "un security council": "UN", "un general assembly": "UN",
    "north atlantic treaty organization": "NATO", "nato": "NATO",
    "association of southeast asian nations": "ASEAN", "asean": "ASEAN",
    "shanghai cooperation organization": "SCO", "shanghai cooperation organisation": "SCO",
    "african union": "AU", "organization for security and co-operation in europe": "OSCE",
    "organization for security and cooperation in europe": "OSCE",
    "collective security treaty organization": "CSTO", "eurasian economic union": "EAEU",
    "organization of the petroleum exporting countries": "OPEC", "opec": "OPEC",
    "organization of american states": "OAS", "international monetary fund": "IMF",
    "world bank": "WB", "council of europe": "COE", "g7": "G7", "g20": "G20",
}
# CAMEO "known group" codes (GDELT Actor1KnownGroupCode) -> CONTRACT organisation codes.
CAMEO_GROUPS: dict[str, str] = {
    "UNO": "UN", "NAT": "NATO", "EEC": "EU", "AFU": "AU", "ASN": "ASEAN", "OPC": "OPEC",
    "IMF": "IMF", "WTO": "WTO",
}


def organisation_by_name(name: str | None) -> str | None:
    return ORGANISATIONS.get(" ".join(name.lower().split())) if name else None


# CAMEO actor-type codes (GDELT Actor1Type1Code, PLOVER gold sectors) that are not
# PLOVER sector codes, mapped to the nearest one; codes absent here and from
# PLOVER_SECTORS give no sector.
PLOVER_SECTORS: frozenset[str] = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
    "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL",
    "SOC",
})
CAMEO_SECTORS: dict[str, str | None] = {
    "CIV": "CVL", "HLH": "MED", "HRI": "SOC", "NGO": "SOC", "ENV": "SOC", "MNC": "BUS",
    "INS": "REB", "SEP": "REB", "RAD": "REB", "MOS": "REL", "CHR": "REL", "JEW": "REL",
    "BUD": "REL", "HIN": "REL", "REL": "REL", "SET": "CVL", "IGO": None,
}


def plover_sector(code: str | None) -> str | None:
    """A PLOVER sector for a CAMEO-style type code (``"CVLalb"`` -> CVL, ``***`` -> None)."""
    if not code:
        return None
    head = code.strip()[:3].upper()
    if head in PLOVER_SECTORS:
        return head
    return CAMEO_SECTORS.get(head)


# ICEWS sector words -> PLOVER sector codes.  ICEWS lists several sectors per actor,
# general and specific ("Executive,Foreign Ministry,Government"); the first word that
# maps, in this table's priority order, wins.  Ministries and executives are GOV.
ICEWS_SECTOR_PRIORITY: tuple[tuple[str, str], ...] = (
    ("Police", "COP"), ("Military", "MIL"), ("Army", "MIL"), ("Navy", "MIL"),
    ("Air Force", "MIL"), ("Marines", "MIL"), ("Military Intelligence", "SPY"),
    ("Intelligence Ministry", "SPY"), ("Judicial", "JUD"), ("Legal", "JUD"),
    ("Legislative / Parliamentary", "LEG"), ("Lower House", "LEG"), ("Upper House", "LEG"),
    ("Unicameral", "LEG"), ("Rebel", "REB"), ("Insurgents", "REB"), ("Separatists", "REB"),
    ("Unidentified Forces", "UAF"), ("Criminals / Gangs", "CRM"), ("Organized Violent", "CRM"),
    ("Opposition Major Party (Out Of Government)", "OPP"), ("Dissident", "OPP"),
    ("Protestors / Popular Opposition / Mobs", "CVL"), ("Refugees / Displaced", "REF"),
    ("Cabinet", "GOV"), ("Executive", "GOV"), ("Executive Office", "GOV"),
    ("Foreign Ministry", "GOV"), ("Government", "GOV"),
    ("Government Major Party (In Government)", "PTY"), ("Parties", "PTY"),
    ("(National) Major Party", "PTY"), ("(National) Minor Party", "PTY"),
    ("Business", "BUS"), ("Multinational Corporation", "BUS"),
    ("Media", "JRN"), ("News", "JRN"), ("Print News", "JRN"), ("Television News", "JRN"),
    ("Education", "EDU"), ("Medical / Health", "MED"), ("Labor", "LAB"),
    ("Agricultural", "AGR"), ("Elite", "ELI"),
    ("Nongovernmental Organizations / Activists", "SOC"),
    ("International Religious", "REL"), ("National Religious", "REL"),
    ("General Population / Civilian / Social", "CVL"),
)
_ICEWS_RANK = {word: rank for rank, (word, _) in enumerate(ICEWS_SECTOR_PRIORITY)}
_ICEWS_SECTOR = dict(ICEWS_SECTOR_PRIORITY)


def icews_sector(sectors: str | None) -> str | None:
    """The PLOVER sector for an ICEWS ``Source Sectors`` cell, by priority."""
    if not sectors:
        return None
    words = [w.strip() for w in sectors.split(",") if w.strip() in _ICEWS_RANK]
    if not words:
        return None
    return _ICEWS_SECTOR[min(words, key=_ICEWS_RANK.__getitem__)]


__all__ = ["CAMEO_GROUPS", "CAMEO_SECTORS", "ORGANISATIONS", "organisation_by_name", "ICEWS_SECTOR_PRIORITY", "PLOVER_SECTORS", "canonical_code",
           "country_by_fips", "country_by_iso2", "country_by_name", "historian_slugs",
           "icews_sector", "is_country", "plover_sector"]
