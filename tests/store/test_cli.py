"""The ingest, import and events commands, in-process (exit codes and exact messages)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from storefakes import FakeExtractor, mention

from multivector.cli import main
from multivector.records import Document


@pytest.fixture
def fake_extraction(monkeypatch):  # type: ignore[no-untyped-def]
    """Every document yields one CHN->KAZ visit: no spaCy model needed."""
    class AnyDoc(FakeExtractor):
        def __call__(self, documents):  # type: ignore[no-untyped-def]
            for doc in documents:
                yield doc, [mention(doc.doc_id, "CHN", "KAZ", "2022-09-14")]

    monkeypatch.setattr("multivector.store.ingesting.default_extractor", lambda workers: AnyDoc())


def _corpus(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"n{i}", "published": "2022-09-15",
                                          "text": f"Xi Jinping visited Astana, report {i}."})
                              for i in range(3)) + "\n{not json\n")
    return path


def test_ingest_stores_reports_bad_lines_and_is_idempotent(tmp_path, fake_extraction):
    db = tmp_path / "mv.duckdb"
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(_corpus(tmp_path)), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "news.jsonl:4" in result.stderr and "(skipped)" in result.stderr
    assert "3 new, 0 replaced, 0 unchanged" in result.stderr
    assert "1 distinct events in the database" in result.stderr
    again = runner.invoke(main, ["ingest", str(_corpus(tmp_path)), "--db", str(db), "-q"])
    assert again.exit_code == 0 and "0 new, 0 replaced, 3 unchanged" in again.stderr


def test_ingest_exits_1_when_nothing_could_be_read(tmp_path, fake_extraction):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    result = CliRunner().invoke(main, ["ingest", str(bad), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error [MV105]: no document could be read")


def test_ingest_of_a_missing_file_exits_1(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "absent.txt"),
                                       "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "Error [MV101]" in result.stderr


def _db_with_events(tmp_path, fake_extraction_unused=None):  # type: ignore[no-untyped-def]
    from multivector.store import Store

    db = tmp_path / "mv.duckdb"
    docs = [Document(doc_id=f"n{i}", text=f"text {i}") for i in range(2)]
    records = {"n0": [mention("n0", "CHN", "KAZ", "2022-09-14")],
               "n1": [mention("n1", "RUS", "KAZ", "2022-10-14", mode="phone")]}
    with Store(db) as store:
        store.ingest(docs, extractor=FakeExtractor(records))
    return db


def test_events_formats(tmp_path):
    db = str(_db_with_events(tmp_path))
    runner = CliRunner()
    jsonl = runner.invoke(main, ["events", "--db", db, "--country", "kaz", "--format", "jsonl"])
    assert jsonl.exit_code == 0
    lines = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [r["actor"]["code"] for r in lines] == ["CHN", "RUS"]
    assert lines[0]["kind"] == "event" and lines[0]["sources"][0]["doc_id"] == "n0"
    rows = list(csv.DictReader(io.StringIO(runner.invoke(
        main, ["events", "--db", db, "--partner", "RUS", "--format", "csv"]).stdout)))
    assert [(r["actor_code"], r["mode"], r["n_sources"]) for r in rows] == [("RUS", "phone", "1")]
    table = runner.invoke(main, ["events", "--db", db, "--type", "CONSULT", "--limit", "1"])
    assert table.exit_code == 0 and "CHN" in table.stdout and "RUS" not in table.stdout
    out = tmp_path / "e.parquet"
    parquet = runner.invoke(main, ["events", "--db", db, "--format", "parquet", "--out", str(out)])
    assert parquet.exit_code == 0 and out.exists() and "Wrote 2 events" in parquet.stderr


def test_events_errors(tmp_path):
    db = str(_db_with_events(tmp_path))
    runner = CliRunner()
    unknown = runner.invoke(main, ["events", "--db", db, "--country", "XYZ"])
    assert unknown.exit_code == 1
    assert unknown.stderr == ("Error [MV107]: unknown country code 'XYZ' for --country: use an "
                              "ISO 3166-1 alpha-3 code such as KAZ, CHN, RUS or USA, or an "
                              "organisation such as EU\n")
    assert runner.invoke(main, ["events", "--db", db, "--format", "parquet"]).exit_code == 2
    bad_date = runner.invoke(main, ["events", "--db", db, "--from", "2022-13-01"])
    assert bad_date.exit_code == 1 and "Error [MV104]" in bad_date.stderr
    missing = runner.invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "Error [MV301]" in missing.stderr
    assert not (tmp_path / "none.duckdb").exists()


def test_import_twice_and_unknown_kind(tmp_path, monkeypatch):
    monkeypatch.setattr("multivector.store.importing._read", lambda kind, path: iter(
        [mention("icews:s1", "RUS", "KAZ", "2018-06-01", source_id="e1")]))
    data = tmp_path / "sample.tab"
    data.write_text("placeholder\n")
    db = str(tmp_path / "mv.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["import", "icews", str(data), "--db", db])
    assert first.exit_code == 0
    assert first.stdout.startswith(f"Imported icews from {data}: 1 rows read, 1 new, 0 already stored")
    second = runner.invoke(main, ["import", "icews", str(data), "--db", db])
    assert "0 new, 1 already stored" in second.stdout
    assert runner.invoke(main, ["import", "acled", str(data), "--db", db]).exit_code == 2


def test_every_store_command_has_a_summary_and_an_example():
    runner = CliRunner()
    for command in ("ingest", "import", "events"):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.stdout
        assert f"multivector {command} " in result.stdout


def test_environment_variable_names_the_default_database(tmp_path, monkeypatch):
    db = _db_with_events(tmp_path)
    monkeypatch.setenv("MULTIVECTOR_DB", str(db))
    result = CliRunner().invoke(main, ["events", "--format", "jsonl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
