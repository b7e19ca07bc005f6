"""The public Python API: the same capabilities as the command line.

``multivector extract`` calls :func:`extract`, ``multivector resolve`` calls
:func:`resolve`, and so on; the CLI only parses options and formats results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from multivector.records import Document, Record


def _as_documents(inputs: str | Document | Sequence[str | Document], *, published: date | None,
                  input_format: str, warn: Callable[[str], None] | None) -> Iterator[Document]:
    from multivector.ingest import read_documents

    if isinstance(inputs, (str, Document)):
        inputs = [inputs]
    paths: list[str] = []
    for item in inputs:
        if isinstance(item, Document):
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read_documents(paths, input_format=input_format, published=published, warn=warn)


def extract(inputs: str | Document | Sequence[str | Document], *, published: date | None = None,
            input_format: str = "auto", warn: Callable[[str], None] | None = None,
            n_process: int = 1,
            on_document: Callable[[Document, list[Record]], None] | None = None) -> Iterator[Record]:
    """Coded events and indicators from documents (paths, ``-`` for stdin, or Documents).

    >>> from multivector import Document, extract
    >>> text = "Chinese President Xi Jinping visited Kazakhstan on September 14."
    >>> doc = Document(doc_id="x", text=text, published=date(2022, 9, 16))
    >>> [e.event_type for e in extract(doc)]  # doctest: +SKIP
    ['CONSULT']
    """
    from multivector.nlp.extract import extract_documents

    documents = _as_documents(inputs, published=published, input_format=input_format, warn=warn)
    for document, records in extract_documents(documents, n_process=n_process):
        if on_document is not None:  # e.g. the CLI's count of documents without events
            on_document(document, records)
        yield from records


def extract_to_parquet(inputs: str | Document | Sequence[str | Document], out: str, *,
                       published: date | None = None, input_format: str = "auto",
                       warn: Callable[[str], None] | None = None, cluster: str | None = None,
                       workers: int | None = None, progress: Any = None) -> Any:
    """Extract into Parquet partitions under ``out`` (``out/events/*.parquet``, ...).

    In this process, or on Dask: ``cluster`` (a scheduler address) or ``workers`` (a local
    cluster).  Returns a ``ParquetRun``; raises ModelError MV204 when a partition failed
    on every retry (the others are written; rerunning retries only what is missing).
    """
    from multivector.distributed import extract_to_parquet as run_to_parquet
    from multivector.distributed.ingest import failure_error

    documents = _as_documents(inputs, published=published, input_format=input_format, warn=warn)
    run = run_to_parquet(documents, out, cluster=cluster, workers=workers, progress=progress)
    if run.failed:
        raise failure_error(run)
    return run


def extract_text(text: str, *, published: date | None = None, doc_id: str | None = None) -> list[Record]:
    """Records from one string (the text is the document, as in a plain-text file)."""
    document = Document(doc_id=doc_id or Document.id_for_text(text), text=text, published=published)
    return list(extract(document))


def resolve(texts: Iterable[str], *, when: date | None = None) -> Iterator[dict[str, Any]]:
    """How each text resolves as an actor: ``{"text", "code", "sector", "name", "role"}``."""
    from multivector.actors import resolve_text

    for text in texts:
        actor = resolve_text(text, when)
        yield {"text": text,
               "code": actor.code if actor else None,
               "sector": actor.sector if actor else None,
               "name": actor.name if actor else None,
               "role": actor.role if actor else None}


# The store, balance and briefing: each a library function the CLI command of the same
# name calls.  Imported here so ``multivector.api`` is the one public surface.
from multivector.store.api import event_rows, events, export_events, import_  # noqa: E402
from multivector.store.api import ingest as _store_ingest  # noqa: E402
from multivector.store.store import Store as _StoreBase  # noqa: E402
from multivector.analysis.api import balance, changes  # noqa: E402
from multivector.report.api import brief  # noqa: E402
from multivector.demo import demo  # noqa: E402

def ingest(paths: Sequence[str], *, db: str | None = None, cluster: str | None = None,
           parts_dir: str | None = None, retries: int = 2, workers: int = 2,
           extractor: Any = None, progress: Any = None, **options: Any):
    """Read, extract and store documents; bad records go to ``on_error`` and are skipped.

    ``cluster``: run extraction on Dask, on the scheduler at this address
    (``tcp://host:8786``) or, with ``"local"``, on a local cluster of ``workers``
    processes.  Partitions are written to ``parts_dir`` (default: beside the database,
    ``FILE.parts``) and loaded in one transaction; a rerun skips partitions already done.
    Without ``cluster``, ``workers`` processes of this machine extract (docs/scale.md).
    Other options (``input_format``, ``published``, ``warn``, ``on_error``) are
    ``multivector.store.api.ingest``'s.

    Raises InputError when not one document could be read, ModelError MV204 when a
    partition failed on every retry (then nothing is stored).
    """
    from multivector.store.api import resolve_db

    one_transaction = False
    if cluster is not None and extractor is None:
        from multivector.distributed import default_parts_dir, distributed_extractor

        extractor = distributed_extractor(
            parts_dir or default_parts_dir(resolve_db(db)), retries=retries, progress=progress,
            cluster=None if cluster == "local" else cluster, workers=workers)
        progress, one_transaction = None, True  # the bar follows the cluster's work
    return _store_ingest(paths, db=db, workers=workers, extractor=extractor, progress=progress,
                         one_transaction=one_transaction, **options)


class Store(_StoreBase):
    """A database with the whole API as methods: ingest, import_, events, balance, brief.

    ``Store("kaz.duckdb")`` or ``Store("postgresql://user:pw@host/db")``; a context manager.
    The methods work on this open connection (DuckDB allows one writer per file).
    """

    def ingest(self, documents: Iterable[Document | str], **options: Any):  # type: ignore[override]
        """Store documents (or read them first from paths, folders, URLs or ``-``)."""
        from multivector.ingest import read_documents

        items = list(documents) if not isinstance(documents, (str, Document)) else [documents]
        paths = [str(i) for i in items if not isinstance(i, Document)]
        given = [i for i in items if isinstance(i, Document)]
        if paths:
            given += list(read_documents(paths, warn=options.pop("warn", None)))
        return super().ingest(given, **options)

    def import_(self, kind: str, path: str, *, progress: Any = None):
        """Load an existing dataset (``multivector import KIND PATH``)."""
        return self.import_events(kind, path, progress=progress)

    def events(self, **filters: Any):
        """Distinct events with their sources (``multivector events``)."""
        return self.distinct_events(**filters)

    def balance(self, country: str, *, partners: Sequence[str] | None = None,
                date_from: date | None = None, date_to: date | None = None, by: str | None = None,
                blocs: Any = None, eu_members_in_eu: bool = False):
        """The multi-vector balance of ``country`` (``multivector balance``)."""
        from multivector.analysis.api import check_codes
        from multivector.analysis.balance import compute_balance

        country, chosen, bloc_map = check_codes(country, partners, blocs)
        found = self.distinct_events(country=country, date_from=date_from, date_to=date_to)
        return compute_balance(found, country, partners=chosen, date_from=date_from,
                               date_to=date_to, by=by, blocs=bloc_map,
                               eu_members_in_eu=eu_members_in_eu)

    def brief(self, country: str, *, date_from: date | None = None, date_to: date | None = None,
              partners: Sequence[str] | None = None, fmt: str = "md") -> str:
        """The analyst briefing as Markdown or self-contained HTML (``multivector brief``)."""
        from multivector.analysis.api import check_codes
        from multivector.report import compose_brief

        country, chosen, blocs = check_codes(country, partners, None)
        found = self.distinct_events(country=country, date_from=date_from, date_to=date_to)
        figures = self.indicators(country=country, date_from=date_from, date_to=date_to)
        return compose_brief(country, found, figures, date_from=date_from, date_to=date_to,
                             partners=chosen, blocs=blocs, documents_lookup=self.document,
                             fmt=fmt).text


__all__ = ["Store", "balance", "brief", "changes", "demo", "event_rows", "events", "export_events", "extract",
           "extract_text", "extract_to_parquet", "import_",
           "ingest", "resolve"]
