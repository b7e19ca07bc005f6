"""Extraction over many documents: the pipeline in one process or several.

Each worker process loads the model once (``load_pipeline`` is cached per process).
Results come back in input order, so output is the same whatever the worker count.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from multivector.nlp.convert import doc_to_records
from multivector.nlp.parts import PART_CHARACTERS
from multivector.nlp.pipeline import annotate_in_parts, load_pipeline, make_doc
from multivector.records import Document, Record


def extract_document(document: Document) -> list[Record]:
    return _extract_batch([document])[0]


def _extract_batch(documents: list[Document]) -> list[list[Record]]:
    """Records of each document; one longer than a part (nlp/parts.py) is read in parts,
    the others together through ``nlp.pipe``."""
    nlp = load_pipeline()
    whole = [d for d in documents if len(d.text) <= min(PART_CHARACTERS, nlp.max_length)]
    docs = nlp.pipe(make_doc(nlp, d.text, d.published, d.body_start) for d in whole)
    coded = {id(d): doc_to_records(doc, d) for doc, d in zip(docs, whole)}
    for d in documents:
        if id(d) not in coded:
            coded[id(d)] = doc_to_records(
                annotate_in_parts(nlp, d.text, d.published, d.body_start), d)
    return [coded[id(d)] for d in documents]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_documents(documents: Iterable[Document], *, n_process: int = 1,
                      batch_size: int = 16) -> Iterator[tuple[Document, list[Record]]]:
    """Yield each document with its records, in input order."""
    if n_process <= 1:
        for batch in _batches(documents, batch_size):
            yield from zip(batch, _extract_batch(batch))
        return
    load_pipeline()  # fail fast (missing model) before starting workers
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        pending = []
        for batch in _batches(documents, batch_size):
            pending.append((batch, pool.submit(_extract_batch, batch)))
            if len(pending) >= n_process * 2:
                done_batch, future = pending.pop(0)
                yield from zip(done_batch, future.result())
        for done_batch, future in pending:
            yield from zip(done_batch, future.result())
