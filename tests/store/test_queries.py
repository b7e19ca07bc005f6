"""Filters and reading back."""

from __future__ import annotations

from datetime import date

import duckdb
from storefakes import document, mention

from multivector.store import StoredDocument


def _fill(store):  # type: ignore[no-untyped-def]
    events = [
        mention("a", "CHN", "KAZ", "2022-09-14"),
        mention("b", "KAZ", "RUS", "2022-10-14", mode="phone"),
        mention("c", "USA", "KAZ", "2022-11-01", event_type="SANCTION", mode=None),
        mention("d", "RUS", "UKR", "2022-02-24", event_type="ASSAULT", mode=None),
    ]
    with store.transaction():
        store.write_documents([StoredDocument(document(e.doc_id), [e]) for e in events])


def test_country_matches_either_side_and_partner_the_other(store):
    _fill(store)
    assert store.count_events(country="KAZ") == 3
    assert [e.event.doc_id for e in store.distinct_events(country="KAZ", partner="RUS")] == ["b"]
    assert [e.event.doc_id for e in store.distinct_events(country="RUS", partner="KAZ")] == ["b"]
    assert store.count_events(partner="UKR") == 1


def test_type_mode_and_date_filters(store):
    _fill(store)
    assert store.count_events(event_type="sanction") == 1
    assert store.count_events(mode="phone") == 1
    assert store.count_events(date_from=date(2022, 10, 14)) == 2
    assert store.count_events(date_to=date(2022, 9, 14)) == 2
    assert store.count_events(dataset="news") == 4 and store.count_events(dataset="icews") == 0


def test_order_limit_and_offset(store):
    _fill(store)
    dates = [e.event.date.start for e in store.distinct_events()]
    assert dates == sorted(dates)
    assert [e.event.doc_id for e in store.distinct_events(limit=2, offset=1)] == ["a", "b"]
    assert store.distinct_events(order="-date")[0].event.doc_id == "c"


def test_sources_carry_document_metadata(store):
    _fill(store)
    source = store.distinct_events(country="CHN")[0].sources[0]
    assert (source.title, source.published, source.dataset) == ("Title a", date(2022, 9, 15), "news")
    assert source.to_dict()["span"] == [0, 10]


def test_documents_listing_and_lookup(store):
    _fill(store)
    assert [d.doc_id for d in store.documents(limit=2)] == ["a", "b"]
    assert store.document("missing") is None


def test_parquet_export_has_the_flat_columns(store, tmp_path):
    _fill(store)
    out = tmp_path / "events.parquet"
    assert store.export_parquet(out, country="KAZ") == 3
    rows = duckdb.sql(f"SELECT actor_code, datasets FROM read_parquet('{out}') "
                      "ORDER BY date_start").fetchall()
    assert rows == [("CHN", "news"), ("KAZ", "news"), ("USA", "news")]
