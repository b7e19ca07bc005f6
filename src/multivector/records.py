"""Typed records that cross module boundaries.

One record style for the whole project: frozen dataclasses that validate themselves
in ``__post_init__`` and turn into the JSON objects of ``CONTRACT.md`` with
``to_dict()``.  spaCy objects never appear here.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from multivector.errors import RecordError

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# The conflictual half (PLOVER lists the eight cooperative types first): the "frictions"
# of both the dashboard and the briefing.
FRICTION_TYPES: tuple[str, ...] = EVENT_TYPES[8:]
# Types with no direction: "X and Y met" is the same event as "Y and X met".
UNORDERED_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
PRECISIONS: tuple[str, ...] = ("day", "month", "season", "year", "unknown")
Precision = Literal["day", "month", "season", "year", "unknown"]


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of ``parts`` (same input, same id, any machine)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class Document:
    """One input document as read: its text and what we know about where it came from."""

    doc_id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # the file (or "<stdin>") it was read from
    line: int | None = None  # 1-based line of the record in ``origin``, for JSONL/CSV
    # Where the story starts in ``text``: header lines of a plain-text file ("Date: ...",
    # "Title: ...") stay in the text, so that spans are offsets in the file as read, but
    # they are metadata and yield no events.
    body_start: int = 0

    @staticmethod
    def id_for_text(text: str) -> str:
        """The content-hash id used when the input gives none."""
        return stable_hash("doc", text)

    def __post_init__(self) -> None:
        if not self.doc_id:
            raise RecordError("a document needs a non-empty doc_id")
        if not 0 <= self.body_start <= len(self.text):
            raise RecordError(f"body_start {self.body_start} is outside the text")


@dataclass(frozen=True)
class Actor:
    """A resolved actor mention: contract ``actor`` / ``recipient`` object."""

    code: str | None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "sector": self.sector, "name": self.name,
                "role": self.role, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        if data is None:
            return None
        return cls(code=data.get("code"), sector=data.get("sector"), name=data.get("name"),
                   role=data.get("role"), text=data.get("text"))


@dataclass(frozen=True)
class DateRange:
    """When something happened: an inclusive day range with its precision."""

    start: date
    end: date
    precision: Precision = "day"
    text: str | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise RecordError(f"date range ends ({self.end}) before it starts ({self.start})")
        if self.precision not in PRECISIONS:
            raise RecordError(f"unknown date precision {self.precision!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "precision": self.precision, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DateRange | None:
        if data is None or data.get("start") is None:
            return None
        start = date.fromisoformat(data["start"])
        end = date.fromisoformat(data["end"]) if data.get("end") else start
        return cls(start=start, end=end, precision=data.get("precision") or "day",
                   text=data.get("text"))

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True)
class Place:
    """A resolved location: contract ``location`` object."""

    name: str
    code: str | None = None  # ISO3 of the country the place lies in
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Place | None:
        if data is None or not data.get("name"):
            return None
        return cls(name=data["name"], code=data.get("code"), lat=data.get("lat"),
                   lon=data.get("lon"), geonameid=data.get("geonameid"))


@dataclass(frozen=True)
class Event:
    """One coded event mention (contract record ``kind: event``).

    ``source_dataset`` / ``source_id`` say where an imported event came from
    (``None`` for events we extracted from news text ourselves).
    """

    doc_id: str
    event_type: str
    actor: Actor | None
    recipient: Actor | None
    date: DateRange | None
    sentence: str | None
    span: tuple[int, int] | None
    mode: str | None = None
    cameo: str | None = None
    score: float | None = None
    location: Place | None = None
    confidence: float | None = None
    source_dataset: str | None = None
    source_id: str | None = None
    event_id: str = field(default="")

    def __post_init__(self) -> None:
        if self.event_type not in EVENT_TYPES:
            raise RecordError(f"unknown event type {self.event_type!r}")
        if self.span is not None:
            start, end = self.span
            if start < 0 or end < start:
                raise RecordError(f"bad span {self.span!r}")
        if self.confidence is not None and not 0.0 <= self.confidence <= 1.0:
            raise RecordError(f"confidence {self.confidence} is outside 0..1")
        if not self.event_id:
            object.__setattr__(self, "event_id", self.compute_id())

    def compute_id(self) -> str:
        """Stable hash of document, span, type and dyad: re-extraction gives the same id."""
        actor = self.actor.code if self.actor else None
        recipient = self.recipient.code if self.recipient else None
        return stable_hash("event", self.doc_id, self.span, self.event_type, self.mode,
                           actor, recipient, self.source_id)

    def with_changes(self, **changes: Any) -> Event:
        changes.setdefault("event_id", "")
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "event",
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "cameo": self.cameo,
            "score": self.score,
            "actor": self.actor.to_dict() if self.actor else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "sentence": self.sentence,
            "span": list(self.span) if self.span is not None else None,
            "confidence": self.confidence,
            "source_dataset": self.source_dataset,
            "source_id": self.source_id,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        span = data.get("span")
        return cls(
            doc_id=data["doc_id"],
            event_type=data["event_type"],
            mode=data.get("mode"),
            cameo=data.get("cameo"),
            score=data.get("score"),
            actor=Actor.from_dict(data.get("actor")),
            recipient=Actor.from_dict(data.get("recipient")),
            date=DateRange.from_dict(data.get("date")),
            location=Place.from_dict(data.get("location")),
            sentence=data.get("sentence"),
            span=(int(span[0]), int(span[1])) if span else None,
            confidence=data.get("confidence"),
            source_dataset=data.get("source_dataset"),
            source_id=data.get("source_id"),
            event_id=data.get("event_id") or "",
        )


@dataclass(frozen=True)
class Indicator:
    """An economic figure found in text (contract record ``kind: indicator``)."""

    doc_id: str
    indicator: str
    actors: tuple[str, ...]
    value: float
    unit: str
    period: DateRange | None
    sentence: str | None
    span: tuple[int, int] | None
    indicator_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.indicator:
            raise RecordError("an indicator needs a name (trade, investment, aid, loan, ...)")
        if not self.indicator_id:
            object.__setattr__(self, "indicator_id", stable_hash(
                "indicator", self.doc_id, self.span, self.indicator, self.actors, self.value))

    def to_dict(self) -> dict[str, Any]:
        value: float | int = self.value
        if float(value).is_integer():
            value = int(value)
        return {
            "kind": "indicator",
            "indicator_id": self.indicator_id,
            "indicator": self.indicator,
            "actors": list(self.actors),
            "value": value,
            "unit": self.unit,
            "period": self.period.to_dict() if self.period else None,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "span": list(self.span) if self.span is not None else None,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Indicator:
        span = data.get("span")
        return cls(
            doc_id=data["doc_id"], indicator=data["indicator"],
            actors=tuple(data.get("actors") or ()), value=float(data["value"]),
            unit=data.get("unit") or "", period=DateRange.from_dict(data.get("period")),
            sentence=data.get("sentence"),
            span=(int(span[0]), int(span[1])) if span else None,
            indicator_id=data.get("indicator_id") or "",
        )


Record = Event | Indicator

# Roles that make a visit "high-level" (CONTRACT.md, Balance): heads of state or
# government, foreign ministers, and the EU's Council and Commission presidents and
# High Representative.  Actor resolution assigns these exact strings.
HIGH_LEVEL_ROLES: frozenset[str] = frozenset({
    "head of state", "head of government", "foreign minister",
    "president of the european council", "president of the european commission",
    "high representative",
})


def is_high_level(role: str | None) -> bool:
    return role is not None and role.lower() in HIGH_LEVEL_ROLES


def actor_is_high_level(actor: Actor | None) -> bool:
    return actor is not None and is_high_level(actor.role)


def involves_high_level(event: Event) -> bool:
    """Either side of the event is a high-level official (the timelines' test)."""
    return actor_is_high_level(event.actor) or actor_is_high_level(event.recipient)


@dataclass(frozen=True)
class SourceRef:
    """One mention behind a distinct event: where a claim can be checked."""

    doc_id: str
    event_id: str
    sentence: str | None
    span: tuple[int, int] | None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    dataset: str | None = None  # "news" for ingested text, else the import KIND
    source_id: str | None = None  # the dataset's own id

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "event_id": self.event_id, "sentence": self.sentence,
                "span": list(self.span) if self.span is not None else None,
                "title": self.title, "url": self.url, "published": _iso(self.published),
                "dataset": self.dataset, "source_id": self.source_id}


@dataclass(frozen=True)
class DistinctEvent:
    """A real-world event: the representative coded record plus every mention of it."""

    cluster_id: str
    event: Event
    sources: tuple[SourceRef, ...]

    def to_dict(self) -> dict[str, Any]:
        data = self.event.to_dict()
        data["cluster_id"] = self.cluster_id
        data["sources"] = [s.to_dict() for s in self.sources]
        return data


def record_to_json(record: Record) -> str:
    return record.to_json()


__all__ = [
    "EVENT_TYPES", "FRICTION_TYPES", "HIGH_LEVEL_ROLES", "PRECISIONS", "UNORDERED_TYPES", "Actor",
    "DateRange", "DistinctEvent", "Document", "Event", "Indicator", "Place", "Record", "SourceRef",
    "actor_is_high_level", "involves_high_level", "is_high_level",
    "record_to_json", "stable_hash",
]
