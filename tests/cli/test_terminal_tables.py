"""Terminal tables at 80 columns: cut with an ellipsis, never a broken word or date (item 5)."""

from __future__ import annotations

import re
from datetime import date

from click.testing import CliRunner

from multivector.cli import main
from multivector.cli_output import Column, date_text, err_line, make_table, print_balance_table


def _render(table, width=80) -> list[str]:
    from rich.console import Console

    console = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(table)
    return console.export_text().splitlines()


def test_long_names_are_cut_with_an_ellipsis_and_dates_stay_whole():
    columns = (Column("date", fixed=True), Column("type", fixed=True), Column("actor"),
               Column("recipient", short="recip"), Column("sentence", short="text"))
    rows = [[date_text(date(2023, 5, 16), date(2023, 5, 17)), "CONSULT",
             "UZB/GOV (Shavkat Mirziyoyev)", "CHN/GOV (Xi Jinping)",
             "Shavkat Mirziyoyev visited Beijing on May 16-17, 2023, and met Xi Jinping."]]
    lines = _render(make_table("Events", columns, rows, 80))
    assert all(len(line) <= 80 for line in lines)
    body = [line for line in lines if "CONSULT" in line]
    assert len(body) == 1  # one line per row: nothing wrapped
    assert "2023-05-16..17" in body[0] and "\u2026" in body[0]
    assert not re.search(r"Mirziyoye\s", "\n".join(lines))  # no name broken across lines


def test_balance_headers_stay_distinct_at_80_columns(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    row = {"code": "CHN", "events": 3, "share": 0.25, "visits_in": 1, "visits_out": 0,
           "high_level_visits_in": 1, "high_level_visits_out": 0, "cooperation": 11.5,
           "conflict": 0.0, "net": 11.5}
    print_balance_table({"country": "KAZ", "from": "2022-09-14", "to": "2022-11-18",
                         "partners": [row], "concentration": {"hhi": 1.0, "effective_partners": 1.0,
                                                              "evenness": None},
                         "tilt": {"west": 0, "east": 3, "value": -1.0}})
    lines = capsys.readouterr().out.splitlines()
    header = next(line for line in lines if "partner" in line)
    names = [cell.strip() for cell in header.strip("┃ ").split("┃")]
    assert len(names) == len(set(names)) == 10
    assert not any("\u2026" in name for name in names)
    assert all(len(line) <= 80 for line in lines)
    assert any(line.endswith("(west 0, east 3)") for line in lines)  # not wrapped


def test_stderr_is_one_plain_line_when_not_a_terminal(capsys):
    message = "a long warning " * 12
    err_line(message.strip(), label="Warning")
    err = capsys.readouterr().err
    assert err == "Warning: " + message.strip() + "\n"


def test_extract_table_fits_80_columns(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Date: 2023-05-20\nShavkat Mirziyoyev, the President of Uzbekistan, visited "
                   "Beijing on May 16-17, 2023, where he met Chinese President Xi Jinping.\n")
    result = CliRunner(env={"COLUMNS": "80"}).invoke(main, ["extract", str(doc), "--format", "table"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "2023-05-16..17" in result.stdout
    assert not any(re.search(r"\b\d{4}-\d{2}-$|^\S*\d{2}\s*│", line) for line in lines)
