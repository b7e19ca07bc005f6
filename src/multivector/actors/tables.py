"""The shipped actor tables: countries, organisations, companies, officeholders, titles.

Read once from ``multivector/data/*.csv`` (``load_actor_tables`` is cached) and indexed
by folded phrase so that the resolver and the event coder's PhraseMatcher see the same
vocabulary.  See docs/actors.md for the columns and how to add rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from multivector.actors.normalize import is_acronym, phrase_key, plural_forms
from multivector.data_tables import read_table
from multivector.errors import ModelError

PHRASE_KINDS: tuple[str, ...] = ("country", "adjective", "capital", "org", "company",
                                 "person", "title")

# Which role a person is best known by when they held several (Putin in 2000 was both
# acting president and prime minister): the first in this list wins.
ROLE_RANK: tuple[str, ...] = (
    "head of state", "head of government", "president of the european commission",
    "president of the european council", "high representative", "secretary-general",
    "foreign minister", "crown prince", "vice president", "supreme leader",
    "chairman of the halk maslahaty", "chairman of the security council", "defence minister",
    "assistant secretary of state", "legislator", "spokesperson",
)


def role_rank(role: str) -> int:
    return ROLE_RANK.index(role) if role in ROLE_RANK else len(ROLE_RANK)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    capital: str | None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organisation:
    """An international organisation or a named national body (code is then its ISO3)."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    sector: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Company:
    code: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Officeholder:
    """One term in one office: who held ``role`` for ``code`` from ``start`` to ``end``."""

    code: str
    role: str
    name: str
    aliases: tuple[str, ...]
    start: date
    end: date | None = None  # None: still in office when the table was last revised
    sector: str = "GOV"
    approx: bool = False

    def holds_on(self, when: date) -> bool:
        return self.start <= when and (self.end is None or when <= self.end)

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Title:
    phrase: str
    sector: str
    role: str


@dataclass(frozen=True)
class Entry:
    """What a phrase means: one row of one table."""

    kind: str
    code: str | None
    sector: str | None = None
    role: str | None = None
    name: str | None = None
    plural: bool = False
    constraint: str = ""  # "exact": case must match; "capital": not all lower-case


@dataclass(frozen=True)
class ActorTables:
    countries: dict[str, Country]
    organisations: tuple[Organisation, ...]
    companies: tuple[Company, ...]
    officeholders: tuple[Officeholder, ...]
    titles: tuple[Title, ...]
    index: dict[tuple[str, ...], tuple[Entry, ...]] = field(default_factory=dict)
    max_phrase_len: int = 1

    # -- lookups used by the event coder -------------------------------------------------
    def phrases(self) -> Iterator[tuple[str, str, str]]:
        """(surface, kind, code) for every phrase; for titles the code is the sector."""
        seen: set[tuple[str, str, str]] = set()
        for surface, entry in self._surface_entries():
            item = (surface, entry.kind, entry.code or entry.sector or "")
            if item not in seen:
                seen.add(item)
                yield item

    @staticmethod
    def case_rule(surface: str, kind: str) -> str:
        """How a phrase must be written to match: "exact" case for acronyms (US is not
        "us"), "capital" for one-word names of people, companies and organisations
        (Total, Shell, Rice), "" for anything else (case-insensitive)."""
        if is_acronym(surface):
            return "exact"
        if kind in ("person", "company", "org") and " " not in surface.strip() and surface[:1].isupper():
            return "capital"
        return ""

    def country_name(self, code: str) -> str:
        if code in self.countries:
            return self.countries[code].name
        for org in self.organisations:
            if org.code == code:
                return org.name
        return code

    def capital(self, code: str) -> str | None:
        country = self.countries.get(code)
        return country.capital if country else None

    @functools.cached_property
    def organisation_codes(self) -> frozenset[str]:
        """Codes of international organisations (not the national bodies in the table,
        which carry their country's code)."""
        return frozenset(o.code for o in self.organisations) - frozenset(self.countries)

    def known_codes(self) -> frozenset[str]:
        return frozenset(self.countries) | frozenset(o.code for o in self.organisations) \
            | frozenset(c.code for c in self.companies) | frozenset(o.code for o in self.officeholders)

    # Positions of the officeholder rows by name and by office, built once per table
    # object: person lookups run for every mention, the table has some 1,800 rows.
    @functools.cached_property
    def _terms_by_name(self) -> dict[str, tuple[int, ...]]:
        return _positions_by(self.officeholders, lambda r: r.name)

    @functools.cached_property
    def _terms_by_office(self) -> dict[tuple[str, str], tuple[int, ...]]:
        return _positions_by(self.officeholders, lambda r: (r.code, r.role))

    def officeholder(self, code: str, role: str, when: date) -> Officeholder | None:
        """Who held ``role`` for ``code`` on ``when`` (the newer one on a handover day)."""
        rows = [r for i in self._terms_by_office.get((code, role), ())
                if (r := self.officeholders[i]).holds_on(when)]
        return max(rows, key=lambda r: r.start) if rows else None

    def terms_of(self, name: str) -> tuple[Officeholder, ...]:
        return tuple(self.officeholders[i] for i in self._terms_by_name.get(name, ()))

    def person(self, surface: str, when: date | None = None) -> Officeholder | None:
        """The term that best explains a mention of a person on ``when``.

        In office on that day: the highest-ranked office held.  Otherwise the most
        recent term that ended before it (the caller sees ``holds_on`` is false and codes
        the person as a former officeholder), else their first term.  Without a date:
        their most recent term.
        """
        names = {e.name for e in self.index.get(phrase_key(surface), ()) if e.kind == "person"}
        # In file order, as the ties below are broken by it.
        positions = sorted({i for name in names for i in self._terms_by_name.get(name, ())})
        rows = [self.officeholders[i] for i in positions]
        if not rows:
            return None
        if when is None:
            return max(rows, key=lambda r: (r.start, -role_rank(r.role)))
        current = [r for r in rows if r.holds_on(when)]
        if current:
            return min(current, key=lambda r: (role_rank(r.role), -r.start.toordinal()))
        past = [r for r in rows if r.end is not None and r.end < when]
        if past:
            latest = max(r.end for r in past if r.end is not None)
            recent = [r for r in past if r.end == latest]
            return min(recent, key=lambda r: role_rank(r.role))
        return min(rows, key=lambda r: r.start)

    # -- building ------------------------------------------------------------------------
    def _surface_entries(self) -> Iterator[tuple[str, Entry]]:
        for country in self.countries.values():
            for surface in (country.name, *country.aliases):
                yield surface, Entry("country", country.code)
            for adjective in country.adjectives:
                yield adjective, Entry("adjective", country.code)
                for plural in plural_forms(adjective):
                    yield plural, Entry("adjective", country.code, plural=True)
            for metonym in country.metonyms:
                yield metonym, Entry("capital", country.code, sector="GOV")
        for org in self.organisations:
            for surface in (org.name, *org.aliases):
                yield surface, Entry("org", org.code, org.sector, org.role, org.name)
        for company in self.companies:
            for surface in (company.name, *company.aliases):
                yield surface, Entry("company", company.code, "BUS", None, company.name)
        for row in self.officeholders:
            for surface in row.surfaces:
                yield surface, Entry("person", row.code, row.sector, row.role, row.name)
        for title in self.titles:
            yield title.phrase, Entry("title", None, title.sector, title.role)
            for plural in plural_forms(title.phrase):
                yield plural, Entry("title", None, title.sector, title.role, plural=True)

    def with_index(self) -> ActorTables:
        index: dict[tuple[str, ...], list[Entry]] = {}
        for surface, entry in self._surface_entries():
            key = phrase_key(surface)
            if not key:
                continue
            constraint = self.case_rule(surface, entry.kind) if len(key) == 1 or is_acronym(surface) else ""
            entry = Entry(entry.kind, entry.code, entry.sector, entry.role, entry.name,
                          entry.plural, constraint)
            bucket = index.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
        frozen = {key: tuple(entries) for key, entries in index.items()}
        longest = max((len(key) for key in frozen), default=1)
        return ActorTables(self.countries, self.organisations, self.companies,
                           self.officeholders, self.titles, frozen, longest)


def _positions_by(rows: tuple[Officeholder, ...], key: Callable[[Officeholder], Hashable]
                  ) -> dict[Any, tuple[int, ...]]:
    found: dict[Any, list[int]] = {}
    for position, row in enumerate(rows):
        found.setdefault(key(row), []).append(position)
    return {k: tuple(v) for k, v in found.items()}


# -- reading the CSV files -----------------------------------------------------------------
def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _date(value: str, filename: str, line: int) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ModelError(f"bad date {value!r} in {filename} (expected YYYY-MM-DD)",
                         code="MV202", path=filename, line=line) from exc


def _officeholder(row: dict[str, str], line: int) -> Officeholder:
    start = _date(row["start"], "officeholders.csv", line)
    end = _date(row["end"], "officeholders.csv", line) if row["end"] else None
    if end is not None and end < start:
        raise ModelError(f"{row['name']} leaves office before taking it", code="MV202",
                         path="officeholders.csv", line=line)
    return Officeholder(code=row["code"], role=row["role"], name=row["name"],
                        aliases=_split(row["aliases"]), start=start, end=end,
                        sector=row["sector"] or "GOV", approx=row["approx"] == "yes")


@functools.lru_cache(maxsize=1)
def load_actor_tables() -> ActorTables:
    """All actor tables, read and indexed once per process."""
    countries = {
        row["code"]: Country(code=row["code"], name=row["name"], capital=row["capital"] or None,
                             aliases=_split(row["aliases"]), adjectives=_split(row["adjectives"]),
                             metonyms=_split(row["metonyms"]))
        for _, row in read_table("countries.csv")
    }
    organisations = tuple(
        Organisation(code=row["code"], name=row["name"], aliases=_split(row["aliases"]),
                     sector=row["sector"] or None, role=row["role"] or None)
        for _, row in read_table("organisations.csv"))
    companies = tuple(Company(code=row["code"], name=row["name"], aliases=_split(row["aliases"]))
                      for _, row in read_table("companies.csv"))
    officeholders = tuple(_officeholder(row, line) for line, row in read_table("officeholders.csv"))
    titles = tuple(Title(phrase=row["phrase"], sector=row["sector"], role=row["role"])
                   for _, row in read_table("titles.csv"))
    return ActorTables(countries, organisations, companies, officeholders, titles).with_index()


__all__ = ["PHRASE_KINDS", "ActorTables", "Company", "Country", "Entry", "Officeholder",
           "Organisation", "Title", "load_actor_tables", "role_rank"]
