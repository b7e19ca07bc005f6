"""The three real datasets imported completely: rows, distinct events, seconds.

Usage: python bench/imports.py [--no-write]

Imports ../shared/data's historian travels, historian visits and the ICEWS sample into
one fresh database (each in its own transaction), then imports all three again to show
that nothing is added.  Writes a `## Imports` section into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from multivector.api import import_

sys.path.insert(0, str(Path(__file__).parent))
from report_section import write_section  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATASETS = (("historian-travels", SHARED / "historian-travels"),
            ("historian-visits", SHARED / "historian-visits"),
            ("icews", SHARED / "icews-sample" / "events.2018.sample.tab"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    lines = [f"Command: `python bench/imports.py` ({date.today().isoformat()}, one run, fresh database)",
             "", "| dataset | rows read | new | again: new | distinct events after | seconds | rows/s |",
             "|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "imports.duckdb"
        for kind, path in DATASETS:
            started = time.perf_counter()
            first = import_(kind, path, db=db)
            seconds = time.perf_counter() - started
            again = import_(kind, path, db=db)
            lines.append(f"| {kind} | {first.rows_read:,} | {first.rows_new:,} | {again.rows_new} | "
                         f"{first.distinct_events:,} | {seconds:.1f} | {first.rows_read / seconds:,.0f} |")
    lines += ["", "Rows read are the dataset's records after exact duplicates (two pairs of historian "
              "trips) and ICEWS rows without a PLOVER equivalent (CAMEO 010, 014, 017) are set aside; "
              "see docs/importers.md."]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section("Imports", text)


if __name__ == "__main__":
    main()
