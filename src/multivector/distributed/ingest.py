"""Ingest on a Dask cluster: extract into Parquet partitions, then load in one transaction.

The store's own ingest (``Store.ingest``) still decides which documents are new or
changed and keeps the run counters; this module only supplies its extractor.  That
extractor first runs the whole extraction on the cluster (no database transaction is
open meanwhile), stops with MV204 if a partition failed on every retry, and only then
yields the documents with their records, read back from Parquet in input order, which
the store writes in a single transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from multivector.distributed.run import ParquetRun, Task, extract_partition, extract_to_parquet, read_run
from multivector.errors import ModelError
from multivector.records import Document, Record
from multivector.store.progress import Progress


def default_parts_dir(db: str) -> Path:
    """Where partitions go: beside a database file, else in ./multivector-parts."""
    if "://" in db or db == ":memory:":
        return Path("multivector-parts")
    return Path(f"{db}.parts")


def failure_error(run: ParquetRun) -> ModelError:
    first = run.failed[0]
    return ModelError(
        f"{len(run.failed)} partition(s) failed after {first.attempts} attempt(s) "
        f"(first: {first.partition}, {first.error}); nothing was stored. Partitions already "
        "done are kept: rerun the same command to retry only the failed ones",
        code="MV204", path=run.out)


def distributed_extractor(out: str | Path, *, cluster: str | None = None,
                          workers: int | None = None, retries: int = 2,
                          progress: Progress | None = None, task: Task = extract_partition,
                          client: Any = None,
                          on_run: Callable[[ParquetRun], None] | None = None,
                          **partitioning: int,
                          ) -> Callable[[Iterable[Document]], Iterator[tuple[Document, list[Record]]]]:
    """An extractor for ``Store.ingest`` that runs on Dask (see ``extract_to_parquet``)."""

    def extract(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Record]]]:
        run = extract_to_parquet(documents, out, cluster=cluster, workers=workers,
                                 retries=retries, progress=progress, task=task, client=client,
                                 **partitioning)
        if on_run is not None:
            on_run(run)
        if run.failed:
            raise failure_error(run)
        yield from read_run(run)

    return extract
