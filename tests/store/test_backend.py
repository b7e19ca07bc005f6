"""The PostgreSQL side of the store's SQL, without a server: translation and names."""

from __future__ import annotations

import pytest

from multivector.store.backend import display_name, is_postgres_url, redact, to_postgres


@pytest.mark.parametrize("duckdb_sql, postgres_sql", [
    ("SELECT * FROM events WHERE doc_id = ?", "SELECT * FROM events WHERE doc_id = %s"),
    ("WHERE list_contains(e.datasets, ?)", "WHERE %s = ANY(e.datasets)"),
    ("AND list_contains(?, e.recipient_code)", "AND e.recipient_code = ANY(%s)"),
    ("SELECT value * 100 % 7 FROM t WHERE x = $1", "SELECT value * 100 %% 7 FROM t WHERE x = %s"),
    ("CREATE OR REPLACE TEMP TABLE picked AS SELECT 1",
     "DROP TABLE IF EXISTS picked; CREATE TEMP TABLE picked AS SELECT 1"),
    ("CREATE TABLE t (name VARCHAR, tags VARCHAR[], value DOUBLE)",
     'CREATE TABLE t (name VARCHAR COLLATE "C", tags VARCHAR[], value DOUBLE PRECISION)'),
])
def test_duckdb_sql_is_translated(duckdb_sql, postgres_sql):
    assert to_postgres(duckdb_sql) == postgres_sql


def test_urls_are_recognised_and_redacted():
    url = "postgresql://ana:s3cret@db.example.org:5433/news?options=-csearch_path%3Dteam"
    assert is_postgres_url(url) and is_postgres_url("postgres://h/db")
    assert not is_postgres_url("kaz.duckdb")
    assert "s3cret" not in redact(url) and redact(url).startswith("postgresql://ana:***@")
    assert display_name(url) == "news on db.example.org"
    assert display_name("postgresql:///news") == "news on localhost"
    assert display_name("data/kaz.duckdb") == "kaz.duckdb"
