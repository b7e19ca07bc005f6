"""Malformed inputs: MV108 with the file and the exact line; registry errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from multivector.errors import InputError
from multivector.store.importers import IMPORTERS, read_dataset
from multivector.store.importers.icews import COLUMNS

TRIP = """    <trip role="secretary" who="blinken-antony-j">
        <id>{id}</id>
        <role>secretary</role>
        <name>Antony John Blinken</name>
        <start-date>{start}</start-date>
        <end-date>2023-03-01</end-date>
        <country id="kazakhstan">Kazakhstan</country>
        <locale>Astana</locale>
        <remarks>Met with President Tokayev and attended a C5+1 ministerial.</remarks>
    </trip>
"""


def _trips(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "travels" / "secretary-travels"
    folder.mkdir(parents=True)
    (folder / "blinken.xml").write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
    return tmp_path / "travels"


def _error(kind: str, path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        list(read_dataset(kind, path))
    return caught.value


def test_good_trip_file(tmp_path):
    text = '<?xml version="1.0"?>\n<trips>\n' + TRIP.format(id=1, start="2023-02-27") + "</trips>\n"
    (event,) = read_dataset("historian-travels", _trips(tmp_path, text))
    assert event.recipient.code == "KAZ" and event.location.name == "Astana"
    assert event.sentence == ("Secretary of State Antony John Blinken visited Astana, Kazakhstan: "
                              "Met with President Tokayev and attended a C5+1 ministerial.")


def test_bad_date_in_xml_is_reported_at_its_line(tmp_path):
    text = ('<?xml version="1.0"?>\n<trips>\n' + TRIP.format(id=1, start="2023-02-27")
            + TRIP.format(id=2, start="2023-02-30") + "</trips>\n")
    error = _error("historian-travels", _trips(tmp_path, text))
    assert error.code == "MV108" and error.line == 2 + 10 + 5  # 5th line of the 2nd trip
    assert error.path.endswith("blinken.xml") and "2023-02-30" in error.message


def test_truncated_xml(tmp_path):
    text = '<?xml version="1.0"?>\n<trips>\n' + TRIP.format(id=1, start="2023-02-27")[:200]
    error = _error("historian-travels", _trips(tmp_path, text))
    assert error.code == "MV108" and error.line == text.count("\n") + 1


def test_invalid_utf8_in_xml(tmp_path):
    text = '<?xml version="1.0"?>\n<trips>\n' + TRIP.format(id=1, start="2023-02-27") + "</trips>\n"
    raw = text.encode("utf-8").replace(b"Astana", b"Ast\xff\xfena")
    error = _error("historian-travels", _trips(tmp_path, raw))
    assert error.code == "MV108" and error.line == 2 + 8


def test_visit_without_from_slug(tmp_path):
    folder = tmp_path / "visits" / "data"
    folder.mkdir(parents=True)
    (folder / "2020.xml").write_text(
        "<visits>\n  <visit>\n    <id>9</id>\n    <start-date>2023-09-19</start-date>\n"
        "    <end-date>2023-09-19</end-date>\n    <visitor>President Kassym-Jomart Tokayev"
        "</visitor>\n    <from>Kazakhstan</from>\n    <description/>\n  </visit>\n</visits>\n",
        encoding="utf-8")
    error = _error("historian-visits", tmp_path / "visits")
    assert error.code == "MV108" and error.line == 7


def _icews(tmp_path: Path, rows: list[bytes]) -> Path:
    path = tmp_path / "events.tab"
    path.write_bytes(b"\n".join(["\t".join(COLUMNS).encode()] + rows) + b"\n")
    return path


ROW = ("1\t2018-06-01\tKazakhstan\tGovernment\tKazakhstan\tConsult\t040\t1\tChina\t"
       "Government\tChina\t7\t1\tKazinform\tAstana\tNA\tAstana\tKazakhstan\t51.18\t71.45")


def test_icews_errors_at_exact_lines(tmp_path):
    good = ROW.encode()
    assert len(list(read_dataset("icews", _icews(tmp_path, [good, good])))) == 2
    cases = {
        3: good.replace(b"\t71.45", b""),  # 19 columns
        4: good.replace(b"2018-06-01", b"2018-13-01"),
        5: good.replace(b"Astana", b"Ast\xc3ana", 1),  # invalid UTF-8
        6: good.replace(b"\t040\t", b"\tX40\t"),
    }
    for line, bad in cases.items():
        rows = [good] * (line - 2) + [bad]
        error = _error("icews", _icews(tmp_path, rows))
        assert (error.code, error.line) == ("MV108", line), bad


def test_icews_header_checked(tmp_path):
    path = tmp_path / "events.tab"
    path.write_text("Event ID\tDate\n" + ROW + "\n", encoding="utf-8")
    assert (_error("icews", path).code, _error("icews", path).line) == ("MV108", 1)


def test_plover_bad_json_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "t", "event": "AGREE"}\n{"id": \n', encoding="utf-8")
    assert (_error("plover", path).code, _error("plover", path).line) == ("MV108", 2)


def test_registry():
    assert set(IMPORTERS) == {"historian-travels", "historian-visits", "icews", "gdelt1",
                              "gdelt2", "plover", "events"}
    with pytest.raises(InputError) as caught:
        read_dataset("acled", Path("x"))
    assert caught.value.code == "MV107"


def test_missing_path(tmp_path):
    for kind in IMPORTERS:
        assert _error(kind, tmp_path / "nothing-here").code == "MV101"
