"""PLOVER gold-standard records (``plover``): one JSON object a line with ``id, text,
event, mode, context, actor[{text,code,sector}], recipient[...]``.

The gold records predate the final PLOVER type names (DEMAND, DISAPPROVE,
INVESTIGATE, FIGHT) and some of its modes; both are renamed here.  A record with
several actors or recipients (compound actors) gives one event per distinct
(actor code, recipient code) pair.  The records carry no date: events get
``date=None`` (the store decides what an undated event means).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from multivector.coding.cameo import plover_modes, plover_score
from multivector.records import EVENT_TYPES, Actor, Event, Place
from multivector.store.importers.codes import (
    canonical_code, country_by_iso2, plover_sector,
)
from multivector.store.importers.common import ImportStats, json_lines, malformed

KIND = "plover"
# Older PLOVER type names -> current ones, with the mode the rename implies.
OLD_TYPES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"), "FIGHT": ("ASSAULT", None),
}
# Older mode names -> current ones ("host" is a visit seen from the host: swap roles).
OLD_MODES: dict[str, str] = {
    "host": "visit", "strike-hun": "hunger", "strike-gen": "strike", "riot-spon": "riot",
    "demo-org": "demo", "demo-spon": "demo", "confiscate": "seize", "detain": "arrest",
    "assassinate": "targeted", "ban": "restrict", "curfew": "restrict",
}


def _actors(items: Any, path: Path, line: int) -> list[Actor]:
    if items is None:
        return []
    if not isinstance(items, list):
        raise malformed("actor/recipient must be a list of objects", path, line)
    actors: list[Actor] = []
    for item in items:
        if not isinstance(item, dict):
            raise malformed("actor/recipient entries must be objects", path, line)
        text = item.get("text")
        actors.append(Actor(code=canonical_code(item.get("code")),
                            sector=plover_sector(item.get("sector")),
                            name=text if isinstance(text, str) else None,
                            text=text if isinstance(text, str) else None))
    return actors


def _type_and_mode(record: dict[str, Any], path: Path, line: int) -> tuple[str, str | None]:
    raw = record.get("event")
    if not isinstance(raw, str):
        raise malformed("the record has no event type", path, line)
    event_type, implied = OLD_TYPES.get(raw.upper(), (raw.upper(), None))
    if event_type not in EVENT_TYPES:
        raise malformed(f"unknown PLOVER event type {raw!r}", path, line)
    mode = record.get("mode")
    mode = OLD_MODES.get(mode, mode) if isinstance(mode, str) and mode else implied
    # A mode the current manual does not define for this type is dropped, not guessed.
    return event_type, mode if mode in plover_modes(event_type) else None


def _location(record: dict[str, Any]) -> Place | None:
    loc = record.get("event_loc")
    if not isinstance(loc, dict) or not isinstance(loc.get("name"), str) or not loc["name"]:
        return None
    iso2 = loc.get("country code")
    return Place(name=loc["name"], code=country_by_iso2(iso2) if isinstance(iso2, str) else None)


def parse_record(record: Any, path: Path | str = "<record>", line: int = 1,
                 doc_id: str | None = None) -> list[Event]:
    """One gold record -> its events (one per distinct actor/recipient code pair).

    ``doc_id`` defaults to ``plover:<id>``.
    """
    path = Path(path)
    if not isinstance(record, dict):
        raise malformed("each line must be a JSON object", path, line)
    record_id, text = record.get("id"), record.get("text")
    if not isinstance(record_id, str) or not record_id or not isinstance(text, str) or not text:
        raise malformed("the record needs a string 'id' and 'text'", path, line)
    event_type, mode = _type_and_mode(record, path, line)
    actors = _actors(record.get("actor"), path, line) or [None]
    recipients = _actors(record.get("recipient"), path, line) or [None]
    if record.get("mode") == "host":
        actors, recipients = recipients, actors
    events: list[Event] = []
    seen: set[tuple[str | None, str | None]] = set()
    for actor in actors:
        for recipient in recipients:
            key = (actor.code if actor else None, recipient.code if recipient else None)
            if key in seen:
                continue
            seen.add(key)
            events.append(Event(
                doc_id=doc_id or f"{KIND}:{record_id}", event_type=event_type, mode=mode, cameo=None,
                score=plover_score(event_type, mode), actor=actor, recipient=recipient,
                date=None, location=_location(record), sentence=text, span=(0, len(text)),
                confidence=1.0, source_dataset=KIND, source_id=record_id))
    return events


def read_plover(path: Path, stats: ImportStats | None = None) -> Iterator[Event]:
    """``plover``: every record of a PLOVER gold-standard JSONL file."""
    stats = stats if stats is not None else ImportStats()
    texts: dict[str, str] = {}
    for number, record in json_lines(path, stats):
        doc_id = None
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            # The gold file reuses one id for two different sentences: keep both, and
            # give the later one its own document id so provenance stays exact.
            first = texts.setdefault(record["id"], str(record.get("text")))
            if first != str(record.get("text")):
                doc_id = f"{KIND}:{record['id']}@{number}"
                stats.notes["id reused for another sentence"] += 1
        events = parse_record(record, path, number, doc_id)
        stats.emitted += len(events)
        yield from events


__all__ = ["KIND", "OLD_MODES", "OLD_TYPES", "parse_record", "read_plover"]
