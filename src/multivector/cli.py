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
                         help="Database file (default: multivector.duckdb or $MULTIVECTOR_DB).")
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
              type=click.Choice(["auto", "text", "html", "jsonl", "csv", "rss"]), default="auto",
              show_default=True, help="Input format (detected from the content by default).")
@handle_errors
def extract(paths: tuple[str, ...], published: str | None, output_format: str,
            input_format: str) -> None:
    """Print coded events and indicators from documents (no database needed).

    PATHS are files, folders or - for stdin (the default when none is given).

    \b
    Example:
      multivector extract news/ --published 2022-11-18 > events.jsonl
    """
    from multivector import api
    from multivector.cli_output import print_records_table, warn

    records = api.extract(list(paths) or ["-"], published=parse_date_option(published, "--published"),
                          input_format=input_format, warn=warn)
    if output_format == "jsonl":
        for record in records:
            click.echo(record.to_json())
    else:
        print_records_table(list(records))


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


# --- analysis commands: balance, brief (owned by the analysis work) ---


# --- serve, demo ---


if __name__ == "__main__":  # pragma: no cover
    main()
