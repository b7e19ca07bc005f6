"""Numbered citations: each fact points to one source document and sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from multivector.records import DistinctEvent, Document, SourceRef
from multivector.report.text import Cite

DocumentLookup = Callable[[str], Document | None]


@dataclass(frozen=True)
class SourceEntry:
    number: int
    doc_id: str
    title: str | None
    published: date | None
    url: str | None
    sentence: str | None
    dataset: str | None

    @property
    def label(self) -> str:
        return self.title or f"document {self.doc_id}"

    @property
    def safe_url(self) -> str | None:
        """The source's own link, only when it is a plain web address."""
        if self.url and self.url.lower().startswith(("http://", "https://")):
            return self.url
        return None


class Citations:
    """Hands out numbers in order of first use; the same sentence keeps its number."""

    def __init__(self, documents: DocumentLookup | None = None) -> None:
        self._documents = documents
        # One lookup per document: a document cited for several sentences is read once.
        self._looked_up: dict[str, Document | None] = {}
        self._numbers: dict[tuple[str, str | None, tuple[int, int] | None], int] = {}
        self.entries: list[SourceEntry] = []

    def cite(self, source: SourceRef) -> Cite:
        key = (source.doc_id, source.sentence, source.span)
        if key not in self._numbers:
            title, url, published = source.title, source.url, source.published
            if self._documents is not None and (title is None or url is None or published is None):
                if source.doc_id not in self._looked_up:
                    self._looked_up[source.doc_id] = self._documents(source.doc_id)
                document = self._looked_up[source.doc_id]
                if document is not None:
                    title = title or document.title
                    url = url or document.url
                    published = published or document.published
            number = len(self.entries) + 1
            self._numbers[key] = number
            self.entries.append(SourceEntry(number=number, doc_id=source.doc_id, title=title,
                                            published=published, url=url,
                                            sentence=source.sentence, dataset=source.dataset))
        return Cite(self._numbers[key])

    def cite_event(self, item: DistinctEvent) -> Cite:
        return self.cite(best_source(item))


def best_source(item: DistinctEvent) -> SourceRef:
    """The mention to cite: one with a sentence, earliest published first."""
    if not item.sources:
        event = item.event
        return SourceRef(doc_id=event.doc_id, event_id=event.event_id, sentence=event.sentence,
                         span=event.span, dataset=event.source_dataset,
                         source_id=event.source_id)
    return min(item.sources, key=lambda s: (s.sentence is None, s.published or date.max, s.doc_id))
