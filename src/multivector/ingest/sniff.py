"""Which reader a source needs: by extension, else by looking at its first bytes."""

from __future__ import annotations

import csv
import re

from multivector.errors import InputError

FORMATS: tuple[str, ...] = ("auto", "text", "html", "jsonl", "csv", "rss")

EXTENSION_FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "rss", ".atom": "rss", ".xml": "rss",
}

_FEED_TAG = re.compile(r"<(?:[\w-]+:)?(?:rss|feed|rdf)[\s>/]")
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|title)[\s>/]")
# Delimiters tried on a CSV header line, most common first.
CSV_DELIMITERS = (",", "\t", ";", "|")


def check_format(input_format: str) -> None:
    if input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r}: use one of "
                         f"{', '.join(FORMATS)}", code="MV106")


def csv_delimiter(header_line: str) -> str | None:
    """The delimiter under which ``header_line`` names a ``text`` column, if any."""
    for delimiter in CSV_DELIMITERS:
        try:
            columns = next(csv.reader([header_line], delimiter=delimiter), [])
        except csv.Error:
            continue
        if "text" in (column.strip().lower() for column in columns):
            return delimiter
    return None


def sniff_format(head: bytes, name: str) -> str:
    """Guess the format of content with no telling extension (stdin, ``notes``, ``a.dat``)."""
    sample = head[:8192].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if sample.startswith("<"):
        lowered = sample[:4096].lower()
        if _FEED_TAG.search(lowered):
            return "rss"
        if _HTML_TAG.search(lowered) or not lowered.startswith("<?xml"):
            return "html"
        raise InputError("is XML but neither an RSS/Atom feed nor an HTML page: pass "
                         "--format to say how to read it", code="MV106", path=name)
    if sample.startswith("{"):
        return "jsonl"
    if sample.startswith("["):
        raise InputError("looks like a JSON array: write one JSON object a line (JSONL), each "
                         "with a \"text\" field", code="MV106", path=name)
    first_line = sample.split("\n", 1)[0]
    delimiter = csv_delimiter(first_line)
    if delimiter is not None and delimiter in first_line:  # a lone "text" line is prose
        return "csv"
    return "text"


def choose_format(input_format: str, extension: str, head: bytes, name: str) -> str:
    if input_format != "auto":
        return input_format
    return EXTENSION_FORMATS.get(extension) or sniff_format(head, name)
