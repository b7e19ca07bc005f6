"""Reading the CSV tables shipped in ``multivector/data`` (one reader for all of them).

Every table opens with ``#`` lines naming its source and date, then a CSV header line.
A broken table is a broken installation, so problems raise ``ModelError`` (MV202) with
the file and line rather than surfacing later as a wrong code.
"""

from __future__ import annotations

import csv
import importlib.resources

from multivector.errors import ModelError


def read_table(filename: str) -> list[tuple[int, dict[str, str]]]:
    """The rows of a shipped table with their 1-based line numbers, values stripped."""
    resource = importlib.resources.files("multivector.data") / filename
    try:
        text = resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"cannot read the shipped table {filename}: {exc}; reinstall multivector",
                         code="MV202", path=filename) from exc
    return parse_table(text, filename)


def parse_table(text: str, filename: str) -> list[tuple[int, dict[str, str]]]:
    """Rows of a table's text, numbered by their line in the file (comments and blanks skipped)."""
    # Number the lines before dropping comments and blanks, so errors point at the file.
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(line for _, line in numbered)
    rows: list[tuple[int, dict[str, str]]] = []
    for (number, _), row in zip(numbered[1:], reader, strict=False):
        if None in row or any(value is None for value in row.values()):
            raise ModelError(f"wrong number of columns in {filename}", code="MV202",
                             path=filename, line=number)
        rows.append((number, {key: value.strip() for key, value in row.items()}))
    return rows
