"""This project's own event JSONL (``events``): what ``multivector extract`` and
``multivector events --format jsonl`` print, read back with ``Event.from_dict``.

Indicator records (``"kind": "indicator"``) and other kinds are counted in
``stats.skipped`` and not returned: this importer loads events only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from multivector.errors import MultivectorError
from multivector.records import Event
from multivector.store.importers.common import ImportStats, json_lines, malformed

KIND = "events"


def parse_record(record: Any, path: Path | str = "<record>", line: int = 1) -> Event | None:
    """One JSON object -> an Event; ``None`` for records of another kind."""
    if not isinstance(record, dict):
        raise malformed("each line must be a JSON object", path, line)
    if record.get("kind", "event") != "event":
        return None
    try:
        event = Event.from_dict(record)
    except MultivectorError as exc:
        raise malformed(f"invalid event record: {exc.message}", path, line) from None
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise malformed(f"invalid event record ({type(exc).__name__}: {exc})", path,
                        line) from None
    # Returned exactly as written (source_dataset included), so that a file written by
    # ``extract`` reads back into equal events; the store records the import KIND itself.
    return event


def read_events(path: Path, stats: ImportStats | None = None) -> Iterator[Event]:
    """``events``: every event record of a contract JSONL file."""
    stats = stats if stats is not None else ImportStats()
    for number, record in json_lines(path, stats):
        event = parse_record(record, path, number)
        if event is None:
            stats.skip(f"{record.get('kind')} record")
            continue
        stats.emitted += 1
        yield event


__all__ = ["KIND", "parse_record", "read_events"]
