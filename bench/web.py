"""Web dashboard benchmark: page loads over a million synthetic events.

    .venv/bin/python bench/web.py            # 1,000,000 events (about a minute to generate)
    .venv/bin/python bench/web.py --events 100000 --no-write

Builds a temporary database with the store's schema and fills it inside DuckDB with
``range()``: distinct events over sixteen actor codes and 25 years, one mention each
(so every event has a source sentence) and one short document per hundred events.
Then it starts the dashboard on 127.0.0.1 with uvicorn in this process and times
full page loads with a plain HTTP client (the HTML response, as a browser receives it;
the CSS and JS files are static and cached).  Median of five loads per page after one
warm-up load.  Writes the figures into BENCHMARKS.md under ``## Web``.
"""

from __future__ import annotations

import argparse
import platform
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from report_section import write_section  # noqa: E402

from multivector.store import Store  # noqa: E402
from multivector.web import create_app  # noqa: E402

COMMAND = ".venv/bin/python bench/web.py"
CODES = "['KAZ','CHN','RUS','USA','EU','UZB','KGZ','TUR','IRN','IND','DEU','FRA','GBR','JPN','KOR','PAK']"
TYPES = "['CONSULT','AGREE','SUPPORT','COOPERATE','ACCUSE','SANCTION','REJECT','AID']"
ROLES = "['head of state','foreign minister',NULL,NULL,'head of government',NULL,NULL]"
PLACES = ("[{'n':'Astana','c':'KAZ','lat':51.18,'lon':71.45},{'n':'Beijing','c':'CHN','lat':39.91,'lon':116.40},"
          "{'n':'Moscow','c':'RUS','lat':55.75,'lon':37.62},{'n':'Washington','c':'USA','lat':38.90,'lon':-77.04},"
          "{'n':'Brussels','c':'BEL','lat':50.85,'lon':4.35},{'n':'Tashkent','c':'UZB','lat':41.26,'lon':69.22},"
          "{'n':'Ankara','c':'TUR','lat':39.93,'lon':32.86},{'n':'Tokyo','c':'JPN','lat':35.69,'lon':139.69}]")


def make_database(path: Path, n: int) -> float:
    """Fill a new database at ``path`` with ``n`` synthetic distinct events; returns seconds."""
    start = time.perf_counter()
    with Store(path) as store:
        conn = store.conn
        conn.execute(f"""
            CREATE TEMP TABLE synth AS
            SELECT i, 'c' || i AS cluster_id, 'e' || i AS event_id, 'd' || (i // 100) AS doc_id,
                   {TYPES}[1 + i % 8] AS event_type,
                   {CODES}[1 + (i // 7) % 16] AS actor_code,
                   {CODES}[1 + (i // 7 + 1 + (i // 113) % 15) % 16] AS recipient_code,
                   {ROLES}[1 + i % 7] AS actor_role,
                   DATE '2000-01-01' + CAST(hash(i) % 9131 AS INTEGER) AS day,
                   {PLACES}[1 + (i // 3) % 8] AS place
            FROM range({n}) t(i)""")
        conn.execute("""
            INSERT INTO events (cluster_id, group_key, event_id, doc_id, event_type, mode,
                                actor_code, actor_role, recipient_code, date_start, date_end,
                                date_precision, location_name, location_code, location_lat,
                                location_lon, sentence, span_start, span_end, confidence,
                                n_sources, n_mentions, datasets)
            SELECT cluster_id, event_type || ':' || actor_code, event_id, doc_id, event_type,
                   CASE WHEN event_type = 'CONSULT' THEN 'visit' END, actor_code, actor_role,
                   recipient_code, day, day, 'day',
                   CASE WHEN i % 2 = 0 THEN place.n END, CASE WHEN i % 2 = 0 THEN place.c END,
                   CASE WHEN i % 2 = 0 THEN place.lat END, CASE WHEN i % 2 = 0 THEN place.lon END,
                   'Synthetic sentence number ' || i || '.', (i % 100) * 40,
                   (i % 100) * 40 + 30, 0.8, 1, 1, ['news']
            FROM synth""")
        conn.execute("""
            INSERT INTO mentions (event_id, doc_id, event_type, mode, actor_code, actor_role,
                                  recipient_code, date_start, date_end, date_precision,
                                  sentence, span_start, span_end, confidence, group_key,
                                  cluster_id)
            SELECT event_id, doc_id, event_type, mode, actor_code, actor_role, recipient_code,
                   date_start, date_end, date_precision, sentence, span_start, span_end,
                   confidence, group_key, cluster_id FROM events""")
        conn.execute(f"""
            INSERT INTO documents (doc_id, title, published, text, text_hash, ingested_at)
            SELECT 'd' || j, 'Synthetic document ' || j, DATE '2000-01-01' + CAST(j % 9131 AS INTEGER),
                   repeat('Synthetic filler sentence text. ', 125), 'h' || j, current_timestamp
            FROM range({(n + 99) // 100}) t(j)""")
    return time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


PAGES = (
    ("home page (countries)", "/"),
    ("country overview KAZ, 2022", "/country/KAZ?from=2022-01-01&to=2022-12-31"),
    ("country overview KAZ, whole 25 years", "/country/KAZ"),
    ("events table, no filter, page 1", "/events"),
    ("events table, KAZ-CHN CONSULT, sorted by type, page 5", "/events?country=KAZ&partner=CHN&type=CONSULT&sort=type&page=5"),
    ("events table, sorted newest first, page 2,000", "/events?sort=-date&page=2000"),
    ("one event with its sources", "/event/c123457"),
    ("document with highlighted sentence", "/document/d1234?event=e123457"),
    ("dyad view KAZ-RUS by year", "/dyad?a=KAZ&b=RUS&by=year"),
    ("API events, KAZ, 100 a page", "/api/events?country=KAZ&per_page=100"),
    ("API /api/balance/KAZ (2022)", "/api/balance/KAZ?from=2022-01-01&to=2022-12-31"),
)


def time_pages(db: Path, runs: int = 5) -> list[tuple[str, str, float, float, int]]:
    app = create_app(db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    results = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for label, url in PAGES:
                start = time.perf_counter()
                client.get(url).raise_for_status()  # the first (cold) load
                cold = time.perf_counter() - start
                timings = []
                for _ in range(runs):
                    start = time.perf_counter()
                    response = client.get(url)
                    timings.append(time.perf_counter() - start)
                    response.raise_for_status()
                results.append((label, url, cold, statistics.median(timings), len(response.content)))
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--no-write", action="store_true", help="Print only; leave BENCHMARKS.md.")
    args = parser.parse_args(argv)
    import duckdb

    with tempfile.TemporaryDirectory() as name:
        db = Path(name) / "bench.duckdb"
        generate = make_database(db, args.events)
        results = time_pages(db)
    lines = [f"Produced by `{COMMAND}` (uvicorn on 127.0.0.1 in the same process, httpx client; "
             f"duckdb {duckdb.__version__}, Python {platform.python_version()}, "
             f"{platform.machine()}, shared 2-core machine). {args.events:,} synthetic distinct "
             f"events over 16 actors and 25 years, one mention each, generated in {generate:.0f} s. "
             "Time to receive the full HTML (or JSON) response: the first load, then the median "
             "of five more (nothing is cached by the app; DuckDB's buffer cache is warm).", "",
             "| page | URL | first load | median of 5 | size |", "|---|---|---|---|---|"]
    for label, url, cold, seconds, size in results:
        lines.append(f"| {label} | `{url}` | {cold * 1000:.0f} ms | {seconds * 1000:.0f} ms "
                     f"| {size / 1024:.0f} KiB |")
    slow = [label for label, _u, _c, seconds, _s in results if seconds >= 1.0]
    if slow:
        lines += ["", "Over one second: " + "; ".join(slow) + ". The overview's balance is "
                  "computed in Python by `analysis.compute_balance` over every engagement in the "
                  "window (about 50,000 lean events for 25 years here); a window of a few years, "
                  "or a balance aggregated in SQL by the analysis package, keeps it under a second."]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        write_section("Web", body)
    return 0 if all(seconds < 1.0 for _l, _u, _c, seconds, _s in results) else 1


if __name__ == "__main__":
    sys.exit(main())
