"""Library functions behind ``multivector ingest``, ``import`` and ``events``.

Each opens the database, does one job and returns typed results; the CLI formats them.
(``multivector.api`` re-exports these.)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from multivector.errors import InputError, MultivectorError
from multivector.records import DistinctEvent
from multivector.store.codes import (
    check_code, check_dataset, check_event_type, check_mode,
)
from multivector.store.importing import ImportSummary
from multivector.store.ingesting import Extractor, IngestSummary
from multivector.store.progress import Progress
from multivector.store.store import Store

DATASET_KINDS: tuple[str, ...] = ("historian-travels", "historian-visits", "icews", "gdelt1",
                                  "gdelt2", "plover", "events")


def resolve_db(db: str | Path | None) -> str:
    """``db`` if given, else $MULTIVECTOR_DB, else multivector.duckdb (CONTRACT.md)."""
    return str(db) if db else (os.environ.get("MULTIVECTOR_DB") or "multivector.duckdb")


def ingest(paths: Sequence[str | Path], *, db: str | Path | None = None,
           input_format: str = "auto", published: date | None = None, workers: int = 2,
           extractor: Extractor | None = None, progress: Progress | None = None,
           warn: Callable[[str], None] | None = None,
           on_error: Callable[[MultivectorError], None] | None = None,
           one_transaction: bool = False) -> IngestSummary:
    """Read, extract and store documents; bad records go to ``on_error`` and are skipped.

    ``extractor`` replaces extraction in ``workers`` processes of this machine (Dask's
    is chosen in ``multivector.api.ingest``, above the stages); ``one_transaction``
    loads everything at once (docs/scale.md).

    Raises InputError when not one document could be read.
    """
    from multivector.ingest import read_documents

    errors: list[MultivectorError] = []

    def report(err: MultivectorError) -> None:
        errors.append(err)
        if on_error is not None:
            on_error(err)

    documents = read_documents([str(p) for p in paths], input_format=input_format,
                               published=published, warn=warn, on_error=report)
    target = resolve_db(db)
    with Store(target) as store:
        summary = store.ingest(documents, extractor=extractor, workers=workers,
                               progress=progress, on_error=report,
                               one_transaction=one_transaction)
    if summary.docs_read - summary.docs_failed == 0:
        if errors:
            raise InputError(f"no document could be read ({len(errors)} error(s) reported)",
                             code=errors[0].code)
        raise InputError("no documents found in " + ", ".join(str(p) for p in paths),
                         code="MV101")
    return summary


def import_(kind: str, path: str | Path, *, db: str | Path | None = None,
            progress: Progress | None = None) -> ImportSummary:
    """Load an event or visit dataset of ``kind`` (see ``DATASET_KINDS``)."""
    if kind not in DATASET_KINDS:
        raise InputError(f"unknown dataset kind {kind!r}: use one of {', '.join(DATASET_KINDS)}",
                         code="MV106")
    if not Path(path).exists():
        raise InputError("no such file or folder", code="MV101", path=str(path))
    with Store(resolve_db(db)) as store:
        return store.import_events(kind, path, progress=progress)


def _event_filters(store: Store, country: str | None, partner: str | None,
                   event_type: str | None, mode: str | None, date_from: date | None,
                   date_to: date | None, dataset: str | None) -> dict[str, Any]:
    """Every filter checked as the web checks it (store.codes): a bad one is an error."""
    stored = store.known_codes() if (country or partner) else set()
    if date_from and date_to and date_to < date_from:
        raise InputError(f"--to {date_to} is before --from {date_from}", code="MV104")
    return {"country": check_code(country, "--country", stored),
            "partner": check_code(partner, "--partner", stored),
            "event_type": check_event_type(event_type, "--type"),
            "mode": check_mode(mode, "--mode"),
            "date_from": date_from, "date_to": date_to,
            "dataset": check_dataset(dataset, "--dataset")}


def events(*, db: str | Path | None = None, country: str | None = None,
           partner: str | None = None, event_type: str | None = None, mode: str | None = None,
           date_from: date | None = None, date_to: date | None = None,
           dataset: str | None = None, limit: int | None = None, offset: int = 0,
           order: str = "date") -> list[DistinctEvent]:
    """Distinct events matching the filters, each with its sources.

    Raises InputError MV107 for a country or partner code that is not an ISO3 country,
    a known organisation, or an actor in the database.
    """
    with Store(resolve_db(db), read_only=True) as store:
        filters = _event_filters(store, country, partner, event_type, mode, date_from,
                                 date_to, dataset)
        return store.distinct_events(limit=limit, offset=offset, order=order, **filters)


def export_events(out: str | Path, *, db: str | Path | None = None, country: str | None = None,
                  partner: str | None = None, event_type: str | None = None,
                  mode: str | None = None, date_from: date | None = None,
                  date_to: date | None = None, dataset: str | None = None,
                  limit: int | None = None) -> int:
    """Write the flat event columns to a Parquet file; returns the number of rows."""
    with Store(resolve_db(db), read_only=True) as store:
        filters = _event_filters(store, country, partner, event_type, mode, date_from,
                                 date_to, dataset)
        return store.export_parquet(out, limit=limit, **filters)


def event_rows(*, db: str | Path | None = None, limit: int | None = None,
               **criteria: Any) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Flat columns and rows (for CSV) of the events matching ``criteria`` (as ``events``)."""
    from multivector.store.queries import flat_rows

    with Store(resolve_db(db), read_only=True) as store:
        filters = _event_filters(store, criteria.get("country"), criteria.get("partner"),
                                 criteria.get("event_type"), criteria.get("mode"),
                                 criteria.get("date_from"), criteria.get("date_to"),
                                 criteria.get("dataset"))
        return flat_rows(store.conn, limit=limit, **filters)
