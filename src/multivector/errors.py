"""Errors with stable codes.

Every error a user can cause or fix is a ``MultivectorError`` subclass with a stable
code (``MV1xx`` input, ``MV2xx`` model, ``MV3xx`` store, ``MV4xx`` records) and an
exit code.  The CLI turns them into ``Error [MV104]: ...`` in one place; any other
exception is a bug and keeps its traceback.  Every code is listed in docs/errors.md
(a test checks that).
"""

from __future__ import annotations


class MultivectorError(Exception):
    """Base class: a message that says the cause and the fix, a code and an exit code."""

    code = "MV100"
    exit_code = 1

    def __init__(self, message: str, *, code: str | None = None,
                 path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        if code is not None:
            self.code = code
        super().__init__(self.render())

    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line is not None else str(self.path)

    def render(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class InputError(MultivectorError):
    """Bad input from the user: a file, a record, an option value."""

    code = "MV101"


class ModelError(MultivectorError):
    """The language model (or another required resource) is missing or broken."""

    code = "MV201"


class StoreError(MultivectorError):
    """The database cannot be opened, migrated or written."""

    code = "MV301"


class RecordError(MultivectorError):
    """A record failed its own validation (an end date before its start, say)."""

    code = "MV401"


# The catalogue: code -> (class, one-line meaning).  docs/errors.md documents each.
CODES: dict[str, str] = {
    "MV101": "a file or folder cannot be read (missing, a directory where a file was expected, no permission)",
    "MV102": "a file is not valid UTF-8 text or looks binary",
    "MV103": "a document is empty",
    "MV104": "a date is malformed (expected YYYY-MM-DD)",
    "MV105": "a JSONL/CSV record is malformed or has no text",
    "MV106": "an input format is unknown or does not match the content",
    "MV107": "an unknown country or actor code was given",
    "MV108": "a dataset file for import is malformed (with file and line)",
    "MV109": "an HTML page or feed has no extractable text",
    "MV201": "the English language model is not installed",
    "MV202": "a shipped data table is malformed",
    "MV203": "the Dask cluster cannot be reached or started",
    "MV204": "extraction of some partitions failed on every retry (rerun to retry them)",
    "MV205": "the event typer's model files are missing or unreadable",
    "MV301": "the database cannot be opened or created",
    "MV302": "the database schema is newer than this version of multivector",
    "MV303": "a write to the database failed and was rolled back",
    "MV304": "a PostgreSQL database URL was given but psycopg is not installed",
    "MV401": "a record failed validation",
}
