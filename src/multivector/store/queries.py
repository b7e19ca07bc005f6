"""Read-side SQL: distinct events with their sources, indicators, documents, exports."""

from __future__ import annotations

from datetime import date
from typing import Any

from multivector.errors import InputError
from multivector.records import Document, DistinctEvent, Event, Indicator, SourceRef
from multivector.store.rows import event_from_row, fetch_dicts, indicator_from_row

# Flat columns for CSV and Parquet exports, in order.
FLAT_COLUMNS: tuple[str, ...] = (
    "cluster_id", "event_type", "mode", "cameo", "score",
    "actor_code", "actor_sector", "actor_name", "actor_role",
    "recipient_code", "recipient_sector", "recipient_name", "recipient_role",
    "date_start", "date_end", "date_precision", "date_text",
    "location_name", "location_code", "location_lat", "location_lon", "location_geonameid",
    "sentence", "doc_id", "event_id", "confidence", "n_sources", "n_mentions", "datasets",
)
_ORDERS = {
    "date": "e.date_start NULLS LAST, e.cluster_id",
    "-date": "e.date_start DESC NULLS LAST, e.cluster_id",
    "sources": "e.n_sources DESC, e.date_start NULLS LAST, e.cluster_id",
}


def event_filters(*, country: str | None = None, partner: str | None = None,
                  event_type: str | None = None, mode: str | None = None,
                  date_from: date | None = None, date_to: date | None = None,
                  dataset: str | None = None) -> tuple[str, list[Any]]:
    """A WHERE clause over ``events e`` and its parameters.

    ``country`` matches either side of the dyad and ``partner`` the other side;
    ``date_from`` keeps events ending on or after it, ``date_to`` those starting on or before.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if country and partner:
        clauses.append("((e.actor_code = ? AND e.recipient_code = ?) OR "
                       "(e.actor_code = ? AND e.recipient_code = ?))")
        params += [country, partner, partner, country]
    elif country or partner:
        clauses.append("? IN (e.actor_code, e.recipient_code)")
        params.append(country or partner)
    if event_type:
        clauses.append("e.event_type = ?")
        params.append(event_type.upper())
    if mode:
        clauses.append("e.mode = ?")
        params.append(mode)
    if date_from:
        clauses.append("coalesce(e.date_end, e.date_start) >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("e.date_start <= ?")
        params.append(date_to)
    if dataset:
        clauses.append("list_contains(e.datasets, ?)")
        params.append(dataset)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _page(limit: int | None, offset: int) -> str:
    if limit is not None and limit < 0 or offset < 0:
        raise InputError("--limit and offset must not be negative", code="MV101")
    return (f" LIMIT {int(limit)}" if limit is not None else "") + (
        f" OFFSET {int(offset)}" if offset else "")


def distinct_events(conn: Any, *, limit: int | None = None, offset: int = 0,
                    order: str = "date", **filters: Any) -> list[DistinctEvent]:
    if order not in _ORDERS:
        raise InputError(f"unknown order {order!r}: use one of {', '.join(_ORDERS)}",
                         code="MV101")
    where, params = event_filters(**filters)
    rows = fetch_dicts(conn, f"SELECT e.* FROM events e{where} ORDER BY {_ORDERS[order]}"
                             + _page(limit, offset), params)
    return with_sources(conn, rows)


def with_sources(conn: Any, rows: list[dict[str, Any]]) -> list[DistinctEvent]:
    """Rows of ``events`` as distinct events, each with its sources."""
    if not rows:
        return []
    sources = _sources(conn, [row["cluster_id"] for row in rows])
    return [DistinctEvent(row["cluster_id"], event_from_row(row),
                          tuple(sources.get(row["cluster_id"], ()))) for row in rows]


def _sources(conn: Any, cluster_ids: list[str]) -> dict[str, list[SourceRef]]:
    """One SourceRef per (event, document): the document's most confident mention."""
    rows = fetch_dicts(conn, """
        SELECT m.cluster_id, m.doc_id, m.event_id, m.sentence, m.span_start, m.span_end,
               m.source_dataset, m.source_id, d.title, d.url, d.published
        FROM (SELECT *, row_number() OVER (PARTITION BY cluster_id, doc_id
                                           ORDER BY confidence DESC NULLS LAST, event_id) AS mention_rank
              FROM mentions WHERE cluster_id IN (SELECT unnest($1::VARCHAR[]))) m
        LEFT JOIN documents d ON d.doc_id = m.doc_id
        WHERE m.mention_rank = 1
        ORDER BY m.cluster_id, d.published NULLS LAST, m.doc_id""", [cluster_ids])
    found: dict[str, list[SourceRef]] = {}
    for row in rows:
        span = (row["span_start"], row["span_end"]) if row["span_start"] is not None else None
        found.setdefault(row["cluster_id"], []).append(SourceRef(
            doc_id=row["doc_id"], event_id=row["event_id"], sentence=row["sentence"], span=span,
            title=row["title"], url=row["url"], published=row["published"],
            dataset=row["source_dataset"] or "news", source_id=row["source_id"]))
    return found


def count_events(conn: Any, **filters: Any) -> int:
    where, params = event_filters(**filters)
    return int(conn.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0])


def flat_rows(conn: Any, *, limit: int | None = None, offset: int = 0,
              **filters: Any) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    where, params = event_filters(**filters)
    sql = flat_sql(where, limit, offset)
    return FLAT_COLUMNS, conn.execute(sql, params).fetchall()


def flat_sql(where: str, limit: int | None, offset: int) -> str:
    """SELECT of the flat export columns for a WHERE clause from ``event_filters``."""
    columns = ", ".join(f"array_to_string(e.{c}, ';') AS {c}" if c == "datasets" else f"e.{c}"
                        for c in FLAT_COLUMNS)
    return f"SELECT {columns} FROM events e{where} ORDER BY {_ORDERS['date']}" + _page(limit, offset)


def export_parquet(conn: Any, out: str, *, limit: int | None = None, offset: int = 0,
                   **filters: Any) -> int:
    """Write the flat columns to a Parquet file with DuckDB's COPY; returns the row count.

    From PostgreSQL, the matching events are copied into an in-memory DuckDB first.
    """
    from multivector.store.backend import dialect

    if dialect(conn) == "postgres":
        return _export_via_duckdb(conn, out, limit=limit, offset=offset, **filters)
    where, params = event_filters(**filters)
    sql = flat_sql(where, limit, offset)
    escaped = out.replace("'", "''")
    conn.execute(f"COPY ({sql}) TO '{escaped}' (FORMAT parquet)", params)
    return int(conn.execute(f"SELECT count(*) FROM read_parquet('{escaped}')").fetchone()[0])


def _export_via_duckdb(conn: Any, out: str, *, limit: int | None, offset: int,
                       **filters: Any) -> int:
    import duckdb

    from multivector.store.rows import insert_columns
    from multivector.store.schema import migrate

    where, params = event_filters(**filters)
    cursor = conn.execute(f"SELECT e.* FROM events e{where} ORDER BY {_ORDERS['date']}"
                          + _page(limit, offset), params)
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    local = duckdb.connect(":memory:")
    try:
        migrate(local, ":memory:")
        insert_columns(local, "events", names, rows)
        return export_parquet(local, out)
    finally:
        local.close()


def indicators(conn: Any, *, country: str | None = None, date_from: date | None = None,
               date_to: date | None = None) -> list[tuple[Indicator, SourceRef]]:
    clauses, params = [], []
    if country:
        clauses.append("list_contains(i.actors, ?)")
        params.append(country)
    if date_from:
        clauses.append("coalesce(i.period_end, i.period_start) >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("i.period_start <= ?")
        params.append(date_to)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = fetch_dicts(conn, "SELECT i.*, d.title, d.url, d.published, d.dataset FROM indicators i "
                             f"LEFT JOIN documents d ON d.doc_id = i.doc_id{where} "
                             "ORDER BY i.period_start NULLS LAST, i.indicator_id", params)
    found = []
    for row in rows:
        indicator = indicator_from_row(row)
        found.append((indicator, SourceRef(
            doc_id=row["doc_id"], event_id=row["indicator_id"], sentence=row["sentence"],
            span=indicator.span, title=row["title"], url=row["url"],
            published=row["published"], dataset=row["dataset"] or "news")))
    return found


def _document(row: dict[str, Any]) -> Document:
    return Document(doc_id=row["doc_id"], text=row["text"], published=row["published"],
                    title=row["title"], url=row["url"], source=row["source"],
                    origin=row["origin"])


def document(conn: Any, doc_id: str) -> Document | None:
    rows = fetch_dicts(conn, "SELECT * FROM documents WHERE doc_id = ?", [doc_id])
    return _document(rows[0]) if rows else None


def documents(conn: Any, *, dataset: str | None = None, limit: int | None = None,
              offset: int = 0) -> list[Document]:
    where, params = "", []
    if dataset:
        where = " WHERE coalesce(dataset, 'news') = ?"
        params.append(dataset)
    rows = fetch_dicts(conn, f"SELECT * FROM documents{where} ORDER BY published NULLS LAST, "
                             "doc_id" + _page(limit, offset), params)
    return [_document(row) for row in rows]


def mentions(conn: Any, cluster_id: str | None) -> list[Event]:
    where, params = ("", []) if cluster_id is None else (" WHERE cluster_id = ?", [cluster_id])
    rows = fetch_dicts(conn, f"SELECT * FROM mentions{where} ORDER BY doc_id, span_start, event_id",
                       params)
    return [event_from_row(row) for row in rows]
