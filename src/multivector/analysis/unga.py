"""UN General Assembly vote agreement with the US, Russia and China (the shipped table).

An independent signal beside the event counts: how often a country voted with each
power in the General Assembly, per session.  ``data/unga_agreement.csv`` is built by
``tools/build_unga_agreement.py`` from Bailey, Strezhnev & Voeten's June 2024 release.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from multivector.data_tables import read_table
from multivector.errors import ModelError

TABLE = "unga_agreement.csv"
SOURCE = ("Bailey, Strezhnev & Voeten, UN General Assembly voting data "
          "(Harvard Dataverse, June 2024)")
POWERS: tuple[str, ...] = ("USA", "RUS", "CHN")
_COLUMNS = {"USA": "agree_usa", "RUS": "agree_rus", "CHN": "agree_chn"}


@dataclass(frozen=True)
class SessionAgreement:
    """One country's share of General Assembly votes agreeing with each power in a session."""

    iso3: str
    session: int
    year: int  # the year the session opened (session 78: September 2023)
    agreement: dict[str, float | None]  # power code -> share 0..1, None where not recorded

    def to_dict(self) -> dict[str, object]:
        return {"session": self.session, "year": self.year, "agreement": dict(self.agreement)}


@functools.cache
def _sessions_by_country() -> dict[str, tuple[SessionAgreement, ...]]:
    found: dict[str, list[SessionAgreement]] = {}
    for number, row in read_table(TABLE):
        try:
            item = SessionAgreement(
                iso3=row["iso3"], session=int(row["session"]), year=int(row["year"]),
                agreement={power: float(row[column]) if row[column] else None
                           for power, column in _COLUMNS.items()})
        except (KeyError, ValueError) as err:
            raise ModelError(f"malformed row in the UN vote table: {err}", code="MV202",
                             path=f"multivector/data/{TABLE}", line=number) from None
        found.setdefault(item.iso3, []).append(item)
    return {code: tuple(sorted(rows, key=lambda r: r.session)) for code, rows in found.items()}


def sessions(iso3: str, *, up_to_year: int | None = None) -> tuple[SessionAgreement, ...]:
    """The country's sessions in order, those opened after ``up_to_year`` left out."""
    rows = _sessions_by_country().get(iso3, ())
    if up_to_year is not None:
        rows = tuple(r for r in rows if r.year <= up_to_year)
    return rows
