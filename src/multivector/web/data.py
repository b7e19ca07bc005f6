"""Read-side data for the dashboard: events pages, the country overview, the dyad view.

Everything takes a read-only cursor (``store.conn.cursor()``, DuckDB or PostgreSQL) and builds on the
store's own filters (``event_filters``) and record converters, so the web shows the same
events as ``multivector events``.  SQL is parameterised; ORDER BY comes from the
whitelist in ``params.SORTS``.  The balance itself is the analysis package's
``compute_balance``; for speed over large databases it is fed lean events (only the
columns the balance reads, no source sentences), which gives the same figures.
"""

from __future__ import annotations

from typing import NamedTuple

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from multivector.analysis.balance import Balance, compute_balance
from multivector.analysis.blocs import DEFAULT_BLOCS
from multivector.analysis.periods import PERIOD_UNITS, period_start, periods_between
from multivector.records import FRICTION_TYPES, DistinctEvent, involves_high_level
from multivector.store import queries
from multivector.store.backend import dialect
from multivector.store.rows import event_from_row, fetch_dicts
from multivector.web.params import SORTS, EventFilters

TIMELINE_LIMIT = 200
LIST_LIMIT = 100


@dataclass(frozen=True)
class Listed:
    """An event for a table row: the record without its sources, plus their count."""

    item: DistinctEvent
    n_sources: int
    datasets: tuple[str, ...]


def _listed(rows: list[dict[str, Any]]) -> list[Listed]:
    # Tables show how many sources an event has, not the sentences: reading them from
    # the mentions table for every row would cost a scan per page.
    return [Listed(DistinctEvent(row["cluster_id"], event_from_row(row), ()),
                   int(row["n_sources"] or 0), tuple(row["datasets"] or ())) for row in rows]


def _ordered_rows(cursor: Any, where: str, params: list[Any], sort: str, limit: int,
                  offset: int = 0) -> list[dict[str, Any]]:
    """One page of events rows in ``SORTS[sort]`` order.

    On DuckDB, sorting only the row ids and then fetching the page's rows by id is
    several times faster on a million rows than sorting whole rows (DuckDB carries every
    column through the sort).  The database is open read-only, so row ids are stable.
    PostgreSQL has no row ids and needs no such help.
    """
    if dialect(cursor) == "postgres":
        return fetch_dicts(cursor, f"SELECT e.* FROM events e{where} ORDER BY {SORTS[sort]} "
                                   "LIMIT ? OFFSET ?", [*params, limit, offset])
    ids = [row[0] for row in cursor.execute(
        f"SELECT e.rowid FROM events e{where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()]
    if not ids:
        return []
    rows = fetch_dicts(cursor, "SELECT rowid AS row_id, * FROM events "
                               "WHERE rowid IN (SELECT unnest(?::BIGINT[]))", [ids])
    position = {row_id: i for i, row_id in enumerate(ids)}
    return sorted(rows, key=lambda row: position[row["row_id"]])


def event_page(cursor: Any, filters: EventFilters, *, sort: str, limit: int,
               offset: int) -> list[DistinctEvent]:
    where, params = queries.event_filters(**filters.as_kwargs())
    return queries.with_sources(cursor, _ordered_rows(cursor, where, params, sort, limit, offset))


def count(cursor: Any, filters: EventFilters) -> int:
    return queries.count_events(cursor, **filters.as_kwargs())


def one_event(cursor: Any, cluster_id: str) -> DistinctEvent | None:
    rows = fetch_dicts(cursor, "SELECT * FROM events WHERE cluster_id = ? LIMIT 1", [cluster_id])
    found = queries.with_sources(cursor, rows)
    return found[0] if found else None


def events_by_ids(cursor: Any, cluster_ids: Sequence[str]) -> list[Listed]:
    """Events for table rows for ``cluster_ids``, in that order."""
    if not cluster_ids:
        return []
    rows = fetch_dicts(cursor, "SELECT * FROM events WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))",
                       [list(cluster_ids)])
    found = {listed.item.cluster_id: listed for listed in _listed(rows)}
    return [found[c] for c in cluster_ids if c in found]


def mention(cursor: Any, event_id: str) -> dict[str, Any] | None:
    """The mention ``event_id``: its document, sentence and span (for highlighting)."""
    rows = fetch_dicts(cursor, "SELECT event_id, doc_id, cluster_id, sentence, span_start, "
                               "span_end FROM mentions WHERE event_id = ? LIMIT 1", [event_id])
    return rows[0] if rows else None


def countries(cursor: Any, limit: int = 60) -> list[tuple[str, int]]:
    """Codes by how many distinct events they take part in (either side)."""
    return [(row[0], int(row[1])) for row in cursor.execute("""
        SELECT code, count(*) AS n FROM (
            SELECT actor_code AS code FROM events WHERE actor_code IS NOT NULL
            UNION ALL
            SELECT recipient_code FROM events WHERE recipient_code IS NOT NULL
              AND recipient_code IS DISTINCT FROM actor_code) AS sides
        GROUP BY code ORDER BY n DESC, code LIMIT ?""", [limit]).fetchall()]


def known_codes(cursor: Any) -> frozenset[str]:
    rows = cursor.execute("SELECT actor_code FROM events UNION SELECT recipient_code FROM events"
                          ).fetchall()
    return frozenset(row[0] for row in rows if row[0])


def datasets(cursor: Any) -> list[str]:
    rows = cursor.execute("SELECT DISTINCT unnest(datasets) AS d FROM events ORDER BY d").fetchall()
    return [row[0] for row in rows if row[0]]


def date_span(cursor: Any, country: str) -> tuple[date | None, date | None]:
    row = cursor.execute("SELECT min(date_start), max(coalesce(date_end, date_start)) FROM events "
                         "WHERE ? IN (actor_code, recipient_code)", [country]).fetchone()
    return (row[0], row[1]) if row else (None, None)


# --- country overview ----------------------------------------------------------------


def lean_engagement_events(cursor: Any, country: str, counterparts: Sequence[str],
                           date_from: date | None, date_to: date | None) -> list[_LeanItem]:
    """COUNTRY's dated events with any of ``counterparts``, with only the balance's columns."""
    where, params = queries.event_filters(date_from=date_from, date_to=date_to)
    clause = ("e.date_start IS NOT NULL AND ((e.actor_code = ? AND list_contains(?, e.recipient_code))"
              " OR (e.recipient_code = ? AND list_contains(?, e.actor_code)))")
    where = (where + " AND " if where else " WHERE ") + clause
    rows = cursor.execute(
        "SELECT cluster_id, event_id, doc_id, event_type, mode, score, actor_code, actor_role, "
        "actor_name, recipient_code, recipient_role, recipient_name, date_start, "
        "coalesce(date_end, date_start), coalesce(date_precision, 'day') FROM events e" + where,
        [*params, country, list(counterparts), country, list(counterparts)]).fetchall()
    # Plain tuples with the attributes the balance reads: building 50,000 validated
    # records costs more than the query and the balance together (bench/web.py).
    return [_LeanItem(cid, _LeanEvent(eid, doc, kind, mode, score, _LeanActor(ac, ar, an),
                                      _LeanActor(rc, rr, rn), _LeanDate(start, end, precision)))
            for (cid, eid, doc, kind, mode, score, ac, ar, an, rc, rr, rn, start, end,
                 precision) in rows]


class _LeanActor(NamedTuple):
    code: str | None
    role: str | None
    name: str | None
    sector: str | None = None
    text: str | None = None


class _LeanDate(NamedTuple):
    start: date
    end: date
    precision: str
    text: str | None = None


class _LeanEvent(NamedTuple):
    event_id: str
    doc_id: str
    event_type: str
    mode: str | None
    score: float | None
    actor: _LeanActor
    recipient: _LeanActor
    date: _LeanDate
    cameo: str | None = None
    location: None = None
    sentence: None = None
    span: None = None
    confidence: None = None


class _LeanItem(NamedTuple):
    """Duck-typed like ``records.DistinctEvent`` for the overview's balance and charts."""

    cluster_id: str
    event: _LeanEvent
    sources: tuple = ()


def auto_unit(first: date | None, last: date | None) -> str:
    """Months for up to three years, quarters up to ten, else years."""
    if first is None or last is None:
        return "month"
    days = (last - first).days
    return "month" if days <= 3 * 366 else "quarter" if days <= 10 * 366 else "year"


@dataclass(frozen=True)
class ShareSeries:
    """Each listed partner's share of COUNTRY's engagements per period (None: no data)."""

    unit: str
    periods: tuple[date, ...]
    shares: dict[str, tuple[float | None, ...]]
    totals: tuple[int, ...]


def share_series(balance: Balance, unit: str) -> ShareSeries:
    partners = [p.code for p in balance.partners]
    counts: dict[date, Counter[str]] = defaultdict(Counter)
    for engagement in balance.engagements:
        if engagement.partner is not None:
            counts[period_start(engagement.day, unit)][engagement.partner] += 1
    if balance.date_from is None or balance.date_to is None:
        return ShareSeries(unit, (), {p: () for p in partners}, ())
    starts = [start for start, _end in periods_between(balance.date_from, balance.date_to, unit)]
    totals = tuple(sum(counts[s].values()) for s in starts)
    shares = {p: tuple((counts[s][p] / t) if t else None for s, t in zip(starts, totals))
              for p in partners}
    return ShareSeries(unit, tuple(starts), shares, totals)


def high_level(balance: Balance, limit: int = TIMELINE_LIMIT) -> list[DistinctEvent]:
    """Engagements with a listed partner where either side is a high-level official."""
    found = [e.item for e in balance.engagements if e.partner is not None and involves_high_level(e.item.event)]
    found.sort(key=lambda i: (i.event.date.start if i.event.date else date.min, i.cluster_id))
    return found[-limit:]


def overview_balance(cursor: Any, country: str, partners: Sequence[str], date_from: date | None,
                     date_to: date | None, by: str | None = None) -> Balance:
    """COUNTRY's balance from lean rows (the default blocs' members are fetched too)."""
    counterparts = sorted(set(partners) | {c for codes in DEFAULT_BLOCS.values() for c in codes})
    events = lean_engagement_events(cursor, country, counterparts, date_from, date_to)
    return compute_balance(events, country, partners=partners, date_from=date_from,
                           date_to=date_to, by=by, blocs=DEFAULT_BLOCS)


MAP_POINTS = 300


def map_points(cursor: Any, country: str, date_from: date | None,
               date_to: date | None) -> tuple[list[dict[str, Any]], int]:
    """Places of COUNTRY's events (name, code, lat, lon, n), busiest first, and how many
    events had none.

    Coordinates are rounded to 0.01 degree (about 1 km), so one city is one point
    whatever gazetteer entry each source used; a point is named after its most frequent
    place name.  The database only counts events per exact place (a few thousand rows
    even for millions of events); rounding, naming and ordering happen here, so they are
    the same on DuckDB and PostgreSQL and do not depend on row order.
    """
    where, params = queries.event_filters(country=country, date_from=date_from, date_to=date_to)
    rows = cursor.execute(f"""
        SELECT e.location_name, e.location_code, e.location_lat, e.location_lon, count(*)
        FROM events e{where} AND e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL
        GROUP BY e.location_name, e.location_code, e.location_lat, e.location_lon""",
                          params).fetchall()
    names: dict[tuple[float, float], Counter[tuple[str, str]]] = defaultdict(Counter)
    for name, code, lat, lon, n in rows:
        names[(round(float(lat), 2), round(float(lon), 2))][(name or "", code or "")] += int(n)
    points = []
    for (lat, lon), counted in names.items():
        (name, code), _ = min(counted.items(), key=lambda item: (-item[1], item[0]))
        points.append({"name": name or None, "code": code or None, "lat": lat, "lon": lon,
                       "n": sum(counted.values())})
    points.sort(key=lambda p: (-p["n"], p["name"] or "", p["lat"], p["lon"]))
    unplaced = cursor.execute(f"SELECT count(*) FROM events e{where} AND e.location_lat IS NULL",
                              params).fetchone()[0]
    return points[:MAP_POINTS], int(unplaced)


def frictions(cursor: Any, country: str, date_from: date | None, date_to: date | None,
              limit: int = LIST_LIMIT) -> tuple[list[Listed], int]:
    """COUNTRY's latest conflictual events (newest first) and how many there are."""
    where, params = queries.event_filters(country=country, date_from=date_from, date_to=date_to)
    where += f" AND e.event_type IN ({', '.join('?' * len(FRICTION_TYPES))})"
    params.extend(FRICTION_TYPES)
    total = cursor.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
    return _listed(_ordered_rows(cursor, where, params, "-date", limit)), int(total)


def indicators(cursor: Any, country: str, date_from: date | None, date_to: date | None,
               limit: int = LIST_LIMIT) -> list[Any]:
    return queries.indicators(cursor, country=country, date_from=date_from,
                              date_to=date_to)[:limit]


# --- dyad view -------------------------------------------------------------------------


@dataclass(frozen=True)
class DyadSeries:
    unit: str
    periods: tuple[date, ...]
    types: tuple[str, ...]
    counts: dict[date, dict[str, int]]
    total: int


def dyad_series(cursor: Any, a: str, b: str, unit: str, date_from: date | None,
                date_to: date | None) -> DyadSeries:
    where, params = queries.event_filters(country=a, partner=b, date_from=date_from,
                                          date_to=date_to)
    if unit not in PERIOD_UNITS:  # it is written into the SQL below
        raise ValueError(f"unknown period unit {unit!r}")
    rows = cursor.execute(f"SELECT CAST(date_trunc('{unit}', e.date_start) AS DATE) AS p, e.event_type, "
                          f"count(*) FROM events e{where} AND e.date_start IS NOT NULL "
                          "GROUP BY p, e.event_type ORDER BY p", params).fetchall()
    counts: dict[date, dict[str, int]] = defaultdict(dict)
    for start, kind, n in rows:
        counts[start][kind] = int(n)
    types = tuple(sorted({kind for _s, kind, _n in rows}))
    # Every period from the first to the last with events, empty ones included.
    periods = [start for start, _end in periods_between(min(counts), max(counts), unit)] if counts else []
    return DyadSeries(unit, tuple(periods), types, dict(counts), sum(int(r[2]) for r in rows))

