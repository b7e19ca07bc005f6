"""Conversions between typed records and table rows, and fast column-wise inserts.

DuckDB's ``executemany`` inserts a few thousand rows a second; passing each column as
one list and ``unnest``-ing them in SQL inserts hundreds of thousands, so every bulk
write goes through :func:`insert_columns`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from multivector.records import UNORDERED_TYPES, Actor, DateRange, Event, Indicator, Place

# Types whose dyad has no direction for deduplication (CONTRACT: "CONSULT, AGREE,
# SUPPORT, COOPERATE dyads are unordered"): "A met B" and "B met A" are one meeting.

EVENT_FIELDS: tuple[str, ...] = (
    "event_type", "mode", "cameo", "score",
    "actor_code", "actor_sector", "actor_name", "actor_role", "actor_text",
    "recipient_code", "recipient_sector", "recipient_name", "recipient_role", "recipient_text",
    "date_start", "date_end", "date_precision", "date_text",
    "location_name", "location_code", "location_lat", "location_lon", "location_geonameid",
    "sentence", "span_start", "span_end", "confidence", "source_dataset", "source_id",
)
MENTION_COLUMNS: tuple[str, ...] = ("event_id", "doc_id", *EVENT_FIELDS, "group_key", "cluster_id")
INDICATOR_COLUMNS: tuple[str, ...] = (
    "indicator_id", "doc_id", "indicator", "actors", "value", "unit", "period_start",
    "period_end", "period_precision", "period_text", "sentence", "span_start", "span_end",
)
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "url", "title", "source", "published", "text", "text_hash", "origin", "dataset",
)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def group_key(event: Event) -> str:
    """The (type, dyad) bucket a mention is deduplicated within.

    A mention with an unknown side gets a bucket of its own: it cannot be matched safely.
    """
    actor = event.actor.code if event.actor else None
    recipient = event.recipient.code if event.recipient else None
    if not actor or not recipient:
        return f"solo:{event.event_id}"
    if event.event_type in UNORDERED_TYPES:
        first, second = sorted((actor, recipient))
        return f"{event.event_type}:{first}~{second}"
    return f"{event.event_type}:{actor}>{recipient}"


def _actor_values(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * 5
    return [actor.code, actor.sector, actor.name, actor.role, actor.text]


def event_values(event: Event) -> list[Any]:
    """The EVENT_FIELDS of one event, in order."""
    when, where = event.date, event.location
    return [
        event.event_type, event.mode, event.cameo, event.score,
        *_actor_values(event.actor), *_actor_values(event.recipient),
        when.start if when else None, when.end if when else None,
        when.precision if when else None, when.text if when else None,
        where.name if where else None, where.code if where else None,
        where.lat if where else None, where.lon if where else None,
        where.geonameid if where else None,
        event.sentence, event.span[0] if event.span else None,
        event.span[1] if event.span else None, event.confidence,
        event.source_dataset, event.source_id,
    ]


def mention_row(event: Event) -> list[Any]:
    return [event.event_id, event.doc_id, *event_values(event), group_key(event), None]


def indicator_row(indicator: Indicator) -> list[Any]:
    period = indicator.period
    return [
        indicator.indicator_id, indicator.doc_id, indicator.indicator, list(indicator.actors),
        indicator.value, indicator.unit, period.start if period else None,
        period.end if period else None, period.precision if period else None,
        period.text if period else None, indicator.sentence,
        indicator.span[0] if indicator.span else None, indicator.span[1] if indicator.span else None,
    ]


def _actor_from(row: dict[str, Any], prefix: str) -> Actor | None:
    values = [row[f"{prefix}_{name}"] for name in ("code", "sector", "name", "role", "text")]
    if all(value is None for value in values):
        return None
    return Actor(*values)


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an Event from a mentions/events row (a dict keyed by column name)."""
    when = None
    if row["date_start"] is not None:
        when = DateRange(row["date_start"], row["date_end"] or row["date_start"],
                         row["date_precision"] or "day", row["date_text"])
    where = None
    if row["location_name"]:
        where = Place(row["location_name"], row["location_code"], row["location_lat"],
                      row["location_lon"], row["location_geonameid"])
    span = None
    if row["span_start"] is not None:
        span = (row["span_start"], row["span_end"])
    return Event(
        doc_id=row["doc_id"], event_type=row["event_type"], actor=_actor_from(row, "actor"),
        recipient=_actor_from(row, "recipient"), date=when, sentence=row["sentence"],
        span=span, mode=row["mode"], cameo=row["cameo"], score=row["score"], location=where,
        confidence=row["confidence"], source_dataset=row["source_dataset"],
        source_id=row["source_id"], event_id=row["event_id"],
    )


def indicator_from_row(row: dict[str, Any]) -> Indicator:
    period = None
    if row["period_start"] is not None:
        period = DateRange(row["period_start"], row["period_end"] or row["period_start"],
                           row["period_precision"] or "day", row["period_text"])
    span = (row["span_start"], row["span_end"]) if row["span_start"] is not None else None
    return Indicator(
        doc_id=row["doc_id"], indicator=row["indicator"], actors=tuple(row["actors"] or ()),
        value=row["value"], unit=row["unit"] or "", period=period, sentence=row["sentence"],
        span=span, indicator_id=row["indicator_id"],
    )


def insert_columns(conn: Any, table: str, columns: Sequence[str],
                   rows: Sequence[Sequence[Any]], extra: dict[str, str] | None = None) -> None:
    """Insert ``rows`` into ``table`` column-wise in one statement.

    ``extra`` maps further columns to SQL expressions (``{"ingested_at": "now()"}``).
    """
    if not rows:
        return
    extra = extra or {}
    names = [*columns, *extra]
    if hasattr(conn, "insert_rows"):  # PostgreSQL: COPY (see store/backend.py)
        from multivector.store.backend import insert_extra_values

        values = insert_extra_values(extra)
        conn.insert_rows(table, names, [[*row, *values] for row in rows])
        return
    selects = [f"unnest(${i + 1})" for i in range(len(columns))] + list(extra.values())
    values = [list(column) for column in zip(*rows, strict=True)]
    conn.execute(f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(selects)}", values)


def fetch_dicts(conn: Any, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
