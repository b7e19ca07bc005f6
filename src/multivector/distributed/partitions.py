"""Cutting a stream of documents into partitions of about equal size.

Size is counted in characters, the unit extraction time grows with, so a partition of a
few long articles takes about as long as one of many short ones and workers finish
together.  Partitions are cut in input order, so the same input always gives the same
partitions: that is what lets a rerun recognise the ones already done.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from multivector.records import Document, stable_hash
from multivector.store.rows import text_hash

# About 20 news articles: large enough that scheduling costs little next to spaCy's
# work, small enough that two workers get many partitions each and a lost one is cheap.
DEFAULT_PARTITION_CHARS = 50_000
DEFAULT_PARTITION_DOCS = 500


@dataclass(frozen=True)
class Partition:
    """Documents extracted together; ``name`` is a hash of their ids and texts."""

    name: str
    documents: tuple[Document, ...]

    @property
    def chars(self) -> int:
        return sum(len(doc.text) for doc in self.documents)


def partition_name(documents: Iterable[Document]) -> str:
    return "part-" + stable_hash(*(f"{d.doc_id}:{text_hash(d.text)}" for d in documents))


def partition_documents(documents: Iterable[Document], *,
                        max_chars: int = DEFAULT_PARTITION_CHARS,
                        max_docs: int = DEFAULT_PARTITION_DOCS) -> Iterator[Partition]:
    """Yield partitions of at most ``max_chars`` characters (a longer document alone)."""
    if max_chars < 1 or max_docs < 1:
        raise ValueError("partition limits must be positive")
    batch: list[Document] = []
    size = 0
    for doc in documents:
        if batch and (size + len(doc.text) > max_chars or len(batch) >= max_docs):
            yield Partition(partition_name(batch), tuple(batch))
            batch, size = [], 0
        batch.append(doc)
        size += len(doc.text)
    if batch:
        yield Partition(partition_name(batch), tuple(batch))
