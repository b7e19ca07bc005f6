"""End to end: the real pipeline on the demo corpus finds the Kazakhstan case.

The tests that run the pipeline are marked ``model``; the matcher's own tests at the end
are cheap.  Runs ``multivector.api.extract`` on the demo files named in expected_kazakhstan.yaml and
checks every expected event and indicator, and that no forbidden record appears.  Each
expectation is its own test, so a failure names the fact and prints what the pipeline
did find in that document.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SPEC = yaml.safe_load((HERE / "expected_kazakhstan.yaml").read_text(encoding="utf-8"))
DEMO = REPO / SPEC["corpus"]

# Dyads that read the same both ways (CONTRACT.md, contract_examples.jsonl); CONSULT
# with mode "visit" is the exception: visitor -> host.
UNORDERED = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
UNATTRIBUTED = "<no demo document contains the record's sentence>"


def _documents() -> list[str]:
    names = {spec["document"] for section in ("events", "forbidden", "indicators")
             for spec in SPEC.get(section) or []}
    return sorted(names)


def _normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def records_by_document() -> dict[str, list[Any]]:
    """Every record extracted from the demo files, keyed by the file it came from.

    One extract() call over all files; a record belongs to the file whose text contains
    its sentence (test_demo_corpus.py checks no sentence is shared by two files).
    """
    from multivector.api import extract

    names = _documents()
    texts = {name: _normalise((DEMO / name).read_text(encoding="utf-8")) for name in names}
    grouped: dict[str, list[Any]] = defaultdict(list)
    warnings: list[str] = []
    for record in extract([str(DEMO / name) for name in names], warn=warnings.append):
        sentence = _normalise(record.sentence or "")
        owners = [name for name, text in texts.items() if sentence and sentence in text]
        grouped[owners[0] if len(owners) == 1 else UNATTRIBUTED].append(record)
    # Every demo file starts with "Date: YYYY-MM-DD"; a date warning means the header was lost.
    assert not any("publication date" in w for w in warnings), warnings
    return grouped


def _code(actor: Any) -> str | None:
    return actor.code if actor is not None else None


def _describe(record: Any) -> str:
    if getattr(record, "event_type", None) is None:
        period = record.period
        when = f"{period.start}..{period.end}" if period else "-"
        return (f"indicator {record.indicator} {list(record.actors)} {record.value:g} "
                f"{record.unit} {when} | {record.sentence!r}")
    when = f"{record.date.start}..{record.date.end} ({record.date.precision})" if record.date else "-"
    place = record.location.name if record.location else None
    return (f"{record.event_type}/{record.mode} {_code(record.actor)}->{_code(record.recipient)} "
            f"{when} @{place} | {record.sentence!r}")


def _found(records: list[Any], document: str) -> str:
    lines = [f"records found in {document}:"]
    lines += [f"  {_describe(r)}" for r in records] or ["  (none)"]
    return "\n".join(lines)


def _dyad_matches(event: Any, spec: dict[str, Any]) -> bool:
    actor, recipient = _code(event.actor), _code(event.recipient)
    want_actor, want_recipient = spec["actor"], spec.get("recipient")
    ordered = event.event_type not in UNORDERED or (
        event.event_type == "CONSULT" and event.mode == "visit")
    if want_recipient is None:
        return actor == want_actor or (not ordered and recipient == want_actor)
    if (actor, recipient) == (want_actor, want_recipient):
        return True
    return not ordered and (recipient, actor) == (want_actor, want_recipient)


def _place_matches(event: Any, wanted: str) -> bool:
    if event.location is None:
        return False
    accepted = SPEC.get("place_aliases", {}).get(wanted, [wanted])
    return _fold(event.location.name) in {_fold(name) for name in accepted}


def _fold(name: str) -> str:
    # GeoNames writes "Xi’an" with a typographic apostrophe; news writes "Xi'an"
    return name.replace("\u2019", "'").casefold()


def event_matches(event: Any, spec: dict[str, Any]) -> bool:
    """Whether an extracted Event satisfies one expected record of the YAML."""
    if getattr(event, "event_type", None) is None:
        return False
    if event.event_type not in {spec["event_type"], *(spec.get("alt_types") or [])}:
        return False
    if spec.get("mode") is not None and event.mode not in {spec["mode"], *(spec.get("alt_modes") or [])}:
        return False
    if not _dyad_matches(event, spec):
        return False
    if spec.get("date") is not None:
        if event.date is None:
            return False
        if [event.date.start.isoformat(), event.date.end.isoformat()] != list(spec["date"]):
            return False
    return spec.get("location") is None or _place_matches(event, spec["location"])


def forbidden_matches(event: Any, spec: dict[str, Any]) -> bool:
    if getattr(event, "event_type", None) != spec["event_type"]:
        return False
    if spec.get("mode") is not None and event.mode != spec["mode"]:
        return False
    return _dyad_matches(event, spec)


def indicator_matches(record: Any, spec: dict[str, Any]) -> bool:
    if getattr(record, "indicator", None) != spec["indicator"]:
        return False
    if sorted(record.actors) != sorted(spec["actors"]) or record.unit != spec["unit"]:
        return False
    # "about $24.5 billion": the figure as written, to the dollar (floats from parsing).
    if abs(float(record.value) - float(spec["value"])) > 0.5:
        return False
    period = record.period
    return period is not None and [period.start.isoformat(), period.end.isoformat()] == list(spec["period"])


def _spec_line(spec: dict[str, Any]) -> str:
    return (f"{spec['event_type']}/{spec.get('mode')} {spec['actor']}->{spec.get('recipient')} "
            f"date={spec.get('date')} location={spec.get('location')} "
            f"(evidence: {spec.get('evidence')!r})")


@pytest.mark.model
@pytest.mark.parametrize("spec", SPEC["events"], ids=[s["id"] for s in SPEC["events"]])
def test_expected_event_is_found(records_by_document, spec):
    records = records_by_document.get(spec["document"], [])
    assert any(event_matches(r, spec) for r in records), (
        f"missing {_spec_line(spec)}\n{_found(records, spec['document'])}")


@pytest.mark.model
@pytest.mark.parametrize("spec", SPEC["indicators"], ids=[s["id"] for s in SPEC["indicators"]])
def test_expected_indicator_is_found(records_by_document, spec):
    records = records_by_document.get(spec["document"], [])
    assert any(indicator_matches(r, spec) for r in records), (
        f"missing indicator {spec['indicator']} {spec['actors']} {spec['value']} {spec['unit']} "
        f"{spec['period']}\n{_found(records, spec['document'])}")


@pytest.mark.model
@pytest.mark.parametrize("spec", SPEC["forbidden"],
                         ids=[f"{s['document'][:2]}-{s['event_type']}-{s['actor']}-{s['recipient']}"
                              for s in SPEC["forbidden"]])
def test_forbidden_record_is_absent(records_by_document, spec):
    records = records_by_document.get(spec["document"], [])
    wrong = [r for r in records if forbidden_matches(r, spec)]
    assert not wrong, (
        f"forbidden {spec['event_type']}/{spec.get('mode')} {spec['actor']}->{spec['recipient']} "
        f"(from {spec['evidence']!r}) was produced:\n"
        + "\n".join(f"  {_describe(r)}" for r in wrong) + "\n" + _found(records, spec["document"]))


@pytest.mark.model
def test_every_record_comes_from_a_demo_sentence(records_by_document):
    stray = records_by_document.get(UNATTRIBUTED, [])
    assert not stray, "records whose sentence is in no demo file (span/sentence bug?):\n" + "\n".join(
        f"  {_describe(r)}" for r in stray)


# --- the matcher itself (cheap, no model): a wrong matcher would make the tests above lie --

@pytest.mark.parametrize("mode, actor, recipient, expected", [
    ("visit", "CHN", "KAZ", True),
    ("visit", "KAZ", "CHN", False),  # a visit has a direction
    ("meeting", "KAZ", "CHN", False),  # wrong mode
])
def test_matcher_orders_visits(mode, actor, recipient, expected):
    from datetime import date

    from multivector.records import Actor, DateRange, Event, Place

    event = Event(doc_id="d", event_type="CONSULT", mode=mode, actor=Actor(actor),
                  recipient=Actor(recipient), date=DateRange(date(2022, 9, 14), date(2022, 9, 14)),
                  location=Place("Nur-Sultan"), sentence="s", span=(0, 1))
    spec = next(s for s in SPEC["events"] if s["id"] == "xi-visit-wire")
    assert event_matches(event, spec) is expected


def test_matcher_accepts_unordered_signing_and_rejects_wrong_year():
    from datetime import date

    from multivector.records import Actor, DateRange, Event

    spec = next(s for s in SPEC["events"] if s["id"] == "french-kazakh-roadmap-2021")

    def event(year: int) -> Event:
        return Event(doc_id="d", event_type="AGREE", actor=Actor("FRA"), recipient=Actor("KAZ"),
                     date=DateRange(date(year, 1, 1), date(year, 12, 31), "year"),
                     sentence="s", span=(0, 1))

    assert event_matches(event(2021), spec)
    assert not event_matches(event(2022), spec)
