"""Bytes to text: UTF-8 (with or without BOM), binary detection, newline normalisation.

Every reader goes through here so that all formats agree on what "the document text
as read" means: UTF-8 decoded, BOM dropped, ``\\r\\n`` and lone ``\\r`` turned into
``\\n``.  Nothing else is changed (no Unicode normalisation, no stripping), so sentence
offsets computed on ``Document.text`` stay meaningful.
"""

from __future__ import annotations

import codecs

from multivector.errors import InputError

BOM = codecs.BOM_UTF8


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n`` (Windows and old Mac line ends)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def binary_error(name: str) -> InputError:
    return InputError(
        "looks binary (it contains NUL bytes), not text: give a UTF-8 text, HTML, JSONL, "
        "CSV or RSS/Atom file",
        code="MV102", path=name)


def not_utf8_error(name: str, data: bytes, position: int, *, first_line: int = 1) -> InputError:
    """An MV102 error pointing at the line and column of the first bad byte in ``data``."""
    line_start = data.rfind(b"\n", 0, position) + 1
    line = first_line + data.count(b"\n", 0, position)
    column = position - line_start + 1
    return InputError(
        f"not valid UTF-8 (byte 0x{data[position]:02x} at column {column}): "
        "save the file as UTF-8",
        code="MV102", path=name, line=line)


def check_not_binary(head: bytes, name: str) -> None:
    """Reject a file whose first bytes hold NUL bytes, before streaming it.

    Checking the head once keeps a mislabelled image or archive from producing one error
    per "line".  Invalid UTF-8 is left to the line-by-line reading, so that one bad line
    of a JSONL file costs one record, not the file.
    """
    if b"\x00" in head:
        raise binary_error(name)


def decode_document(data: bytes, name: str) -> str:
    """The whole of ``data`` as text, newlines normalised; MV102 when it is not UTF-8."""
    if b"\x00" in data:
        raise binary_error(name)
    body = data.removeprefix(BOM)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = len(data) - len(body)
        raise not_utf8_error(name, data, exc.start + offset) from None
    return normalise_newlines(text)


def decode_line(raw: bytes, name: str, line: int) -> str:
    """One line of a streamed file (JSONL, CSV) as text; MV102 with its line number."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise not_utf8_error(name, raw, exc.start, first_line=line) from None
