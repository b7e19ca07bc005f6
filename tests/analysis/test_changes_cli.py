"""`multivector changes`, /api/changes, the country page block and the briefing section."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from balance_fixtures import engagement
from click.testing import CliRunner

from multivector.cli import main
from multivector.records import Document

AT = date(2023, 6, 30)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from multivector.store import Store, StoredDocument

    def before(n: int) -> str:
        return (AT - timedelta(days=n)).isoformat()

    items = [engagement("CHN", "KAZ", before(30 * k + 10)) for k in range(12)]
    # six different acts in the latest week (the store would merge repeats of one act)
    items += [engagement("CHN", "KAZ", before(k), kind) for k, kind in
              enumerate(("AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"))]
    items.append(engagement("USA", "KAZ", before(3)))
    path = tmp_path_factory.mktemp("changes") / "changes.duckdb"
    with Store(path) as store, store.transaction():
        store.write_documents([
            StoredDocument(Document(item.event.doc_id, f"{item.event.sentence} More text.",
                                    published=item.event.date.end, title=f"Title {i}",
                                    url=f"https://example.org/{i}"), [item.event])
            for i, item in enumerate(items)])
    return str(path)


def run(*args):
    return CliRunner().invoke(main, ["changes", *args])


def test_json_lists_each_flag_with_its_events(db):
    result = run("KAZ", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["at"] == AT.isoformat()  # default: the latest event date
    assert {w["name"] for w in data["windows"]} == {"week", "month", "quarter"}
    flag = next(f for f in data["flags"] if (f["partner"], f["window"]) == ("CHN", "week"))
    assert flag["observed"] == 6 and flag["direction"] == "up"
    event = flag["events"][0]
    assert event["event_ids"] and event["start"]
    assert event["event_type"] in {"AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
    assert event["sentence"] and event["urls"][0].startswith("https://example.org/")
    assert data["unga"]["latest"]["year"] == 2023
    assert "unga" in data and data["test"]["correction"] == "holm"


def test_table_names_flags_events_and_votes(db):
    result = CliRunner(env={"COLUMNS": "80"}).invoke(
        main, ["changes", "KAZ", "--db", db, "--at", AT.isoformat(), "--partners", "CHN,USA"])
    assert result.exit_code == 0, result.output
    assert "What changed for KAZ up to 2023-06-30" in result.stdout
    assert "FLAG CHN week" in result.stdout
    assert "UN General Assembly vote agreement" in result.stdout


@pytest.mark.parametrize("args, code", [(["--at", "2023-13-01"], "MV104"),
                                        (["--partners", "XYZ"], "MV107")])
def test_bad_options_are_one_line_errors(db, args, code):
    result = run("KAZ", "--db", db, *args)
    assert result.exit_code == 1
    assert f"[{code}]" in result.output and "Traceback" not in result.output


def test_api_route_and_country_page_block(db):
    from fastapi.testclient import TestClient

    from multivector.web import create_app

    with TestClient(create_app(db)) as client:
        data = client.get("/api/changes/KAZ").json()
        assert data["at"] == AT.isoformat() and data["flags"]
        assert client.get("/api/changes/KAZ?at=nope").status_code == 400
        page = client.get("/country/KAZ").text
        assert 'id="changes"' in page and "What changed" in page
        link = (f'href="/events?country=KAZ&amp;partner=CHN&amp;from='
                f'{(AT - timedelta(days=6)).isoformat()}&amp;to={AT.isoformat()}"')
        assert link in page
        events = client.get(f"/events?country=KAZ&partner=CHN&from={(AT - timedelta(days=6)).isoformat()}"
                            f"&to={AT.isoformat()}")
        assert events.status_code == 200 and "6 " in events.text


def test_briefing_opens_with_what_changed(db, tmp_path):
    out = tmp_path / "brief.md"
    result = CliRunner().invoke(main, ["brief", "KAZ", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    headings = [line for line in out.read_text("utf-8").splitlines() if line.startswith("## ")]
    assert headings[0] == "## What changed"
    text = out.read_text("utf-8")
    assert "UN General Assembly votes, session 78 (2023)" in text
    assert "China: 6 events in the latest week" in text
