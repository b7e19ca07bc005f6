"""The multi-vector balance of a country: pure functions over distinct events.

An *engagement* of COUNTRY with partner P is a distinct event whose dyad is
{COUNTRY, P}, in either direction.  Everything here is computed from
``Sequence[DistinctEvent]``; only ``analysis.api`` touches the database.
Definitions, formulas and edge cases: docs/balance.md.
"""

from __future__ import annotations

import bisect

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from multivector.analysis.blocs import BLOC_NAMES, DEFAULT_BLOCS, DEFAULT_PARTNERS, is_eu_member
from multivector.analysis.bootstrap import Change, Label, bootstrap_change
from multivector.analysis.periods import PERIOD_UNITS, periods_between
from multivector.analysis.scores import event_score
from multivector.errors import InputError
from multivector.records import DistinctEvent, actor_is_high_level


@dataclass(frozen=True)
class Engagement:
    """One distinct event of COUNTRY with a counterpart, placed in time."""

    item: DistinctEvent
    counterpart: str  # the other side's code, EU members folded into EU when asked
    partner: str | None  # the listed partner it counts for, if any
    bloc: str | None  # "west" / "east" / None
    partner_is_actor: bool  # True: the counterpart acted (visited) on COUNTRY
    day: date  # the day used to place it in a period (start, clipped to the window)


@dataclass(frozen=True)
class PartnerFigures:
    code: str
    events: int
    by_type: dict[str, int]
    by_mode: dict[str, int]
    visits_in: int
    visits_out: int
    high_level_visits_in: int
    high_level_visits_out: int
    cooperation: float
    conflict: float
    share: float | None  # None when COUNTRY has no events with any listed partner

    @property
    def net(self) -> float:
        return self.cooperation - self.conflict

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "events": self.events, "by_type": dict(self.by_type),
                "by_mode": dict(self.by_mode), "visits_in": self.visits_in,
                "visits_out": self.visits_out, "high_level_visits_in": self.high_level_visits_in,
                "high_level_visits_out": self.high_level_visits_out,
                "cooperation": round(self.cooperation, 6), "conflict": round(self.conflict, 6),
                "net": round(self.net, 6), "share": _r(self.share)}


@dataclass(frozen=True)
class Concentration:
    hhi: float | None
    effective_partners: float | None
    evenness: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"hhi": _r(self.hhi), "effective_partners": _r(self.effective_partners),
                "evenness": _r(self.evenness)}


@dataclass(frozen=True)
class Tilt:
    west: int
    east: int

    @property
    def value(self) -> float | None:
        total = self.west + self.east
        return None if total == 0 else (self.west - self.east) / total

    def to_dict(self) -> dict[str, Any]:
        return {"west": self.west, "east": self.east, "value": _r(self.value)}


@dataclass(frozen=True)
class PeriodBalance:
    start: date
    end: date
    events: int  # engagements with listed partners or bloc members in the period
    partners: tuple[PartnerFigures, ...]
    concentration: Concentration | None
    tilt: Tilt | None

    @property
    def empty(self) -> bool:
        return self.events == 0

    def to_dict(self) -> dict[str, Any]:
        # A period without data is a gap: no partner rows and no metrics (never zeros).
        if self.empty:
            return {"start": self.start.isoformat(), "end": self.end.isoformat(), "events": 0,
                    "partners": [], "concentration": {}, "tilt": {}}
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "events": self.events, "partners": [p.to_dict() for p in self.partners],
                "concentration": self.concentration.to_dict() if self.concentration else {},
                "tilt": self.tilt.to_dict() if self.tilt else {}}


@dataclass(frozen=True)
class Balance:
    country: str
    date_from: date | None
    date_to: date | None
    partners: tuple[PartnerFigures, ...]
    concentration: Concentration
    tilt: Tilt
    periods: tuple[PeriodBalance, ...] = ()
    by: str | None = None
    change: Change | None = None
    blocs: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_BLOCS))
    eu_members_in_eu: bool = False
    engagements: tuple[Engagement, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def events(self) -> int:
        return sum(p.events for p in self.partners)

    def to_dict(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "partners": [p.to_dict() for p in self.partners],
            "concentration": self.concentration.to_dict(),
            "tilt": self.tilt.to_dict(),
            "periods": [p.to_dict() for p in self.periods],
            "by": self.by,
            "events": self.events,
            "blocs": {name: list(codes) for name, codes in self.blocs.items()},
            "eu_members_in_eu": self.eu_members_in_eu,
            "change": self.change.to_dict() if self.change else None,
            "notes": list(self.notes),
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


# --- the metrics -------------------------------------------------------------------


def concentration_of(counts: Sequence[int]) -> Concentration:
    """HHI, effective number of partners and evenness of a list of event counts.

    No events: all three are None.  Fewer than two partners: evenness is None
    (ln 1 = 0, so the normalised entropy is undefined), HHI is 1.0.
    """
    total = sum(counts)
    if total == 0:
        return Concentration(None, None, None)
    shares = [c / total for c in counts]
    hhi = sum(s * s for s in shares)
    # max(0.0, ...) keeps a single-partner entropy at 0.0 rather than -0.0.
    entropy = max(0.0, -sum(s * math.log(s) for s in shares if s > 0))
    evenness = min(1.0, entropy / math.log(len(counts))) if len(counts) >= 2 else None
    return Concentration(hhi=hhi, effective_partners=1.0 / hhi, evenness=evenness)


def partner_figures(engagements: Sequence[Engagement], code: str, country: str,
                    total: int) -> PartnerFigures:
    mine = [e for e in engagements if e.partner == code]
    by_type: Counter[str] = Counter()
    by_mode: Counter[str] = Counter()
    visits_in = visits_out = hl_in = hl_out = 0
    cooperation = conflict = 0.0
    for eng in mine:
        event = eng.item.event
        by_type[event.event_type] += 1
        if event.mode:
            by_mode[event.mode] += 1
        if event.event_type == "CONSULT" and event.mode == "visit":
            high = actor_is_high_level(event.actor)
            if eng.partner_is_actor:
                visits_in += 1
                hl_in += int(high)
            else:
                visits_out += 1
                hl_out += int(high)
        score = event_score(event)
        if score > 0:
            cooperation += score
        elif score < 0:
            conflict += -score
    return PartnerFigures(
        code=code, events=len(mine), by_type=dict(sorted(by_type.items())),
        by_mode=dict(sorted(by_mode.items())), visits_in=visits_in, visits_out=visits_out,
        high_level_visits_in=hl_in, high_level_visits_out=hl_out, cooperation=cooperation,
        conflict=conflict, share=(len(mine) / total) if total else None)


def summarise(engagements: Sequence[Engagement], country: str, partners: Sequence[str]
              ) -> tuple[tuple[PartnerFigures, ...], Concentration, Tilt]:
    """Partner rows, concentration and tilt over one set of engagements."""
    total = sum(1 for e in engagements if e.partner is not None)
    rows = tuple(partner_figures(engagements, p, country, total) for p in partners)
    concentration = concentration_of([row.events for row in rows])
    tilt = Tilt(west=sum(1 for e in engagements if e.bloc == "west"),
                east=sum(1 for e in engagements if e.bloc == "east"))
    return rows, concentration, tilt


# --- selecting engagements ---------------------------------------------------------


def _check_blocs(blocs: Mapping[str, Sequence[str]]) -> None:
    unknown = [name for name in blocs if name not in BLOC_NAMES]
    if unknown:
        raise InputError(f"unknown bloc {unknown[0]!r}: only west and east enter the tilt")
    both = set(blocs.get("west", ())) & set(blocs.get("east", ()))
    if both:
        raise InputError(f"{sorted(both)[0]} is in both the west and the east bloc: "
                         "put each code in one bloc")


def _bloc_of(code: str, day: date, blocs: Mapping[str, Sequence[str]], fold_eu: bool) -> str | None:
    for name in BLOC_NAMES:
        members = blocs.get(name, ())
        if code in members or (fold_eu and "EU" in members and is_eu_member(code, day)):
            return name
    return None


def select_engagements(events: Sequence[DistinctEvent], country: str, partners: Sequence[str], *,
                       date_from: date | None = None, date_to: date | None = None,
                       blocs: Mapping[str, Sequence[str]] = DEFAULT_BLOCS,
                       eu_members_in_eu: bool = False) -> list[Engagement]:
    """COUNTRY's engagements in the window with listed partners or bloc members.

    An event counts when its dates overlap [date_from, date_to]; events without a
    date cannot be placed in time and are left out.  With ``eu_members_in_eu`` an EU
    member state (on the event's start date) counts as the EU unless it is itself a
    listed partner, so no event is counted twice.
    """
    fold_eu = eu_members_in_eu and "EU" in partners
    out: list[Engagement] = []
    seen: set[str] = set()
    bloc_cache: dict[str, str | None] = {}
    for item in events:
        event = item.event
        if event.date is None or item.cluster_id in seen:
            continue
        if date_from is not None and event.date.end < date_from:
            continue
        if date_to is not None and event.date.start > date_to:
            continue
        actor = event.actor.code if event.actor else None
        recipient = event.recipient.code if event.recipient else None
        if actor == country and recipient not in (None, country):
            counterpart, partner_is_actor = recipient, False
        elif recipient == country and actor not in (None, country):
            counterpart, partner_is_actor = actor, True
        else:
            continue
        assert counterpart is not None
        start = event.date.start
        partner: str | None = counterpart if counterpart in partners else None
        if partner is None and fold_eu and is_eu_member(counterpart, start):
            partner = "EU"
        if eu_members_in_eu:  # membership depends on the day
            bloc = _bloc_of(counterpart, start, blocs, eu_members_in_eu)
        else:
            if counterpart not in bloc_cache:
                bloc_cache[counterpart] = _bloc_of(counterpart, start, blocs, False)
            bloc = bloc_cache[counterpart]
        if partner is None and bloc is None:
            continue
        seen.add(item.cluster_id)
        day = max(start, date_from) if date_from is not None else start
        out.append(Engagement(item=item, counterpart=counterpart, partner=partner, bloc=bloc,
                              partner_is_actor=partner_is_actor, day=day))
    return out


# --- the balance ---------------------------------------------------------------------


def compute_balance(events: Sequence[DistinctEvent], country: str, *,
                    partners: Sequence[str] = DEFAULT_PARTNERS, date_from: date | None = None,
                    date_to: date | None = None, by: str | None = None,
                    blocs: Mapping[str, Sequence[str]] = DEFAULT_BLOCS,
                    eu_members_in_eu: bool = False, resamples: int = 1000,
                    seed: int = 0) -> Balance:
    """The multi-vector balance of ``country`` (CONTRACT.md, Balance)."""
    partners = tuple(dict.fromkeys(p for p in partners if p != country))
    if not partners:
        raise InputError("no partners to compare: pass --partners with codes other than "
                         f"{country}", code="MV107")
    if by is not None and by not in PERIOD_UNITS:
        raise InputError(f"--by {by!r}: use month, quarter or year")
    if date_from is not None and date_to is not None and date_to < date_from:
        raise InputError(f"--to {date_to} is before --from {date_from}", code="MV104")
    _check_blocs(blocs)
    bloc_map = {name: tuple(codes) for name, codes in blocs.items()}
    engagements = select_engagements(events, country, partners, date_from=date_from,
                                     date_to=date_to, blocs=bloc_map,
                                     eu_members_in_eu=eu_members_in_eu)
    rows, concentration, tilt = summarise(engagements, country, partners)
    first = date_from or (min(e.item.event.date.start for e in engagements)  # type: ignore[union-attr]
                          if engagements else None)
    last = date_to or (max(e.item.event.date.end for e in engagements)  # type: ignore[union-attr]
                       if engagements else None)
    notes: list[str] = []
    if not any(row.events for row in rows):
        notes.append(f"no engagement events of {country} with {', '.join(partners)} in the "
                     "window: shares, HHI, effective partners and evenness are null")
    for row in rows:
        if row.events == 0 and any(r.events for r in rows):
            notes.append(f"no events with {row.code} in the window")
    if len(partners) < 2:
        notes.append("evenness is null with fewer than two partners")
    periods: tuple[PeriodBalance, ...] = ()
    change: Change | None = None
    if by is not None and first is not None and last is not None:
        periods = _periods(engagements, country, partners, first, last, by)
        change = _change(engagements, periods, partners, resamples=resamples, seed=seed)
    return Balance(country=country, date_from=first, date_to=last, partners=rows,
                   concentration=concentration, tilt=tilt, periods=periods, by=by,
                   change=change, blocs=bloc_map, eu_members_in_eu=eu_members_in_eu,
                   engagements=tuple(engagements), notes=tuple(notes))


def _periods(engagements: Sequence[Engagement], country: str, partners: Sequence[str],
             first: date, last: date, by: str) -> tuple[PeriodBalance, ...]:
    out: list[PeriodBalance] = []
    # Sorted once, each period is a slice: linear in events, not periods x events.
    ordered = sorted(engagements, key=lambda e: e.day)
    days = [e.day for e in ordered]
    for start, end in periods_between(first, last, by):
        inside = ordered[bisect.bisect_left(days, start):bisect.bisect_right(days, end)]
        if not inside:
            out.append(PeriodBalance(start, end, 0, (), None, None))
            continue
        rows, concentration, tilt = summarise(inside, country, partners)
        out.append(PeriodBalance(start, end, len(inside), rows, concentration, tilt))
    return tuple(out)


def _change(engagements: Sequence[Engagement], periods: Sequence[PeriodBalance],
            partners: Sequence[str], *, resamples: int, seed: int) -> Change | None:
    filled = [p for p in periods if not p.empty]
    if len(filled) < 2:
        return None
    head, tail = filled[0], filled[-1]

    def labels(period: PeriodBalance) -> list[Label]:
        return [(e.partner, e.bloc) for e in engagements if period.start <= e.day <= period.end]

    return bootstrap_change(labels(head), labels(tail), partners,
                            first_period=head.start.isoformat(),
                            last_period=tail.start.isoformat(), resamples=resamples, seed=seed)
