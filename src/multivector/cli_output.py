"""Terminal formatting for the CLI: rich tables and warnings on stderr.

Only the CLI imports this module (and rich).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from multivector.records import Event, Indicator, Record

_stderr = Console(stderr=True)


def warn(message: str) -> None:
    """Library warnings (a document with no publication date, say) go to stderr."""
    _stderr.print(f"[yellow]Warning:[/yellow] {message}", highlight=False)


def print_records_table(records: Sequence[Record]) -> None:
    console = Console()
    events = Table(title="Events", show_lines=False)
    for column in ("date", "type", "mode", "actor", "recipient", "location", "sentence"):
        events.add_column(column, overflow="fold")
    indicators = Table(title="Indicators")
    for column in ("indicator", "actors", "value", "unit", "period", "sentence"):
        indicators.add_column(column, overflow="fold")
    for record in records:
        if isinstance(record, Event):
            when = ""
            if record.date:
                when = record.date.start.isoformat()
                if record.date.end != record.date.start:
                    when += f"..{record.date.end.isoformat()}"
            events.add_row(when, record.event_type, record.mode or "",
                           _actor(record.actor), _actor(record.recipient),
                           record.location.name if record.location else "",
                           record.sentence or "")
        elif isinstance(record, Indicator):
            period = ""
            if record.period:
                period = f"{record.period.start}..{record.period.end}"
            indicators.add_row(record.indicator, "+".join(record.actors), f"{record.value:,.0f}",
                               record.unit, period, record.sentence or "")
    console.print(events)
    if indicators.row_count:
        console.print(indicators)


def _actor(actor) -> str:  # type: ignore[no-untyped-def]
    if actor is None:
        return ""
    label = actor.code or "?"
    if actor.sector:
        label += f"/{actor.sector}"
    if actor.name:
        label += f" ({actor.name})"
    return label
