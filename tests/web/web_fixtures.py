"""A small hand-built database for the web tests (facts of autumn 2022, our own words).

One document is hostile: its text and title carry HTML and a <script> element, and an
event's supporting sentence includes them, so every page that shows it must escape it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from multivector.records import Actor, DateRange, Document, Event, Indicator, Place
from multivector.store import Store
from multivector.store.store import StoredDocument

HOSTILE = "<script>alert('owned')</script>"
HOSTILE_SENTENCE = f"Moscow accused Astana of ignoring sanctions advice {HOSTILE} in late October 2022."
ASTANA = Place("Astana", "KAZ", 51.18, 71.45, 1526273)
SAMARKAND = Place("Samarkand", "UZB", 39.65, 66.96, 1216265)


def _event(doc: Document, sentence: str, kind: str, actor: Actor, recipient: Actor, day: date,
           *, mode: str | None = None, place: Place | None = None) -> Event:
    start = doc.text.index(sentence)
    return Event(doc_id=doc.doc_id, event_type=kind, mode=mode, actor=actor, recipient=recipient,
                 date=DateRange(day, day, "day"), sentence=sentence,
                 span=(start, start + len(sentence)), location=place, confidence=0.9)


def build(path: Path) -> Path:
    xi = Actor("CHN", "GOV", "Xi Jinping", "head of state")
    tokayev = Actor("KAZ", "GOV", "Kassym-Jomart Tokayev", "head of state")
    putin = Actor("RUS", "GOV", "Vladimir Putin", "head of state")
    kaz = Actor("KAZ", "GOV", "Kazakhstan")
    rus = Actor("RUS", "GOV", "Russia")
    eu = Actor("EU", "GOV", "Charles Michel", "president of the european council")
    usa = Actor("USA", "GOV", "Antony Blinken", "foreign minister")

    s1 = "Chinese President Xi Jinping arrived in Astana on 14 September 2022 for talks with Tokayev."
    s2 = "Tokayev flew to Samarkand on 15 September 2022, where he met Vladimir Putin."
    s3 = "European Council President Charles Michel visited Astana on 27 October 2022."
    s4 = "Kazakhstan and Russia signed a gas transit agreement on 3 November 2022."
    s5 = "US Secretary of State Antony Blinken met Tokayev in Astana on 1 March 2023."
    text = "\n\n".join(["Date: 2022-11-05", s1, s2, s3, s4, s5,
                      "Trade between Kazakhstan and China reached 24.5 billion dollars in 2022."])
    news = Document(doc_id="news1", text=text, published=date(2022, 11, 5),
                    title="Autumn diplomacy in Astana")
    hostile_text = f"<b>Breaking</b> & more.\n\n{HOSTILE_SENTENCE}\n\nEnd of <i>report</i>."
    hostile = Document(doc_id="evil1", text=hostile_text, published=date(2022, 10, 30),
                       title=f"Report {HOSTILE}")
    trade = "Trade between Kazakhstan and China reached 24.5 billion dollars in 2022."
    start = text.index(trade)
    indicator = Indicator(doc_id="news1", indicator="trade", actors=("KAZ", "CHN"),
                          value=24_500_000_000, unit="USD",
                          period=DateRange(date(2022, 1, 1), date(2022, 12, 31), "year", "in 2022"),
                          sentence=trade, span=(start, start + len(trade)))
    records = [
        _event(news, s1, "CONSULT", xi, tokayev, date(2022, 9, 14), mode="visit", place=ASTANA),
        _event(news, s2, "CONSULT", tokayev, putin, date(2022, 9, 15), mode="visit", place=SAMARKAND),
        _event(news, s3, "CONSULT", eu, kaz, date(2022, 10, 27), mode="visit", place=ASTANA),
        _event(news, s4, "AGREE", kaz, rus, date(2022, 11, 3)),
        _event(news, s5, "CONSULT", usa, tokayev, date(2023, 3, 1), mode="visit", place=ASTANA),
        indicator,
    ]
    hostile_event = _event(hostile, HOSTILE_SENTENCE, "ACCUSE", rus, kaz, date(2022, 10, 28))
    with Store(path) as store, store.transaction():
        store.write_documents([StoredDocument(news, records),
                               StoredDocument(hostile, [hostile_event])])
    return path
