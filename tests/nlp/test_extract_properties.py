"""Properties of extraction over any text: no crash, spans point at their sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from multivector.nlp.extract import extract_document, extract_documents
from multivector.records import Document, Event, Indicator

NEWSY = st.lists(st.sampled_from([
    "Xi Jinping visited Kazakhstan on September 14.", "Putin met Tokayev in Sochi.",
    "Russia threatened Astana.", "Trade reached $24.5 billion in 2021.", "He said no.",
    "ASTANA, Oct 28 — ", "The EU imposed sanctions on Iran.", "\n\n", "Date: 2022-01-01\n",
    "Kyrgyzstan will host the CSTO next month.", "“We will not recognise them,” he said.",
]), max_size=6).map(" ".join)
TEXT = st.one_of(st.text(max_size=300), NEWSY, st.tuples(NEWSY, st.text(max_size=80)).map("".join))


def check(document: Document) -> None:
    for record in extract_document(document):
        assert isinstance(record, (Event, Indicator))
        start, end = record.span
        assert 0 <= start <= end <= len(document.text)
        assert document.text[start:end] == record.sentence
        assert record.sentence == record.sentence.strip()
        if isinstance(record, Event) and record.date is not None:
            assert record.date.start <= record.date.end


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, published=st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2050, 12, 31))))
def test_any_text_extracts_without_error_and_spans_point_at_sentences(text, published) -> None:
    if not text:
        return
    check(Document(doc_id="p", text=text, published=published))


@pytest.mark.model
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=st.sampled_from(["Date: 2022-09-16\n", "Date: 2022-09-16\nTitle: Xi arrives\n\n", ""]),
       body=NEWSY)
def test_header_lines_yield_no_events_and_spans_count_them(header, body) -> None:
    text = header + (body or "Xi Jinping visited Kazakhstan on September 14.")
    document = Document(doc_id="h", text=text, published=date(2022, 9, 16), body_start=len(header))
    check(document)
    assert all(r.span[0] >= len(header) for r in extract_document(document))


@pytest.mark.model
def test_extraction_is_deterministic_and_in_input_order() -> None:
    docs = [Document(doc_id=str(i), text=t, published=date(2022, 11, 18)) for i, t in enumerate([
        "Chinese President Xi Jinping visited Kazakhstan on September 14.",
        "Russian officials have threatened Astana.",
        "Bilateral trade between Russia and Kazakhstan reached $24.5 billion in 2021."])]
    first = [(d.doc_id, [r.to_dict() for r in recs]) for d, recs in extract_documents(docs)]
    second = [(d.doc_id, [r.to_dict() for r in recs]) for d, recs in extract_documents(docs, batch_size=1)]
    assert first == second
    assert [doc_id for doc_id, _ in first] == ["0", "1", "2"]
