"""Long documents: cut into parts at natural breaks, coded with the discourse carried over,
with the same result as one pass where one pass is possible."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from multivector.demo import demo_corpus
from multivector.ingest import read_documents
from multivector.nlp.convert import doc_to_records
from multivector.nlp.parts import split_parts
from multivector.records import Document, Event

DATELINE = re.compile(r"^[A-Z][A-Z'. -]+,[^—]{0,40}— ")
PIECES = st.lists(st.sampled_from(["word", " ", "\n", "\n\n", ". ", "Astana", "!\n", "\t"]),
                  max_size=400).map("".join)


@given(text=st.one_of(st.text(max_size=2000), PIECES), limit=st.integers(2, 300))
def test_parts_are_consecutive_slices_within_the_limit(text: str, limit: int) -> None:
    parts = split_parts(text, limit)
    assert "".join(p.text for p in parts) == text
    assert all(len(p.text) <= limit for p in parts)
    assert all(p.text for p in parts) or text == ""
    assert [p.start for p in parts] == [sum(len(q.text) for q in parts[:i]) for i in range(len(parts))]


def test_cuts_fall_at_paragraph_breaks_before_sentences_and_words() -> None:
    paragraph = "Tokayev met Xi in Astana. They signed documents on trade and transport."
    text = "\n\n".join([paragraph] * 20)
    parts = split_parts(text, 400)
    assert all(p.text.endswith("\n\n") for p in parts[:-1])
    one_line = " ".join([paragraph] * 20)
    assert all(p.text.endswith(". ") for p in split_parts(one_line, 400)[:-1])
    assert all(p.text.endswith(" ") for p in split_parts("word " * 300, 100)[:-1])
    assert [len(p.text) for p in split_parts("x" * 250, 100)] == [100, 100, 50]


def _stories() -> str:
    """The demo corpus's stories (our own texts) as one long document, without their
    datelines (which only open a document)."""
    bodies = [DATELINE.sub("", d.text[d.body_start:].strip())
              for d in read_documents([str(p) for p in demo_corpus()])]
    return "\n\n".join(bodies)


@pytest.mark.model
def test_a_document_read_in_parts_codes_as_in_one_pass() -> None:
    from multivector.nlp.pipeline import annotate_in_parts, load_pipeline, make_doc

    nlp = load_pipeline()
    text = _stories()
    document = Document(doc_id="long", text=text, published=date(2022, 11, 30))
    one_pass = doc_to_records(nlp(make_doc(nlp, text, document.published)), document)
    in_parts = doc_to_records(annotate_in_parts(nlp, text, document.published, 0, 1500), document)
    assert len(split_parts(text, 1500)) > 5
    assert len(one_pass) > 20
    assert [asdict(r) for r in in_parts] == [asdict(r) for r in one_pass]


@pytest.mark.model
def test_who_and_when_carry_across_a_cut() -> None:
    from multivector.nlp.pipeline import annotate_in_parts, load_pipeline

    nlp = load_pipeline()
    first = "Kazakh President Kassym-Jomart Tokayev flew to Beijing on 4 February 2022.\n\n"
    filler = "The weather in the capital was cold and the streets were quiet.\n\n" * 3
    text = first + filler + "He signed a gas agreement with Chinese President Xi Jinping the next day."
    document = Document(doc_id="carry", text=text, published=date(2022, 2, 10))
    records = doc_to_records(annotate_in_parts(nlp, text, document.published, 0, 120), document)
    meeting = [r for r in records if isinstance(r, Event) and r.sentence.startswith("He signed")]
    assert meeting and meeting[0].actor.code == "KAZ" and meeting[0].recipient.code == "CHN"
    assert meeting[0].date.start == date(2022, 2, 5)
    start, end = meeting[0].span
    assert text[start:end] == meeting[0].sentence


@pytest.mark.model
def test_a_text_longer_than_the_parser_takes_is_read_in_parts(monkeypatch) -> None:
    from multivector.nlp.extract import extract_document
    from multivector.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    monkeypatch.setattr(nlp, "max_length", 2000)  # spaCy's E088 limit, made small to test
    sentence = "Russian President Vladimir Putin visited Astana on 12 October 2022. "
    text = sentence * 60  # one line, no paragraph breaks, twice the limit
    records = extract_document(Document(doc_id="line", text=text, published=date(2022, 10, 20)))
    visits = [r for r in records if isinstance(r, Event) and r.mode == "visit"]
    assert [(v.actor.code, v.recipient.code) for v in visits] == [("RUS", "KAZ")]  # merged: one visit
