"""Hostile document text is shown as text, never run: pages escape everything."""

from __future__ import annotations

from web_fixtures import HOSTILE, HOSTILE_SENTENCE

ESCAPED = "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"


def _hostile_event(client):
    items = client.get("/api/events", params={"type": "ACCUSE"}).json()["items"]
    assert items and HOSTILE in items[0]["sentence"]  # the API returns the data as stored
    return items[0]


def test_document_page_shows_script_as_text(client):
    source = _hostile_event(client)["sources"][0]
    page = client.get(f"/document/{source['doc_id']}", params={"event": source["event_id"]}).text
    assert HOSTILE not in page and "<b>Breaking</b>" not in page and "<i>report</i>" not in page
    assert ESCAPED in page and "&lt;b&gt;Breaking&lt;/b&gt;" in page
    assert "<title>Report " + ESCAPED in page  # the title too
    assert '<mark id="hl">' + HOSTILE_SENTENCE.replace(HOSTILE, ESCAPED) + "</mark>" in page


def test_event_and_list_pages_escape_the_sentence_and_title(client):
    item = _hostile_event(client)
    for url in (f"/event/{item['cluster_id']}", "/country/KAZ", "/events?type=ACCUSE"):
        page = client.get(url).text
        assert HOSTILE not in page, url
    assert ESCAPED in client.get(f"/event/{item['cluster_id']}").text


def test_hostile_query_values_are_not_reflected_raw(client):
    response = client.get("/events", params={"country": "<i>x</i>"})
    assert response.status_code == 400
    assert "<i>x</i>" not in response.text and "&lt;i&gt;x&lt;/i&gt;" in response.text


def test_briefing_of_hostile_text_is_escaped(client):
    page = client.get("/brief/KAZ.html").text
    assert HOSTILE not in page
