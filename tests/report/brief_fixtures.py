"""A hand-built Kazakhstan autumn 2022 scenario for the briefing tests.

The facts are real (visits to and from Kazakhstan in 2022); the sentences are our own
words, written for these tests.
"""

from __future__ import annotations

from datetime import date

from multivector.records import (
    Actor, DateRange, DistinctEvent, Document, Event, Indicator, Place, SourceRef,
)

WINDOW = (date(2022, 8, 1), date(2022, 12, 31))

DOCUMENTS = {
    "d-xi": Document("d-xi", "text", date(2022, 9, 14), "Xi in Astana", "https://news.example.org/xi"),
    "d-putin": Document("d-putin", "text", date(2022, 10, 13), "Putin at CICA", None),
    "d-michel": Document("d-michel", "text", date(2022, 10, 27), "Michel in Astana",
                         "https://news.example.org/michel"),
    "d-moscow": Document("d-moscow", "text", date(2022, 11, 28), "Tokayev in Moscow",
                         "javascript:alert(1)"),
    "d-medvedev": Document("d-medvedev", "text", date(2022, 8, 2), "A deleted post", None),
    "d-trade": Document("d-trade", "text", date(2023, 1, 13), "China trade <figures>", None),
}


def _event(cluster: str, doc_id: str, event_type: str, actor: Actor, recipient: Actor,
           start: date, end: date | None, sentence: str, *, mode: str | None = None,
           place: str | None = None) -> DistinctEvent:
    event = Event(doc_id=doc_id, event_type=event_type, mode=mode, actor=actor,
                  recipient=recipient, date=DateRange(start, end or start), sentence=sentence,
                  span=(0, len(sentence)),
                  location=Place(place, code="KAZ") if place else None)
    # Sources carry only ids and sentences: titles and urls come from the document lookup.
    source = SourceRef(doc_id=doc_id, event_id=event.event_id, sentence=sentence,
                       span=event.span, dataset="news")
    return DistinctEvent(cluster_id=cluster, event=event, sources=(source,))


KAZ = Actor(code="KAZ", sector="GOV", name="Kazakhstan")
TOKAYEV = Actor(code="KAZ", sector="GOV", name="Kassym-Jomart Tokayev", role="head of state")

EVENTS = (
    _event("c-xi", "d-xi", "CONSULT", Actor("CHN", "GOV", "Xi Jinping", "head of state"), KAZ,
           date(2022, 9, 14), None,
           "Chinese President Xi Jinping arrived in Kazakhstan on 14 September, his first trip "
           "abroad since the pandemic began.", mode="visit", place="Astana"),
    _event("c-putin", "d-putin", "CONSULT", Actor("RUS", "GOV", "Vladimir Putin", "head of state"),
           KAZ, date(2022, 10, 12), date(2022, 10, 14),
           "Vladimir Putin flew to Astana on 12 October for the CICA summit and talks with "
           "Tokayev.", mode="visit", place="Astana"),
    _event("c-michel", "d-michel", "CONSULT",
           Actor("EU", "GOV", "Charles Michel", "president of the european council"), KAZ,
           date(2022, 10, 27), None,
           "European Council President Charles Michel met Central Asian leaders in Astana on "
           "27 October.", mode="visit", place="Astana"),
    _event("c-moscow", "d-moscow", "CONSULT", TOKAYEV, Actor("RUS", "GOV", "Russia"),
           date(2022, 11, 28), None,
           "Tokayev chose Moscow for his first trip abroad after re-election, meeting Putin on "
           "28 November.", mode="visit", place="Moscow"),
    _event("c-medvedev", "d-medvedev", "ACCUSE",
           Actor("RUS", "GOV", "Dmitry Medvedev", "deputy chairman of the security council"), KAZ,
           date(2022, 8, 2), None,
           "A post attributed to Dmitry Medvedev called Kazakhstan an artificial state <b>before "
           "it was deleted</b>."),
)

INDICATORS = (
    (Indicator(doc_id="d-trade", indicator="trade", actors=("KAZ", "CHN"), value=31_000_000_000,
               unit="USD", period=DateRange(date(2022, 1, 1), date(2022, 12, 31), "year", "in 2022"),
               sentence="Trade between China and Kazakhstan reached about 31 billion dollars in 2022.",
               span=(0, 70)),),
)


def indicator_pairs() -> list[tuple[Indicator, SourceRef]]:
    out = []
    for (indicator,) in INDICATORS:
        out.append((indicator, SourceRef(doc_id=indicator.doc_id, event_id=indicator.indicator_id,
                                         sentence=indicator.sentence, span=indicator.span,
                                         dataset="news")))
    return out


def lookup(doc_id: str) -> Document | None:
    return DOCUMENTS.get(doc_id)
