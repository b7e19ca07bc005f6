"""Plain text: the whole file is one document, with optional header lines on top.

A file may start with header lines, in any order, each at most once::

    Date: 2022-09-14
    Title: Xi Jinping visits Astana
    Source: Steppe Chronicle
    URL: https://example.org/xi-astana

``Document.text`` is the whole file (newlines normalised), so that every span is an
offset in the file as read; the header lines and the blank lines right after them are
metadata, not story: ``Document.body_start`` says where the story starts, and no events
are taken from the header.  The id is a hash of the story alone, so editing a header
line does not make a new document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from multivector.errors import InputError
from multivector.ingest.context import ReadContext
from multivector.ingest.dates import parse_published
from multivector.ingest.decoding import decode_document
from multivector.ingest.sources import Source
from multivector.records import Document

HEADER_LINE = re.compile(r"(date|title|source|url)[ \t]*:[ \t]*(.*)", re.IGNORECASE)


@dataclass(frozen=True)
class Headers:
    fields: dict[str, tuple[str, int]]  # key (lower case) -> (value, 1-based line)
    body: str


def split_headers(text: str) -> Headers:
    """Peel the header lines (and the blank lines after them) off the top of ``text``."""
    fields: dict[str, tuple[str, int]] = {}
    position = 0
    line_number = 0
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        match = HEADER_LINE.fullmatch(text, position, end)
        if match is None or match.group(1).lower() in fields:
            break
        line_number += 1
        fields[match.group(1).lower()] = (match.group(2).strip(), line_number)
        position = end + 1
    if fields:
        # Blank lines after the headers separate them from the text; drop them too.
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            if text[position:end].strip(" \t"):
                break
            position = end + 1
    return Headers(fields, text[position:])


def read_text(source: Source, context: ReadContext) -> Iterator[Document]:
    text = decode_document(source.read_all(), source.name)
    headers = split_headers(text)
    body = headers.body
    if not body.strip():
        raise InputError("no text (the file is empty or holds only header lines): write the "
                         "document text into the file", code="MV103", path=source.name)
    published = context.published
    if published is None and "date" in headers.fields:
        value, line = headers.fields["date"]
        try:
            published = parse_published(value)
        except ValueError:
            raise InputError(f"the Date: header {value!r} is not a date: write it as "
                             "'Date: YYYY-MM-DD' or pass --published", code="MV104",
                             path=source.name, line=line) from None
    if published is None:
        context.warn(f"no publication date for {source.name}: pass --published or start the "
                     "file with 'Date: YYYY-MM-DD'")

    def header(key: str) -> str | None:
        return headers.fields.get(key, ("", 0))[0] or None

    yield Document(doc_id=Document.id_for_text(body), text=text, published=published,
                   title=header("title"), url=header("url"), source=header("source"),
                   origin=source.name, body_start=len(text) - len(body))
