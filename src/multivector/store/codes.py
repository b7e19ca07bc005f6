"""Which actor codes a query may name (unknown ones are a user error, MV107).

The analysis's list of countries and organisations (``analysis.codes.known_codes``),
widened by the codes the database actually holds (an importer may store a code, such
as a CAMEO group, that no table lists); and the event types, modes and dataset names a
filter may name, checked the same way by the command line and the web.
"""

from __future__ import annotations

import functools

from multivector.codes import known_codes
from multivector.errors import InputError
from multivector.records import EVENT_TYPES


def check_code(code: str | None, option: str, stored: set[str] | frozenset[str] = frozenset()) -> str | None:
    """Upper-case ``code`` and make sure it names a country, an organisation or a stored actor."""
    if code is None:
        return None
    value = code.strip().upper()
    if value in known_codes() or value in stored:
        return value
    raise InputError(f"unknown country code {code!r} for {option}: use an ISO 3166-1 alpha-3 "
                     "code such as KAZ, CHN, RUS or USA, or an organisation such as EU",
                     code="MV107")


# --- one vocabulary for every event filter (CLI and web alike) -----------------------

# Dataset names an event's sources carry: ingested news, or the import KIND.
DATASETS: tuple[str, ...] = ("news", "historian-travels", "historian-visits", "icews", "gdelt1",
                             "gdelt2", "plover", "events")


@functools.cache
def plover_modes() -> tuple[str, ...]:
    """PLOVER's modes, from the shipped score table (data/plover_scores.csv)."""
    from multivector.data_tables import read_table

    return tuple(sorted({row["mode"] for _, row in read_table("plover_scores.csv") if row["mode"]}))


def check_event_type(value: str | None, option: str) -> str | None:
    """Upper-case a PLOVER event type; anything else is an error (MV101), never an empty result."""
    if value is None:
        return None
    normal = value.strip().upper()
    if normal not in EVENT_TYPES:
        raise InputError(f"unknown event type {value!r} for {option}: use one of "
                         + " ".join(EVENT_TYPES), code="MV101")
    return normal


def check_mode(value: str | None, option: str) -> str | None:
    """A PLOVER mode, lower case (importers map older mode names onto these)."""
    if value is None:
        return None
    normal = value.strip().lower()
    if normal not in plover_modes():
        raise InputError(f"unknown mode {value!r} for {option}: use a PLOVER mode such as "
                         "visit, phone, multilateral, third-party (all: docs/coding.md)",
                         code="MV101")
    return normal


def check_dataset(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    normal = value.strip().lower()
    if normal not in DATASETS:
        raise InputError(f"unknown dataset {value!r} for {option}: use one of "
                         + ", ".join(DATASETS), code="MV101")
    return normal

