"""icews on the real 2018 sample, and the row parser on arbitrary input."""

from __future__ import annotations

import csv

import pytest

from hypothesis import given
from hypothesis import strategies as st
from sharedpaths import shared_path

from multivector.coding.cameo import cameo_to_plover
from multivector.errors import InputError
from multivector.records import Event
from multivector.store.importers.codes import country_by_name
from multivector.store.importers.icews import COLUMNS, parse_line


@pytest.fixture(scope="module")
def raw_rows():
    path = shared_path("icews-sample", "events.2018.sample.tab")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_counts(icews, raw_rows):
    events, stats = icews
    rows = raw_rows
    assert stats.read == len(rows) == 3705
    no_plover = sum(cameo_to_plover(r["CAMEO Code"]) is None for r in rows)
    assert stats.skipped == {"CAMEO code without PLOVER type": no_plover}
    assert stats.emitted == len(events) == 3705 - no_plover
    assert len({e.doc_id for e in events}) == len(events)


def test_fields_follow_the_row(icews, raw_rows):
    events, _ = icews
    by_id = {e.doc_id: e for e in events}
    for row in raw_rows:
        event = by_id.get(f"icews:{row['Event ID']}")
        if event is None:
            continue
        assert event.score == float(row["Intensity"]) and event.cameo == row["CAMEO Code"]
        assert event.date.start.isoformat() == row["Event Date"]
        source, target = row["Source Name"], row["Target Name"]
        if row["CAMEO Code"] == "043":  # host a visit: the visitor (target) is the actor
            source, target = target, source
        assert event.actor.name == source and event.recipient.name == target
        assert event.source_id.startswith(f"{row['Event ID']};story={row['Story ID']}")


def test_every_country_name_maps(raw_rows):
    names = {r[k] for r in raw_rows for k in ("Source Country", "Target Country", "Country")}
    assert [n for n in sorted(names - {"NA"}) if country_by_name(n) is None] == []


def test_sectors_and_places(icews):
    events, _ = icews
    bangladesh = next(e for e in events if e.doc_id == "icews:32889836")
    assert (bangladesh.actor.code, bangladesh.actor.sector) == ("BGD", "GOV")
    assert (bangladesh.recipient.code, bangladesh.recipient.sector) == ("VNM", "MIL")
    assert bangladesh.location.name == "Hanoi" and bangladesh.location.code == "VNM"
    assert bangladesh.location.lat == 21.0245
    assert any(e.actor and e.actor.code == "EU" for e in events)
    assert {e.actor.sector for e in events if e.actor} >= {"GOV", "MIL", "COP", "LEG", "JUD"}


CELL = st.one_of(st.text(max_size=12), st.sampled_from(
    ["2018-06-01", "2018-02-30", "040", "043", "010", "1.5", "NA", "", "nan", "inf",
     "Kazakhstan", "Government,Police", "51.1", "-200"]))


@given(st.lists(CELL, min_size=18, max_size=22))
def test_row_parser_raises_only_input_errors(cells):
    try:
        result = parse_line("\t".join(cells), "x.tab", 2)
    except InputError as exc:
        assert exc.code == "MV108" and exc.line == 2
    else:
        assert len(cells) == len(COLUMNS)
        assert result is None or isinstance(result, Event)


@given(st.text())
def test_any_line_raises_only_input_errors(text):
    try:
        parse_line(text)
    except InputError as exc:
        assert exc.code == "MV108"
