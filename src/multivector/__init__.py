"""multivector: who engaged whom, when and how, from international-relations news."""

from __future__ import annotations

from typing import Any

from multivector.errors import InputError, ModelError, MultivectorError, StoreError
from multivector.records import Actor, DateRange, Document, Event, Indicator, Place

__version__ = "0.1.0"

# ``ingest`` stays in ``multivector.api``: ``multivector.ingest`` is the reading stage.
_API = ("extract", "extract_text", "extract_to_parquet", "resolve", "import_", "events",
        "balance", "brief", "Store")


def __getattr__(name: str) -> Any:
    # The API pulls in spaCy and DuckDB; load them only when asked for.
    if name in _API:
        from multivector import api

        return getattr(api, name)
    raise AttributeError(f"module 'multivector' has no attribute {name!r}")


__all__ = ["Actor", "DateRange", "Document", "Event", "Indicator", "InputError", "ModelError",
           "MultivectorError", "Place", "StoreError", *_API]


def __dir__() -> list[str]:
    # Tab completion shows the lazily loaded API too, and not this module's helpers.
    return sorted([*__all__, "__version__"])
