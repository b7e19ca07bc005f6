"""JSON Lines: one document per line, read line by line (large files stream)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from multivector.errors import InputError
from multivector.ingest.context import ReadContext
from multivector.ingest.decoding import BOM, check_not_binary, decode_line
from multivector.ingest.fields import document_from_record
from multivector.ingest.sources import Source
from multivector.records import Document

JSONL_HINT = 'each line must be one JSON object with a "text" field'


def _json_kind(value: object) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _parse_line(line: str, name: str, number: int) -> dict[str, object]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno}): {JSONL_HINT}",
                         code="MV105", path=name, line=number) from None
    except RecursionError:
        raise InputError(f"JSON nested too deeply: {JSONL_HINT}", code="MV105", path=name,
                         line=number) from None
    if not isinstance(value, dict):
        raise InputError(f"{_json_kind(value)}, not a JSON object: {JSONL_HINT}",
                         code="MV105", path=name, line=number)
    return value


def read_jsonl(source: Source, context: ReadContext) -> Iterator[Document]:
    check_not_binary(source.head, source.name)
    seen_content = False
    undated = 0
    for number, raw in enumerate(source.lines(), start=1):
        if number == 1:
            raw = raw.removeprefix(BOM)
        try:
            line = decode_line(raw, source.name, number).strip()
        except InputError as error:
            context.report(error)
            continue
        if not line:
            continue
        if not seen_content:
            seen_content = True
            # A first line that is not an object means the whole file is something else
            # (HTML, CSV, a JSON array): one clear error instead of one per line.
            if not line.startswith("{"):
                raise InputError(f"does not look like JSONL (line {number} starts with "
                                 f"{line[:1]!r}): {JSONL_HINT}, or pass --format",
                                 code="MV106", path=source.name, line=number)
        try:
            record = _parse_line(line, source.name, number)
            document = document_from_record(record, name=source.name, line=number,
                                            fallback_published=context.published)
        except InputError as error:
            context.report(error)
            continue
        if document.published is None:
            undated += 1
        yield document
    if not seen_content:
        raise InputError(f"the file is empty: {JSONL_HINT}", code="MV103", path=source.name)
    context.warn_missing_dates(undated, source.name, "records")
