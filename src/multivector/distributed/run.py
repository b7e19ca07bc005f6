"""Extraction into Parquet partitions, in this process or on a Dask cluster.

Workers receive a partition's documents and return its records; this process writes
each finished partition (``multivector.store.parquet``) and appends a line to
``DIR/_manifest.jsonl``.  Workers need no shared file system, and only one process ever
writes to ``DIR``.

- A partition whose task fails (an exception, or a worker that died under it) is
  submitted again, up to ``retries`` times; each retry is reported to ``on_retry``.
  One that still fails is listed in ``ParquetRun.failed`` and in the manifest, never
  dropped without a word; rerunning tries it again.
- A partition already complete in ``DIR`` (same documents, same texts) is not extracted
  again: a rerun after a crash or Ctrl-C does only what is missing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from multivector.distributed.partitions import (
    DEFAULT_PARTITION_CHARS, DEFAULT_PARTITION_DOCS, Partition, partition_documents,
)
from multivector.records import Document, Record
from multivector.store.parquet import is_complete, read_partition, write_partition
from multivector.store.progress import NullProgress, Progress

Task = Callable[[list[Document]], list[list[Record]]]
MANIFEST = "_manifest.jsonl"


def extract_partition(documents: list[Document]) -> list[list[Record]]:
    """The task a worker runs: each document's records, in order (model cached per process)."""
    from multivector.nlp.extract import extract_documents

    return [list(records) for _, records in extract_documents(documents, n_process=1)]


@dataclass(frozen=True)
class PartitionFailure:
    partition: str
    documents: int
    attempts: int
    error: str


@dataclass(frozen=True)
class ParquetRun:
    """What one run did.  ``partitions`` lists every partition of the input, in order."""

    out: str
    partitions: tuple[str, ...]
    extracted: int  # partitions extracted by this run
    skipped: int  # partitions found complete from an earlier run
    documents: int  # documents in the partitions extracted by this run
    events: int
    indicators: int
    retries: int
    failed: tuple[PartitionFailure, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.failed


class _InProcess:
    """The executor for runs without a cluster: each task runs when it is submitted."""

    workers = 1

    def submit(self, task: Task, documents: list[Document], key: str) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(task(documents))
        except Exception as err:  # noqa: BLE001 - reported as a failed partition
            future.set_exception(err)
        return future

    def wait_any(self, futures: list[Any]) -> None:
        wait_futures(futures, return_when=FIRST_COMPLETED)


class _OnDask:
    def __init__(self, client: Any) -> None:
        from multivector.distributed.cluster import worker_count

        self.client = client
        self.workers = worker_count(client)

    def submit(self, task: Task, documents: list[Document], key: str) -> Any:
        return self.client.submit(task, documents, key=key, pure=False)

    def wait_any(self, futures: list[Any]) -> None:
        from distributed import wait

        wait(futures, return_when="FIRST_COMPLETED")


def _log(out: Path, **entry: Any) -> None:
    entry["at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with open(out / MANIFEST, "a", encoding="utf-8") as manifest:
        manifest.write(json.dumps(entry) + "\n")


def _run(executor: Any, documents: Iterable[Document], out: Path, *, task: Task,
         retries: int, max_chars: int, max_docs: int, progress: Progress,
         on_retry: Callable[[str, int, BaseException], None] | None) -> ParquetRun:
    out.mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    counts = {"extracted": 0, "skipped": 0, "documents": 0, "events": 0, "indicators": 0,
              "retries": 0}
    failed: list[PartitionFailure] = []
    pending: dict[Any, tuple[Partition, int]] = {}  # future -> (partition, attempt)
    in_flight = executor.workers * 2 + 1  # keeps every worker busy, bounds memory

    def submit(partition: Partition, attempt: int) -> None:
        key = f"mv-extract-{partition.name}-{attempt}"
        pending[executor.submit(task, list(partition.documents), key)] = (partition, attempt)

    def collect(future: Any) -> None:
        partition, attempt = pending.pop(future)
        try:
            results = future.result()
            if len(results) != len(partition.documents):
                raise RuntimeError(f"task returned {len(results)} results for "
                                   f"{len(partition.documents)} documents")
        except Exception as err:  # noqa: BLE001 - any task failure is retried, then reported
            if attempt <= retries:
                counts["retries"] += 1
                _log(out, partition=partition.name, status="retry", attempt=attempt,
                     error=f"{type(err).__name__}: {err}")
                if on_retry is not None:
                    on_retry(partition.name, attempt, err)
                submit(partition, attempt + 1)
                return
            failure = PartitionFailure(partition.name, len(partition.documents), attempt,
                                       f"{type(err).__name__}: {err}")
            failed.append(failure)
            _log(out, partition=partition.name, status="failed", attempts=attempt,
                 documents=len(partition.documents), error=failure.error)
            return
        written = write_partition(out, partition.name, list(zip(partition.documents, results)))
        _log(out, partition=partition.name, status="done", documents=written["documents"],
             events=written["events"], indicators=written["indicators"])
        counts["extracted"] += 1
        counts["documents"] += written["documents"]
        counts["events"] += written["events"]
        counts["indicators"] += written["indicators"]
        progress.advance(len(partition.documents), events=counts["events"])

    def drain(limit: int) -> None:
        while len(pending) > limit:
            executor.wait_any(list(pending))
            for future in [f for f in list(pending) if f.done()]:
                collect(future)

    progress.start(None)
    try:
        for partition in partition_documents(documents, max_chars=max_chars, max_docs=max_docs):
            names.append(partition.name)
            if is_complete(out, partition.name):
                counts["skipped"] += 1
                progress.advance(len(partition.documents), events=counts["events"])
                continue
            submit(partition, 1)
            drain(in_flight)
        drain(0)
    finally:
        progress.finish()
    return ParquetRun(out=str(out), partitions=tuple(dict.fromkeys(names)), failed=tuple(failed),
                      **counts)


def extract_to_parquet(documents: Iterable[Document], out: str | Path, *,
                       cluster: str | None = None, workers: int | None = None,
                       retries: int = 2, max_chars: int = DEFAULT_PARTITION_CHARS,
                       max_docs: int = DEFAULT_PARTITION_DOCS, task: Task = extract_partition,
                       progress: Progress | None = None,
                       on_retry: Callable[[str, int, BaseException], None] | None = None,
                       client: Any = None) -> ParquetRun:
    """Extract ``documents`` into Parquet partitions under ``out``.

    ``cluster``: a Dask scheduler address (``tcp://host:8786``); ``workers``: start a local
    Dask cluster of that many processes; neither: extract in this process.  ``client``:
    an open ``distributed.Client`` to use instead (tests reuse one).
    """
    options = {"task": task, "retries": retries, "max_chars": max_chars, "max_docs": max_docs,
               "progress": progress or NullProgress(), "on_retry": on_retry}
    if client is not None:
        return _run(_OnDask(client), documents, Path(out), **options)
    if cluster is None and workers is None:
        return _run(_InProcess(), documents, Path(out), **options)
    from multivector.distributed.cluster import dask_client

    with dask_client(cluster, workers=workers or 2) as opened:
        return _run(_OnDask(opened), documents, Path(out), **options)


def read_run(run: ParquetRun) -> Iterator[tuple[Document, list[Record]]]:
    """Every document of a complete run with its records, in input order."""
    for name in run.partitions:
        yield from read_partition(run.out, name)
