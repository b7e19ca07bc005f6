"""Terminal formatting for the CLI: tables that fit the terminal, and messages on stderr.

Only the CLI imports this module (and rich).  Tables never wrap a cell: each column is
sized to fit the terminal (80 columns when output is piped), dates, codes and numbers
keep their full width, and long names and sentences are cut with an ellipsis.  Headers
switch to distinct short forms when the long ones do not fit.  Messages on stderr are
plain single lines when stderr is not a terminal (a log file or a pipe).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from multivector.records import Event, Indicator, Record

_stderr = Console(stderr=True)
ELLIPSIS = "\u2026"
_MIN_TEXT_WIDTH = 6  # a cut text column keeps at least this many characters


def err_line(message: str, *, label: str | None = None, style: str = "yellow") -> None:
    """One message on stderr: coloured on a terminal, a plain unwrapped line otherwise."""
    text = f"{label}: {message}" if label else message
    if not sys.stderr.isatty():
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
        return
    styled = f"[{style}]{escape(label)}:[/{style}] {escape(message)}" if label else escape(message)
    _stderr.print(styled, highlight=False, soft_wrap=True)


def warn(message: str) -> None:
    """Library warnings (a document with no publication date, say) go to stderr."""
    err_line(message, label="Warning")


@dataclass(frozen=True)
class Column:
    """A table column: ``fixed`` cells (dates, codes, numbers) are never cut."""

    header: str
    short: str | None = None  # a distinct shorter header, used when the long ones do not fit
    fixed: bool = False
    justify: str = "left"


def _one_line(value: object) -> str:
    return re.sub(r"\s+", " ", str(value)).strip()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(0, width - 1)].rstrip() + ELLIPSIS


def fit_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], fixed: Sequence[bool],
               width: int) -> list[int]:
    """Column widths whose table (rich's box: 3 characters a column plus 1) fits ``width``.

    Columns start at their widest cell or header; while too wide, the widest column that
    may be cut loses a character, down to its header's length (never below
    ``_MIN_TEXT_WIDTH``).  Fixed columns keep their width even when nothing else is left.
    """
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    floor = [widths[i] if fixed[i] else max(len(h), min(widths[i], _MIN_TEXT_WIDTH))
             for i, h in enumerate(headers)]
    budget = width - (3 * len(headers) + 1)
    while sum(widths) > budget:
        candidates = [i for i in range(len(widths)) if widths[i] > floor[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


def make_table(title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[object]],
               width: int) -> Table:
    """A rich table of ``rows`` that fits ``width`` columns without wrapping any cell."""
    cells = [[_one_line(c) for c in row] for row in rows]
    fixed = [c.fixed for c in columns]
    headers = [c.header for c in columns]
    widths = fit_widths(headers, cells, fixed, width)
    if sum(widths) + 3 * len(columns) + 1 > width and any(c.short for c in columns):
        headers = [c.short or c.header for c in columns]
        widths = fit_widths(headers, cells, fixed, width)
    table = Table(title=title)
    for column, header, size in zip(columns, headers, widths, strict=True):
        table.add_column(escape(header), justify=column.justify,  # type: ignore[arg-type]
                         no_wrap=True, overflow="ellipsis", width=size, min_width=size)
    for row in cells:
        table.add_row(*(escape(_cut(text, size)) for text, size in zip(row, widths, strict=True)))
    return table


def date_text(start, end) -> str:  # type: ignore[no-untyped-def]
    """``2023-05-16``, ``2023-05-16..17``, ``2023-05-16..06-02`` or two full dates."""
    if start is None:
        return ""
    first = start.isoformat()
    if end is None or end == start:
        return first
    last = end.isoformat()
    if end.year == start.year:
        last = last[8:] if end.month == start.month else last[5:]
    return f"{first}..{last}"


EVENT_COLUMNS = (Column("date", fixed=True), Column("type", fixed=True), Column("mode", fixed=True),
                 Column("actor"), Column("recipient", short="recip"),
                 Column("location", short="place"), Column("sentence", short="text"))


def print_records_table(records: Sequence[Record]) -> None:
    console = Console()
    events, indicators = [], []
    for record in records:
        if isinstance(record, Event):
            events.append([date_text(record.date.start, record.date.end) if record.date else "",
                           record.event_type, record.mode or "", _actor(record.actor),
                           _actor(record.recipient),
                           record.location.name if record.location else "",
                           record.sentence or ""])
        elif isinstance(record, Indicator):
            period = date_text(record.period.start, record.period.end) if record.period else ""
            indicators.append([record.indicator, "+".join(record.actors),
                               f"{record.value:,.0f}", record.unit, period,
                               record.sentence or ""])
    console.print(make_table("Events", EVENT_COLUMNS, events, console.width))
    if indicators:
        columns = (Column("indicator", short="what"), Column("actors", fixed=True),
                   Column("value", fixed=True, justify="right"), Column("unit", fixed=True),
                   Column("period", fixed=True), Column("sentence"))
        console.print(make_table("Indicators", columns, indicators, console.width))


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
    err_line(f"{err.render()} (skipped)", label=f"Error [{err.code}]", style="red")


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
    err_line(
        f"Ingested: {summary.docs_new} new, {summary.docs_replaced} replaced, "
        f"{summary.docs_unchanged} unchanged, {summary.docs_failed} failed documents; "
        f"{summary.events} event mentions, {summary.indicators} indicators stored; "
        f"{summary.distinct_events} distinct events in the database.")


def import_summary_line(summary) -> str:  # type: ignore[no-untyped-def]
    return (f"Imported {summary.kind} from {summary.path}: {summary.rows_read} rows read, "
            f"{summary.rows_new} new, {summary.rows_duplicate} already stored; "
            f"{summary.distinct_events} distinct events in the database.")


def print_events_table(events, file=None) -> None:  # type: ignore[no-untyped-def]
    """Distinct events as a table: when, who, what, where, how many sources."""
    console = Console(file=file) if file is not None else Console()
    columns = (*EVENT_COLUMNS[:6], Column("sources", short="src", fixed=True, justify="right"),
               EVENT_COLUMNS[6])
    rows = []
    for item in events:
        event = item.event
        rows.append([date_text(event.date.start, event.date.end) if event.date else "",
                     event.event_type, event.mode or "", _actor(event.actor),
                     _actor(event.recipient), event.location.name if event.location else "",
                     str(len(item.sources)), event.sentence or ""])
    console.print(make_table(f"{len(events)} distinct events", columns, rows, console.width))


# --- balance (analysis commands) ---------------------------------------------------

BALANCE_COLUMNS = ("events", "share", "visits_in", "visits_out", "high_level_visits_in",
                   "high_level_visits_out", "cooperation", "conflict", "net")
# Table headers: the long form where it fits, else a distinct short one (never "visi...").
_BALANCE_HEADERS = {"events": ("events", "events"), "share": ("share", "share"),
                    "visits_in": ("visits_in", "in"), "visits_out": ("visits_out", "out"),
                    "high_level_visits_in": ("hl_visits_in", "hl_in"),
                    "high_level_visits_out": ("hl_visits_out", "hl_out"),
                    "cooperation": ("cooperation", "coop"), "conflict": ("conflict", "confl"),
                    "net": ("net", "net")}


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
    columns = [Column("partner", fixed=True)] + [
        Column(_BALANCE_HEADERS[c][0], short=_BALANCE_HEADERS[c][1], fixed=True, justify="right")
        for c in BALANCE_COLUMNS]
    rows = [[row["code"], *(_fmt(row[c]) for c in BALANCE_COLUMNS)] for row in data["partners"]]
    console.print(make_table(title, columns, rows, console.width))
    conc, tilt = data["concentration"], data["tilt"]
    console.print(f"HHI {_fmt(conc['hhi'])}  effective partners {_fmt(conc['effective_partners'])}  "
                  f"evenness {_fmt(conc['evenness'])}  tilt {_fmt(tilt['value'])} "
                  f"(west {tilt['west']}, east {tilt['east']})", highlight=False, soft_wrap=True)
    if data.get("periods"):
        columns = [Column("period", fixed=True), Column("events", fixed=True, justify="right")]
        columns += [Column(f"{row['code']} share", short=row["code"], fixed=True, justify="right")
                    for row in data["partners"]]
        columns += [Column("HHI", fixed=True, justify="right"),
                    Column("tilt", fixed=True, justify="right")]
        rows = []
        for period in data["periods"]:
            shares = {p["code"]: p["share"] for p in period["partners"]}
            if not period["partners"]:
                cells = ["no data"] * len(data["partners"]) + ["", ""]
            else:
                cells = [_fmt(shares.get(r["code"])) for r in data["partners"]]
                cells += [_fmt(period["concentration"].get("hhi")), _fmt(period["tilt"].get("value"))]
            rows.append([period["start"][:7], str(period["events"]), *cells])
        console.print(make_table(f"By {data.get('by')}", columns, rows, console.width))
    change = data.get("change")
    if change:
        for code, est in change["share"].items():
            ci = est["ci95"]
            console.print(f"{code} share {change['first_period'][:7]} -> {change['last_period'][:7]}: "
                          f"{_fmt(est['delta'])} (95% CI {_fmt(ci[0]) if ci else 'n/a'} .. "
                          f"{_fmt(ci[1]) if ci else 'n/a'})", highlight=False, soft_wrap=True)
    for note in data.get("notes", []):
        err_line(note, label="Note", style="cyan")


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


# --- changes ---------------------------------------------------------------------------

_ARROWS = {"up": "up", "down": "down", "same": "="}


def print_changes_table(data: dict) -> None:  # type: ignore[type-arg]
    """``Changes.to_dict()`` as a table per window, then each flag with its events."""
    console = Console()
    if data["at"] is None:
        for note in data.get("notes", []):
            err_line(note, label="Note", style="cyan")
        return
    by_key = {(c["partner"], c["window"], c["baseline"]): c for c in data["comparisons"]}
    columns = [Column("partner", fixed=True), Column("window", fixed=True),
               Column("events", fixed=True, justify="right"),
               Column("4w expected", short="4w exp", fixed=True, justify="right"),
               Column("4w p (Holm)", short="4w p", fixed=True, justify="right"),
               Column("52w expected", short="52w exp", fixed=True, justify="right"),
               Column("52w p (Holm)", short="52w p", fixed=True, justify="right"),
               Column("flag", fixed=True)]
    rows = []
    for partner in data["partners"]:
        for window in data["windows"]:
            four = by_key[(partner, window["name"], "4w")]
            year = by_key[(partner, window["name"], "52w")]
            flags = [f"{_ARROWS[c['direction']]} vs {c['baseline']}" for c in (four, year)
                     if c["flagged"]]
            rows.append([partner, window["name"], str(four["observed"]),
                         _fmt(four["expected"]), _p(four["p_adjusted"]),
                         _fmt(year["expected"]), _p(year["p_adjusted"]), ", ".join(flags)])
    console.print(make_table(f"What changed for {data['country']} up to {data['at']}", columns,
                             rows, console.width))
    test = data["test"]
    console.print(f"Test: {test['name']}; {test['tests']} tests; flag at p < {test['alpha']} "
                  f"with at least {test['min_events']} events on the larger side.",
                  highlight=False, soft_wrap=True, markup=False)
    for flag in data["flags"]:
        console.print(
            f"\nFLAG {flag['partner']} {flag['window']} ({flag['window_start']}..{flag['window_end']})"
            f" {flag['direction']} against the {flag['baseline']} baseline: {flag['observed']} "
            f"events, {_fmt(flag['expected'])} expected ({flag['baseline_events']} in "
            f"{flag['baseline_start']}..{flag['baseline_end']}), p {_p(flag['p_adjusted'])} (Holm)"
            + (f"; {flag['note']}" if flag["note"] else ""),
            highlight=False, soft_wrap=True, markup=False)
        listed = flag["events"] if flag["direction"] == "up" else flag["baseline_event_list"]
        where = "in the window" if flag["direction"] == "up" else "in the baseline"
        console.print(f"  events {where}:", highlight=False, markup=False)
        for event in listed:
            ids = ",".join(event["event_ids"]) or "-"
            url = " ".join(event["urls"])
            console.print(
                f"  {date_text(_day(event['start']), _day(event['end']))} {event['event_type']}"
                f"{'/' + event['mode'] if event['mode'] else ''} {event['actor'] or '?'}->"
                f"{event['recipient'] or '?'} event {event['cluster_id']} (mentions {ids})"
                f"{' ' + url if url else ''}: {event['sentence'] or ''}",
                highlight=False, soft_wrap=True, markup=False)
    votes = data.get("unga")
    if votes:
        latest = votes["latest"]
        agreement = ", ".join(f"{k} {_fmt(v) if v is not None else 'n/a'}"
                              for k, v in latest["agreement"].items())
        console.print(f"\nUN General Assembly vote agreement, session {latest['session']} "
                      f"({latest['year']}): {agreement} [{votes['source']}]",
                      highlight=False, soft_wrap=True, markup=False)
    if data.get("divergence"):
        console.print(data["divergence"], highlight=False, soft_wrap=True, markup=False)
    for note in data.get("notes", []):
        err_line(note, label="Note", style="cyan")


def _p(value: float | None) -> str:
    if value is None:
        return "-"
    return "<0.001" if value < 0.001 else f"{value:.3f}"


def _day(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    return date.fromisoformat(text)
