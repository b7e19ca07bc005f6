"""The one place where annotated spaCy Docs become contract records."""

from __future__ import annotations

from spacy.tokens import Doc

from multivector.coding.cameo import plover_score
from multivector.records import Document, Event, Indicator, Record


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim surrounding white space so that the span is exactly the sentence."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def doc_to_records(doc: Doc, document: Document) -> list[Record]:
    records: list[Record] = []
    # the document's text, not the Doc's: a long document's last part holds the whole
    # document's findings, with offsets in the whole text (nlp/parts.py)
    text = document.text
    for cand in doc._.mv_events or ():
        start, end = sentence_bounds(text, cand.sent_start, cand.sent_end)
        records.append(Event(
            doc_id=document.doc_id, event_type=cand.event_type, mode=cand.mode,
            cameo=cand.cameo, score=plover_score(cand.event_type, cand.mode),
            actor=cand.actor, recipient=cand.recipient, date=cand.date,
            location=cand.location, sentence=text[start:end], span=(start, end),
            confidence=cand.confidence))
    for ind in doc._.mv_indicators or ():
        start, end = sentence_bounds(text, ind.sent_start, ind.sent_end)
        records.append(Indicator(
            doc_id=document.doc_id, indicator=ind.indicator, actors=ind.actors,
            value=ind.value, unit=ind.unit, period=ind.period, sentence=text[start:end],
            span=(start, end)))
    return records
