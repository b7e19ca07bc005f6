"""Citation numbering and the document lookup behind it."""

from __future__ import annotations

from datetime import date

from multivector.records import Document, SourceRef
from multivector.report.citations import Citations


def _ref(doc_id: str, sentence: str) -> SourceRef:
    return SourceRef(doc_id=doc_id, event_id=f"{doc_id}-{sentence}", sentence=sentence,
                     span=(0, len(sentence)))


def test_numbers_follow_first_use_and_a_sentence_keeps_its_number():
    citations = Citations()
    first, second = _ref("d1", "Xi arrived in Astana."), _ref("d2", "Putin called Tokayev.")
    assert [citations.cite(r).number for r in (first, second, first)] == [1, 2, 1]
    assert [e.doc_id for e in citations.entries] == ["d1", "d2"]


def test_each_document_is_looked_up_once_and_fills_in_what_the_mention_lacks():
    asked: list[str] = []

    def lookup(doc_id: str) -> Document | None:
        asked.append(doc_id)
        if doc_id == "gone":
            return None
        return Document(doc_id=doc_id, text="...", title=f"Report {doc_id}",
                        url=f"https://example.org/{doc_id}", published=date(2022, 9, 14))

    citations = Citations(lookup)
    for sentence in ("One.", "Two.", "Three."):
        citations.cite(_ref("d1", sentence))
        citations.cite(_ref("gone", sentence))
    assert asked == ["d1", "gone"]
    assert {(e.doc_id, e.title, e.published) for e in citations.entries} == {
        ("d1", "Report d1", date(2022, 9, 14)), ("gone", None, None)}
