"""``multivector demo``: the whole pipeline on the bundled demo corpus.

Ingests the demo documents (shipped in ``multivector/data/demo``) into an embedded
database, computes Kazakhstan's balance for autumn 2022 and writes the briefing as
Markdown and as one self-contained HTML page.  Running it again gives the same files:
re-ingesting unchanged documents changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from multivector.store.progress import Progress

DEMO_COUNTRY = "KAZ"
DEMO_FROM = date(2022, 9, 14)
DEMO_TO = date(2022, 11, 18)


@dataclass(frozen=True)
class DemoResult:
    folder: Path
    db: Path
    documents: int
    events: int
    brief_md: Path
    brief_html: Path
    balance_json: Path


def demo_corpus() -> list[Path]:
    folder = resources.files("multivector.data") / "demo"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def demo(folder: str | Path = "multivector-demo", *, workers: int = 2,
         progress: Progress | None = None) -> DemoResult:
    """Run the demo end to end into ``folder``; returns where everything was written."""
    from multivector.analysis.api import balance
    from multivector.report.api import brief
    from multivector.store.api import ingest

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "demo.duckdb"
    summary = ingest([str(p) for p in demo_corpus()], db=db, workers=workers, progress=progress)
    result = balance(DEMO_COUNTRY, db=db, date_from=DEMO_FROM, date_to=DEMO_TO)
    balance_json = out / "balance-KAZ.json"
    balance_json.write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    md = brief(DEMO_COUNTRY, db=db, date_from=DEMO_FROM, date_to=DEMO_TO, out=out / "brief-KAZ.md")
    html = brief(DEMO_COUNTRY, db=db, date_from=DEMO_FROM, date_to=DEMO_TO, out=out / "brief-KAZ.html")
    return DemoResult(folder=out, db=db, documents=summary.docs_read,
                      events=summary.distinct_events, brief_md=Path(md.path),
                      brief_html=Path(html.path), balance_json=balance_json)
