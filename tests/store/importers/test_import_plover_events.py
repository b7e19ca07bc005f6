"""plover gold records and the project's own events JSONL."""

from __future__ import annotations

import json
from datetime import date

import pytest

from multivector.errors import InputError
from multivector.records import EVENT_TYPES, Actor, DateRange, Event, Indicator, Place
from multivector.store.importers import ImportStats, read_dataset
from multivector.store.importers.plover import parse_record


def test_gold_counts(plover_gold):
    events, stats = plover_gold
    assert stats.read == 322
    assert len({e.source_id for e in events}) == 321  # one id is used for two sentences
    assert len({e.doc_id for e in events}) == 322
    assert stats.notes == {"id reused for another sentence": 1}
    assert stats.emitted == len(events) >= 322


def test_gold_codes_are_normalised(plover_gold):
    events, _ = plover_gold
    assert {e.event_type for e in events} <= set(EVENT_TYPES)
    codes = {a.code for e in events for a in (e.actor, e.recipient) if a}
    assert "JAP" not in codes and "JPN" in codes
    sectors = {a.sector for e in events for a in (e.actor, e.recipient) if a}
    assert "***" not in sectors and all(s is None or len(s) == 3 for s in sectors)
    assert all(e.date is None and e.sentence and e.span == (0, len(e.sentence)) for e in events)


def test_old_names_and_host_mode():
    record = {"id": "T-1", "text": "Kazakhstan hosted the Chinese president.", "event": "CONSULT",
              "mode": "host", "actor": [{"text": "Kazakhstan", "code": "KAZ", "sector": None}],
              "recipient": [{"text": "Chinese president", "code": "CHN", "sector": "GOV"}]}
    (event,) = parse_record(record)
    assert (event.event_type, event.mode) == ("CONSULT", "visit")
    assert (event.actor.code, event.recipient.code) == ("CHN", "KAZ")
    (fight,) = parse_record({"id": "T-2", "text": "Troops fought.", "event": "FIGHT",
                             "mode": "other"})
    assert (fight.event_type, fight.mode, fight.actor) == ("ASSAULT", None, None)
    (demand,) = parse_record({"id": "T-3", "text": "They demanded talks.", "event": "DEMAND"})
    assert demand.event_type == "REQUEST"
    with pytest.raises(InputError):
        parse_record({"id": "T-4", "text": "x", "event": "DANCE"})


def _events() -> list[Event]:
    return [
        Event(doc_id="doc-1", event_type="CONSULT", mode="visit", cameo="042", score=4.0,
              actor=Actor("CHN", "GOV", "Xi Jinping", "head of state", "Chinese leader Xi Jinping"),
              recipient=Actor("KAZ", None, "Kazakhstan", None, "Kazakhstan"),
              date=DateRange(date(2022, 9, 14), date(2022, 9, 14), "day", "on September 14"),
              location=Place("Astana", "KAZ", 51.18, 71.45, 1526273),
              sentence="Xi Jinping visited Kazakhstan on September 14.", span=(10, 55),
              confidence=0.9),
        Event(doc_id="doc-2", event_type="ACCUSE", mode="disapprove", actor=None,
              recipient=Actor("RUS"), date=None, sentence=None, span=None,
              source_dataset="icews", source_id="1;story=2"),
    ]


def test_events_round_trip(tmp_path):
    events = _events()
    indicator = Indicator(doc_id="doc-1", indicator="trade", actors=("KAZ", "RUS"),
                          value=2.45e10, unit="USD", period=None, sentence=None, span=None)
    lines = [events[0].to_json(), indicator.to_json(), "", events[1].to_json()]
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stats = ImportStats()
    back = list(read_dataset("events", path, stats))
    assert back == events and [e.event_id for e in back] == [e.event_id for e in events]
    assert (stats.read, stats.emitted, dict(stats.skipped)) == (3, 2, {"indicator record": 1})


def test_events_bad_record_line(tmp_path):
    good = _events()[0].to_dict()
    bad = dict(good, event_type="DANCE")
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (good, good, bad)) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_dataset("events", path))
    assert (caught.value.code, caught.value.line) == ("MV108", 3)
    missing = {k: v for k, v in good.items() if k != "doc_id"}
    path.write_text(json.dumps(missing) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_dataset("events", path))
    assert (caught.value.code, caught.value.line) == ("MV108", 1)
