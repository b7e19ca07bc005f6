"""Bootstrap intervals for the change in shares and tilt between two periods.

Each period's engagement events are resampled with replacement (same number of
events, independently per period), the shares and the tilt recomputed, and the
difference last - first collected.  The 2.5th and 97.5th percentiles of those
differences form the 95% interval (percentile bootstrap).  The random generator is
seeded, so the same data give the same interval on every run and machine.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Fewer events than this in either period and the resampling distribution says nothing
# useful (one event resamples to itself): the interval is then null.
MIN_EVENTS_PER_PERIOD = 5

# One engagement reduced to what the statistics need: the listed partner it counts
# for (None if none) and the bloc it counts for (None if none).
Label = tuple[str | None, str | None]


def shares_of(labels: Sequence[Label], partners: Sequence[str]) -> dict[str, float] | None:
    counts = {p: 0 for p in partners}
    for partner, _ in labels:
        if partner in counts:
            counts[partner] += 1
    total = sum(counts.values())
    if total == 0:
        return None
    return {p: n / total for p, n in counts.items()}


def tilt_of(labels: Sequence[Label]) -> float | None:
    west = sum(1 for _, bloc in labels if bloc == "west")
    east = sum(1 for _, bloc in labels if bloc == "east")
    if west + east == 0:
        return None
    return (west - east) / (west + east)


@dataclass(frozen=True)
class ChangeEstimate:
    first: float | None
    last: float | None
    delta: float | None
    low: float | None
    high: float | None

    @property
    def shift(self) -> bool | None:
        """True when the 95% interval excludes zero: a shift rather than noise."""
        if self.low is None or self.high is None:
            return None
        return self.low > 0 or self.high < 0

    def to_dict(self) -> dict[str, Any]:
        return {"first": _r(self.first), "last": _r(self.last), "delta": _r(self.delta),
                "ci95": [_r(self.low), _r(self.high)] if self.low is not None else None,
                "shift": self.shift}


@dataclass(frozen=True)
class Change:
    first_period: str  # ISO start date of the first non-empty period
    last_period: str
    resamples: int
    seed: int
    share: dict[str, ChangeEstimate]
    tilt: ChangeEstimate

    def to_dict(self) -> dict[str, Any]:
        return {"first_period": self.first_period, "last_period": self.last_period,
                "method": "percentile bootstrap, events resampled within each period",
                "resamples": self.resamples, "seed": self.seed,
                "min_events_per_period": MIN_EVENTS_PER_PERIOD,
                "share": {code: est.to_dict() for code, est in self.share.items()},
                "tilt": self.tilt.to_dict()}


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _percentiles(values: list[float], level: float) -> tuple[float, float]:
    ordered = sorted(values)
    tail = (1.0 - level) / 2.0

    def at(q: float) -> float:  # linear interpolation between order statistics
        pos = q * (len(ordered) - 1)
        lower = int(pos)
        upper = min(lower + 1, len(ordered) - 1)
        return ordered[lower] + (ordered[upper] - ordered[lower]) * (pos - lower)

    return at(tail), at(1.0 - tail)


def _estimate(first: float | None, last: float | None, deltas: list[float],
              resamples: int, level: float, enough: bool) -> ChangeEstimate:
    delta = None if first is None or last is None else last - first
    # An interval from a handful of valid replicates would be misleading: require half.
    if delta is None or not enough or len(deltas) < max(1, resamples // 2):
        return ChangeEstimate(first, last, delta, None, None)
    low, high = _percentiles(deltas, level)
    return ChangeEstimate(first, last, delta, low, high)


def bootstrap_change(first: Sequence[Label], last: Sequence[Label], partners: Sequence[str], *,
                     first_period: str, last_period: str, resamples: int = 1000,
                     seed: int = 0, level: float = 0.95) -> Change:
    """Change in each partner's share and in the tilt, with bootstrap intervals."""
    rng = random.Random(seed)
    share_deltas: dict[str, list[float]] = {p: [] for p in partners}
    tilt_deltas: list[float] = []
    first_list, last_list = list(first), list(last)
    enough = min(len(first_list), len(last_list)) >= MIN_EVENTS_PER_PERIOD
    for _ in range(resamples if enough else 0):
        sample_first = rng.choices(first_list, k=len(first_list)) if first_list else []
        sample_last = rng.choices(last_list, k=len(last_list)) if last_list else []
        s_first, s_last = shares_of(sample_first, partners), shares_of(sample_last, partners)
        if s_first is not None and s_last is not None:
            for p in partners:
                share_deltas[p].append(s_last[p] - s_first[p])
        t_first, t_last = tilt_of(sample_first), tilt_of(sample_last)
        if t_first is not None and t_last is not None:
            tilt_deltas.append(t_last - t_first)
    observed_first, observed_last = shares_of(first_list, partners), shares_of(last_list, partners)
    share = {
        p: _estimate(observed_first[p] if observed_first else None,
                     observed_last[p] if observed_last else None,
                     share_deltas[p], resamples, level, enough)
        for p in partners
    }
    tilt = _estimate(tilt_of(first_list), tilt_of(last_list), tilt_deltas, resamples, level,
                     enough)
    return Change(first_period=first_period, last_period=last_period, resamples=resamples,
                  seed=seed, share=share, tilt=tilt)
