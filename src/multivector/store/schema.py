"""The database schema as ordered migrations.

Each migration is a list of SQL statements applied in one transaction, and its number
is recorded in ``schema_version``.  A database written by a newer multivector (a version
number we do not know) is refused with MV302 rather than misread.

Why no PRIMARY KEY constraints: DuckDB checks unique indexes eagerly, and replacing a
changed document deletes and re-inserts rows with the same keys in one transaction;
uniqueness is kept by the writer instead (it always deletes before it inserts).
"""

from __future__ import annotations

from typing import Any

from multivector.errors import StoreError

_PERSON = "{p}_code VARCHAR, {p}_sector VARCHAR, {p}_name VARCHAR, {p}_role VARCHAR, {p}_text VARCHAR"
_EVENT_COLUMNS = f"""
    event_type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR, score DOUBLE,
    {_PERSON.format(p="actor")}, {_PERSON.format(p="recipient")},
    date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR,
    location_name VARCHAR, location_code VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_geonameid BIGINT,
    sentence VARCHAR, span_start INTEGER, span_end INTEGER, confidence DOUBLE,
    source_dataset VARCHAR, source_id VARCHAR"""
EVENT_COLUMNS_SQL = _EVENT_COLUMNS  # also the columns of Parquet event partitions

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("documents, mentions, distinct events, indicators, run logs", [
        """CREATE TABLE documents (
            doc_id VARCHAR NOT NULL, url VARCHAR, title VARCHAR, source VARCHAR,
            published DATE, text VARCHAR NOT NULL, text_hash VARCHAR NOT NULL,
            origin VARCHAR, dataset VARCHAR, ingested_at TIMESTAMP NOT NULL)""",
        f"""CREATE TABLE mentions (
            event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, {_EVENT_COLUMNS},
            group_key VARCHAR, cluster_id VARCHAR)""",
        f"""CREATE TABLE events (
            cluster_id VARCHAR NOT NULL, group_key VARCHAR, event_id VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL, {_EVENT_COLUMNS},
            n_sources INTEGER NOT NULL, n_mentions INTEGER NOT NULL, datasets VARCHAR[])""",
        """CREATE TABLE indicators (
            indicator_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
            actors VARCHAR[], value DOUBLE, unit VARCHAR,
            period_start DATE, period_end DATE, period_precision VARCHAR, period_text VARCHAR,
            sentence VARCHAR, span_start INTEGER, span_end INTEGER)""",
        "CREATE SEQUENCE run_ids START 1",
        """CREATE TABLE import_runs (
            run_id INTEGER NOT NULL, kind VARCHAR NOT NULL, path VARCHAR NOT NULL,
            started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, status VARCHAR NOT NULL,
            rows_read INTEGER DEFAULT 0, rows_new INTEGER DEFAULT 0,
            rows_duplicate INTEGER DEFAULT 0)""",
        """CREATE TABLE ingest_runs (
            run_id INTEGER NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
            status VARCHAR NOT NULL, docs_new INTEGER DEFAULT 0,
            docs_unchanged INTEGER DEFAULT 0, docs_replaced INTEGER DEFAULT 0,
            docs_failed INTEGER DEFAULT 0, events INTEGER DEFAULT 0,
            indicators INTEGER DEFAULT 0)""",
        "CREATE INDEX mentions_doc ON mentions (doc_id)",
        "CREATE INDEX mentions_group ON mentions (group_key)",
        "CREATE INDEX documents_id ON documents (doc_id)",
    ]),
]

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Any) -> int:
    """The schema version recorded in the database (0 for a new, empty one)."""
    found = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' "
        "AND table_schema = current_schema()").fetchone()[0]
    if not found:
        return 0
    return int(conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0])


def migrate(conn: Any, path: str, *, read_only: bool = False) -> int:
    """Bring the schema up to ``SCHEMA_VERSION``; each step is its own transaction.

    On PostgreSQL, processes opening a new database at once take turns (a session
    advisory lock), so the migrations run exactly once.
    """
    from multivector.store.backend import WRITE_LOCK, dialect, redact

    path = redact(path)
    if dialect(conn) != "postgres" or read_only:
        return _migrate(conn, path, read_only=read_only)
    conn.execute(f"SELECT pg_advisory_lock({WRITE_LOCK})")
    try:
        return _migrate(conn, path, read_only=read_only)
    finally:
        conn.execute(f"SELECT pg_advisory_unlock({WRITE_LOCK})")


def _migrate(conn: Any, path: str, *, read_only: bool) -> int:
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this multivector supports "
            f"({SCHEMA_VERSION}): upgrade multivector or use another --db file",
            code="MV302", path=path)
    if version == SCHEMA_VERSION:
        return version
    if read_only:
        raise StoreError(
            f"database schema version {version} is older than {SCHEMA_VERSION} and the "
            "database is open read-only: run `multivector ingest` or `import` on it once to "
            "upgrade it", code="MV301", path=path)
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                 "version INTEGER NOT NULL, description VARCHAR, applied_at TIMESTAMP)")
    for number, (description, statements) in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            for statement in statements:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?, current_timestamp)",
                         [number, description])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
