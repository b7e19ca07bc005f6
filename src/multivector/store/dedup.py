"""Deduplication: which mentions report the same real-world event.

Mentions are compared only within their group (event type + dyad, see
``rows.group_key``).  Inside a group a mention joins the first cluster it is compatible
with *every* member of (complete linkage, so a string of day-apart reports cannot chain
a week of meetings into one), else it starts a new cluster.  Two mentions are compatible when:

- mode: for CONSULT, the modes are equal or one is unknown (a visit is not a phone call);
- dates: both at day precision (``unknown`` counts as day: it is the publication date)
  and their ranges overlap or lie within one day of each other; otherwise, when either
  is coarser (season, month, year), one range contains the other (September 2022 holds
  14 September 2022; September and October do not mix);
- location: one is unknown, or both are in the same country, or they have the same name.

An undated mention (precision ``unknown``: its date is the publication date) joins the
latest compatible event that ended within 60 days before publication, else stands alone.

Mentions with no date or an unknown side stay alone.  Each cluster's check is O(1)
against running summaries, so a group of n mentions costs O(n x clusters).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from multivector.records import is_high_level, stable_hash

DAY_LIKE = frozenset({"day", "unknown"})
# An undated mention ("Tokayev hosted Putin at the summit") carries its publication date
# with precision "unknown"; news reports recent events, so it joins a matching event
# that ended at most this long before publication instead of counting as a new one.
UNDATED_LOOKBACK = timedelta(days=60)
_ONE_DAY = timedelta(days=1)
_YEAR = timedelta(days=366)
# Most precise first: the order mentions are clustered in and the representative's date.
PRECISION_RANK = {"day": 0, "season": 1, "month": 2, "year": 3, "unknown": 4}


@dataclass
class _Cluster:
    members: list[dict[str, Any]] = field(default_factory=list)
    mode: str | None = None
    place: str | None = None
    hull_start: date = date.max
    hull_end: date = date.min
    day_max_start: date | None = None
    day_min_end: date | None = None
    coarse_max_start: date | None = None
    coarse_min_end: date | None = None
    day_hull_start: date | None = None
    day_hull_end: date | None = None
    dated: bool = False  # holds a mention with a known date (not only "unknown" ones)

    def compatible(self, mention: dict[str, Any], consult: bool) -> bool:
        """Mode (for CONSULT) and place do not contradict the cluster's."""
        mode = mention["mode"]
        if consult and mode and self.mode and mode != self.mode:
            return False
        place = _place_key(mention)
        return not (place and self.place and place != self.place)

    def accepts(self, mention: dict[str, Any], consult: bool) -> bool:
        if not self.compatible(mention, consult):
            return False
        start, end = mention["date_start"], mention["date_end"] or mention["date_start"]
        if mention["date_precision"] in DAY_LIKE:
            if self.day_min_end is not None and (start > self.day_min_end + _ONE_DAY
                                                 or end < self.day_max_start - _ONE_DAY):
                return False
            return self.coarse_max_start is None or (
                start >= self.coarse_max_start and end <= self.coarse_min_end)
        if start <= self.hull_start and end >= self.hull_end:
            return True  # contains every member
        inside_coarse = self.coarse_max_start is None or (
            start >= self.coarse_max_start and end <= self.coarse_min_end)
        holds_days = self.day_min_end is None or (
            start <= self.day_hull_start and end >= self.day_hull_end)
        return inside_coarse and holds_days

    def add(self, mention: dict[str, Any]) -> None:
        self.members.append(mention)
        self.dated = self.dated or mention["date_precision"] != "unknown"
        self.mode = self.mode or mention["mode"]
        self.place = self.place or _place_key(mention)
        start, end = mention["date_start"], mention["date_end"] or mention["date_start"]
        self.hull_start, self.hull_end = min(self.hull_start, start), max(self.hull_end, end)
        if mention["date_precision"] in DAY_LIKE:
            self.day_max_start = max(self.day_max_start or start, start)
            self.day_min_end = min(self.day_min_end or end, end)
            self.day_hull_start = min(self.day_hull_start or start, start)
            self.day_hull_end = max(self.day_hull_end or end, end)
        else:
            self.coarse_max_start = max(self.coarse_max_start or start, start)
            self.coarse_min_end = min(self.coarse_min_end or end, end)


def _place_key(mention: dict[str, Any]) -> str | None:
    """Country code of the location, else its name; None when unknown."""
    if mention["location_code"]:
        return str(mention["location_code"])
    if mention["location_name"]:
        return "name:" + str(mention["location_name"]).casefold()
    return None


def cluster_group(mentions: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split one group's mentions into clusters (deterministic for a given set).

    Day-precision mentions go first, by start date; a cluster whose day members all
    ended more than a day before the current start can take no further day mention, so
    only the few still "open" clusters are checked.  Coarser mentions come after and
    are checked against clusters within a year of them.
    """
    def order(m: dict[str, Any]) -> tuple[Any, ...]:
        return (PRECISION_RANK.get(m["date_precision"], 4), m["date_start"],
                m["date_end"] or m["date_start"], m["event_id"])

    undated = sorted((m for m in mentions if m["date_start"] is not None
                      and m["date_precision"] == "unknown"), key=order)
    dated = sorted((m for m in mentions if m["date_start"] is not None
                    and m["date_precision"] != "unknown"), key=order)
    singles = [[m] for m in mentions if m["date_start"] is None]
    consult = bool(mentions) and mentions[0]["event_type"] == "CONSULT"
    day_clusters: list[_Cluster] = []
    day_starts: list[date] = []
    open_clusters: list[_Cluster] = []
    coarse_clusters: list[_Cluster] = []
    for mention in dated:
        start = mention["date_start"]
        if mention["date_precision"] in DAY_LIKE:
            open_clusters = [c for c in open_clusters if c.day_min_end + _ONE_DAY >= start]
            candidates: Iterable[_Cluster] = reversed(open_clusters)
        else:
            end = mention["date_end"] or start
            high = bisect.bisect_right(day_starts, end)
            low = bisect.bisect_left(day_starts, start - _YEAR)
            candidates = [*coarse_clusters, *day_clusters[low:high]]
        chosen = next((c for c in candidates if c.accepts(mention, consult)), None)
        if chosen is None:
            chosen = _Cluster()
            if mention["date_precision"] in DAY_LIKE:
                day_clusters.append(chosen)
                day_starts.append(start)
                open_clusters.append(chosen)
            else:
                coarse_clusters.append(chosen)
        chosen.add(mention)
    for mention in undated:
        chosen = _recent_match(mention, [*day_clusters, *coarse_clusters], consult)
        if chosen is None:
            chosen = _Cluster()
            day_clusters.append(chosen)
        chosen.add(mention)
    return [c.members for c in (*day_clusters, *coarse_clusters)] + singles


def _recent_match(mention: dict[str, Any], clusters: Sequence[_Cluster],
                  consult: bool) -> _Cluster | None:
    """The latest dated cluster an undated mention can be the same event as."""
    published = mention["date_start"]
    best: _Cluster | None = None
    for cluster in clusters:
        if not cluster.dated:
            if cluster.members and cluster.hull_start == published and cluster.accepts(mention, consult):
                return cluster  # the same undated event reported twice on one day
            continue
        if not published - UNDATED_LOOKBACK <= cluster.hull_end <= published:
            continue
        if not cluster.compatible(mention, consult):
            continue
        if best is None or cluster.hull_end > best.hull_end:
            best = cluster
    return best


def cluster_id_for(members: Iterable[dict[str, Any]]) -> str:
    """Named after its smallest mention id: stable while that mention stays in it."""
    return stable_hash("cluster", min(m["event_id"] for m in members))


def _role_level(role: str | None) -> int:
    return 2 if is_high_level(role) else (1 if role else 0)


def representative(members: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One row standing for the cluster.

    Base: the highest-confidence mention; then the most precise date, a non-null
    location and, per side, the highest-level role found for that side's actor code.
    """
    def confidence(m: dict[str, Any]) -> float:
        return m["confidence"] if m["confidence"] is not None else 0.5

    base = dict(max(members, key=lambda m: (confidence(m), -PRECISION_RANK.get(
        m["date_precision"] or "unknown", 4), m["location_name"] is not None, m["event_id"])))
    dated = [m for m in members if m["date_start"] is not None]
    if dated:
        best = min(dated, key=lambda m: (PRECISION_RANK.get(m["date_precision"], 4),
                                         (m["date_end"] - m["date_start"]) if m["date_end"] else timedelta(0),
                                         -confidence(m), m["event_id"]))
        for name in ("date_start", "date_end", "date_precision", "date_text"):
            base[name] = best[name]
    if base["location_name"] is None:
        located = [m for m in members if m["location_name"] is not None]
        if located:
            best = max(located, key=lambda m: (m["location_lat"] is not None, confidence(m)))
            for name in ("name", "code", "lat", "lon", "geonameid"):
                base[f"location_{name}"] = best[f"location_{name}"]
    if not base["mode"]:
        base["mode"] = next((m["mode"] for m in members if m["mode"]), None)
    for side in ("actor", "recipient"):
        code = base[f"{side}_code"]
        candidates = [(m, s) for m in members for s in ("actor", "recipient")
                      if m[f"{s}_code"] == code]
        m, s = max(candidates, key=lambda pair: (_role_level(pair[0][f"{pair[1]}_role"]),
                                                 pair[0][f"{pair[1]}_name"] is not None,
                                                 confidence(pair[0])))
        for name in ("sector", "name", "role", "text"):
            base[f"{side}_{name}"] = m[f"{s}_{name}"]
    return base
