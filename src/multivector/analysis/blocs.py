"""Blocs for the West-East tilt, and EU membership over time.

The tilt compares COUNTRY's engagement with two configurable blocs.  EU member states
can optionally be counted as the EU itself (``eu_members_in_eu``); membership is read
from the shipped table ``data/eu_members.csv`` with accession and exit dates, so a
2019 event with the United Kingdom counts as EU but a 2021 one does not.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from multivector.data_tables import read_table
from multivector.errors import InputError, ModelError

DEFAULT_PARTNERS: tuple[str, ...] = ("CHN", "RUS", "USA", "EU")

# Default blocs (CONTRACT.md, Balance).  A mapping name -> codes; only "west" and
# "east" enter the tilt value.
DEFAULT_BLOCS: Mapping[str, tuple[str, ...]] = {
    "west": ("USA", "EU", "GBR", "CAN", "JPN", "AUS"),
    "east": ("RUS", "CHN"),
}
BLOC_NAMES: tuple[str, ...] = ("west", "east")


@dataclass(frozen=True)
class EUMembership:
    code: str
    name: str
    joined: date
    left: date | None  # last day of membership, None while a member

    def member_on(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day <= self.left)


@functools.cache
def eu_memberships() -> tuple[EUMembership, ...]:
    """The shipped EU membership table (header line skipped)."""
    rows: list[EUMembership] = []
    for number, row in read_table("eu_members.csv"):
        try:
            rows.append(EUMembership(
                code=row["code"], name=row["name"], joined=date.fromisoformat(row["joined"]),
                left=date.fromisoformat(row["left"]) if row.get("left") else None,
            ))
        except (KeyError, ValueError, AttributeError) as err:
            raise ModelError(f"malformed row in the EU member table: {err}", code="MV202",
                             path="multivector/data/eu_members.csv", line=number) from None
    return tuple(rows)


@functools.cache
def _memberships_by_code() -> dict[str, tuple[EUMembership, ...]]:
    found: dict[str, list[EUMembership]] = {}
    for membership in eu_memberships():
        found.setdefault(membership.code, []).append(membership)
    return {code: tuple(spells) for code, spells in found.items()}


def is_eu_member(code: str | None, day: date) -> bool:
    """Whether ``code`` was an EU member state on ``day`` (asked once per event: indexed)."""
    if code is None:
        return False
    return any(m.member_on(day) for m in _memberships_by_code().get(code, ()))


def parse_bloc_specs(specs: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Turn ``["west=USA,EU", "east=RUS"]`` into blocs, starting from the defaults.

    A bloc that is given replaces the default for that name; the other keeps its
    default.  Only ``west`` and ``east`` are accepted because only they enter the tilt.
    """
    blocs = {name: tuple(codes) for name, codes in DEFAULT_BLOCS.items()}
    for spec in specs:
        name, sep, codes_text = spec.partition("=")
        name = name.strip().lower()
        if not sep or name not in BLOC_NAMES:
            raise InputError(f"--bloc {spec!r}: use west=CODE,CODE or east=CODE,CODE")
        codes = parse_codes(codes_text)
        if not codes:
            raise InputError(f"--bloc {spec!r} names no codes: use e.g. west=USA,EU,GBR")
        blocs[name] = codes
    return blocs


def parse_codes(text: str) -> tuple[str, ...]:
    """``"chn, rus,USA"`` -> ``("CHN", "RUS", "USA")`` (upper case, order kept, no repeats)."""
    seen: list[str] = []
    for part in text.split(","):
        code = part.strip().upper()
        if code and code not in seen:
            seen.append(code)
    return tuple(seen)
