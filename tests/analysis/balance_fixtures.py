"""Hand-built distinct events for the balance tests (no database, no NLP)."""

from __future__ import annotations

import itertools
from datetime import date

from multivector.records import Actor, DateRange, DistinctEvent, Event, SourceRef

_counter = itertools.count(1)


def engagement(actor: str, recipient: str, when: str, event_type: str = "CONSULT", *,
               mode: str | None = None, role: str | None = None, name: str | None = None,
               score: float | None = None, until: str | None = None) -> DistinctEvent:
    """One distinct event ``actor`` -> ``recipient`` on ``when`` (ISO date)."""
    n = next(_counter)
    start = date.fromisoformat(when)
    end = date.fromisoformat(until) if until else start
    event = Event(doc_id=f"doc{n}", event_type=event_type, mode=mode, score=score,
                  actor=Actor(code=actor, role=role, name=name),
                  recipient=Actor(code=recipient), date=DateRange(start, end),
                  sentence=f"Sentence {n}.", span=(0, 12))
    source = SourceRef(doc_id=event.doc_id, event_id=event.event_id, sentence=event.sentence,
                       span=event.span, title=f"Report {n}", published=end, dataset="news")
    return DistinctEvent(cluster_id=f"c{n}", event=event, sources=(source,))
