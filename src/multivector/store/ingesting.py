"""Ingest: read documents, skip unchanged ones, extract, write in batch transactions."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from multivector.errors import MultivectorError
from multivector.records import Document, Record
from multivector.store.progress import NullProgress, Progress
from multivector.store.rows import text_hash

if TYPE_CHECKING:
    from multivector.store.store import Store

Extractor = Callable[[Iterable[Document]], Iterable[tuple[Document, list[Record]]]]


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest run did (``events``/``indicators``: mentions stored by this run)."""

    run_id: int
    docs_new: int
    docs_unchanged: int
    docs_replaced: int
    docs_failed: int
    events: int
    indicators: int
    distinct_events: int  # distinct events in the whole database afterwards

    @property
    def docs_read(self) -> int:
        return self.docs_new + self.docs_unchanged + self.docs_replaced + self.docs_failed

    def to_dict(self) -> dict[str, int]:
        return {"run_id": self.run_id, "docs_new": self.docs_new,
                "docs_unchanged": self.docs_unchanged, "docs_replaced": self.docs_replaced,
                "docs_failed": self.docs_failed, "events": self.events,
                "indicators": self.indicators, "distinct_events": self.distinct_events}


def default_extractor(workers: int) -> Extractor:
    from multivector.nlp.extract import extract_documents

    return functools.partial(extract_documents, n_process=max(1, workers))


def ingest_documents(store: Store, documents: Iterable[Document], *,
                     extractor: Extractor | None = None, workers: int = 2,
                     batch_size: int = 32, progress: Progress | None = None,
                     on_error: Callable[[MultivectorError], None] | None = None,
                     one_transaction: bool = False) -> IngestSummary:
    """Extract and store the new and changed ``documents``.

    Each batch is its own transaction, or, with ``one_transaction``, all batches are one,
    opened at the first write (so an extractor that works before yielding, like the
    distributed one, holds no transaction open meanwhile).
    """
    progress = progress or NullProgress()
    extract = extractor or default_extractor(workers)
    conn = store.conn
    run_id = int(conn.execute("SELECT nextval('run_ids')").fetchone()[0])
    conn.execute("INSERT INTO ingest_runs (run_id, started_at, status) "
                 "VALUES (?, current_timestamp, 'running')", [run_id])
    counts = dict.fromkeys(("docs_new", "docs_unchanged", "docs_replaced", "docs_failed",
                            "events", "indicators"), 0)
    replacing: dict[str, bool] = {}
    seen: dict[str, str] = {}

    def changed_only() -> Iterator[Document]:
        # Unchanged documents never reach the (slow) extractor.
        for doc in documents:
            digest = text_hash(doc.text)
            before = seen.get(doc.doc_id) or store.stored_hash(doc.doc_id)
            if before == digest:
                counts["docs_unchanged"] += 1
                progress.advance(1, events=counts["events"])
                continue
            seen[doc.doc_id] = digest
            replacing[doc.doc_id] = before is not None
            yield doc

    batch: list[tuple[Document, list[Record]]] = []
    whole_run = contextlib.ExitStack()
    opened: list[bool] = []

    def batch_transaction() -> contextlib.AbstractContextManager[object]:
        if not one_transaction:
            return store.transaction()
        if not opened:  # the first write opens the run's transaction
            whole_run.enter_context(store.transaction())
            opened.append(True)
        return contextlib.nullcontext(store.conn)

    def flush() -> None:
        from multivector.store.store import StoredDocument

        if not batch:
            return
        with batch_transaction() as tx:
            n_events, n_indicators = store.write_documents(
                [StoredDocument(doc, records) for doc, records in batch])
            new = sum(1 for doc, _ in batch if not replacing.get(doc.doc_id))
            step = {"docs_new": new, "docs_replaced": len(batch) - new,
                    "events": n_events, "indicators": n_indicators}
            tx.execute("UPDATE ingest_runs SET docs_new = docs_new + ?, "
                       "docs_replaced = docs_replaced + ?, events = events + ?, "
                       "indicators = indicators + ? WHERE run_id = ?",
                       [step["docs_new"], step["docs_replaced"], n_events, n_indicators, run_id])
        for key, value in step.items():
            counts[key] += value
        progress.advance(len(batch), events=counts["events"])
        batch.clear()

    status = "failed"
    progress.start(None)
    try:
        with whole_run:
            for doc, records in extract(changed_only()):
                try:
                    _check(doc, records)
                except MultivectorError as err:
                    if on_error is None:
                        raise
                    on_error(err)
                    counts["docs_failed"] += 1
                    progress.advance(1, events=counts["events"])
                    continue
                batch.append((doc, list(records)))
                if len(batch) >= batch_size:
                    flush()
            flush()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        progress.finish()
        conn.execute("UPDATE ingest_runs SET finished_at = current_timestamp, status = ?, "
                     "docs_unchanged = ?, docs_failed = ? WHERE run_id = ?",
                     [status, counts["docs_unchanged"], counts["docs_failed"], run_id])
    total = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    return IngestSummary(run_id=run_id, distinct_events=total, **counts)


def _check(doc: Document, records: list[Record]) -> None:
    from multivector.errors import RecordError

    for record in records:
        if record.doc_id != doc.doc_id:
            raise RecordError(f"extractor returned a record of document {record.doc_id!r} "
                              f"for document {doc.doc_id!r}", path=doc.origin, line=doc.line)


