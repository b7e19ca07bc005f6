"""`multivector extract` and `multivector resolve` end to end, in process."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from multivector.cli import main

STORY = ("Date: 2022-09-16\n\nChinese President Xi Jinping visited Kazakhstan on Wednesday, "
         "his first trip abroad since the pandemic. Bilateral trade reached $31 billion in 2022.\n")


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


@pytest.mark.model
def test_extract_prints_contract_records_for_a_file(tmp_path) -> None:
    path = tmp_path / "xi.txt"
    path.write_text(STORY, "utf-8")
    result = run("extract", str(path))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    [visit] = [r for r in records if r["kind"] == "event"]
    assert (visit["event_type"], visit["mode"], visit["actor"]["code"], visit["recipient"]["code"],
            visit["date"]["start"]) == ("CONSULT", "visit", "CHN", "KAZ", "2022-09-14")
    assert STORY[visit["span"][0]:visit["span"][1]] == visit["sentence"]
    for record in records:
        assert None not in (record.get("kind"), record.get("doc_id"))
    [trade] = [r for r in records if r["kind"] == "indicator"]
    assert trade["value"] == 31_000_000_000 and trade["unit"] == "USD"


@pytest.mark.model
def test_extract_reads_stdin_and_takes_published(tmp_path) -> None:
    result = run("extract", "-", "--published", "2022-08-20",
                 stdin="Putin and Tokayev met in Sochi on Friday.")
    assert result.exit_code == 0
    [event] = [json.loads(line) for line in result.stdout.splitlines()]
    assert event["date"]["start"] == "2022-08-19" and event["location"]["name"] == "Sochi"


@pytest.mark.model
def test_missing_publication_date_is_a_warning_not_silence(tmp_path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Russia threatened Moldova.", "utf-8")
    result = run("extract", str(path))
    assert result.exit_code == 0
    assert "no publication date for" in result.stderr and "--published" in result.stderr
    [event] = [json.loads(line) for line in result.stdout.splitlines()]
    assert event["date"] is None and event["event_type"] == "THREATEN"


@pytest.mark.model
def test_table_output(tmp_path) -> None:
    result = run("extract", "-", "--published", "2022-09-16", "--format", "table",
                 stdin="Xi Jinping visited Kazakhstan on Wednesday.")
    assert result.exit_code == 0 and "CONSULT" in result.stdout


def test_missing_file_names_the_file(tmp_path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("extract", str(missing))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error [MV101]: ") and str(missing) in result.stderr
    assert result.stdout == ""


def test_binary_and_empty_files_are_user_errors(tmp_path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02PDF")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    assert run("extract", str(binary)).stderr.startswith("Error [MV102]: ")
    result = run("extract", str(empty))
    assert result.exit_code == 1 and result.stderr.startswith("Error [MV103]: ")


def test_malformed_jsonl_names_file_and_line(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "fine"}\n{"id": "b", "text": broken}\n', "utf-8")
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error [MV105]: {path}:2: ")


def test_bad_date_option_and_bad_usage() -> None:
    result = run("extract", "-", "--published", "18/11/2022", stdin="x")
    assert result.exit_code == 1
    assert result.stderr == "Error [MV104]: --published '18/11/2022' is not a date: use YYYY-MM-DD\n"
    assert run("extract", "--format", "xml").exit_code == 2


def test_resolve_prints_one_object_per_text() -> None:
    result = run("resolve", "Tokayev", "Nazarbayev", "the Kremlin", "nonsense words", "--date", "2022-10-12")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["code"], r["sector"]) for r in rows] == [("KAZ", "GOV"), ("KAZ", "ELI"), ("RUS", "GOV"), (None, None)]
    assert rows[0]["role"] == "head of state" and set(rows[3]) == {"text", "code", "sector", "name", "role"}
    piped = run("resolve", "-", stdin="Xi Jinping\nBorrell\n")
    assert [json.loads(line)["code"] for line in piped.stdout.splitlines()] == ["CHN", "EU"]


@pytest.mark.model
def test_an_empty_result_is_never_silent() -> None:
    result = run("extract", "-", "--published", "2023-01-01", stdin="Nothing happened here today.")
    assert result.exit_code == 0 and result.stdout == ""
    assert "1 of 1 document(s) gave no event or indicator" in result.stderr


def test_the_package_runs_as_a_module() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "multivector", "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and "extract" in done.stdout
