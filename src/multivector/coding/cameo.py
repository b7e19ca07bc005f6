"""CAMEO event codes -> PLOVER event types and modes, and PLOVER scores.

Datasets coded in CAMEO (ICEWS, GDELT, older gold standards) carry a 2-4 digit code
such as ``042`` (make a visit).  The crosswalk ``data/cameo_plover.csv`` is our own
table, written from the CAMEO codebook and the PLOVER manual.  A code absent from the
table falls back to its parent (``0231`` -> ``023`` -> ``02``), because CAMEO's
sub-codes refine their parent without changing its kind.  A code listed with an empty
type has no PLOVER equivalent (plain statements: PLOVER dropped them).

CAMEO ``043`` "host a visit" has the *host* as source; PLOVER CONSULT/visit wants the
visitor as actor, so the table flags it with ``swap_roles`` and importers swap the
actor and the recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from multivector.data_tables import read_table
from multivector.errors import ModelError, RecordError
from multivector.records import EVENT_TYPES

CROSSWALK_FILE = "cameo_plover.csv"
SCORES_FILE = "plover_scores.csv"


@dataclass(frozen=True)
class CameoMapping:
    """One row of the crosswalk: a CAMEO code and what it becomes in PLOVER."""

    cameo: str
    event_type: str | None  # None: no PLOVER equivalent
    mode: str | None
    swap_roles: bool
    description: str


def _data_rows(name: str) -> list[dict[str, str]]:
    return [row for _, row in read_table(name)]


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, CameoMapping]:
    """The whole CAMEO -> PLOVER table, keyed by CAMEO code (loaded once)."""
    table: dict[str, CameoMapping] = {}
    for row in _data_rows(CROSSWALK_FILE):
        event_type = row["event_type"].strip() or None
        if event_type is not None and event_type not in EVENT_TYPES:
            raise ModelError(f"{CROSSWALK_FILE}: unknown PLOVER type {event_type!r} for "
                             f"CAMEO {row['cameo']}; fix the shipped table", code="MV202")
        table[row["cameo"].strip()] = CameoMapping(
            cameo=row["cameo"].strip(), event_type=event_type,
            mode=row["mode"].strip() or None, swap_roles=row["swap_roles"].strip() == "1",
            description=row["description"].strip())
    return table


def normalise_cameo(code: str) -> str | None:
    """``"42"`` -> ``"042"``; ``None`` for anything that is not a 2-4 digit CAMEO code.

    Datasets sometimes lose the leading zero (spreadsheets, integer columns); CAMEO
    roots are 01..20, so a 2-digit value above 20 is a 3-digit code without its zero.
    """
    code = code.strip()
    if not code.isascii() or not code.isdigit() or not 1 <= len(code) <= 4:
        return None
    if len(code) == 1 or (len(code) == 2 and int(code) > 20):
        code = "0" + code
    if not 1 <= int(code[:2]) <= 20:
        return None
    return code


def lookup(code: str) -> CameoMapping | None:
    """The crosswalk row for ``code`` or its nearest listed parent; ``None`` if unknown."""
    normal = normalise_cameo(code)
    if normal is None:
        return None
    table = crosswalk()
    while len(normal) >= 2:
        if normal in table:
            return table[normal]
        normal = normal[:-1]
    return None


def cameo_to_plover(code: str) -> tuple[str, str | None] | None:
    """``"042"`` -> ``("CONSULT", "visit")``; falls back to the parent code.

    ``None`` when the code is unknown or has no PLOVER equivalent (``010``).
    """
    mapping = lookup(code)
    if mapping is None or mapping.event_type is None:
        return None
    return mapping.event_type, mapping.mode


def swaps_roles(code: str) -> bool:
    """True when the CAMEO source is the PLOVER recipient (``043`` host a visit)."""
    mapping = lookup(code)
    return mapping is not None and mapping.swap_roles


@lru_cache(maxsize=1)
def _scores() -> dict[tuple[str, str | None], float]:
    table: dict[tuple[str, str | None], float] = {}
    for row in _data_rows(SCORES_FILE):
        table[(row["event_type"].strip(), row["mode"].strip() or None)] = float(row["score"])
    return table


def plover_modes(event_type: str) -> frozenset[str]:
    """The PLOVER modes defined for ``event_type`` (empty for types without modes)."""
    return frozenset(mode for (etype, mode) in _scores() if etype == event_type and mode)


def plover_score(event_type: str, mode: str | None = None) -> float:
    """PLOVER's score for a type, or for the type and mode where the manual gives one."""
    table = _scores()
    if (event_type, None) not in table:
        raise RecordError(f"unknown PLOVER event type {event_type!r}; "
                          f"expected one of {', '.join(EVENT_TYPES)}")
    return table.get((event_type, mode), table[(event_type, None)])


__all__ = ["CameoMapping", "cameo_to_plover", "crosswalk", "lookup", "normalise_cameo",
           "plover_modes", "plover_score", "swaps_roles"]
