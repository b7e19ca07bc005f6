"""Extraction results as Parquet partitions: a data-lake layout any engine can read.

One partition is a group of documents extracted together.  It is three files with the
same name, one per table, so that DuckDB, Spark or pandas read a whole folder as a table::

    DIR/documents/<partition>.parquet   doc_id, url, title, source, published, text, ...
    DIR/events/<partition>.parquet      event_id, doc_id and the flat event columns
    DIR/indicators/<partition>.parquet  the store's indicator columns

    SELECT event_type, count(*) FROM 'DIR/events/*.parquet' GROUP BY 1

Columns are those of the store's ``mentions``/``indicators`` tables (``rows.py``), so a
partition reads back into exactly the records that were written.  Each file is written
under a temporary name and renamed; the documents file is renamed last and is the mark
that the partition is complete (a crash mid-write leaves no partition that looks done).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from multivector.errors import StoreError
from multivector.records import Document, Event, Indicator, Record
from multivector.store.rows import (
    EVENT_FIELDS, INDICATOR_COLUMNS, event_from_row, event_values, fetch_dicts,
    indicator_from_row, indicator_row, insert_columns,
)
from multivector.store.schema import EVENT_COLUMNS_SQL

TABLES = ("events", "indicators", "documents")  # write order: documents last = done mark
_DDL = {
    "documents": """CREATE TABLE documents (
        doc_id VARCHAR NOT NULL, url VARCHAR, title VARCHAR, source VARCHAR, published DATE,
        text VARCHAR NOT NULL, origin VARCHAR, line INTEGER, body_start INTEGER,
        position INTEGER NOT NULL)""",
    "events": f"CREATE TABLE events (event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, "
              f"{EVENT_COLUMNS_SQL}, doc_position INTEGER NOT NULL, position INTEGER NOT NULL)",
    "indicators": """CREATE TABLE indicators (
        indicator_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
        actors VARCHAR[], value DOUBLE, unit VARCHAR, period_start DATE, period_end DATE,
        period_precision VARCHAR, period_text VARCHAR, sentence VARCHAR, span_start INTEGER,
        span_end INTEGER, doc_position INTEGER NOT NULL, position INTEGER NOT NULL)""",
}
_DOCUMENT_FIELDS = ("doc_id", "url", "title", "source", "published", "text", "origin", "line",
                    "body_start")


def partition_file(root: str | Path, table: str, name: str) -> Path:
    return Path(root) / table / f"{name}.parquet"


def is_complete(root: str | Path, name: str) -> bool:
    return partition_file(root, "documents", name).exists()


def write_partition(root: str | Path, name: str,
                    results: Sequence[tuple[Document, Sequence[Record]]]) -> dict[str, int]:
    """Write one partition's documents and records; returns the row count of each table.

    ``doc_position``/``position`` columns keep the input order of documents and of each document's records,
    so :func:`read_partition` gives back exactly what was written, in order.
    """
    rows: dict[str, list[list[Any]]] = {table: [] for table in TABLES}
    for doc_position, (doc, records) in enumerate(results):
        rows["documents"].append([getattr(doc, f) for f in _DOCUMENT_FIELDS] + [doc_position])
        for position, record in enumerate(records):
            if isinstance(record, Event):
                rows["events"].append([record.event_id, record.doc_id, *event_values(record),
                                       doc_position, position])
            elif isinstance(record, Indicator):
                rows["indicators"].append([*indicator_row(record), doc_position, position])
    columns = {
        "documents": (*_DOCUMENT_FIELDS, "position"),
        "events": ("event_id", "doc_id", *EVENT_FIELDS, "doc_position", "position"),
        "indicators": (*INDICATOR_COLUMNS, "doc_position", "position"),
    }
    conn = duckdb.connect(":memory:")
    try:
        for table in TABLES:
            target = partition_file(root, table, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            conn.execute(_DDL[table])
            insert_columns(conn, table, columns[table], rows[table])
            escaped = str(temporary).replace("'", "''")
            order = "position" if table == "documents" else "doc_position, position"
            conn.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{escaped}' "
                         "(FORMAT parquet)")
            os.replace(temporary, target)
    except (duckdb.Error, OSError) as err:
        raise StoreError(f"cannot write Parquet partition {name}: {err}", code="MV303",
                         path=str(root)) from err
    finally:
        conn.close()
    return {table: len(found) for table, found in rows.items()}


def read_partition(root: str | Path, name: str) -> list[tuple[Document, list[Record]]]:
    """The documents of a complete partition, each with its records, in written order."""
    conn = duckdb.connect(":memory:")
    try:
        found = {}
        for table in TABLES:
            escaped = str(partition_file(root, table, name)).replace("'", "''")
            order = "position" if table == "documents" else "doc_position, position"
            found[table] = fetch_dicts(
                conn, f"SELECT * FROM read_parquet('{escaped}') ORDER BY {order}")
    except duckdb.Error as err:
        raise StoreError(f"cannot read Parquet partition {name}: {err}", code="MV301",
                         path=str(root)) from err
    finally:
        conn.close()
    records: dict[int, list[tuple[int, Record]]] = {}
    for row in found["events"]:
        records.setdefault(row["doc_position"], []).append((row["position"], event_from_row(row)))
    for row in found["indicators"]:
        records.setdefault(row["doc_position"], []).append((row["position"],
                                                            indicator_from_row(row)))
    results = []
    for row in found["documents"]:
        doc = Document(**{f: row[f] for f in _DOCUMENT_FIELDS if f != "body_start"},
                       body_start=row.get("body_start") or 0)  # absent in older runs
        mine = sorted(records.get(row["position"], ()), key=lambda item: item[0])
        results.append((doc, [record for _, record in mine]))
    return results
