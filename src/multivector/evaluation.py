"""Scoring extracted records against expectations (contract examples, gold standards).

One definition of "found", shared by the tests and bench/accuracy.py.
"""

from __future__ import annotations

from typing import Any

from multivector.records import UNORDERED_TYPES



def event_matches(event: dict[str, Any], spec: dict[str, Any]) -> bool:
    types = [spec["event_type"], *(spec.get("alt_types") or [])]
    if event["event_type"] not in types:
        return False
    if spec.get("mode") is not None and event.get("mode") != spec["mode"]:
        if not (spec["mode"] == "third-party" and event.get("mode") == "multilateral"):
            return False
    actor = (event.get("actor") or {}).get("code")
    recipient = (event.get("recipient") or {}).get("code")
    want = (spec.get("actor"), spec.get("recipient"))
    if spec["event_type"] in UNORDERED_TYPES:
        if {actor, recipient} != set(want) and (actor, recipient) != want:
            return False
    elif (actor, recipient) != want:
        return False
    if spec.get("date") is not None:
        when = event.get("date") or {}
        if [when.get("start"), when.get("end")] != list(spec["date"]):
            return False
    if spec.get("location") is not None:
        place = event.get("location") or {}
        if (place.get("name") or "").lower() != spec["location"].lower():
            return False
    return True


def forbidden_matches(event: dict[str, Any], spec: dict[str, Any]) -> bool:
    if event["event_type"] != spec["event_type"]:
        return False
    actor = (event.get("actor") or {}).get("code")
    recipient = (event.get("recipient") or {}).get("code")
    if spec.get("actor") and actor != spec["actor"]:
        return False
    if spec.get("recipient") and recipient != spec["recipient"]:
        return False
    return True


def indicator_matches(record: dict[str, Any], spec: dict[str, Any]) -> bool:
    if record["indicator"] != spec["indicator"]:
        return False
    if sorted(record["actors"]) != sorted(spec["actors"]):
        return False
    if abs(float(record["value"]) - float(spec["value"])) > 0.5 or record["unit"] != spec["unit"]:
        return False
    if spec.get("period"):
        period = record.get("period") or {}
        if [period.get("start"), period.get("end")] != list(spec["period"]):
            return False
    return True


def check_case(case: dict[str, Any], records: list[dict[str, Any]]) -> list[str]:
    """Problems with the records for one example (empty when it passes)."""
    events = [r for r in records if r["kind"] == "event"]
    indicators = [r for r in records if r["kind"] == "indicator"]
    problems: list[str] = []
    for spec in case["expected"]:
        if not any(event_matches(e, spec) for e in events):
            problems.append(f"missing {spec}")
    for spec in case["forbidden"]:
        for event in events:
            if forbidden_matches(event, spec):
                problems.append(f"forbidden {spec['event_type']} {spec.get('actor')}->{spec.get('recipient')}")
    if not case["expected"] and events:
        problems.append(f"expected no events, got {len(events)}")
    for spec in case.get("indicators") or []:
        if not any(indicator_matches(r, spec) for r in indicators):
            problems.append(f"missing indicator {spec}")
    return problems


def describe(records: list[dict[str, Any]]) -> str:
    lines = []
    for r in records:
        if r["kind"] == "event":
            date = r.get("date") or {}
            lines.append(f"  {r['event_type']}/{r.get('mode')} {(r.get('actor') or {}).get('code')}->"
                         f"{(r.get('recipient') or {}).get('code')} {date.get('start')}..{date.get('end')}"
                         f" @{(r.get('location') or {}).get('name')}")
        else:
            lines.append(f"  indicator {r['indicator']} {r['actors']} {r['value']} {r['unit']} {r.get('period')}")
    return "\n".join(lines) or "  (nothing)"
