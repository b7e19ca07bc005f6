"""Session-scoped parses of the real reference datasets (each parsed once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from multivector.store.importers import ImportStats, read_dataset

SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"


def shared_file(*parts: str) -> Path:
    """Like tests/conftest.py's shared_path, usable from session-scoped fixtures."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the shared reference data is missing: {path}")
        pytest.skip(f"shared reference data not available: {path}")
    return path


@pytest.fixture(scope="session")
def shared_file_at():
    """``shared_file`` as a fixture (test modules cannot import a conftest reliably)."""
    return shared_file


def _load(kind: str, *parts: str):
    stats = ImportStats()
    events = list(read_dataset(kind, shared_file(*parts), stats))
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
