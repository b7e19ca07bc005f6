"""`multivector balance` end to end over a real (temporary) database, in-process."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from balance_fixtures import engagement
from click.testing import CliRunner

from multivector.cli import main
from multivector.records import Document


@pytest.fixture
def db(tmp_path):
    from multivector.store import Store, StoredDocument

    items = [engagement("CHN", "KAZ", "2022-09-14", mode="visit", role="head of state", score=4.0),
             engagement("KAZ", "RUS", "2022-11-28", mode="visit", role="head of state"),
             engagement("USA", "KAZ", "2022-11-01", "SANCTION", score=-6.0),
             engagement("EU", "KAZ", "2022-09-20", "SUPPORT", score=5.0)]
    path = tmp_path / "test.duckdb"
    with Store(path) as store, store.transaction():
        store.write_documents([
            StoredDocument(Document(item.event.doc_id, f"Text of {item.event.doc_id}.",
                                    published=date(2022, 12, 1), title=f"Title {i}"),
                           [item.event])
            for i, item in enumerate(items)])
    return str(path)


def run(*args):
    return CliRunner().invoke(main, ["balance", *args])


def test_json_output_follows_the_contract(db):
    result = run("KAZ", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    rows = {r["code"]: r for r in data["partners"]}
    assert rows["CHN"]["high_level_visits_in"] == 1 and rows["RUS"]["visits_out"] == 1
    assert rows["USA"]["net"] == -6.0
    assert data["concentration"]["hhi"] == 0.25 and data["tilt"] == {"west": 2, "east": 2, "value": 0.0}


def test_by_month_with_a_gap_and_custom_partners(db):
    result = run("kaz", "--db", db, "--format", "json", "--by", "month", "--partners", "CHN,RUS",
                 "--from", "2022-09-01", "--to", "2022-11-30")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [r["code"] for r in data["partners"]] == ["CHN", "RUS"]
    assert [p["partners"] == [] for p in data["periods"]] == [False, True, False]


def test_csv_and_table_formats(db):
    result = run("KAZ", "--db", db, "--format", "csv", "--by", "month")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["partner"] for r in rows if r["period_start"] == "2022-09-14"} == {"CHN", "RUS", "USA", "EU"}
    assert any(r["partner"] == "" and r["period_start"] == "2022-10-01" for r in rows)
    table = run("KAZ", "--db", db, "--bloc", "west=USA,EU", "--eu-members")
    assert table.exit_code == 0, table.output
    assert "CHN" in table.stdout and "HHI" in table.stdout


def test_unknown_country_is_a_user_error(db):
    result = run("XYZ", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error [MV107]: unknown country code 'XYZ'")
    result = run("KAZ", "--db", db, "--partners", "CHN,QQQ")
    assert result.exit_code == 1 and "Error [MV107]: unknown partner code 'QQQ'" in result.stderr


def test_bad_usage_exits_2(db):
    assert run("KAZ", "--db", db, "--bloc", "north=USA").exit_code == 2
    assert run("KAZ", "--db", db, "--by", "week").exit_code == 2


def test_missing_database_and_bad_date(tmp_path, db):
    result = run("KAZ", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1 and "Error [MV301]" in result.stderr
    result = run("KAZ", "--db", db, "--from", "2022-13-01")
    assert result.exit_code == 1 and "Error [MV104]" in result.stderr


def test_help_has_summary_and_example():
    result = CliRunner().invoke(main, ["balance", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "multivector balance KAZ" in result.output
