"""``read_documents``: every input the user names, as a stream of ``Document`` records."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import BinaryIO, TextIO

from multivector.errors import InputError, MultivectorError
from multivector.ingest.context import ReadContext, _ignore
from multivector.ingest.csv_records import read_csv
from multivector.ingest.decoding import binary_error
from multivector.ingest.feeds import read_feed
from multivector.ingest.jsonl import read_jsonl
from multivector.ingest.plaintext import read_text
from multivector.ingest.sniff import check_format, choose_format
from multivector.ingest.sources import Entry, Source, expand_paths, open_source
from multivector.ingest.webpage import read_html
from multivector.records import Document

Reader = Callable[[Source, ReadContext], Iterator[Document]]
READERS: dict[str, Reader] = {
    "text": read_text, "html": read_html, "jsonl": read_jsonl, "csv": read_csv,
    "rss": read_feed,
}


def read_documents(paths: Sequence[str], *, input_format: str = "auto",
                   published: date | None = None,
                   stdin: TextIO | BinaryIO | None = None,
                   warn: Callable[[str], None] | None = None,
                   on_error: Callable[[MultivectorError], None] | None = None,
                   ) -> Iterator[Document]:
    """Read files, folders, globs and ``-`` (stdin) as documents, lazily and in order.

    ``input_format`` is ``auto`` (by extension, else by content) or one of ``text``,
    ``html``, ``jsonl``, ``csv``, ``rss`` for every input.  ``published`` is the date for
    documents that carry none (for plain text it wins over a ``Date:`` header).
    ``warn`` receives messages about missing dates and skipped files.  A bad record (a
    JSONL line, a CSV row, a feed item, one file among several) raises its
    ``InputError``, or when ``on_error`` is given is passed to it and skipped.  The
    format and every named path are checked before anything is read: an unknown format
    (MV106) or a missing path (MV101) always raises, at the call.
    """
    check_format(input_format)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # one path, not a sequence of one-letter paths
    context = ReadContext(published=published, warn=warn or _ignore, on_error=on_error)
    entries = expand_paths(paths, context.warn)
    return _read_entries(entries, input_format, stdin, context)


def _read_entries(entries: list[Entry], input_format: str, stdin: TextIO | BinaryIO | None,
                  context: ReadContext) -> Iterator[Document]:
    for entry in entries:
        try:
            with open_source(entry, stdin) as source:
                if b"\x00" in source.head and input_format == "auto":
                    raise binary_error(source.name)
                chosen = choose_format(input_format, source.extension, source.head,
                                       source.name)
                yield from READERS[chosen](source, context)
        except InputError as error:
            # A whole file gone bad counts as one bad record of the batch.
            context.report(error)
