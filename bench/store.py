"""Store benchmarks: import throughput and query latency.

    PYTHONPATH=src .venv/bin/python bench/store.py

1. Import throughput of the ICEWS sample (../shared/data) through ``multivector import``
   (parse + provenance documents + dedup, one transaction) against DuckDB's own
   ``read_csv`` of the same file into a table (one run each).
2. Full re-clustering of 100,000 synthetic mentions (generated inside DuckDB).
3. Latency of a monthly dyad count over ten million synthetic distinct events,
   generated inside DuckDB with ``range()`` (median of five runs).

Prints a markdown snippet and writes it into BENCHMARKS.md under ``## Store``.
"""

from __future__ import annotations

import platform
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from multivector.store import Store

ROOT = Path(__file__).resolve().parents[1]
ICEWS = ROOT.parent / "shared" / "data" / "icews-sample" / "events.2018.sample.tab"
COMMAND = "PYTHONPATH=src .venv/bin/python bench/store.py"
CODES = "['KAZ','CHN','RUS','USA','EU','UZB','KGZ','TUR','IRN','IND','DEU','FRA','GBR','JPN','KOR','PAK']"


def import_throughput(tmp: Path) -> tuple[int, float, float]:
    with Store(tmp / "import.duckdb") as store:
        start = time.perf_counter()
        summary = store.import_events("icews", ICEWS)
        ours = time.perf_counter() - start
    conn = duckdb.connect(str(tmp / "raw.duckdb"))
    start = time.perf_counter()
    conn.execute(f"CREATE TABLE raw AS SELECT * FROM read_csv('{ICEWS}', delim='\\t', header=true)")
    raw_rows = conn.execute("SELECT count(*) FROM raw").fetchone()[0]
    theirs = time.perf_counter() - start
    conn.close()
    return summary.rows_read, summary.rows_read / ours, raw_rows / theirs


def recluster_time(tmp: Path, n: int = 100_000) -> tuple[int, float]:
    with Store(tmp / "recluster.duckdb") as store:
        store.conn.execute(f"""
            INSERT INTO mentions (event_id, doc_id, event_type, mode, actor_code, recipient_code,
                                  date_start, date_end, date_precision, confidence, group_key)
            SELECT 'm' || i, 'd' || (i // 3), 'CONSULT', 'visit', a, r, d, d, 'day', 0.8,
                   'CONSULT:' || least(a, r) || '~' || greatest(a, r)
            FROM (SELECT i, {CODES}[1 + i % 16] AS a, {CODES}[1 + (i // 16) % 16] AS r,
                         DATE '2000-01-01' + CAST(hash(i) % 9000 AS INTEGER) AS d
                  FROM range({n}) t(i)) WHERE a <> r""")
        rows = store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        start = time.perf_counter()
        store.recluster()
        return rows, time.perf_counter() - start


def monthly_dyad_latency(tmp: Path, n: int = 10_000_000) -> tuple[float, float]:
    with Store(tmp / "query.duckdb") as store:
        start = time.perf_counter()
        store.conn.execute(f"""
            INSERT INTO events (cluster_id, event_id, doc_id, event_type, actor_code,
                                recipient_code, date_start, date_end, date_precision,
                                n_sources, n_mentions)
            SELECT 'c' || i, 'e' || i, 'd' || i,
                   ['CONSULT','AGREE','SUPPORT','COOPERATE','ACCUSE','SANCTION'][1 + i % 6],
                   {CODES}[1 + (i // 7) % 16], {CODES}[1 + (i // 113) % 16],
                   DATE '2000-01-01' + CAST(i % 9131 AS INTEGER),
                   DATE '2000-01-01' + CAST(i % 9131 AS INTEGER), 'day', 1, 1
            FROM range({n}) t(i)""")
        generate = time.perf_counter() - start
        from multivector.store.queries import event_filters

        where, params = event_filters(country="KAZ", partner="CHN")
        sql = (f"SELECT date_trunc('month', e.date_start) AS month, count(*) FROM events e{where} "
               "GROUP BY month ORDER BY month")
        timings = []
        for _ in range(5):
            start = time.perf_counter()
            store.conn.execute(sql, params).fetchall()
            timings.append(time.perf_counter() - start)
        return generate, statistics.median(timings)


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        rows, ours, theirs = import_throughput(tmp)
        mentions, recluster = recluster_time(tmp)
        generate, latency = monthly_dyad_latency(tmp)
    snippet = "\n".join([
        "## Store",
        "",
        f"Produced by `{COMMAND}` (duckdb {duckdb.__version__}, Python "
        f"{platform.python_version()}, {platform.machine()}, shared 2-core machine, one run).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| ICEWS sample import ({rows:,} rows: parse, provenance documents, dedup) | {ours:,.0f} rows/s |",
        f"| DuckDB `read_csv` of the same file into a table | {theirs:,.0f} rows/s |",
        f"| ratio (multivector / read_csv) | {ours / theirs:.3f} |",
        f"| full re-clustering of {mentions:,} synthetic mentions | {recluster:.2f} s |",
        f"| generate 10,000,000 synthetic distinct events in DuckDB | {generate:.1f} s |",
        f"| monthly dyad count (KAZ-CHN, either direction) over 10M events, median of 5 | {latency * 1000:.0f} ms |",
        "",
    ])
    print(snippet)
    target = ROOT / "BENCHMARKS.md"
    text = target.read_text() if target.exists() else "# Benchmarks\n\n"
    section = re.compile(r"^## Store\n.*?(?=^## |\Z)", re.S | re.M)
    text = section.sub(lambda _: snippet + "\n", text) if section.search(text) else text.rstrip("\n") + "\n\n" + snippet
    target.write_text(text)


if __name__ == "__main__":
    sys.exit(main())
