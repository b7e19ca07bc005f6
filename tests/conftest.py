"""Cheap fixtures shared by every test module."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharedpaths import SHARED, SHARED_DATA, shared_path  # noqa: F401 (re-exported)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def shared_data() -> Path:
    return shared_path()


@pytest.fixture(scope="session")
def nlp():
    """The trained English pipeline with multivector's components (loaded once)."""
    from multivector.nlp.pipeline import load_pipeline

    return load_pipeline()
