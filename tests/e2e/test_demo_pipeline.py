"""The demo end to end: ingest twice, balance for autumn 2022, the briefing's lead."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from multivector.cli import main

pytestmark = pytest.mark.model
WINDOW = ["--from", "2022-09-14", "--to", "2022-11-18"]


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(main, ["demo", "--out", str(folder), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert "Briefing written to" in result.output and "multivector serve --db" in result.output
    return folder


def _tables(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "mentions", "events", "indicators")}


def test_ingesting_the_demo_twice_changes_nothing(demo_run: Path) -> None:
    db = demo_run / "demo.duckdb"
    before = _tables(db)
    corpus = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "src" / "multivector"
                                     / "data" / "demo").glob("*.txt"))
    result = CliRunner().invoke(main, ["ingest", *corpus, "--db", str(db), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert "22 unchanged" in result.output
    assert _tables(db) == before


def test_autumn_2022_visits_to_kazakhstan_count_once_each(demo_run: Path) -> None:
    result = CliRunner().invoke(main, ["balance", "KAZ", "--db", str(demo_run / "demo.duckdb"),
                                       *WINDOW, "--format", "json"])
    assert result.exit_code == 0, result.output
    balance = json.loads(result.output)
    visits = {p["code"]: p["visits_in"] for p in balance["partners"]}
    # Xi's visit and Putin's are each reported by two documents: still one visit each
    assert visits == {"CHN": 1, "RUS": 1, "USA": 1, "EU": 2}
    high = {p["code"]: p["high_level_visits_in"] for p in balance["partners"]}
    assert high == {"CHN": 1, "RUS": 1, "USA": 0, "EU": 2}
    shares = [p["share"] for p in balance["partners"]]
    assert abs(sum(shares) - 1.0) < 1e-5  # shares are rounded to 6 places
    assert balance["concentration"]["hhi"] == pytest.approx(sum(s * s for s in shares), abs=1e-4)


def test_brief_opens_with_the_visits_each_cited(demo_run: Path) -> None:
    text = (demo_run / "brief-KAZ.md").read_text("utf-8")
    lead = text.split("\n\n")[2]
    assert lead.startswith("Between 14 September and 18 November 2022, visitors from")
    for name, day in (("Xi Jinping", "14 September"), ("Vladimir Putin", "12 October"),
                      ("Charles Michel", "27 October"), ("Donald Lu", "6\u201311 November"),
                      ("Josep Borrell", "16\u201317 November")):
        match = re.search(re.escape(name) + r"[^()]*\(" + re.escape(day) + r"[^)]*\) \[(\d+)\]", lead)
        assert match, f"{name} ({day}) is not in the lead: {lead}"
        source = re.search(rf"^{match.group(1)}\. (.*)$", text.split("## Sources", 1)[1], re.M)
        assert source and name.split()[-1] in source.group(1)
    html = (demo_run / "brief-KAZ.html").read_text("utf-8")
    assert "<svg" in html and not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", html)
