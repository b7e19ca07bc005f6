"""Cheap fixtures shared by every test module."""

from __future__ import annotations

import os
import uuid
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


PG_DEFAULT_URL = "postgresql://multivector:multivector@localhost:5432/multivector_test"


@pytest.fixture
def pg_url():
    """A PostgreSQL URL whose search_path is a new, empty schema (dropped afterwards), so
    test runs by several people on one server do not meet.  The server:
    ``$MULTIVECTOR_TEST_PG``, else the one .ci/postgres.sh sets up on localhost.  Skips
    when none answers, except under CI=true, where .ci/run has started it."""
    psycopg = pytest.importorskip("psycopg")
    url = os.environ.get("MULTIVECTOR_TEST_PG") or PG_DEFAULT_URL
    schema = f"mv_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(url, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as err:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but no PostgreSQL answers at {url}: {err}")
        pytest.skip(f"no PostgreSQL server reachable (run .ci/postgres.sh): {err}")
    with admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        separator = "&" if "?" in url else "?"
        try:
            yield f"{url}{separator}options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
