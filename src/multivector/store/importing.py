"""Import an existing event dataset (``read_dataset(kind, path)``) into the store.

The whole file is one transaction: a malformed line (MV108) leaves the database as it
was.  Records keep the dataset's own ids and codes; each gets a document row holding
its provenance text (the dataset's sentence, else a line describing the record) so
every event links to a document and a span.  A record whose ``event_id`` is already
stored is counted as a duplicate and skipped, so importing a file twice adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from multivector.records import Event
from multivector.store.clusters import recluster
from multivector.store.progress import NullProgress, Progress
from multivector.store.rows import (
    DOCUMENT_COLUMNS, MENTION_COLUMNS, group_key, insert_columns, mention_row, text_hash,
)

if TYPE_CHECKING:
    from multivector.store.store import Store


@dataclass(frozen=True)
class ImportSummary:
    run_id: int
    kind: str
    path: str
    rows_read: int
    rows_new: int
    rows_duplicate: int
    distinct_events: int  # distinct events in the whole database afterwards

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "kind": self.kind, "path": self.path,
                "rows_read": self.rows_read, "rows_new": self.rows_new,
                "rows_duplicate": self.rows_duplicate, "distinct_events": self.distinct_events}


def provenance_text(kind: str, event: Event) -> str:
    """The record's own sentence, else one line that says what the record claims."""
    if event.sentence:
        return event.sentence

    def side(actor: Any) -> str:
        if actor is None:
            return "?"
        return actor.name or actor.code or actor.text or "?"

    what = event.event_type + (f"/{event.mode}" if event.mode else "")
    text = f"{kind} record {event.source_id or event.event_id}: {side(event.actor)} {what} {side(event.recipient)}"
    if event.date:
        text += f", {event.date.start.isoformat()}"
        if event.date.end != event.date.start:
            text += f" to {event.date.end.isoformat()}"
    if event.location:
        text += f", {event.location.name}"
    return text


def _read(kind: str, path: str | Path) -> Any:
    from multivector.store.importers import read_dataset

    return read_dataset(kind, path)


def import_dataset(store: Store, kind: str, path: str | Path, *,
                   progress: Progress | None = None, batch_size: int = 5000,
                   reader: Any = None) -> ImportSummary:
    progress = progress or NullProgress()
    events = (reader or _read)(kind, path)
    conn = store.conn
    counts = {"rows_read": 0, "rows_new": 0, "rows_duplicate": 0}
    groups: set[str] = set()
    progress.start(None)
    try:
        with store.transaction() as tx:
            run_id = int(tx.execute("SELECT nextval('run_ids')").fetchone()[0])
            tx.execute("INSERT INTO import_runs (run_id, kind, path, started_at, status) "
                       "VALUES (?, ?, ?, current_timestamp, 'running')", [run_id, kind, str(path)])
            batch: list[Event] = []
            for event in events:
                batch.append(event)
                if len(batch) >= batch_size:
                    _write_batch(tx, kind, batch, counts, groups)
                    progress.advance(len(batch), events=counts["rows_new"])
                    batch = []
            _write_batch(tx, kind, batch, counts, groups)
            progress.advance(len(batch), events=counts["rows_new"])
            recluster(tx, groups)
            tx.execute("UPDATE import_runs SET finished_at = current_timestamp, status = 'done', "
                       "rows_read = ?, rows_new = ?, rows_duplicate = ? WHERE run_id = ?",
                       [counts["rows_read"], counts["rows_new"], counts["rows_duplicate"], run_id])
    finally:
        progress.finish()
    total = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    return ImportSummary(run_id=run_id, kind=kind, path=str(path), distinct_events=total, **counts)


def _write_batch(tx: Any, kind: str, batch: list[Event], counts: dict[str, int],
                 groups: set[str]) -> None:
    if not batch:
        return
    counts["rows_read"] += len(batch)
    ids = [e.event_id for e in batch]
    stored = {row[0] for row in tx.execute(
        "SELECT event_id FROM mentions WHERE event_id IN (SELECT unnest($1::VARCHAR[]))", [ids]
    ).fetchall()}
    fresh: dict[str, Event] = {}
    for event in batch:
        if event.event_id in stored or event.event_id in fresh:
            counts["rows_duplicate"] += 1
        else:
            fresh[event.event_id] = event
    if not fresh:
        return
    doc_ids = sorted({e.doc_id for e in fresh.values()})
    texts = dict(tx.execute("SELECT doc_id, text FROM documents "
                            "WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))", [doc_ids]).fetchall())
    published: dict[str, Any] = {}
    mentions = []
    for event in fresh.values():
        sentence = provenance_text(kind, event)
        text = texts.get(event.doc_id, "")
        offset = text.find(sentence) if text else -1
        if offset < 0:
            offset = len(text) + 1 if text else 0
            text = f"{text}\n{sentence}" if text else sentence
        texts[event.doc_id] = text
        if event.date:
            published.setdefault(event.doc_id, event.date.start)
        changes: dict[str, Any] = {"event_id": event.event_id}
        if event.span is None:
            changes["span"] = (offset, offset + len(sentence))
        if event.sentence is None:
            changes["sentence"] = sentence
        if event.source_dataset is None:
            changes["source_dataset"] = kind
        mentions.append(event.with_changes(**changes))
    tx.execute("CREATE OR REPLACE TEMP TABLE _docs AS SELECT unnest($1::VARCHAR[]) AS doc_id", [doc_ids])
    kept = dict(tx.execute("SELECT doc_id, published FROM documents "
                           "WHERE doc_id IN (SELECT doc_id FROM _docs)").fetchall())
    tx.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _docs)")
    insert_columns(tx, "documents", DOCUMENT_COLUMNS, [
        [doc_id, None, None, kind, kept.get(doc_id) or published.get(doc_id), texts[doc_id],
         text_hash(texts[doc_id]), None, kind] for doc_id in doc_ids],
        extra={"ingested_at": "current_timestamp"})
    insert_columns(tx, "mentions", MENTION_COLUMNS, [mention_row(e) for e in mentions])
    groups.update(group_key(e) for e in mentions)
    counts["rows_new"] += len(mentions)
