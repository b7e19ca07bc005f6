"""`multivector brief` end to end over a real (temporary) database, in-process."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from brief_fixtures import DOCUMENTS, EVENTS, INDICATORS
from click.testing import CliRunner

from multivector.cli import main


@pytest.fixture
def db(tmp_path):
    from multivector.store import Store, StoredDocument

    records: dict[str, list] = {doc_id: [] for doc_id in DOCUMENTS}
    for item in EVENTS:
        records[item.event.doc_id].append(item.event)
    for (indicator,) in INDICATORS:
        records[indicator.doc_id].append(indicator)
    path = tmp_path / "brief.duckdb"
    with Store(path) as store, store.transaction():
        store.write_documents([StoredDocument(DOCUMENTS[d], r) for d, r in records.items()])
    return str(path)


def run(*args, **kwargs):
    return CliRunner().invoke(main, ["brief", *args], **kwargs)


def test_markdown_with_chart_files(db, tmp_path):
    out = tmp_path / "kaz.md"
    result = run("KAZ", "--db", db, "--from", "2022-08-01", "--to", "2022-12-31", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and str(out) in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Xi Jinping, head of state (14 September, Astana) [1]" in text
    assert "Xi in Astana, 14 September 2022" in text  # title from the stored document
    for name in ("kaz-shares.svg", "kaz-cooperation.svg"):
        assert f"]({name})" in text
        ET.parse(tmp_path / name)


def test_html_and_stdout(db, tmp_path):
    out = tmp_path / "kaz.html"
    assert run("KAZ", "--db", db, "--out", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = run("KAZ", "--db", db, "--out", "-")
    assert result.exit_code == 0 and result.stdout.startswith("# Kazakhstan: multi-vector briefing")


def test_default_output_file(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("kaz", "--db", db)
    assert result.exit_code == 0, result.output
    assert "brief-KAZ.md" in result.stderr
    assert (tmp_path / "brief-KAZ.md").exists() and (tmp_path / "brief-KAZ-shares.svg").exists()


def test_errors(db, tmp_path):
    result = run("KAZ", "--db", db, "--out", str(tmp_path / "kaz.pdf"))
    assert result.exit_code == 1 and result.stderr.startswith("Error [MV106]")
    assert not (tmp_path / "kaz.pdf").exists()
    result = run("ZZZ", "--db", db, "--out", str(tmp_path / "z.md"))
    assert result.exit_code == 1 and "Error [MV107]" in result.stderr
    result = run("KAZ", "--db", db, "--out", str(tmp_path / "missing" / "k.md"))
    assert result.exit_code == 1 and "does not exist" in result.stderr


def test_help_has_summary_and_example():
    result = CliRunner().invoke(main, ["brief", "--help"])
    assert result.exit_code == 0 and "multivector brief KAZ" in result.output
