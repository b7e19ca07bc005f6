"""Partitions: input order kept, size bounded, same input -> same names."""

from __future__ import annotations

from hypothesis import given, strategies as st

from multivector.distributed.partitions import partition_documents
from multivector.records import Document

texts = st.lists(st.text(min_size=1, max_size=60), max_size=40)


def _docs(items: list[str]) -> list[Document]:
    return [Document(doc_id=f"d{i}", text=text) for i, text in enumerate(items)]


@given(texts, st.integers(min_value=1, max_value=200), st.integers(min_value=1, max_value=9))
def test_partitions_keep_order_and_respect_limits(items, max_chars, max_docs):
    docs = _docs(items)
    parts = list(partition_documents(docs, max_chars=max_chars, max_docs=max_docs))
    assert [d for p in parts for d in p.documents] == docs
    for part in parts:
        assert 1 <= len(part.documents) <= max_docs
        assert part.chars <= max_chars or len(part.documents) == 1
    again = list(partition_documents(docs, max_chars=max_chars, max_docs=max_docs))
    assert [p.name for p in again] == [p.name for p in parts]


def test_partition_name_depends_on_texts():
    first = next(partition_documents([Document("a", "one text")]))
    changed = next(partition_documents([Document("a", "another text")]))
    assert first.name != changed.name and first.name.startswith("part-")


def test_long_document_gets_a_partition_of_its_own():
    docs = [Document("a", "x" * 10), Document("b", "y" * 500), Document("c", "z" * 10)]
    parts = list(partition_documents(docs, max_chars=100))
    assert [[d.doc_id for d in p.documents] for p in parts] == [["a"], ["b"], ["c"]]
