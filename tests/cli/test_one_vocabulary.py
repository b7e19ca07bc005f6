"""Every event filter is checked the same way on the command line and the web (item 6)."""

from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from multivector.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from datetime import date

    from multivector.records import Actor, DateRange, Document, Event
    from multivector.store import Store, StoredDocument

    event = Event(doc_id="d1", event_type="CONSULT", mode="visit", actor=Actor(code="CHN"),
                  recipient=Actor(code="KAZ"), date=DateRange(date(2022, 9, 14), date(2022, 9, 14)),
                  sentence="Xi visited Astana.", span=(0, 18))
    path = tmp_path_factory.mktemp("vocab") / "v.duckdb"
    with Store(path) as store, store.transaction():
        store.write_documents([StoredDocument(Document("d1", "Xi visited Astana.",
                                                       published=date(2022, 9, 15)), [event])])
    return str(path)


@pytest.mark.parametrize("option, value, param", [("--mode", "foo", "mode"), ("--type", "foo", "type"),
                                                  ("--dataset", "foo", "dataset"),
                                                  ("--country", "XYZ", "country"),
                                                  ("--from", "2022-02-30", "from")])
def test_a_bad_filter_is_an_error_in_cli_and_web(db, option, value, param):
    from fastapi.testclient import TestClient

    from multivector.web import create_app

    result = CliRunner().invoke(main, ["events", "--db", db, option, value])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error [MV1")
    with TestClient(create_app(db)) as client:
        answer = client.get("/api/events", params={param: value})
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == result.output.split("[")[1].split("]")[0]


def test_known_mode_and_case_are_accepted_alike(db):
    from fastapi.testclient import TestClient

    from multivector.web import create_app

    result = CliRunner().invoke(main, ["events", "--db", db, "--mode", "Visit", "--format", "jsonl"])
    assert result.exit_code == 0 and result.output.count("\n") == 1
    with TestClient(create_app(db)) as client:
        assert client.get("/api/events", params={"mode": "Visit"}).json()["total"] == 1


def test_serve_help_names_the_folder_the_demo_writes():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert "multivector-demo/demo.duckdb" in result.output
    assert " demo/demo.duckdb" not in result.output


def test_commonwealth_of_independent_states_is_cis():
    from multivector.api import resolve

    found = {r["text"]: r["code"] for r in resolve(["the Commonwealth of Independent States",
                                                    "the Commonwealth"])}
    assert found == {"the Commonwealth of Independent States": "CIS",
                     "the Commonwealth": "COMMONWEALTH"}


def test_briefings_follow_the_umask(db, tmp_path):
    old = os.umask(0o022)
    try:
        result = CliRunner().invoke(main, ["brief", "KAZ", "--db", db, "--out", str(tmp_path / "b.md")])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    for path in tmp_path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
