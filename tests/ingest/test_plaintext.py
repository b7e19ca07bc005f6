from __future__ import annotations

from datetime import date

from multivector.ingest.plaintext import split_headers
from multivector.records import Document

from .helpers import raises_input_error, read_all


def test_whole_file_is_one_document_with_date_from_argument(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Kazakhstan hosted the CICA summit in October 2022.\nLeaders came.\n")
    warnings: list[str] = []
    [doc] = read_all(path, published=date(2022, 10, 13), warn=warnings.append)
    assert doc.text[doc.body_start:] == "Kazakhstan hosted the CICA summit in October 2022.\nLeaders came.\n"
    assert doc.published == date(2022, 10, 13)
    assert doc.doc_id == Document.id_for_text(doc.text)
    assert doc.origin == str(path)
    assert doc.line is None
    assert warnings == []


def test_date_header_and_metadata_lines_are_consumed(tmp_path):
    path = tmp_path / "xi.txt"
    path.write_text("Date: 2022-09-14\nTitle: Xi in Astana\nSource: Steppe Chronicle\n"
                    "URL: https://steppe.example/xi\n\n\nXi Jinping visited Astana.\n")
    [doc] = read_all(path)
    assert doc.text[doc.body_start:] == "Xi Jinping visited Astana.\n"
    # the header stays in the text, so spans are offsets in the file as read
    assert doc.text == path.read_text()
    assert doc.published == date(2022, 9, 14)
    assert (doc.title, doc.source, doc.url) == ("Xi in Astana", "Steppe Chronicle",
                                                "https://steppe.example/xi")


def test_text_is_a_suffix_of_the_file_so_offsets_map_back(tmp_path):
    content = "Date: 2022-09-14\n\nXi Jinping visited Astana. Tokayev met him."
    path = tmp_path / "a.txt"
    path.write_text(content)
    [doc] = read_all(path)
    shift = len(content) - len(doc.text)
    start = doc.text.index("Tokayev")
    assert content[start + shift:start + shift + 7] == "Tokayev"


def test_argument_wins_over_date_header_even_a_malformed_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Date: 14 September\nXi Jinping visited Astana.")
    [doc] = read_all(path, published=date(2022, 9, 15))
    assert doc.published == date(2022, 9, 15)
    assert doc.text[doc.body_start:] == "Xi Jinping visited Astana."


def test_date_header_accepts_iso_datetime(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date: 2022-09-14T23:30:00+06:00\nXi Jinping visited Astana.")
    [doc] = read_all(path)
    assert doc.published == date(2022, 9, 14)


def test_missing_date_warns_with_the_fix(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Xi Jinping visited Astana.")
    warnings: list[str] = []
    [doc] = read_all(path, warn=warnings.append)
    assert doc.published is None
    assert warnings == [f"no publication date for {path}: pass --published or start the "
                        "file with 'Date: YYYY-MM-DD'"]


def test_malformed_date_header_is_mv104_at_its_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title: Visit\nDate: 2022-13-01\nXi Jinping visited Astana.")
    error = raises_input_error("MV104", path)
    assert error.line == 2
    assert error.render() == (f"{path}:2: the Date: header '2022-13-01' is not a date: write "
                              "it as 'Date: YYYY-MM-DD' or pass --published")


def test_empty_and_header_only_files_are_mv103(tmp_path):
    for content in ("", "  \n\n", "Date: 2022-09-14\n\n"):
        path = tmp_path / "empty.txt"
        path.write_text(content)
        error = raises_input_error("MV103", path)
        assert error.message == ("no text (the file is empty or holds only header lines): "
                                 "write the document text into the file")


def test_crlf_and_bom_are_normalised(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(b"\xef\xbb\xbfDate: 2022-09-14\r\n\r\nLine one.\r\nLine two.\rEnd.")
    [doc] = read_all(path)
    assert doc.text[doc.body_start:] == "Line one.\nLine two.\nEnd."
    assert doc.published == date(2022, 9, 14)


def test_invalid_utf8_is_mv102_with_line_and_column(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("First line.\nAlmaty caf\u00e9.\n".encode("latin-1"))
    error = raises_input_error("MV102", path)
    assert error.render() == (f"{path}:2: not valid UTF-8 (byte 0xe9 at column 11): save the "
                              "file as UTF-8")


def test_nul_bytes_are_binary(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"text\x00more")
    error = raises_input_error("MV102", path)
    assert "looks binary" in error.message


def test_split_headers_stops_at_repeated_or_unknown_keys():
    headers = split_headers("Date: 2022-01-01\nDate: 2022-01-02\nBody")
    assert headers.fields == {"date": ("2022-01-01", 1)}
    assert headers.body == "Date: 2022-01-02\nBody"
    assert split_headers("Author: someone\nBody").body == "Author: someone\nBody"
    assert split_headers("No headers here").fields == {}
