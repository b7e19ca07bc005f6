"""gdelt1 / gdelt2 on fixture rows written here from the GDELT event codebooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from multivector.errors import InputError
from multivector.records import Event
from multivector.store.importers import ImportStats, read_dataset
from multivector.store.importers.gdelt import (
    GDELT1_COLUMNS, GDELT1_HISTORICAL_COLUMNS, GDELT2_COLUMNS, parse_line,
)


def gdelt_row(columns: tuple[str, ...], **values: str) -> str:
    unknown = set(values) - set(columns)
    assert not unknown, unknown
    return "\t".join(values.get(name, "") for name in columns)


# Chinese leader Xi Jinping's state visit to Kazakhstan, 14 September 2022 (Astana).
XI_VISIT = dict(
    GLOBALEVENTID="1057112233", SQLDATE="20220914", MonthYear="202209", Year="2022",
    FractionDate="2022.6986", Actor1Code="CHNGOV", Actor1Name="CHINA",
    Actor1CountryCode="CHN", Actor1Type1Code="GOV", Actor2Code="KAZ",
    Actor2Name="KAZAKHSTAN", Actor2CountryCode="KAZ", IsRootEvent="1", EventCode="042",
    EventBaseCode="042", EventRootCode="04", QuadClass="1", GoldsteinScale="1.9",
    NumMentions="10", NumSources="2", NumArticles="10", AvgTone="3.2",
    ActionGeo_Type="4", ActionGeo_FullName="Astana, Aqmola, Kazakhstan",
    ActionGeo_CountryCode="KZ", ActionGeo_ADM1Code="KZ05", ActionGeo_Lat="51.1801",
    ActionGeo_Long="71.446", ActionGeo_FeatureID="-2184843",
    SOURCEURL="https://example.org/xi-astana")
# The same visit coded from the host's side: Kazakhstan hosts China (CAMEO 043).
HOSTED = dict(XI_VISIT, GLOBALEVENTID="1057112234", Actor1Code="KAZGOV",
              Actor1Name="KAZAKHSTAN", Actor1CountryCode="KAZ", Actor2Code="CHNGOV",
              Actor2Name="CHINA", Actor2CountryCode="CHN", Actor2Type1Code="GOV",
              Actor1Type1Code="GOV", EventCode="043", EventBaseCode="043",
              GoldsteinScale="2.8")
# A plain statement: no PLOVER equivalent.
STATEMENT = dict(XI_VISIT, GLOBALEVENTID="1057112235", EventCode="010",
                 EventBaseCode="010", EventRootCode="01", GoldsteinScale="0")
# The UN secretary-general criticises (111) with no second actor and no place.
UN_CRITICISM = dict(XI_VISIT, GLOBALEVENTID="1057112236", Actor1Code="IGOUNO",
                    Actor1Name="UNITED NATIONS", Actor1CountryCode="",
                    Actor1KnownGroupCode="UNO", Actor1Type1Code="IGO", Actor2Code="",
                    Actor2Name="", Actor2CountryCode="", EventCode="111",
                    EventBaseCode="111", EventRootCode="11", QuadClass="3",
                    GoldsteinScale="-2", ActionGeo_Type="0", ActionGeo_FullName="",
                    ActionGeo_CountryCode="", ActionGeo_Lat="", ActionGeo_Long="")


def _gdelt2(values: dict[str, str]) -> dict[str, str]:
    out = dict(values, DATEADDED="20220914120000", ActionGeo_ADM2Code="")
    return out


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("columns", [GDELT1_COLUMNS, GDELT1_HISTORICAL_COLUMNS])
def test_gdelt1(tmp_path, columns):
    assert len(GDELT1_COLUMNS) == 58 and len(GDELT1_HISTORICAL_COLUMNS) == 57
    rows = [dict(r, DATEADDED="20220915") for r in (XI_VISIT, HOSTED, STATEMENT, UN_CRITICISM)]
    if "SOURCEURL" not in columns:
        rows = [{k: v for k, v in r.items() if k != "SOURCEURL"} for r in rows]
    path = _write(tmp_path, "20220915.export.CSV", [gdelt_row(columns, **r) for r in rows])
    stats = ImportStats()
    events = list(read_dataset("gdelt1", path, stats))
    assert (stats.read, stats.emitted, dict(stats.skipped)) == (
        4, 3, {"CAMEO code without PLOVER type": 1})
    visit, hosted, criticism = events
    for event in (visit, hosted):
        assert (event.event_type, event.mode) == ("CONSULT", "visit")
        assert (event.actor.code, event.recipient.code) == ("CHN", "KAZ")  # visitor first
        assert event.actor.sector == "GOV" and event.date.start.isoformat() == "2022-09-14"
        assert event.location.code == "KAZ" and event.location.lat == 51.1801
    assert (visit.cameo, visit.score, hosted.cameo, hosted.score) == ("042", 1.9, "043", 2.8)
    assert visit.doc_id == "gdelt1:1057112233" and visit.source_id == "1057112233"
    assert (criticism.event_type, criticism.mode) == ("ACCUSE", "disapprove")
    assert criticism.actor.code == "UN" and criticism.recipient is None
    assert criticism.location is None and criticism.actor.sector is None


def test_gdelt2(tmp_path):
    assert len(GDELT2_COLUMNS) == 61
    path = _write(tmp_path, "20220914120000.export.CSV",
                  [gdelt_row(GDELT2_COLUMNS, **_gdelt2(r)) for r in (XI_VISIT, HOSTED)])
    events = list(read_dataset("gdelt2", path))
    assert [(e.actor.code, e.recipient.code, e.cameo) for e in events] == [
        ("CHN", "KAZ", "042"), ("CHN", "KAZ", "043")]
    assert events[0].doc_id == "gdelt2:1057112233"
    assert "Astana" in events[0].sentence and events[0].span == (0, len(events[0].sentence))


def test_wrong_layout_is_reported_at_its_line(tmp_path):
    good = gdelt_row(GDELT1_COLUMNS, **dict(XI_VISIT, DATEADDED="20220915"))
    path = _write(tmp_path, "mixed.CSV", [good, good, good + "\textra\tcells\tx"])
    with pytest.raises(InputError) as caught:
        list(read_dataset("gdelt1", path))
    assert (caught.value.code, caught.value.line) == ("MV108", 3)
    with pytest.raises(InputError) as caught:
        list(read_dataset("gdelt2", _write(tmp_path, "v1.CSV", [good])))
    assert (caught.value.code, caught.value.line) == ("MV108", 1)


CELL = st.one_of(st.text(max_size=10), st.sampled_from(
    ["20220914", "20221340", "042", "043", "010", "1.9", "KZ", "CHN", "51.18", "abc", ""]))


@given(st.sampled_from(["gdelt1", "gdelt2"]),
       st.sampled_from([57, 58, 61, 20]).flatmap(lambda n: st.lists(CELL, min_size=n, max_size=n)))
def test_row_parser_raises_only_input_errors(kind, cells):
    try:
        result = parse_line("\t".join(cells), kind, "x.CSV", 5)
    except InputError as exc:
        assert exc.code == "MV108" and exc.line == 5
    else:
        assert result is None or isinstance(result, Event)
