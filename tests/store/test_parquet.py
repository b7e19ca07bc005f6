"""Parquet partitions read back into exactly the documents and records written."""

from __future__ import annotations

from datetime import date

import duckdb

from multivector.records import Actor, DateRange, Document, Event, Indicator, Place
from multivector.store.parquet import is_complete, partition_file, read_partition, write_partition


def _results():
    full = Event(doc_id="d1", event_type="CONSULT", mode="visit", cameo="042", score=4.0,
                 actor=Actor("CHN", "GOV", "Xi Jinping", "head of state", "Xi"),
                 recipient=Actor("KAZ", None, "Kazakhstan", None, "Kazakhstan"),
                 date=DateRange(date(2022, 9, 14), date(2022, 9, 14), "day", "on Wednesday"),
                 location=Place("Astana", "KAZ", 51.18, 71.45, 1526273),
                 sentence="Xi arrived in Astana.", span=(0, 21), confidence=0.9)
    bare = Event(doc_id="d1", event_type="ACCUSE", actor=None, recipient=Actor("RUS"),
                 date=None, sentence=None, span=None)
    trade = Indicator(doc_id="d2", indicator="trade", actors=("KAZ", "RUS"),
                      value=24_500_000_000, unit="USD",
                      period=DateRange(date(2021, 1, 1), date(2021, 12, 31), "year", "in 2021"),
                      sentence="Trade reached $24.5 billion in 2021.", span=(3, 40))
    return [
        (Document("d1", "Xi arrived in Astana.", date(2022, 9, 14), "T", "http://x", "S",
                  "a.jsonl", 3), [full, bare]),
        (Document("d2", "Trade reached $24.5 billion in 2021."), [trade]),
        (Document("d3", "Nothing here."), []),
    ]


def test_partition_round_trips_records_in_order(tmp_path):
    results = _results()
    counts = write_partition(tmp_path, "part-a", results)
    assert counts == {"events": 2, "indicators": 1, "documents": 3}
    assert is_complete(tmp_path, "part-a")
    back = read_partition(tmp_path, "part-a")
    assert back == results
    assert [r.to_json() for _, rs in back for r in rs] == \
        [r.to_json() for _, rs in results for r in rs]


def test_duplicate_document_ids_keep_their_own_records(tmp_path):
    first, second = _results()[0], (_results()[0][0], [])
    write_partition(tmp_path, "p", [first, second])
    assert read_partition(tmp_path, "p") == [first, second]


def test_partition_files_are_a_queryable_lake(tmp_path):
    write_partition(tmp_path, "p1", _results()[:1])
    write_partition(tmp_path, "p2", _results()[1:])
    lake = str(tmp_path).replace("'", "''")
    rows = duckdb.sql(f"SELECT event_type, count(*) FROM '{lake}/events/*.parquet' "
                      "GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [("ACCUSE", 1), ("CONSULT", 1)]
    assert duckdb.sql(f"SELECT count(*) FROM '{lake}/documents/*.parquet'").fetchall()[0][0] == 3


def test_empty_partition_is_complete_and_empty(tmp_path):
    write_partition(tmp_path, "empty", [])
    assert is_complete(tmp_path, "empty") and read_partition(tmp_path, "empty") == []
    assert partition_file(tmp_path, "events", "empty").exists()
