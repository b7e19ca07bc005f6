"""The database engines behind ``Store``: DuckDB (embedded, the default) and PostgreSQL.

The store's SQL is written once, in DuckDB's dialect; for PostgreSQL a thin connection
wrapper rewrites the few constructs that differ (parameter markers, ``CREATE OR REPLACE
TEMP TABLE``, ``list_contains``, ``DOUBLE``) and bulk inserts go through COPY.  Writers
to PostgreSQL take one advisory lock per transaction, so concurrent ingests from several
processes are serialised at write time only (extraction, the slow part, runs in
parallel) and can neither duplicate nor interleave rows.  See docs/postgres.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import duckdb

from multivector.errors import StoreError

# Any constant will do: every multivector writer on one database takes the same lock.
WRITE_LOCK = 7_314_159_265


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def redact(target: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", target)


def display_name(target: str) -> str:
    """A short name for the database, for pages: the file's name, or ``DB on HOST``
    for a PostgreSQL URL (never its user, password or options)."""
    if is_postgres_url(target):
        parts = urlsplit(target)
        database = parts.path.lstrip("/") or "postgres"
        return f"{database} on {parts.hostname or 'localhost'}"
    return Path(target).name


_REPLACE_TEMP = re.compile(r"CREATE OR REPLACE TEMP TABLE (\w+) AS", re.I)
_LIST_CONTAINS = re.compile(r"list_contains\(([\w.]+), \?\)")
_LIST_PARAM_CONTAINS = re.compile(r"list_contains\(\?, ([\w.]+)\)")
_DOLLAR = re.compile(r"\$\d+")
_DOUBLE = re.compile(r"\bDOUBLE\b(?! PRECISION)")
_TEXT_COLUMN = re.compile(r"\bVARCHAR\b(?!\[)")


def to_postgres(sql: str) -> str:
    """DuckDB-dialect SQL as PostgreSQL runs it (only the constructs the store uses)."""
    sql = _REPLACE_TEMP.sub(r"DROP TABLE IF EXISTS \1; CREATE TEMP TABLE \1 AS", sql)
    sql = _LIST_CONTAINS.sub(r"? = ANY(\1)", sql)
    sql = _LIST_PARAM_CONTAINS.sub(r"\1 = ANY(?)", sql)
    sql = _DOUBLE.sub("DOUBLE PRECISION", sql)
    if sql.lstrip().upper().startswith("CREATE TABLE"):
        # Byte order, as DuckDB sorts: results must not depend on the server's locale.
        sql = _TEXT_COLUMN.sub('VARCHAR COLLATE "C"', sql)
    sql = sql.replace("%", "%%").replace("?", "%s")
    return _DOLLAR.sub("%s", sql)


class PostgresConnection:
    """A psycopg connection that answers the calls the store makes on a DuckDB one."""

    dialect = "postgres"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError("a PostgreSQL URL needs psycopg: pip install 'psycopg[binary]'",
                             code="MV304", path=redact(url)) from None
        self.errors: tuple[type[BaseException], ...] = (psycopg.Error,)
        try:
            self.raw = psycopg.connect(url, autocommit=True)
        except psycopg.Error as err:
            raise StoreError(f"cannot connect to PostgreSQL: {str(err).strip()}", code="MV301",
                             path=redact(url)) from None
        if read_only:
            self.raw.execute("SET default_transaction_read_only = on")
        self.owns_connection = True

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        translated = to_postgres(sql)
        statements = translated.split("; ") if "CREATE OR REPLACE" in sql else [translated]
        cursor = self.raw.cursor()
        for number, statement in enumerate(statements, start=1):
            cursor.execute(statement, params if number == len(statements) else ())
        return cursor

    def cursor(self) -> PostgresConnection:
        """A handle on the same connection, as DuckDB's ``cursor()`` gives one per caller
        (the web app takes one per request).  Closing it leaves the connection open;
        psycopg serialises the threads that share a connection."""
        handle = object.__new__(PostgresConnection)
        handle.raw, handle.errors, handle.owns_connection = self.raw, self.errors, False
        return handle

    def insert_rows(self, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        with self.raw.cursor() as cursor, cursor.copy(
                f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def close(self) -> None:
        if self.owns_connection:
            self.raw.close()


def connect(target: str, *, read_only: bool = False) -> Any:
    """A connection to a DuckDB file (or ``:memory:``) or a ``postgresql://`` URL."""
    if is_postgres_url(target):
        return PostgresConnection(target, read_only=read_only)
    try:
        return duckdb.connect(target, read_only=read_only)
    except duckdb.Error as err:
        raise StoreError(f"cannot open the database: {err}", code="MV301", path=target) from None


def dialect(conn: Any) -> str:
    return getattr(conn, "dialect", "duckdb")


def database_errors(conn: Any) -> tuple[type[BaseException], ...]:
    return (duckdb.Error, *getattr(conn, "errors", ()))


def begin_write(conn: Any) -> None:
    """Start a write transaction; on PostgreSQL wait for the database's write lock."""
    conn.execute("BEGIN TRANSACTION")
    if dialect(conn) == "postgres":
        conn.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def insert_extra_values(extra: dict[str, str]) -> list[Any]:
    """Values for the SQL-expression columns of ``insert_columns`` when rows are copied."""
    now = datetime.now()
    values = []
    for expression in extra.values():
        if expression.lower() not in {"current_timestamp", "now()"}:
            raise ValueError(f"cannot copy the expression {expression!r}")
        values.append(now)
    return values
