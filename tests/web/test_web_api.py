"""JSON API and page routes through FastAPI's test client."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from multivector import api
from multivector.store.queries import FLAT_COLUMNS

CONTRACT_KEYS = {"kind", "event_id", "doc_id", "event_type", "mode", "cameo", "score", "actor",
                 "recipient", "date", "location", "sentence", "span", "confidence"}


def test_events_are_contract_records_with_sources(client):
    body = client.get("/api/events", params={"country": "KAZ"}).json()
    assert body["total"] == 6
    for item in body["items"]:
        assert CONTRACT_KEYS <= set(item)
        assert item["sources"], "every event links to a source sentence"
        for source in item["sources"]:
            assert source["sentence"] and source["doc_id"] and len(source["span"]) == 2
    days = [item["date"]["start"] for item in body["items"]]
    assert days == sorted(days)


def test_api_events_match_the_library(client, web_db):
    expected = [e.to_dict() for e in api.events(db=web_db, country="KAZ", partner="RUS")]
    body = client.get("/api/events", params={"country": "kaz", "partner": "RUS"}).json()
    assert body["items"] == expected and body["total"] == len(expected) == 3


@pytest.mark.parametrize("params, total", [
    ({"type": "consult"}, 4), ({"type": "CONSULT", "mode": "visit", "partner": "CHN"}, 1),
    ({"from": "2022-10-01", "to": "2022-10-31"}, 2), ({"dataset": "news"}, 6),
    ({"dataset": "icews"}, 0), ({"partner": "USA"}, 1),
])
def test_filters(client, params, total):
    assert client.get("/api/events", params=params).json()["total"] == total


def test_sort_and_pages(client):
    newest = client.get("/api/events", params={"sort": "-date", "per_page": 2}).json()
    assert newest["items"][0]["date"]["start"] == "2023-03-01" and len(newest["items"]) == 2
    second = client.get("/api/events", params={"sort": "-date", "per_page": 2, "page": 2}).json()
    assert second["items"][0]["date"]["start"] < newest["items"][1]["date"]["start"]
    by_type = client.get("/api/events", params={"sort": "type"}).json()["items"]
    assert [i["event_type"] for i in by_type] == sorted(i["event_type"] for i in by_type)


@pytest.mark.parametrize("url, code", [
    ("/api/events?from=2022-13-01", "MV104"), ("/api/events?to=yesterday", "MV104"),
    ("/api/events?country=XYZ", "MV107"), ("/api/events?type=HUG", "MV101"),
    ("/api/events?per_page=0", "MV101"), ("/api/events?per_page=501", "MV101"),
    ("/api/events?page=abc", "MV101"), ("/api/events?sort=date;DROP TABLE events", "MV101"),
    ("/api/events?mode=visit'--", "MV101"), ("/api/events?from=2022-10-02&to=2022-10-01", "MV104"),
    ("/api/balance/KAZ?partners=CHN,XXX", "MV107"), ("/api/balance/KAZ?by=week", "MV101"),
    ("/api/documents?per_page=-1", "MV101"),
])
def test_bad_parameters_are_clear_400s(client, url, code):
    response = client.get(url)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == code and error["message"]


def test_bad_parameter_on_a_page_is_an_html_400(client):
    response = client.get("/events", params={"from": "soon"})
    assert response.status_code == 400 and "text/html" in response.headers["content-type"]
    assert "is not a date: use YYYY-MM-DD" in response.text


def test_unknown_ids_are_404(client):
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/event/nope").status_code == 404
    assert client.get("/brief/KAZ.pdf").status_code == 404


def test_balance_endpoint_equals_the_library(client, web_db):
    expected = api.balance("KAZ", db=web_db).to_dict()
    assert client.get("/api/balance/KAZ").json() == expected
    windowed = api.balance("KAZ", db=web_db, by="month", partners=["CHN", "RUS"],
                           date_to=date(2022, 12, 31)).to_dict()
    body = client.get("/api/balance/KAZ", params={"by": "month", "partners": "CHN,RUS",
                                                  "to": "2022-12-31"}).json()
    assert body == windowed
    assert [p["code"] for p in body["partners"]] == ["CHN", "RUS"]
    assert body["partners"][1]["events"] == 3


def test_documents(client):
    listing = client.get("/api/documents").json()["items"]
    assert {d["doc_id"] for d in listing} == {"news1", "evil1"}
    one = client.get("/api/documents/news1").json()
    assert one["text"].startswith("Date: 2022-11-05") and one["published"] == "2022-11-05"


def test_csv_and_jsonl_downloads_follow_filters(client):
    response = client.get("/export/events.csv", params={"country": "KAZ", "partner": "RUS"})
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == FLAT_COLUMNS and len(rows) == 4
    lines = client.get("/export/events.jsonl", params={"type": "CONSULT"}).text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 4 and all(r["event_type"] == "CONSULT" for r in records)


def test_brief_downloads(client):
    html = client.get("/brief/KAZ.html", params={"from": "2022-09-01", "to": "2022-11-30"})
    assert html.status_code == 200 and "<html" in html.text and "Xi Jinping" in html.text
    md = client.get("/brief/KAZ.md", params={"download": "1"})
    assert md.headers["content-disposition"] == 'attachment; filename="brief-KAZ.md"'
    assert md.text.startswith("#")


@pytest.mark.parametrize("url, expected", [
    ("/", ["KAZ", "Kazakhstan"]),
    ("/country/KAZ?from=2022-09-01&to=2022-11-30",
     ["CHN", "RUS", "USA", "EU", "HHI", "Samarkand", "trade", "Frictions (1)"]),
    ("/events?country=KAZ&type=CONSULT", ["4 events"]),
    ("/dyad?a=KAZ&b=RUS&by=month", ["AGREE", "CONSULT", "Nov 2022"]),
    ("/brief?country=KAZ", ["/brief/KAZ.html", "/brief/KAZ.md"]),
    ("/docs", ["/api/events", "/api/balance/{country}", "/api/documents/{doc_id}"]),
])
def test_pages_render(client, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    for text in expected:
        assert text in response.text, text


def test_source_sentence_is_highlighted_in_the_document(client):
    item = client.get("/api/events", params={"partner": "CHN", "type": "CONSULT"}).json()["items"][0]
    source = item["sources"][0]
    page = client.get(f"/document/{source['doc_id']}", params={"event": source["event_id"]}).text
    assert f'<mark id="hl">{source["sentence"]}</mark>' in page
    event_page = client.get(f"/event/{item['cluster_id']}").text
    assert f"/document/{source['doc_id']}?event={source['event_id']}#hl" in event_page
    wrong = client.get("/document/evil1", params={"event": source["event_id"]})
    assert wrong.status_code == 400


def test_security_headers_and_no_inline_script(client):
    for url in ("/", "/country/KAZ", "/events", "/docs", "/api/events"):
        response = client.get(url)
        policy = response.headers["content-security-policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
        assert response.headers["x-content-type-options"] == "nosniff"
        if "html" in response.headers["content-type"]:
            assert not re.search(r"<script(?![^>]*\bsrc=)", response.text), "inline script"
            assert not re.search(r"""(src|href)=["']?(https?:)?//""", response.text), "remote asset"


def test_static_assets_are_served_by_the_app(client):
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200


def test_database_is_opened_read_only(client, web_db):
    store = client.app.state.web.store
    assert store.read_only
    with pytest.raises(Exception):
        store.conn.execute("DELETE FROM events")


def test_missing_database_is_the_store_error(tmp_path):
    from multivector.errors import StoreError
    from multivector.web import create_app

    with pytest.raises(StoreError) as caught:
        create_app(tmp_path / "none.duckdb")
    assert caught.value.code == "MV301" and "no database here" in str(caught.value)
