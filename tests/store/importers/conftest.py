"""Session-scoped parses of the real reference datasets (each parsed once)."""

from __future__ import annotations

import pytest
from sharedpaths import shared_path

from multivector.store.importers import ImportStats, read_dataset


def _load(kind: str, *parts: str):
    stats = ImportStats()
    events = list(read_dataset(kind, shared_path(*parts), stats))
    return events, stats


@pytest.fixture(scope="session")
def travels():
    return _load("historian-travels", "historian-travels")


@pytest.fixture(scope="session")
def visits():
    return _load("historian-visits", "historian-visits")


@pytest.fixture(scope="session")
def icews():
    return _load("icews", "icews-sample", "events.2018.sample.tab")


@pytest.fixture(scope="session")
def plover_gold():
    return _load("plover", "plover", "PLOVER_GSR_CAMEO.flat.jsonl")
