"""The ``multivector`` command line: a thin layer over the library.

Each command parses its options, calls one library function of the same name in
``multivector.api``, formats the result and owns the progress bar.  Errors from the
library (``MultivectorError``) become ``Error [MVxxx]: ...`` on stderr and exit 1 here,
in one place; click's own usage errors exit 2.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

import click

from multivector.errors import InputError, MultivectorError
from multivector.ingest.sniff import FORMATS as INPUT_FORMATS
from multivector.web import DEFAULT_HOST, DEFAULT_PORT

DEFAULT_DB = "multivector.duckdb"


def default_db() -> str:
    return os.environ.get("MULTIVECTOR_DB") or DEFAULT_DB


def parse_date_option(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option} {value!r} is not a date: use YYYY-MM-DD", code="MV104") from None


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one line on stderr and exit 1 (the only place that does)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MultivectorError as err:
            click.echo(f"Error [{err.code}]: {err.render()}", err=True)
            sys.exit(err.exit_code)
        except BrokenPipeError:  # `multivector events | head` is fine
            sys.stderr.close()
            sys.exit(0)

    return wrapper


# Options shared by several commands are defined once, here.
db_option = click.option("--db", "db", default=None, metavar="FILE",
                         help="Database file or postgresql:// URL (default: multivector.duckdb or "
                              "$MULTIVECTOR_DB).")
from_option = click.option("--from", "date_from", default=None, metavar="YYYY-MM-DD",
                           help="Only events ending on or after this date.")
to_option = click.option("--to", "date_to", default=None, metavar="YYYY-MM-DD",
                         help="Only events starting on or before this date.")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="multivector")
def main() -> None:
    """multivector: who engaged whom, when and how, from international-relations news.

    \b
    Example:
      multivector extract article.txt --published 2022-11-18
    """


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--published", default=None, metavar="YYYY-MM-DD",
              help="Publication date for plain text that carries none.")
@click.option("--format", "output_format", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--input-format", "input_format",
              type=click.Choice(INPUT_FORMATS), default="auto",
              show_default=True, help="Input format (detected from the content by default).")
@click.option("--to-parquet", "to_parquet", default=None, metavar="DIR",
              help="Write documents, events and indicators as Parquet partitions under DIR "
                   "instead of printing them (rerunning skips partitions already written).")
@handle_errors
def extract(paths: tuple[str, ...], published: str | None, output_format: str,
            input_format: str, to_parquet: str | None) -> None:
    """Print coded events and indicators from documents (no database needed).

    PATHS are files, folders or - for stdin (the default when none is given).

    \b
    Example:
      multivector extract news/ --published 2022-11-18 > events.jsonl
      multivector extract archive/ --to-parquet lake/   # then: lake/events/*.parquet
    """
    from multivector import api
    from multivector.cli_output import print_records_table, warn

    if to_parquet:
        run = api.extract_to_parquet(list(paths) or ["-"], to_parquet,
                                     published=parse_date_option(published, "--published"),
                                     input_format=input_format, warn=warn)
        click.echo(f"Wrote {run.extracted} partitions ({run.documents} documents, "
                   f"{run.events} events, {run.indicators} indicators) to {run.out}; "
                   f"{run.skipped} already there.", err=True)
        return
    tally = {"documents": 0, "empty": 0, "records": 0}

    def count(document, found) -> None:  # type: ignore[no-untyped-def]
        tally["documents"] += 1
        tally["records"] += len(found)
        tally["empty"] += not found

    records = api.extract(list(paths) or ["-"], published=parse_date_option(published, "--published"),
                          input_format=input_format, warn=warn, on_document=count)
    if output_format == "jsonl":
        for record in records:
            click.echo(record.to_json())
    else:
        print_records_table(list(records))
    # Never a silent empty result: say on stderr what was read and what was found.
    if tally["documents"] == 0:
        warn("no documents were read")
    elif tally["empty"]:
        warn(f"{tally['empty']} of {tally['documents']} document(s) gave no event or indicator")


@main.command()
@click.argument("texts", nargs=-1)
@click.option("--date", "when", default=None, metavar="YYYY-MM-DD",
              help="Resolve office holders as of this date (default: today).")
@handle_errors
def resolve(texts: tuple[str, ...], when: str | None) -> None:
    """Show how each TEXT resolves as an actor, one JSON object a line.

    Use - to read one text a line from stdin.

    \b
    Example:
      multivector resolve "Tokayev" "the Kremlin" --date 2022-10-12
    """
    from multivector import api

    items: list[str] = []
    for text in texts or ("-",):
        if text == "-":
            items.extend(line.rstrip("\n") for line in sys.stdin if line.strip())
        else:
            items.append(text)
    for result in api.resolve(items, when=parse_date_option(when, "--date")):
        click.echo(json.dumps(result, ensure_ascii=False))


# --- store commands: ingest, import, events (owned by the store work) ---

DATASET_KINDS = ["historian-travels", "historian-visits", "icews", "gdelt1", "gdelt2", "plover",
                 "events"]


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--format", "input_format", type=click.Choice(INPUT_FORMATS), default="auto",
              show_default=True, help="Input format (detected from the content by default).")
@click.option("--published", default=None, metavar="YYYY-MM-DD",
              help="Publication date for plain text that carries none.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extract on a local Dask cluster of N worker processes "
                   "(default: 2 processes, no cluster).")
@click.option("--cluster", default=None, metavar="tcp://HOST:8786",
              help="Extract on the Dask cluster whose scheduler is at this address.")
@quiet_option
@handle_errors
def ingest(paths: tuple[str, ...], db: str | None, input_format: str, published: str | None,
           workers: int | None, cluster: str | None, quiet: bool) -> None:
    """Read documents, extract events and indicators, and store them with provenance.

    PATHS are files, folders or - for stdin.  Re-ingesting an unchanged document changes
    nothing; bad records are reported with file and line and skipped.  With --cluster or
    --workers, extraction runs on Dask into Parquet partitions (FILE.parts) that are
    loaded in one transaction; a rerun skips partitions already done (docs/scale.md).

    \b
    Example:
      multivector ingest news/ --db kaz.duckdb --published 2022-11-18
      multivector ingest archive/ --db kaz.duckdb --cluster tcp://10.0.0.5:8786
    """
    from multivector.cli_output import make_progress, print_ingest_summary, report_error, warn
    from multivector import api as store_api

    summary = store_api.ingest(
        list(paths), db=db or default_db(), input_format=input_format,
        published=parse_date_option(published, "--published"), workers=workers or 2,
        cluster=cluster or ("local" if workers is not None else None),
        progress=make_progress(quiet), warn=warn, on_error=report_error)
    print_ingest_summary(summary)


@main.command("import")
@click.argument("kind", type=click.Choice(DATASET_KINDS))
@click.argument("path")
@db_option
@quiet_option
@handle_errors
def import_command(kind: str, path: str, db: str | None, quiet: bool) -> None:
    """Load an existing event or visit dataset into the database.

    Importing the same file twice adds nothing.

    \b
    Example:
      multivector import icews events.2018.sample.tab --db kaz.duckdb
    """
    from multivector.cli_output import import_summary_line, make_progress
    from multivector import api as store_api

    summary = store_api.import_(kind, path, db=db or default_db(),
                                progress=make_progress(quiet, "rows"))
    click.echo(import_summary_line(summary))


@main.command()
@db_option
@click.option("--country", default=None, metavar="ISO", help="Either side of the dyad (ISO3).")
@click.option("--partner", default=None, metavar="CODE", help="The other side of the dyad.")
@click.option("--type", "event_type", default=None, metavar="TYPE",
              help="PLOVER event type (CONSULT, AGREE, ...).")
@click.option("--mode", default=None, metavar="MODE", help="PLOVER mode (visit, phone, ...).")
@click.option("--dataset", default=None, metavar="KIND",
              help="Only events with a source from this dataset (news, icews, ...).")
@from_option
@to_option
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv", "parquet"]),
              default="table", show_default=True, help="Output format.")
@click.option("--out", default=None, metavar="FILE", help="Write to FILE (needed for parquet).")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N events.")
@handle_errors
def events(db: str | None, country: str | None, partner: str | None, event_type: str | None,
           mode: str | None, dataset: str | None, date_from: str | None, date_to: str | None,
           output_format: str, out: str | None, limit: int | None) -> None:
    """Query stored distinct events (each real-world event once, with its sources).

    \b
    Example:
      multivector events --country KAZ --partner CHN --type CONSULT --from 2022-01-01 --format jsonl
    """
    import csv

    from multivector.cli_output import print_events_table
    from multivector import api as store_api

    if output_format == "parquet" and not out:
        raise click.UsageError("--format parquet needs --out FILE")
    criteria: dict[str, Any] = {
        "db": db or default_db(), "country": country, "partner": partner,
        "event_type": event_type, "mode": mode, "dataset": dataset, "limit": limit,
        "date_from": parse_date_option(date_from, "--from"),
        "date_to": parse_date_option(date_to, "--to")}
    if output_format == "parquet":
        count = store_api.export_events(out, **criteria)  # type: ignore[arg-type]
        click.echo(f"Wrote {count} events to {out}", err=True)
        return
    stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout  # noqa: SIM115
    try:
        if output_format == "csv":
            columns, rows = store_api.event_rows(**criteria)
            writer = csv.writer(stream)
            writer.writerow(columns)
            writer.writerows(rows)
        else:
            found = store_api.events(**criteria)
            if output_format == "jsonl":
                for item in found:
                    stream.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            else:
                print_events_table(found, file=stream if out else None)
    finally:
        if out:
            stream.close()



# --- analysis commands: balance, brief (owned by the analysis work) ---


def _codes_option(value: str | None) -> tuple[str, ...] | None:
    from multivector.analysis.blocs import parse_codes

    if value is None:
        return None
    codes = parse_codes(value)
    if not codes:
        raise click.BadParameter("give comma-separated codes, e.g. CHN,RUS,USA,EU",
                                 param_hint="'--partners'")
    return codes


def _bloc_specs(specs: tuple[str, ...]) -> dict[str, tuple[str, ...]] | None:
    from multivector.analysis.blocs import parse_bloc_specs

    if not specs:
        return None
    try:
        return parse_bloc_specs(specs)
    except InputError as err:  # a malformed option is a usage error (exit 2)
        raise click.BadParameter(err.message, param_hint="'--bloc'") from None


@main.command()
@click.argument("country")
@db_option
@click.option("--partners", default=None, metavar="CODES",
              help="Comma-separated partner codes (default: CHN,RUS,USA,EU).")
@from_option
@to_option
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default=None,
              help="Also compute the balance per period, with the change between the first "
                   "and last period and its bootstrap 95% interval.")
@click.option("--bloc", "blocs", multiple=True, metavar="NAME=CODES",
              help="Redefine a tilt bloc, e.g. --bloc west=USA,EU,GBR --bloc east=RUS,CHN.")
@click.option("--eu-members", is_flag=True,
              help="Count EU member states (at the event's date) as the EU.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True, help="Output format.")
@handle_errors
def balance(country: str, db: str | None, partners: str | None, date_from: str | None,
            date_to: str | None, by: str | None, blocs: tuple[str, ...], eu_members: bool,
            output_format: str) -> None:
    """Show the multi-vector balance of COUNTRY among its partners.

    Per partner: engagement counts by type, visits, shares and net cooperation;
    across partners: concentration (HHI, effective partners), evenness and the
    West-East tilt.  Definitions: docs/balance.md.

    \b
    Example:
      multivector balance KAZ --from 2022-01-01 --to 2022-12-31 --by quarter --format json
    """
    from multivector.api import balance as compute
    from multivector.cli_output import print_balance_csv, print_balance_table

    result = compute(country, db=db or default_db(), partners=_codes_option(partners),
                     date_from=parse_date_option(date_from, "--from"),
                     date_to=parse_date_option(date_to, "--to"), by=by,
                     blocs=_bloc_specs(blocs), eu_members_in_eu=eu_members)
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif output_format == "csv":
        print_balance_csv(result.to_dict())
    else:
        print_balance_table(result.to_dict())


@main.command()
@click.argument("country")
@db_option
@from_option
@to_option
@click.option("--partners", default=None, metavar="CODES",
              help="Comma-separated partner codes (default: CHN,RUS,USA,EU).")
@click.option("--out", default=None, metavar="FILE.md|FILE.html",
              help="Where to write the briefing; the extension picks the format "
                   "(default: brief-COUNTRY.md; - prints Markdown on stdout, without charts).")
@handle_errors
def brief(country: str, db: str | None, date_from: str | None, date_to: str | None,
          partners: str | None, out: str | None) -> None:
    """Write an analyst briefing on COUNTRY, every claim cited to its source sentence.

    Timeline of high-level engagements per partner, balance table and charts,
    frictions, trade and investment figures and a numbered source list.  Markdown
    gets its charts as SVG files beside it; HTML is one self-contained page.

    \b
    Example:
      multivector brief KAZ --from 2022-09-01 --to 2022-12-31 --out kaz.html
    """
    from multivector.api import brief as make_brief

    stdout = out == "-"
    target = None if stdout else (out or f"brief-{country.strip().upper()}.md")
    result = make_brief(country, db=db or default_db(),
                        date_from=parse_date_option(date_from, "--from"),
                        date_to=parse_date_option(date_to, "--to"),
                        partners=_codes_option(partners), out=target)
    if stdout:
        click.echo(result.text, nl=False)
    else:
        click.echo(f"Briefing written to {result.path}", err=True)


@main.command()
@click.argument("country")
@db_option
@click.option("--partners", default=None, metavar="CODES",
              help="Comma-separated partner codes (default: CHN,RUS,USA,EU).")
@click.option("--at", "at", default=None, metavar="YYYY-MM-DD",
              help="Last day of the windows (default: the latest event date of COUNTRY).")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True, help="Output format.")
@handle_errors
def changes(country: str, db: str | None, partners: str | None, at: str | None,
            output_format: str) -> None:
    """What changed: each partner's latest week, month and quarter against its baselines.

    Counts distinct events with each partner in the 7, 30 and 91 days up to --at and
    compares them with the 4 and 52 weeks before (rates per week scaled to the window);
    a two-sided mid-p Poisson test, Holm-corrected over all comparisons, raises the
    flags, each listed with the events behind it.  Beside them: UN General Assembly vote
    agreement with the US, Russia and China.  Definitions: docs/balance.md.

    \b
    Example:
      multivector changes KAZ --at 2022-11-18 --format json
    """
    from multivector.api import changes as compute
    from multivector.cli_output import print_changes_table

    result = compute(country, db=db or default_db(), partners=_codes_option(partners),
                     at=parse_date_option(at, "--at"))
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_changes_table(result.to_dict())


# --- serve, demo ---


@main.command()
@db_option
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on (the default is reachable from this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port to listen on.")
@handle_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the web dashboard and JSON API over the database (read-only).

    Pages for a country's partners over time, the events with their source sentences,
    two countries side by side and the briefing; JSON under /api and its description
    at /docs.  Stop with Ctrl-C.

    \b
    Example:
      multivector serve --db multivector-demo/demo.duckdb --port 8000
    """
    from multivector.store.backend import redact
    from multivector.web import serve as serve_web

    path = db or default_db()
    serve_web(path, host=host, port=port, announce=lambda url: click.echo(
        f"Serving {redact(path)} read-only: open {url} in a browser (Ctrl-C to stop)", err=True))


@main.command()
@click.option("--out", "folder", default="multivector-demo", show_default=True, metavar="DIR",
              help="Folder for the demo database, balance and briefing.")
@click.option("--workers", default=2, show_default=True, help="Extraction processes.")
@quiet_option
@handle_errors
def demo(folder: str, workers: int, quiet: bool) -> None:
    """Run the whole pipeline on the bundled demo corpus and write a briefing.

    Ingests the demo news (Central Asian diplomacy 2019-2024) into an embedded
    database, computes Kazakhstan's balance for 14 September to 18 November 2022 and
    writes the briefing as Markdown and HTML.

    \b
    Example:
      multivector demo --out demo/
    """
    from multivector import api
    from multivector.cli_output import make_progress

    result = api.demo(folder, workers=workers, progress=make_progress(quiet))
    click.echo(f"Ingested {result.documents} demo documents into {result.db} "
               f"({result.events} distinct events).")
    click.echo(f"Balance of Kazakhstan, 2022-09-14..2022-11-18: {result.balance_json}")
    click.echo(f"Briefing written to {result.brief_html} and {result.brief_md}")
    click.echo(f"Explore it in a browser: multivector serve --db {result.db}")


if __name__ == "__main__":  # pragma: no cover
    main()
