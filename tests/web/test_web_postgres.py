"""The dashboard and JSON API over PostgreSQL answer exactly as over DuckDB.

The hand-built web database is written to both engines; every page and endpoint is
requested from both apps and the responses compared byte for byte (only the database's
display name differs).  Needs a server (``pg_url`` in tests/conftest.py).
"""

from __future__ import annotations

import pytest

from web_fixtures import build

pytest.importorskip("psycopg")

URLS = [
    "/", "/country/KAZ", "/country/KAZ?from=2022-09-01&to=2022-11-30",
    "/country/KAZ?partners=CHN,RUS&by=quarter",
    "/events", "/events?country=KAZ&type=CONSULT", "/events?sort=-date", "/events?sort=type",
    "/events?sort=sources&per_page=2&page=2", "/events?dataset=news&mode=visit",
    "/dyad?a=KAZ&b=RUS&by=month", "/dyad?a=KAZ&b=CHN&by=year", "/dyad?a=KAZ&b=RUS&by=week",
    "/brief?country=KAZ", "/document/evil1", "/document/news1", "/docs",
    "/api/events?country=KAZ", "/api/events?partner=RUS&country=kaz",
    "/api/events?sort=-date&per_page=2&page=2", "/api/events?from=2022-10-01&to=2022-12-31",
    "/api/events?dataset=news", "/api/events?type=NOPE",
    "/api/balance/KAZ", "/api/balance/KAZ?by=month&partners=CHN,RUS",
    "/api/documents", "/api/documents/news1", "/api/documents/nope", "/api/countries",
    "/export/events.csv?country=KAZ", "/export/events.jsonl?type=CONSULT",
    "/brief/KAZ.md", "/brief/KAZ.html?from=2022-09-01&to=2022-11-30",
]


@pytest.fixture
def both(pg_url, web_db):
    from fastapi.testclient import TestClient

    from multivector.web import create_app

    build(pg_url)
    with TestClient(create_app(web_db)) as duck, TestClient(create_app(pg_url)) as pg:
        yield duck, pg


def _same_page(text: str, pg_url: str) -> str:
    # The header and footer name the database: the file's name, or "DB on HOST".
    from multivector.store.backend import display_name

    return text.replace("web.duckdb", "<db>").replace(display_name(pg_url), "<db>")


def test_every_page_and_endpoint_answers_the_same(both, pg_url):
    duck, pg = both
    event = duck.get("/api/events", params={"country": "KAZ"}).json()["items"][0]
    mention = event["sources"][0]["event_id"]
    urls = [*URLS, f"/event/{event['cluster_id']}", f"/api/events/{event['cluster_id']}",
            f"/document/news1?event={mention}"]
    for url in urls:
        a, b = duck.get(url), pg.get(url)
        assert ((a.status_code, _same_page(a.text, pg_url))
                == (b.status_code, _same_page(b.text, pg_url))), url
    # Several requests on one app share the PostgreSQL connection: a page must not close it.
    assert pg.get("/api/countries").status_code == 200


def test_pages_name_the_database_but_never_the_password(both, pg_url):
    from multivector.store.backend import display_name

    _duck, pg = both
    page = pg.get("/").text
    assert display_name(pg_url) in page
    assert "multivector:multivector@" not in page and "search_path" not in page
