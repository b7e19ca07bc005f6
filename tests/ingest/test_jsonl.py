from __future__ import annotations

import json
from datetime import date

from multivector.records import Document

from .helpers import raises_input_error, read_all, read_collecting


def write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_with_all_fields(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        json.dumps({"id": "a1", "text": "Xi visited Astana.", "published": "2022-09-14",
                    "title": "Visit", "url": "https://x.example/a1", "source": "Desk"}),
        "",
        json.dumps({"text": "Putin came to Astana.", "published": "2022-10-13T09:00:00Z"}),
        json.dumps({"id": 7, "text": "Macron flew in."}),
    ])
    docs = read_all(path, published=date(2022, 11, 30))
    assert [d.doc_id for d in docs] == ["a1", Document.id_for_text("Putin came to Astana."), "7"]
    assert [d.line for d in docs] == [1, 3, 4]
    assert [d.published for d in docs] == [date(2022, 9, 14), date(2022, 10, 13),
                                           date(2022, 11, 30)]
    assert (docs[0].title, docs[0].url, docs[0].source) == ("Visit", "https://x.example/a1",
                                                            "Desk")
    assert all(d.origin == str(path) for d in docs)


def test_undated_records_give_one_warning(tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", ['{"text": "a"}', '{"text": "b"}'])
    warnings: list[str] = []
    read_all(path, warn=warnings.append)
    assert warnings == [f"no publication date for 2 of the records in {path}: pass "
                        '--published or give each one a "published" date (YYYY-MM-DD)']


def test_invalid_json_line_is_mv105_with_exact_message(tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", ['{"text": "a"}', '{"text": "b"}',
                                             '{"text": "c" "id": 1}'])
    error = raises_input_error("MV105", path)
    assert error.render() == (f"{path}:3: not valid JSON (Expecting ',' delimiter at column "
                              '14): each line must be one JSON object with a "text" field')


def test_each_record_problem_has_its_code_and_line(tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", [
        '{"text": "fine"}',
        '{"title": "no text"}',
        '{"text": 5}',
        '{"text": "   "}',
        '{"text": "x", "published": "14/09/2022"}',
        '{"text": "x", "published": 20220914}',
        '{"text": "x", "id": [1]}',
        '[1, 2]',
        '{"text": "x", "url": {"a": 1}}',
        '{"text": "last"}',
    ])
    docs, errors = read_collecting(path)
    assert [d.text for d in docs] == ["fine", "last"]
    assert [(e.code, e.line) for e in errors] == [
        ("MV105", 2), ("MV105", 3), ("MV103", 4), ("MV104", 5), ("MV104", 6),
        ("MV105", 7), ("MV105", 8), ("MV105", 9)]
    assert errors[0].message == 'no "text" field: give each record its document text in a "text" field'
    assert errors[1].message == ('the "text" field is a number, not a string: give each '
                                 'record its document text in a "text" field')
    assert errors[3].message == ("the \"published\" field '14/09/2022' is not a date: write "
                                 "it as YYYY-MM-DD (an ISO date-time such as "
                                 "2022-09-14T08:00:00Z also works)")
    assert errors[6].message == ('an array, not a JSON object: each line must be one JSON '
                                 'object with a "text" field')


def test_file_that_is_not_jsonl_is_one_mv106(tmp_path):
    path = tmp_path / "page.jsonl"
    path.write_text("<html><body>Hello</body></html>\n")
    error = raises_input_error("MV106", path)
    assert error.line == 1
    assert error.message.startswith("does not look like JSONL (line 1 starts with '<')")


def test_empty_jsonl_is_mv103(tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", ["", "  "])
    raises_input_error("MV103", path)


def test_bad_utf8_line_is_skipped_with_on_error(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_bytes(b'{"text": "one"}\n{"text": "caf\xe9"}\n{"text": "three"}\n')
    docs, errors = read_collecting(path)
    assert [d.text for d in docs] == ["one", "three"]
    assert [(e.code, e.line) for e in errors] == [("MV102", 2)]


def test_crlf_bom_and_text_newlines(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "a\\r\\nb"}\r\n{"text": "c"}\r\n')
    docs = read_all(path)
    assert [d.text for d in docs] == ["a\nb", "c"]
    assert [d.line for d in docs] == [1, 2]


def test_records_stream_before_a_broken_tail_is_reached(tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", ['{"text": "first"}', "not json"])
    from multivector.ingest import read_documents

    documents = read_documents([str(path)])
    assert next(documents).text == "first"
    try:
        next(documents)
    except Exception as exc:  # the second line fails only when it is reached
        assert getattr(exc, "code", None) == "MV105"
    else:
        raise AssertionError("expected MV105")
