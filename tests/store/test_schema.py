from __future__ import annotations

import duckdb
import pytest

from multivector.errors import StoreError
from multivector.store import Store
from multivector.store.schema import MIGRATIONS, SCHEMA_VERSION, current_version


def test_new_database_gets_every_table_and_the_version(tmp_path):
    path = tmp_path / "mv.duckdb"
    with Store(path) as store:
        tables = {r[0] for r in store.conn.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        assert {"documents", "mentions", "events", "indicators", "import_runs",
                "ingest_runs", "schema_version"} <= tables
        assert current_version(store.conn) == SCHEMA_VERSION == len(MIGRATIONS)
    with Store(path) as store:  # reopening applies nothing twice
        assert store.conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_is_refused_with_mv302(tmp_path):
    path = tmp_path / "future.duckdb"
    with Store(path) as store:
        store.conn.execute("INSERT INTO schema_version VALUES (?, 'from the future', now())",
                           [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.code == "MV302"
    assert str(path) in caught.value.render()


def test_read_only_open_of_a_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(StoreError) as caught:
        Store(tmp_path / "absent.duckdb", read_only=True)
    assert caught.value.code == "MV301"
    assert "multivector ingest" in caught.value.message


def test_read_only_open_of_an_old_schema_is_refused(tmp_path):
    path = tmp_path / "old.duckdb"
    duckdb.connect(str(path)).close()  # schema version 0
    with pytest.raises(StoreError) as caught:
        Store(path, read_only=True)
    assert caught.value.code == "MV301"


def test_a_file_that_is_not_a_database_is_mv301(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database at all\n" * 100)
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.code == "MV301"
