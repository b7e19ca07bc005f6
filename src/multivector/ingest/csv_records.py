"""CSV (or TSV): a header row naming a ``text`` column, then one document per row.

Rows are read one at a time.  A record's line is the physical line where it starts,
counting the header and any quoted fields that span several lines.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from multivector.errors import InputError
from multivector.ingest.context import ReadContext
from multivector.ingest.decoding import BOM, check_not_binary, decode_line
from multivector.ingest.fields import document_from_record
from multivector.ingest.sniff import csv_delimiter
from multivector.ingest.sources import Source
from multivector.records import Document

# News articles easily pass the csv module's default 128 KiB field limit.
_FIELD_LIMIT = 64 * 1024 * 1024


_LINE_END = re.compile(r"(?<=\r)(?!\n)")


def _text_lines(source: Source) -> Iterator[str]:
    """Decoded lines; a lone ``\r`` also ends a line (as it does in ``Document.text``)."""
    number = 0
    for index, raw in enumerate(source.lines()):
        if index == 0:
            raw = raw.removeprefix(BOM)
        for piece in _LINE_END.split(decode_line(raw, source.name, number + 1)):
            if piece:
                number += 1
                yield piece


def _first_content_line(lines: Iterator[str]) -> tuple[int, str | None]:
    """Skip blank lines before the header; returns (lines consumed, header line)."""
    consumed = 0
    for line in lines:
        consumed += 1
        if line.strip():
            return consumed, line
    return consumed, None


def read_csv(source: Source, context: ReadContext) -> Iterator[Document]:
    check_not_binary(source.head, source.name)
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    lines = _text_lines(source)
    header_number, header_line = _first_content_line(lines)
    if header_line is None:
        raise InputError('the file is empty: give a header row with a "text" column, then '
                         "one row per document", code="MV103", path=source.name)
    delimiter = csv_delimiter(header_line)
    if delimiter is None:
        found = header_line.strip().split(",")
        raise InputError(f'the header row has no "text" column (found: {", ".join(found)}): '
                         'name the column holding the document text "text"', code="MV105",
                         path=source.name, line=header_number)
    columns = [c.strip().lower() for c in next(csv.reader([header_line], delimiter=delimiter))]
    reader = csv.reader(lines, delimiter=delimiter)
    ended = header_number  # the last physical line consumed so far
    undated = 0
    while True:
        start = ended + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"malformed CSV ({exc}): check the quoting of this row",
                             code="MV105", path=source.name, line=start) from None
        ended = header_number + reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            context.report(InputError(
                f"this row has {len(row)} fields but the header has {len(columns)}: quote "
                'fields that contain the delimiter ("like, this")', code="MV105",
                path=source.name, line=start))
            continue
        try:
            document = document_from_record(dict(zip(columns, row, strict=False)),
                                             name=source.name, line=start,
                                             fallback_published=context.published)
        except InputError as error:
            context.report(error)
            continue
        if document.published is None:
            undated += 1
        yield document
    context.warn_missing_dates(undated, source.name, "rows")
