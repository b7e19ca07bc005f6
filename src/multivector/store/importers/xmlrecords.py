"""Flat XML records with line numbers: ``<root><record><field attr=..>text</field>..``.

The Office of the Historian files are lists of flat records.  ElementTree forgets
where an element was, so a bad date could not be reported at its line; this reader
drives expat directly and keeps the line of each record and field.  Mixed content
(``<description>`` with ``<em>``) is flattened to its text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from multivector.store.importers.common import malformed, require_file


@dataclass(frozen=True)
class XmlField:
    text: str
    attrs: dict[str, str]
    line: int


@dataclass
class XmlRecord:
    """One record element: its tag, line and fields (first occurrence of each tag)."""

    tag: str
    line: int
    attrs: dict[str, str]
    fields: dict[str, XmlField] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        found = self.fields.get(name)
        return found.text if found is not None else None

    def line_of(self, name: str) -> int:
        found = self.fields.get(name)
        return found.line if found is not None else self.line


def read_records(path: Path, record_tag: str) -> list[XmlRecord]:
    """Every ``record_tag`` element directly under the root of ``path``.

    Malformed XML (truncated, invalid UTF-8, mismatched tags) raises MV108 at the
    parser's line; an unexpected record tag does too.
    """
    require_file(path)
    parser = expat.ParserCreate("utf-8")
    records: list[XmlRecord] = []
    depth = 0
    current: XmlRecord | None = None
    field_name: str | None = None
    field_attrs: dict[str, str] = {}
    field_line = 0
    parts: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth, current, field_name, field_attrs, field_line
        depth += 1
        line = parser.CurrentLineNumber
        if depth == 2:
            if tag != record_tag:
                raise malformed(f"expected <{record_tag}>, found <{tag}>", path, line)
            current = XmlRecord(tag=tag, line=line, attrs=dict(attrs))
        elif depth == 3:
            field_name, field_attrs, field_line = tag, dict(attrs), line
            parts.clear()

    def end(tag: str) -> None:
        nonlocal depth, current, field_name
        if depth == 3 and current is not None and field_name is not None:
            current.fields.setdefault(field_name, XmlField(
                text="".join(parts), attrs=field_attrs, line=field_line))
            field_name = None
        elif depth == 2 and current is not None:
            records.append(current)
            current = None
        depth -= 1

    def chars(data: str) -> None:
        if depth >= 3:
            parts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        with path.open("rb") as handle:
            parser.ParseFile(handle)
    except expat.ExpatError as exc:
        reason = expat.ErrorString(exc.code) if exc.code else str(exc)
        raise malformed(f"malformed XML ({reason}, column {exc.offset + 1})",
                        path, exc.lineno) from None
    return records


def iter_xml_files(folder: Path) -> Iterator[Path]:
    """The ``*.xml`` files of ``folder`` in name order (stable ids, stable output)."""
    yield from sorted(p for p in folder.glob("*.xml") if p.is_file())


__all__ = ["XmlField", "XmlRecord", "iter_xml_files", "read_records"]
