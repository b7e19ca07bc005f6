"""Importers for existing event datasets: pure parsers from a file (or folder) to
``Event`` records, one per KIND of ``multivector import KIND PATH``.

They read; they never touch the database (the store calls them).  Each importer is
an iterator: malformed input raises ``InputError`` MV108 with the file and line when
the bad record is reached, so a caller that must not half-write collects first or
wraps the load in a transaction.  See docs/importers.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from multivector.errors import InputError
from multivector.records import Event
from multivector.store.importers.common import ImportStats
from multivector.store.importers.events_jsonl import read_events
from multivector.store.importers.gdelt import read_gdelt1, read_gdelt2
from multivector.store.importers.historian import read_travels, read_visits
from multivector.store.importers.icews import read_icews
from multivector.store.importers.plover import read_plover

Importer = Callable[..., Iterator[Event]]  # (path, stats=None) -> events

IMPORTERS: dict[str, Importer] = {
    "historian-travels": read_travels,
    "historian-visits": read_visits,
    "icews": read_icews,
    "gdelt1": read_gdelt1,
    "gdelt2": read_gdelt2,
    "plover": read_plover,
    "events": read_events,
}


def read_dataset(kind: str, path: Path | str, stats: ImportStats | None = None,
                 ) -> Iterator[Event]:
    """The events of dataset ``path`` read as ``kind`` (one of ``IMPORTERS``).

    ``stats``, when given, is filled in as the iterator is consumed (records read,
    events emitted, skipped records by reason, exact duplicates dropped).
    Raises InputError MV107 for an unknown kind, MV101 for a missing path and MV108
    (with path and line) for malformed content.
    """
    importer = IMPORTERS.get(kind)
    if importer is None:
        raise InputError(f"unknown dataset kind {kind!r}; expected one of "
                         f"{', '.join(IMPORTERS)}", code="MV107")
    return importer(Path(path), stats)


__all__ = ["IMPORTERS", "ImportStats", "Importer", "read_dataset"]
