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


# --- store commands (ingest, import, events) ---------------------------------------

def report_error(err) -> None:  # type: ignore[no-untyped-def]
    """A bad record or file that was skipped: one line on stderr naming file and line."""
    _stderr.print(f"Error [{err.code}]: {err.render()} (skipped)", highlight=False, markup=False)


class RichProgress:
    """The store's progress protocol drawn as a rich bar on stderr: items/s and events found."""

    def __init__(self, unit: str = "documents") -> None:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                   TextColumn, TimeElapsedColumn)

        self._unit = unit
        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
            MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[events]} events"), TimeElapsedColumn(),
            console=_stderr, transient=True)
        self._task = None

    def start(self, total: int | None) -> None:
        self._progress.start()
        self._task = self._progress.add_task(self._unit, total=total, rate="", events=0)

    def advance(self, n: int = 1, **info) -> None:  # type: ignore[no-untyped-def]
        if self._task is None:
            return
        task = self._progress.tasks[0]
        speed = task.speed
        rate = f"{speed:,.1f} {self._unit}/s" if speed else ""
        self._progress.update(self._task, advance=n, rate=rate, events=info.get("events", 0))

    def finish(self) -> None:
        self._progress.stop()


def make_progress(quiet: bool, unit: str = "documents"):  # type: ignore[no-untyped-def]
    """A rich bar when stderr is a terminal and not --quiet, else None (no progress)."""
    import sys

    if quiet or not sys.stderr.isatty():
        return None
    return RichProgress(unit)


def print_ingest_summary(summary) -> None:  # type: ignore[no-untyped-def]
    _stderr.print(
        f"Ingested: {summary.docs_new} new, {summary.docs_replaced} replaced, "
        f"{summary.docs_unchanged} unchanged, {summary.docs_failed} failed documents; "
        f"{summary.events} event mentions, {summary.indicators} indicators stored; "
        f"{summary.distinct_events} distinct events in the database.", highlight=False)


def import_summary_line(summary) -> str:  # type: ignore[no-untyped-def]
    return (f"Imported {summary.kind} from {summary.path}: {summary.rows_read} rows read, "
            f"{summary.rows_new} new, {summary.rows_duplicate} already stored; "
            f"{summary.distinct_events} distinct events in the database.")


def print_events_table(events, file=None) -> None:  # type: ignore[no-untyped-def]
    """Distinct events as a table: when, who, what, where, how many sources."""
    console = Console(file=file) if file is not None else Console()
    table = Table(title=f"{len(events)} distinct events")
    for column in ("date", "type", "mode", "actor", "recipient", "location", "sources", "sentence"):
        table.add_column(column, overflow="fold")
    for item in events:
        event = item.event
        when = ""
        if event.date:
            when = event.date.start.isoformat()
            if event.date.end != event.date.start:
                when += f"..{event.date.end.isoformat()}"
        table.add_row(when, event.event_type, event.mode or "", _actor(event.actor),
                      _actor(event.recipient), event.location.name if event.location else "",
                      str(len(item.sources)), event.sentence or "")
    console.print(table)


# --- balance (analysis commands) ---------------------------------------------------

BALANCE_COLUMNS = ("events", "share", "visits_in", "visits_out", "high_level_visits_in",
                   "high_level_visits_out", "cooperation", "conflict", "net")


def _fmt(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"
    return str(value)


def print_balance_table(data: dict) -> None:  # type: ignore[type-arg]
    """The balance (``Balance.to_dict()``) as rich tables on stdout."""
    console = Console()
    title = f"Balance of {data['country']}, {data['from'] or '?'} .. {data['to'] or '?'}"
    table = Table(title=title)
    table.add_column("partner")
    for column in BALANCE_COLUMNS:
        table.add_column(column.replace("high_level_", "hl_"), justify="right")
    for row in data["partners"]:
        table.add_row(row["code"], *(_fmt(row[c]) for c in BALANCE_COLUMNS))
    console.print(table)
    conc, tilt = data["concentration"], data["tilt"]
    console.print(f"HHI {_fmt(conc['hhi'])}  effective partners {_fmt(conc['effective_partners'])}  "
                  f"evenness {_fmt(conc['evenness'])}  tilt {_fmt(tilt['value'])} "
                  f"(west {tilt['west']}, east {tilt['east']})", highlight=False)
    if data.get("periods"):
        periods = Table(title=f"By {data.get('by')}")
        periods.add_column("period")
        periods.add_column("events", justify="right")
        for row in data["partners"]:
            periods.add_column(f"{row['code']} share", justify="right")
        periods.add_column("HHI", justify="right")
        periods.add_column("tilt", justify="right")
        for period in data["periods"]:
            shares = {p["code"]: p["share"] for p in period["partners"]}
            if not period["partners"]:
                cells = ["no data"] * len(data["partners"]) + ["", ""]
            else:
                cells = [_fmt(shares.get(r["code"])) for r in data["partners"]]
                cells += [_fmt(period["concentration"].get("hhi")), _fmt(period["tilt"].get("value"))]
            periods.add_row(period["start"][:7], str(period["events"]), *cells)
        console.print(periods)
    change = data.get("change")
    if change:
        for code, est in change["share"].items():
            ci = est["ci95"]
            console.print(f"{code} share {change['first_period'][:7]} -> {change['last_period'][:7]}: "
                          f"{_fmt(est['delta'])} (95% CI {_fmt(ci[0]) if ci else 'n/a'} .. "
                          f"{_fmt(ci[1]) if ci else 'n/a'})", highlight=False)
    for note in data.get("notes", []):
        _stderr.print(f"Note: {note}", highlight=False)


def print_balance_csv(data: dict) -> None:  # type: ignore[type-arg]
    """One CSV row per partner (and per period with --by); summary metrics repeated per row."""
    import csv
    import sys

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["country", "period_start", "period_end", "partner", *BALANCE_COLUMNS,
                     "hhi", "effective_partners", "evenness", "tilt_west", "tilt_east", "tilt"])

    def rows(start: str | None, end: str | None, block: dict) -> None:  # type: ignore[type-arg]
        conc, tilt = block.get("concentration") or {}, block.get("tilt") or {}
        for row in block["partners"]:
            writer.writerow([data["country"], start or "", end or "", row["code"],
                             *("" if row[c] is None else row[c] for c in BALANCE_COLUMNS),
                             *("" if conc.get(k) is None else conc[k]
                               for k in ("hhi", "effective_partners", "evenness")),
                             tilt.get("west", ""), tilt.get("east", ""),
                             "" if tilt.get("value") is None else tilt["value"]])

    rows(data["from"], data["to"], data)
    for period in data.get("periods", []):
        if not period["partners"]:  # a gap: one row that says so, never zeros
            writer.writerow([data["country"], period["start"], period["end"], "", *[""] * 15])
        else:
            rows(period["start"], period["end"], period)
