"""One JSONL/CSV record (a mapping of field names to values) as a ``Document``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from multivector.errors import InputError
from multivector.ingest.dates import DATE_HINT, parse_published
from multivector.ingest.decoding import normalise_newlines
from multivector.records import Document

TEXT_HINT = 'give each record its document text in a "text" field'


def _kind(value: object) -> str:
    return {dict: "an object", list: "an array", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _optional_string(record: Mapping[str, object], field: str, name: str,
                     line: int) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InputError(f'the "{field}" field is {_kind(value)}, not a string: give it '
                         "as text or leave it out", code="MV105", path=name, line=line)
    return value.strip() or None


def _published(record: Mapping[str, object], name: str, line: int) -> date | None:
    value = record.get("published")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f'the "published" field is {_kind(value)}, not a date: {DATE_HINT}',
                         code="MV104", path=name, line=line)
    try:
        return parse_published(value)
    except ValueError:
        raise InputError(f'the "published" field {value!r} is not a date: {DATE_HINT}',
                         code="MV104", path=name, line=line) from None


def document_from_record(record: Mapping[str, object], *, name: str, line: int,
                         fallback_published: date | None) -> Document:
    """Validate one record's fields; every problem is an InputError at ``name:line``."""
    if "text" not in record:
        raise InputError(f'no "text" field: {TEXT_HINT}', code="MV105", path=name, line=line)
    raw_text = record["text"]
    if not isinstance(raw_text, str):
        raise InputError(f'the "text" field is {_kind(raw_text)}, not a string: {TEXT_HINT}',
                         code="MV105", path=name, line=line)
    text = normalise_newlines(raw_text)
    if not text.strip():
        raise InputError('the "text" field is empty: give the document text or leave the '
                         "record out", code="MV103", path=name, line=line)
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | type(None)):
        raise InputError(f'the "id" field is {_kind(raw_id)}: give a string or an integer, '
                         "or leave it out to use a hash of the text", code="MV105",
                         path=name, line=line)
    doc_id = str(raw_id).strip() if raw_id is not None else ""
    published = _published(record, name, line)
    return Document(
        doc_id=doc_id or Document.id_for_text(text),
        text=text,
        published=published if published is not None else fallback_published,
        title=_optional_string(record, "title", name, line),
        url=_optional_string(record, "url", name, line),
        source=_optional_string(record, "source", name, line),
        origin=name,
        line=line,
    )
