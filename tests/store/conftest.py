"""Fixtures for the store tests: an in-memory database."""

from __future__ import annotations

import pytest


@pytest.fixture
def store():
    from multivector.store import Store

    with Store(":memory:") as db:
        yield db
