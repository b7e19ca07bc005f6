"""The store on PostgreSQL: same schema, same results as DuckDB, safe concurrent ingests.

Needs a server (the ``pg_url`` fixture in tests/conftest.py): skips when none answers,
except under CI=true, where .ci/run has started one.
"""

from __future__ import annotations

import json
import multiprocessing
from datetime import date, timedelta
from pathlib import Path

import pytest

from multivector.errors import StoreError
from multivector.records import Document
from multivector.store import Store
from storefakes import mention, visit_records

psycopg = pytest.importorskip("psycopg")
DEMO = Path(__file__).resolve().parents[2] / "src" / "multivector" / "data" / "demo"


def _corpus(first: int, last: int) -> list[Document]:
    """Documents n (first <= n < last): visits on varied days, some reported twice."""
    return [Document(doc_id=f"n{n}", text=f"Report number {n}.",
                     published=date(2022, 9, 1) + timedelta(days=n // 2), title=f"Report {n}")
            for n in range(first, last)]


def _records(doc: Document) -> list:
    n = int(doc.doc_id[1:])
    day = (date(2022, 9, 1) + timedelta(days=n // 2)).isoformat()
    partner = ("CHN", "RUS", "USA", "EU")[n % 4]
    return [mention(doc.doc_id, partner, "KAZ", day, place="Astana", place_code="KAZ",
                    span=(0, 9), role="head of state" if n % 3 else None),
            *(visit_records(doc.doc_id)[1:] if n % 5 == 0 else [])]


def replay(documents):
    for doc in documents:
        yield doc, _records(doc)


def _snapshot(store: Store) -> list[str]:
    return [json.dumps(item.to_dict(), sort_keys=True, default=str)
            for item in store.distinct_events()]


def test_same_writes_give_same_reads_as_duckdb(pg_url, tmp_path):
    with Store(tmp_path / "ref.duckdb") as duck, Store(pg_url) as pg:
        assert pg.dialect == "postgres"
        for store in (duck, pg):
            store.ingest(_corpus(0, 30), extractor=replay, batch_size=7)
            store.ingest(_corpus(20, 40), extractor=replay, batch_size=7)
        assert _snapshot(pg) == _snapshot(duck)
        assert pg.indicators(country="KAZ") == duck.indicators(country="KAZ")
        assert pg.documents(limit=5, offset=3) == duck.documents(limit=5, offset=3)
        assert pg.count_events(country="KAZ", partner="CHN") == \
            duck.count_events(country="KAZ", partner="CHN") > 0
        assert pg.mentions() == duck.mentions()
        pg.export_parquet(tmp_path / "pg.parquet")
        duck.export_parquet(tmp_path / "duck.parquet")
    assert (tmp_path / "pg.parquet").stat().st_size > 0


def test_reingest_changes_nothing_and_readers_cannot_write(pg_url):
    with Store(pg_url) as pg:
        pg.ingest(_corpus(0, 10), extractor=replay)
        before = _snapshot(pg)
        again = pg.ingest(_corpus(0, 10), extractor=replay)
        assert again.docs_unchanged == 10 and _snapshot(pg) == before
    with Store(pg_url, read_only=True) as reader:
        assert _snapshot(reader) == before
        with pytest.raises(StoreError):
            with reader.transaction() as tx:
                tx.execute("DELETE FROM events")


def _ingest_in_child(url: str, first: int, last: int) -> None:
    with Store(url) as store:
        store.ingest(_corpus(first, last), extractor=replay, batch_size=3)


def test_two_concurrent_ingests_of_overlapping_corpora(pg_url, tmp_path):
    spawn = multiprocessing.get_context("spawn")
    workers = [spawn.Process(target=_ingest_in_child, args=(pg_url, 0, 60)),
               spawn.Process(target=_ingest_in_child, args=(pg_url, 30, 90))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    with Store(tmp_path / "ref.duckdb") as duck:
        duck.ingest(_corpus(0, 90), extractor=replay)
        expected = _snapshot(duck)
    with Store(pg_url, read_only=True) as pg:
        count = pg.conn.execute
        assert count("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone() == (90, 90)
        assert count("SELECT count(*) = count(DISTINCT event_id) FROM mentions").fetchone()[0]
        assert count("SELECT count(*) FROM mentions WHERE cluster_id IS NULL").fetchone()[0] == 0
        assert count("SELECT status FROM ingest_runs ORDER BY run_id").fetchall() == \
            [("done",), ("done",)]
        assert _snapshot(pg) == expected


def test_unreachable_server_is_mv301_without_password():
    with pytest.raises(StoreError) as caught:
        Store("postgresql://someone:secret@127.0.0.1:1/nothing")
    assert caught.value.code == "MV301" and "secret" not in str(caught.value)


@pytest.mark.model
def test_demo_corpus_balance_identical_on_duckdb_and_postgres(pg_url, tmp_path):
    from multivector.ingest import read_documents
    from multivector.nlp.extract import extract_documents

    documents = list(read_documents(sorted(str(p) for p in DEMO.glob("*.txt"))))
    extracted = {doc.doc_id: records for doc, records in extract_documents(documents)}

    def cached(docs):
        for doc in docs:
            yield doc, extracted[doc.doc_id]

    duck_db = str(tmp_path / "demo.duckdb")
    for target in (duck_db, pg_url):
        with Store(target) as store:
            store.ingest(documents, extractor=cached)
    from multivector.analysis.api import check_codes, compute_balance

    country, partners, blocs = check_codes("KAZ", None, None)
    outputs = []
    for target in (duck_db, pg_url):
        # What `multivector balance KAZ --by quarter --format json` computes and prints.
        with Store(target, read_only=True) as store:
            events = store.distinct_events(country=country)
        result = compute_balance(events, country, partners=partners, date_from=None,
                                 date_to=None, by="quarter", blocs=blocs,
                                 eu_members_in_eu=False, resamples=200, seed=0)
        outputs.append(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["partners"]
