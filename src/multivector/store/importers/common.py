"""What every importer shares: the error for malformed input, strict line reading,
dates, numbers and the import counters."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from multivector.errors import InputError

MALFORMED = "MV108"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NULLS = frozenset({"", "NA", "N/A", "NULL", "None", "null", "nan", "NaN"})


@dataclass
class ImportStats:
    """Counts of one import run, filled in while an importer's iterator is consumed.

    ``read``: source records seen; ``emitted``: events yielded (one record may give
    several or none); ``skipped``: records that give no event, by reason;
    ``duplicates``: ``(dropped id, kept id)`` pairs of exact duplicate records;
    ``notes``: other things worth telling the user (records kept but repaired).
    """

    read: int = 0
    emitted: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1


def malformed(message: str, path: Path | str, line: int | None) -> InputError:
    """The MV108 error: a dataset file for import is malformed, with file and line."""
    return InputError(message, code=MALFORMED, path=str(path), line=line)


def require_file(path: Path) -> None:
    if not path.exists():
        raise InputError(f"no such file: {path}; check the path", code="MV101", path=str(path))
    if not path.is_file():
        raise InputError(f"{path} is a folder, expected a file", code="MV101", path=str(path))


def require_dir(path: Path) -> None:
    if not path.is_dir():
        raise InputError(f"expected a folder of XML files at {path}", code="MV101",
                         path=str(path))


def text_lines(path: Path) -> Iterator[tuple[int, str]]:
    """``(1-based line number, line without its newline)`` for a strict UTF-8 file.

    Decoding line by line lets an invalid byte be reported at its own line.
    """
    require_file(path)
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise malformed(f"invalid UTF-8 at byte {exc.start} of the line; "
                                "re-save the file as UTF-8", path, number) from None
            if number == 1:
                text = text.removeprefix("\ufeff")
            yield number, text.rstrip("\r\n")


def json_lines(path: Path, stats: ImportStats) -> Iterator[tuple[int, object]]:
    """Each non-blank line of a JSONL file as (line number, parsed value); counts it read."""
    for number, text in text_lines(path):
        if not text.strip():
            continue
        stats.read += 1
        try:
            yield number, json.loads(text)
        except json.JSONDecodeError as exc:
            raise malformed(f"invalid JSON ({exc.msg}, column {exc.colno})", path,
                            number) from None


def is_null(value: str | None) -> bool:
    return value is None or value.strip() in _NULLS


def clean(value: str | None) -> str | None:
    """Whitespace-collapsed text, ``None`` for the dataset's null markers."""
    if is_null(value):
        return None
    text = " ".join(value.split())  # type: ignore[union-attr]
    return text or None


def parse_day(value: str | None, what: str, path: Path | str, line: int | None) -> date:
    """A ``YYYY-MM-DD`` (or ``YYYYMMDD``) day; MV108 otherwise."""
    text = (value or "").strip()
    if len(text) == 8 and text.isascii() and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if not _ISO_DAY.fullmatch(text):
        raise malformed(f"{what} {value!r} is not a date (expected YYYY-MM-DD)", path, line)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise malformed(f"{what} {value!r} is not a real calendar day", path, line) from None


def parse_float(value: str | None, what: str, path: Path | str, line: int | None,
                *, optional: bool = True) -> float | None:
    """A finite number, ``None`` for an empty/NA cell when ``optional``; MV108 otherwise."""
    if is_null(value):
        if optional:
            return None
        raise malformed(f"{what} is empty", path, line)
    try:
        number = float(value.strip())  # type: ignore[union-attr]
    except ValueError:
        raise malformed(f"{what} {value!r} is not a number", path, line) from None
    if not math.isfinite(number):
        raise malformed(f"{what} {value!r} is not a finite number", path, line)
    return number


def coordinates(lat: float | None, lon: float | None) -> tuple[float | None, float | None]:
    """Both coordinates when they are a plausible point, else neither.

    GDELT and ICEWS write 0,0 or blanks for "unknown"; a point off the globe is noise.
    """
    if lat is None or lon is None or (lat == 0.0 and lon == 0.0):
        return None, None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None, None
    return lat, lon


__all__ = ["MALFORMED", "ImportStats", "clean", "coordinates", "is_null", "malformed",
           "parse_day", "parse_float", "require_dir", "require_file", "text_lines"]
