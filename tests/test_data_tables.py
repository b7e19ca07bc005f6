"""The one reader of the shipped CSV tables: numbering, comments, broken rows."""

from __future__ import annotations

import csv
import importlib.resources
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from multivector.data_tables import parse_table, read_table
from multivector.errors import ModelError


def test_rows_keep_the_line_number_of_the_file():
    text = "# source: somewhere, 2024-01-01\n\ncode,name\nKAZ, Kazakhstan \n\n# a note\nRUS,Russia\n"
    assert parse_table(text, "t.csv") == [
        (4, {"code": "KAZ", "name": "Kazakhstan"}),
        (7, {"code": "RUS", "name": "Russia"}),
    ]


@pytest.mark.parametrize("row", ["KAZ", "KAZ,Kazakhstan,extra"])
def test_a_row_with_the_wrong_number_of_columns_names_file_and_line(row):
    with pytest.raises(ModelError) as caught:
        parse_table(f"# header\ncode,name\nRUS,Russia\n{row}\n", "t.csv")
    assert caught.value.code == "MV202"
    assert caught.value.path == "t.csv" and caught.value.line == 4


def test_a_missing_table_is_an_installation_error():
    with pytest.raises(ModelError) as caught:
        read_table("no_such_table.csv")
    assert caught.value.code == "MV202" and "reinstall" in str(caught.value)


def test_every_shipped_csv_table_reads_and_opens_with_its_source_line():
    folder = importlib.resources.files("multivector.data")
    tables = [entry.name for entry in folder.iterdir() if entry.name.endswith(".csv")]
    assert len(tables) >= 5
    for name in tables:
        assert (folder / name).read_text(encoding="utf-8").startswith("#"), name
        assert read_table(name), name


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8).map(str.strip)


@given(rows=st.lists(st.tuples(cell, cell), max_size=6))
def test_any_written_table_reads_back(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["a", "b"])
    # A row whose first cell opens with "#" or whose cells are all empty would be a
    # comment or a blank line, which the format reserves.
    kept = [r for r in rows if not r[0].startswith("#") and any(r)]
    writer.writerows(kept)
    parsed = parse_table("# header\n" + buffer.getvalue(), "t.csv")
    assert [(row["a"], row["b"]) for _, row in parsed] == kept
