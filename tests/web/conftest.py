"""Fixtures for the web tests: the hand-built database and a test client over it."""

from __future__ import annotations

import pytest

from web_fixtures import build


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from multivector.web import create_app

    with TestClient(create_app(web_db)) as test_client:
        yield test_client
