"""What changed: each partner's latest week, month and quarter against its own baselines.

For COUNTRY, partner P and a date ``at``, each *window* (the 7, 30 and 91 days ending on
``at``) is compared with two *baselines*: the 4 weeks and the 52 weeks just before the
window starts.  Counts are of distinct real-world events (as ``balance`` counts them),
placed on the day they started.  The baseline's rate per week, scaled to the window's
length, is what the window would hold if nothing had changed.

The chance test treats both counts as Poisson and asks whether their rates differ: given
the total n = window + baseline events, the window's count is Binomial(n, w/(w+b)) under
equal rates (w, b: the lengths), so the test is exact and conditions on the baseline's own
noise instead of treating a 4-week rate as known.  The two-sided p-value is the mid-p
(half the probability of the observed count counted in each tail): with counts this small
the plain exact test is very conservative, the mid-p is close to nominal.  The 24 tests of
one run (partners x windows x baselines) are corrected together with Holm's step-down
method, valid however the nested windows depend on each other.  A comparison is flagged
when its Holm-adjusted p is below ``ALPHA`` and the larger side holds at least
``MIN_EVENTS`` events; one or two events against none are never flagged, only noted.
Definitions and examples: docs/balance.md ("What changed").
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from multivector.analysis.balance import Engagement, select_engagements
from multivector.analysis.blocs import DEFAULT_BLOCS, DEFAULT_PARTNERS
from multivector.analysis.unga import POWERS, SOURCE, SessionAgreement
from multivector.errors import InputError
from multivector.records import DistinctEvent

WINDOWS: tuple[tuple[str, int], ...] = (("week", 7), ("month", 30), ("quarter", 91))
BASELINES: tuple[tuple[str, int], ...] = (("4w", 28), ("52w", 364))
ALPHA = 0.05
MIN_EVENTS = 3
TEST_NAME = ("two-sided mid-p conditional Poisson test (binomial on the window's share of "
             "window + baseline events), Holm-corrected over all comparisons of the run")
# How far back events are needed: the longest window and the longest baseline before it.
LOOKBACK_DAYS = max(days for _, days in WINDOWS) + max(days for _, days in BASELINES)
# Below these the tilt and the votes are said to hold steady (docs/balance.md).
TILT_STEADY = 0.1
VOTES_STEADY = 0.02


@dataclass(frozen=True)
class Span:
    """A run of days, both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "days": self.days}


@dataclass(frozen=True)
class SourceLink:
    doc_id: str
    event_id: str
    sentence: str | None
    url: str | None
    title: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "event_id": self.event_id, "sentence": self.sentence,
                "url": self.url, "title": self.title}


@dataclass(frozen=True)
class EventRef:
    """One distinct event behind a flag, with what is needed to check it."""

    cluster_id: str
    start: date
    end: date
    event_type: str
    mode: str | None
    actor: str | None
    recipient: str | None
    sentence: str | None
    sources: tuple[SourceLink, ...]
    item: DistinctEvent | None = field(default=None, compare=False, repr=False)  # for citing

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(s.event_id for s in self.sources)

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.url for s in self.sources if s.url))

    def to_dict(self) -> dict[str, Any]:
        return {"cluster_id": self.cluster_id, "event_ids": list(self.event_ids),
                "start": self.start.isoformat(), "end": self.end.isoformat(),
                "event_type": self.event_type, "mode": self.mode, "actor": self.actor,
                "recipient": self.recipient, "sentence": self.sentence,
                "urls": list(self.urls), "sources": [s.to_dict() for s in self.sources]}


@dataclass(frozen=True)
class Comparison:
    """One partner's window against one of its baselines, with the chance test."""

    partner: str
    window: str  # week, month, quarter
    window_span: Span
    baseline: str  # 4w, 52w
    baseline_span: Span
    observed: int
    baseline_events: int
    p_value: float | None  # None: nothing to test (no events on either side)
    p_adjusted: float | None
    flagged: bool
    note: str | None
    events: tuple[EventRef, ...]  # in the window
    baseline_refs: tuple[EventRef, ...]  # in the baseline

    @property
    def baseline_rate_per_week(self) -> float:
        return self.baseline_events * 7 / self.baseline_span.days

    @property
    def expected(self) -> float:
        """Baseline events scaled to the window's length."""
        return self.baseline_events * self.window_span.days / self.baseline_span.days

    @property
    def ratio(self) -> float | None:
        return None if self.expected == 0 else self.observed / self.expected

    @property
    def direction(self) -> str:
        if self.observed > self.expected:
            return "up"
        return "down" if self.observed < self.expected else "same"

    def to_dict(self, *, with_events: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "partner": self.partner, "window": self.window, **_span("window", self.window_span),
            "baseline": self.baseline, **_span("baseline", self.baseline_span),
            "observed": self.observed, "baseline_events": self.baseline_events,
            "baseline_rate_per_week": _r(self.baseline_rate_per_week),
            "expected": _r(self.expected), "ratio": _r(self.ratio),
            "direction": self.direction, "p_value": _r(self.p_value),
            "p_adjusted": _r(self.p_adjusted), "flagged": self.flagged, "note": self.note}
        if with_events:
            data["events"] = [e.to_dict() for e in self.events]
            data["baseline_event_list"] = [e.to_dict() for e in self.baseline_refs]
        return data

    def words(self) -> str:
        """``CHN: 5 events in the latest week against 0.8 expected from the 4-week baseline``."""
        return (f"{self.partner}: {self.observed} event{'s' if self.observed != 1 else ''} in "
                f"the latest {self.window} ({self.window_span.start}..{self.window_span.end}) "
                f"against {_fmt(self.expected)} expected from the {_baseline_words(self.baseline)} "
                f"baseline ({self.baseline_events} in {self.baseline_span.start}.."
                f"{self.baseline_span.end})")


@dataclass(frozen=True)
class TiltShift:
    """The events' West-East tilt in the latest quarter and in the 52 weeks before it."""

    recent_west: int
    recent_east: int
    before_west: int
    before_east: int

    @staticmethod
    def _value(west: int, east: int) -> float | None:
        return None if west + east == 0 else (west - east) / (west + east)

    @property
    def recent(self) -> float | None:
        return self._value(self.recent_west, self.recent_east)

    @property
    def before(self) -> float | None:
        return self._value(self.before_west, self.before_east)

    @property
    def toward(self) -> str | None:
        """``west``, ``east``, ``neither`` (within TILT_STEADY) or None (no events to tell)."""
        if self.recent is None or self.before is None:
            return None
        delta = self.recent - self.before
        return "neither" if abs(delta) < TILT_STEADY else ("west" if delta > 0 else "east")

    def to_dict(self) -> dict[str, Any]:
        return {"recent": {"west": self.recent_west, "east": self.recent_east,
                           "value": _r(self.recent)},
                "before": {"west": self.before_west, "east": self.before_east,
                           "value": _r(self.before)},
                "toward": self.toward}


@dataclass(frozen=True)
class VoteShift:
    """UN General Assembly agreement with the US, Russia and China: latest session vs the one before."""

    latest: SessionAgreement
    previous: SessionAgreement | None

    @staticmethod
    def _us_lean(item: SessionAgreement) -> float | None:
        """Agreement with the US minus the mean agreement with Russia and China."""
        usa, rus, chn = (item.agreement.get(p) for p in POWERS)
        east = [v for v in (rus, chn) if v is not None]
        return None if usa is None or not east else usa - sum(east) / len(east)

    @property
    def toward(self) -> str | None:
        """``the US``, ``Russia and China``, ``neither`` or None (no earlier session)."""
        if self.previous is None:
            return None
        now, then = self._us_lean(self.latest), self._us_lean(self.previous)
        if now is None or then is None:
            return None
        delta = now - then
        if abs(delta) < VOTES_STEADY:
            return "neither"
        return "the US" if delta > 0 else "Russia and China"

    def to_dict(self) -> dict[str, Any]:
        change = None
        if self.previous is not None:
            change = {p: _r(None if self.latest.agreement.get(p) is None
                            or self.previous.agreement.get(p) is None
                            else self.latest.agreement[p] - self.previous.agreement[p])  # type: ignore[operator]
                      for p in POWERS}
        return {"source": SOURCE, "latest": self.latest.to_dict(),
                "previous": self.previous.to_dict() if self.previous else None,
                "change": change, "toward": self.toward}


@dataclass(frozen=True)
class Changes:
    country: str
    at: date | None  # None: the country has no dated events
    partners: tuple[str, ...]
    comparisons: tuple[Comparison, ...]
    tilt: TiltShift | None
    votes: VoteShift | None
    notes: tuple[str, ...] = ()

    @property
    def flags(self) -> tuple[Comparison, ...]:
        return tuple(c for c in self.comparisons if c.flagged)

    @property
    def tests(self) -> int:
        return sum(1 for c in self.comparisons if c.p_value is not None)

    def divergence(self) -> str | None:
        """The events' tilt and the UN votes, in words (None when neither can be told)."""
        return divergence_words(self.tilt, self.votes)

    def to_dict(self) -> dict[str, Any]:
        windows = []
        if self.comparisons:
            seen: dict[str, Span] = {}
            for c in self.comparisons:
                seen.setdefault(c.window, c.window_span)
            windows = [{"name": name, **span.to_dict()} for name, span in seen.items()]
        return {
            "country": self.country, "at": self.at.isoformat() if self.at else None,
            "partners": list(self.partners), "windows": windows,
            "baselines": [{"name": name, "days": days} for name, days in BASELINES],
            "test": {"name": TEST_NAME, "alpha": ALPHA, "correction": "holm",
                     "tests": self.tests, "min_events": MIN_EVENTS},
            "comparisons": [c.to_dict() for c in self.comparisons],
            "flags": [c.to_dict(with_events=True) for c in self.flags],
            "tilt": self.tilt.to_dict() if self.tilt else None,
            "unga": self.votes.to_dict() if self.votes else None,
            "divergence": self.divergence(),
            "notes": list(self.notes),
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _fmt(value: float) -> str:
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def _span(prefix: str, span: Span) -> dict[str, Any]:
    return {f"{prefix}_start": span.start.isoformat(), f"{prefix}_end": span.end.isoformat(),
            f"{prefix}_days": span.days}


def _baseline_words(name: str) -> str:
    return {"4w": "4-week", "52w": "52-week"}.get(name, name)


# --- the test ------------------------------------------------------------------------


def _binomial_pmf(k: int, n: int, p: float) -> float:
    if p <= 0.0:
        return 1.0 if k == 0 else 0.0
    if p >= 1.0:
        return 1.0 if k == n else 0.0
    log = (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
           + k * math.log(p) + (n - k) * math.log1p(-p))
    return math.exp(log)


def poisson_rate_midp(observed: int, exposure: float, baseline: int,
                      baseline_exposure: float) -> float | None:
    """Two-sided mid-p that two Poisson counts share one rate (None: no events to test).

    Conditional on n = observed + baseline, ``observed`` is Binomial(n, e/(e+b)) when the
    rates are equal; the mid-p counts half the probability of the observed value in each
    tail and the two-sided value doubles the smaller tail (capped at 1).
    """
    if exposure <= 0 or baseline_exposure <= 0:
        raise ValueError("exposures must be positive")
    n = observed + baseline
    if n == 0:
        return None
    p = exposure / (exposure + baseline_exposure)
    pmf = [_binomial_pmf(k, n, p) for k in range(n + 1)]
    below = sum(pmf[:observed])
    above = sum(pmf[observed + 1:])
    half = 0.5 * pmf[observed]
    return min(1.0, 2.0 * min(below + half, above + half))


def holm(p_values: Sequence[float | None]) -> list[float | None]:
    """Holm's step-down adjustment (None stays None and does not count as a test)."""
    tested = sorted((p, i) for i, p in enumerate(p_values) if p is not None)
    m = len(tested)
    adjusted: list[float | None] = [None] * len(p_values)
    running = 0.0
    for rank, (p, index) in enumerate(tested):
        running = max(running, min(1.0, (m - rank) * p))
        adjusted[index] = running
    return adjusted


# --- building the comparisons ----------------------------------------------------------


def windows_at(at: date) -> list[tuple[str, Span, list[tuple[str, Span]]]]:
    """Each window ending on ``at`` with its baselines (the days just before it)."""
    out = []
    for name, days in WINDOWS:
        window = Span(at - timedelta(days=days - 1), at)
        baselines = [(b_name, Span(window.start - timedelta(days=b_days),
                                   window.start - timedelta(days=1)))
                     for b_name, b_days in BASELINES]
        out.append((name, window, baselines))
    return out


def event_ref(item: DistinctEvent) -> EventRef:
    event = item.event
    assert event.date is not None
    return EventRef(
        cluster_id=item.cluster_id, start=event.date.start, end=event.date.end,
        event_type=event.event_type, mode=event.mode,
        actor=event.actor.code if event.actor else None,
        recipient=event.recipient.code if event.recipient else None,
        sentence=event.sentence,
        sources=tuple(SourceLink(s.doc_id, s.event_id, s.sentence, s.url, s.title)
                      for s in item.sources), item=item)


def _note(observed: int, baseline: int, expected: float) -> str | None:
    larger = observed if observed > expected else baseline
    if observed == 0 and baseline == 0:
        return "no events in the window or the baseline"
    if baseline == 0:
        return (f"{observed} event{'s' if observed != 1 else ''} against none in the baseline: "
                + ("new, too few to test" if observed < MIN_EVENTS else "new"))
    if larger < MIN_EVENTS:
        return f"too few events to flag (fewer than {MIN_EVENTS} on the larger side)"
    return None


def latest_day(events: Sequence[DistinctEvent]) -> date | None:
    """The latest start date among dated events (the default ``at``)."""
    days = [item.event.date.start for item in events if item.event.date is not None]
    return max(days) if days else None


def compute_changes(events: Sequence[DistinctEvent], country: str, *,
                    partners: Sequence[str] = DEFAULT_PARTNERS, at: date | None = None,
                    blocs: Mapping[str, Sequence[str]] = DEFAULT_BLOCS,
                    vote_sessions: Sequence[SessionAgreement] = (),
                    first_stored: date | None = None) -> Changes:
    """What changed for ``country`` up to ``at`` (default: its latest event's start date).

    ``vote_sessions`` are the country's UN General Assembly sessions in order (the two
    latest opened by ``at`` are compared); ``first_stored`` is the start of the country's
    earliest stored event, to warn when a baseline reaches back before the data.
    """
    partners = tuple(dict.fromkeys(p for p in partners if p != country))
    if not partners:
        raise InputError("no partners to compare: pass --partners with codes other than "
                         f"{country}", code="MV107")
    engagements = select_engagements(events, country, partners, blocs=blocs)
    if at is None:
        at = max((e.item.event.date.start for e in engagements  # type: ignore[union-attr]
                  if e.partner is not None), default=None) or latest_day(events)
    votes = _vote_shift(vote_sessions, at)
    notes: list[str] = []
    if at is None:
        notes.append(f"no dated events of {country}: nothing to compare")
        return Changes(country, None, partners, (), None, votes, tuple(notes))
    placed = [e for e in engagements if e.item.event.date.start <= at]  # type: ignore[union-attr]
    plan = windows_at(at)
    raw: list[tuple[str, str, Span, str, Span, list[Engagement], list[Engagement]]] = []
    for partner in partners:
        mine = [e for e in placed if e.partner == partner]
        for name, window, baselines in plan:
            inside = [e for e in mine if window.holds(e.item.event.date.start)]  # type: ignore[union-attr]
            for b_name, b_span in baselines:
                before = [e for e in mine if b_span.holds(e.item.event.date.start)]  # type: ignore[union-attr]
                raw.append((partner, name, window, b_name, b_span, inside, before))
    p_values = [poisson_rate_midp(len(inside), window.days, len(before), b_span.days)
                for _, _, window, _, b_span, inside, before in raw]
    adjusted = holm(p_values)
    comparisons = []
    for (partner, name, window, b_name, b_span, inside, before), p, p_adj in zip(
            raw, p_values, adjusted, strict=True):
        expected = len(before) * window.days / b_span.days
        note = _note(len(inside), len(before), expected)
        larger = len(inside) if len(inside) > expected else len(before)
        # Tiny counts are never flagged, however small p is (say 2 events against none).
        flagged = p_adj is not None and p_adj < ALPHA and larger >= MIN_EVENTS
        comparisons.append(Comparison(
            partner=partner, window=name, window_span=window, baseline=b_name,
            baseline_span=b_span, observed=len(inside), baseline_events=len(before),
            p_value=p, p_adjusted=p_adj, flagged=flagged, note=note,
            events=tuple(event_ref(e.item) for e in inside),
            baseline_refs=tuple(event_ref(e.item) for e in before)))
    earliest = at - timedelta(days=LOOKBACK_DAYS - 1)
    if first_stored is not None and first_stored > earliest:
        notes.append(f"the stored events of {country} begin on {first_stored}, after the "
                     f"longest baseline starts ({earliest}): rates before then read as zero")
    tilt = _tilt_shift(placed, plan[-1][1], plan[-1][2][-1][1])
    return Changes(country, at, partners, tuple(comparisons), tilt, votes, tuple(notes))


def _tilt_shift(engagements: Sequence[Engagement], recent: Span, before: Span) -> TiltShift:
    def count(span: Span, bloc: str) -> int:
        return sum(1 for e in engagements
                   if e.bloc == bloc and span.holds(e.item.event.date.start))  # type: ignore[union-attr]

    return TiltShift(count(recent, "west"), count(recent, "east"),
                     count(before, "west"), count(before, "east"))


def _vote_shift(vote_sessions: Sequence[SessionAgreement], at: date | None) -> VoteShift | None:
    usable = [s for s in vote_sessions if at is None or s.year <= at.year]
    if not usable:
        return None
    return VoteShift(latest=usable[-1], previous=usable[-2] if len(usable) > 1 else None)


def divergence_words(tilt: TiltShift | None, votes: VoteShift | None) -> str | None:
    """E.g. ``Events tilt east while UN votes moved toward the US``."""
    events_say = tilt.toward if tilt else None
    votes_say = votes.toward if votes else None
    if events_say is None and votes_say is None:
        return None
    if events_say is None:
        assert votes is not None and votes_say is not None
        return (f"Too few West-East events to read a tilt; UN votes (session "
                f"{votes.latest.session}, {votes.latest.year}) "
                + ("held steady." if votes_say == "neither" else f"moved toward {votes_say}."))
    assert tilt is not None
    events_text = ("events hold their West-East balance" if events_say == "neither"
                   else f"events tilt {events_say}")
    events_text += (f" (tilt {_signed(tilt.recent)} in the latest quarter against "
                    f"{_signed(tilt.before)} in the 52 weeks before)")
    if votes_say is None:
        return events_text[0].upper() + events_text[1:] + "; no UN vote comparison available."
    assert votes is not None
    votes_text = ("UN votes held steady" if votes_say == "neither"
                  else f"UN votes moved toward {votes_say}")
    votes_text += (f" (session {votes.latest.session}, {votes.latest.year}, against "
                   f"{votes.previous.session if votes.previous else '?'})")
    opposite = {("east", "the US"), ("west", "Russia and China")}
    agree = {("west", "the US"), ("east", "Russia and China"), ("neither", "neither")}
    pair = (events_say, votes_say)
    if pair in opposite:
        joiner, lead = " while ", "The signals diverge: "
    elif pair in agree:
        joiner, lead = " and ", "The signals agree: "
    else:
        joiner, lead = "; ", ""
    text = lead + events_text + joiner + votes_text + "."
    return text[0].upper() + text[1:]


def _signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f}"
