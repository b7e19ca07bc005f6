"""Hand-built records and a fake extractor for the store tests (no spaCy needed)."""

from __future__ import annotations

from datetime import date
from typing import Any

from multivector.records import Actor, DateRange, Document, Event, Indicator, Place


def mention(doc_id: str, actor: str | None, recipient: str | None, day: str | None, *,
            event_type: str = "CONSULT", mode: str | None = "visit", end: str | None = None,
            precision: str = "day", place: str | None = None, place_code: str | None = None,
            confidence: float | None = 0.8, span: tuple[int, int] = (0, 10),
            role: str | None = None, dataset: str | None = None,
            source_id: str | None = None) -> Event:
    when = None
    if day is not None:
        when = DateRange(date.fromisoformat(day), date.fromisoformat(end or day), precision)
    return Event(
        doc_id=doc_id, event_type=event_type, mode=mode,
        actor=Actor(actor, "GOV", None, role) if actor else None,
        recipient=Actor(recipient) if recipient else None, date=when,
        sentence=f"{actor} and {recipient} ({doc_id})", span=span,
        location=Place(place, place_code) if place else None, confidence=confidence,
        source_dataset=dataset, source_id=source_id)


def document(doc_id: str, text: str | None = None, published: str = "2022-09-15") -> Document:
    return Document(doc_id=doc_id, text=text or f"Text of {doc_id}.",
                    published=date.fromisoformat(published), title=f"Title {doc_id}")


class FakeExtractor:
    """Maps doc_id -> records; counts the documents it saw; can fail after N documents."""

    def __init__(self, records: dict[str, list[Any]] | None = None,
                 fail_after: int | None = None) -> None:
        self.records = records or {}
        self.fail_after = fail_after
        self.seen: list[str] = []

    def __call__(self, documents):  # type: ignore[no-untyped-def]
        for doc in documents:
            if self.fail_after is not None and len(self.seen) >= self.fail_after:
                raise RuntimeError("extractor crashed")
            self.seen.append(doc.doc_id)
            yield doc, [r for r in self.records.get(doc.doc_id, [])]


def visit_records(doc_id: str) -> list[Any]:
    """Each fake document reports a Xi visit to Astana plus a trade figure."""
    return [mention(doc_id, "CHN", "KAZ", "2022-09-14", place="Astana", place_code="KAZ"),
            Indicator(doc_id=doc_id, indicator="trade", actors=("CHN", "KAZ"),
                      value=3.1e10, unit="USD",
                      period=DateRange(date(2021, 1, 1), date(2021, 12, 31), "year"),
                      sentence="Trade reached 31 billion dollars.", span=(11, 45))]


