"""``Store``: one DuckDB file holding documents, mentions, distinct events and indicators.

Every write is one transaction per batch (documents + their mentions + indicators +
re-clustered events + the run counters), so an interrupted run (an exception, Ctrl-C,
``kill -9``) leaves only whole batches behind and a rerun finishes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from multivector.errors import MultivectorError, StoreError
from multivector.records import Document, DistinctEvent, Event, Indicator, Record, SourceRef
from multivector.store import queries
from multivector.store.backend import (
    begin_write, connect, database_errors, dialect, is_postgres_url, redact,
)
from multivector.store.clusters import recluster
from multivector.store.progress import Progress
from multivector.store.rows import (
    DOCUMENT_COLUMNS, INDICATOR_COLUMNS, MENTION_COLUMNS, group_key, indicator_row,
    insert_columns, mention_row, text_hash,
)
from multivector.store.schema import migrate


@dataclass(frozen=True)
class StoredDocument:
    """A document and its records, ready to be written (``dataset`` None for news)."""

    document: Document
    records: Sequence[Record]
    dataset: str | None = None


class Store:
    """A multivector database.  Use as a context manager; ``":memory:"`` works for tests.

    ``path``: a DuckDB file (the embedded default), ``":memory:"``, or a PostgreSQL URL
    ``postgresql://user:password@host:5432/dbname`` (same schema, same results;
    docs/postgres.md).
    """

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        remote = is_postgres_url(self.path)
        if read_only and not remote and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError("no database here: run `multivector ingest` or "
                             "`multivector import` first, or pass --db", code="MV301",
                             path=self.path)
        self.conn = connect(self.path, read_only=read_only)
        self.dialect = dialect(self.conn)
        self._errors = database_errors(self.conn)
        try:
            migrate(self.conn, self.path, read_only=read_only)
        except BaseException:
            self.conn.close()
            raise

    # -- lifecycle -----------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """All or nothing: any exception (KeyboardInterrupt too) rolls the batch back."""
        begin_write(self.conn)
        try:
            yield self.conn
        except self._errors as err:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"write failed and was rolled back: {err}", code="MV303",
                             path=redact(self.path)) from err
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- writing -------------------------------------------------------------------
    def stored_hash(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT text_hash FROM documents WHERE doc_id = ?",
                                [doc_id]).fetchone()
        return row[0] if row else None

    def write_documents(self, items: Sequence[StoredDocument]) -> tuple[int, int]:
        """Replace each document with its new records (call inside ``transaction``).

        Returns (events, indicators) written.  Groups of the removed and the new mentions
        are re-clustered before the caller commits.
        """
        if not items:
            return (0, 0)
        latest = {item.document.doc_id: item for item in items}  # last copy wins
        doc_ids = list(latest)
        conn = self.conn
        conn.execute("CREATE OR REPLACE TEMP TABLE _docs AS SELECT unnest($1::VARCHAR[]) AS doc_id",
                     [doc_ids])
        groups = {row[0] for row in conn.execute(
            "SELECT DISTINCT group_key FROM mentions WHERE doc_id IN (SELECT doc_id FROM _docs)"
        ).fetchall()}
        for table in ("mentions", "indicators", "documents"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM _docs)")
        doc_rows, mentions, indicators = [], {}, {}
        for item in latest.values():
            doc = item.document
            doc_rows.append([doc.doc_id, doc.url, doc.title, doc.source, doc.published, doc.text,
                             text_hash(doc.text), doc.origin, item.dataset])
            for record in item.records:
                if record.doc_id != doc.doc_id:
                    raise StoreError(f"a record of document {doc.doc_id!r} names document "
                                     f"{record.doc_id!r}", code="MV303", path=doc.origin)
                if isinstance(record, Event):
                    mentions.setdefault(record.event_id, record)
                elif isinstance(record, Indicator):
                    indicators.setdefault(record.indicator_id, record)
        insert_columns(conn, "documents", DOCUMENT_COLUMNS, doc_rows,
                       extra={"ingested_at": "current_timestamp"})
        insert_columns(conn, "mentions", MENTION_COLUMNS, [mention_row(e) for e in mentions.values()])
        insert_columns(conn, "indicators", INDICATOR_COLUMNS,
                       [indicator_row(i) for i in indicators.values()])
        groups.update(group_key(e) for e in mentions.values())
        recluster(conn, groups)
        return (len(mentions), len(indicators))

    def recluster(self) -> int:
        """Recompute every distinct event from all mentions (after a rule change)."""
        with self.transaction() as conn:
            return recluster(conn, None)

    def ingest(self, documents: Iterable[Document], *,
               extractor: Callable[[Iterable[Document]], Iterable[tuple[Document, list[Record]]]] | None = None,
               workers: int = 2, batch_size: int = 32, progress: Progress | None = None,
               on_error: Callable[[MultivectorError], None] | None = None,
               one_transaction: bool = False) -> Any:
        """Extract and store ``documents``; returns an ``IngestSummary``.

        ``one_transaction``: write everything in one transaction (else one per batch).
        """
        from multivector.store.ingesting import ingest_documents

        return ingest_documents(self, documents, extractor=extractor, workers=workers,
                                batch_size=batch_size, progress=progress, on_error=on_error,
                                one_transaction=one_transaction)

    def import_events(self, kind: str, path: str | Path, *, progress: Progress | None = None,
                      batch_size: int = 5000) -> Any:
        """Load a dataset (``read_dataset(kind, path)``); returns an ``ImportSummary``."""
        from multivector.store.importing import import_dataset

        return import_dataset(self, kind, path, progress=progress, batch_size=batch_size)

    # -- reading -------------------------------------------------------------------
    def distinct_events(self, *, country: str | None = None, partner: str | None = None,
                        event_type: str | None = None, mode: str | None = None,
                        date_from: date | None = None, date_to: date | None = None,
                        dataset: str | None = None, limit: int | None = None, offset: int = 0,
                        order: str = "date") -> list[DistinctEvent]:
        return queries.distinct_events(
            self.conn, country=country, partner=partner, event_type=event_type, mode=mode,
            date_from=date_from, date_to=date_to, dataset=dataset, limit=limit,
            offset=offset, order=order)

    def count_events(self, *, country: str | None = None, partner: str | None = None,
                     event_type: str | None = None, mode: str | None = None,
                     date_from: date | None = None, date_to: date | None = None,
                     dataset: str | None = None) -> int:
        return queries.count_events(
            self.conn, country=country, partner=partner, event_type=event_type, mode=mode,
            date_from=date_from, date_to=date_to, dataset=dataset)

    def indicators(self, *, country: str | None = None, date_from: date | None = None,
                   date_to: date | None = None) -> list[tuple[Indicator, SourceRef]]:
        return queries.indicators(self.conn, country=country, date_from=date_from,
                                  date_to=date_to)

    def document(self, doc_id: str) -> Document | None:
        return queries.document(self.conn, doc_id)

    def documents(self, *, dataset: str | None = None, limit: int | None = None,
                  offset: int = 0) -> list[Document]:
        return queries.documents(self.conn, dataset=dataset, limit=limit, offset=offset)

    def mentions(self, cluster_id: str | None = None) -> list[Event]:
        """Every stored mention (of one distinct event when ``cluster_id`` is given)."""
        return queries.mentions(self.conn, cluster_id)

    def known_codes(self) -> set[str]:
        """Actor codes that occur in the stored events."""
        rows = self.conn.execute("SELECT actor_code FROM events UNION "
                                 "SELECT recipient_code FROM events").fetchall()
        return {row[0] for row in rows if row[0]}

    def export_parquet(self, out: str | Path, **filters: Any) -> int:
        return queries.export_parquet(self.conn, str(out), **filters)
