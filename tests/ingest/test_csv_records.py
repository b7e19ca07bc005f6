from __future__ import annotations

from datetime import date

from multivector.records import Document

from .helpers import raises_input_error, read_all, read_collecting


def test_rows_become_documents_with_start_lines(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        'ID,Published,Text,Title\n'
        'k1,2022-09-14,"Xi Jinping visited Astana.",Visit\n'
        '\n'
        'k2,2022-10-13,"Putin attended the summit.\nHe met Tokayev, again.",Summit\n'
        ',,"Macron arrived.",\n', encoding="utf-8")
    docs = read_all(path)
    assert [d.doc_id for d in docs] == ["k1", "k2", Document.id_for_text("Macron arrived.")]
    assert [d.line for d in docs] == [2, 4, 6]
    assert docs[1].text == "Putin attended the summit.\nHe met Tokayev, again."
    assert [d.published for d in docs] == [date(2022, 9, 14), date(2022, 10, 13), None]
    assert docs[0].title == "Visit" and docs[2].title is None


def test_semicolon_and_tab_delimiters_are_recognised(tmp_path):
    semi = tmp_path / "a.csv"
    semi.write_text("text;published\nTokayev spoke, briefly.;2022-01-05\n")
    tabbed = tmp_path / "b.tsv"
    tabbed.write_text("id\ttext\nt1\tXi visited Astana.\n")
    docs = read_all(semi, tabbed)
    assert [d.text for d in docs] == ["Tokayev spoke, briefly.", "Xi visited Astana."]
    assert docs[0].published == date(2022, 1, 5)


def test_header_without_text_column_is_mv105(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,hello\n")
    error = raises_input_error("MV105", path)
    assert error.render() == (f'{path}:1: the header row has no "text" column (found: id, '
                              'body): name the column holding the document text "text"')


def test_bad_rows_are_reported_and_skipped(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b'\xef\xbb\xbfid,text,published\r\n'
                     b'1,good one,2022-01-01\r\n'
                     b'2,too,many,fields\r\n'
                     b'3,,2022-01-01\r\n'
                     b'4,bad date,01/02/2022\r\n'
                     b'5,"multi\r\nline",\r\n'
                     b'6,last,\r\n')
    docs, errors = read_collecting(path)
    assert [d.text for d in docs] == ["good one", "multi\nline", "last"]
    assert [d.line for d in docs] == [2, 6, 8]
    assert [(e.code, e.line) for e in errors] == [("MV105", 3), ("MV103", 4), ("MV104", 5)]
    assert errors[0].message == ('this row has 4 fields but the header has 3: quote fields '
                                 'that contain the delimiter ("like, this")')


def test_empty_csv_is_mv103(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("\n\n")
    raises_input_error("MV103", path)


def test_fallback_date_and_warning(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("text\nXi visited Astana.\n")
    warnings: list[str] = []
    assert read_all(path, warn=warnings.append)[0].published is None
    assert warnings == [f"no publication date for 1 of the rows in {path}: pass --published "
                        'or give each one a "published" date (YYYY-MM-DD)']
    assert read_all(path, published=date(2022, 2, 2))[0].published == date(2022, 2, 2)


def test_long_field_beyond_csv_default_limit(tmp_path):
    path = tmp_path / "a.csv"
    long_text = "Astana. " * 40000  # 320k characters, over the csv module's 128 KiB default
    path.write_text(f'text\n"{long_text}"\n')
    assert read_all(path)[0].text == long_text
