from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import multivector.ingest

from multivector.errors import InputError
from multivector.ingest import read_documents
from multivector.records import Document

from .helpers import FIXTURES, raises_input_error, read_all, read_collecting


def make_folder(root):
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b.txt").write_text("Date: 2022-01-02\nSecond by name.")
    (root / "a.txt").write_text("Date: 2022-01-01\nFirst by name.")
    (root / "sub" / "c.jsonl").write_text('{"text": "Third, in a subfolder."}\n')
    (root / ".hidden" / "d.txt").write_text("Hidden folder.")
    (root / ".e.txt").write_text("Hidden file.")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "notes.txt~").write_text("Editor backup.")
    (root / "report.pdf").write_bytes(b"%PDF-1.4")
    return root


def test_folder_is_read_recursively_sorted_skipping_non_documents(tmp_path):
    folder = make_folder(tmp_path / "news")
    warnings: list[str] = []
    docs = read_all(folder, warn=warnings.append)
    assert [d.text[d.body_start:] for d in docs] == ["First by name.", "Second by name.",
                                      "Third, in a subfolder."]
    assert [d.origin for d in docs] == [str(folder / "a.txt"), str(folder / "b.txt"),
                                        str(folder / "sub" / "c.jsonl")]
    assert f"skipped {folder / 'report.pdf'}: PDF files are not read; save the text as " \
           ".txt, .html, .jsonl or .csv" in warnings


def test_globs_are_expanded_and_duplicates_read_once(tmp_path):
    folder = make_folder(tmp_path / "news")
    docs = read_all(folder / "*.txt", folder / "a.txt", folder / "**" / "*.jsonl")
    assert [d.text[d.body_start:] for d in docs] == ["First by name.", "Second by name.",
                                      "Third, in a subfolder."]


def test_missing_path_and_empty_glob_raise_at_the_call_even_with_on_error(tmp_path):
    with pytest.raises(InputError) as info:
        read_documents([str(tmp_path / "nope.txt")], on_error=lambda e: None)
    assert info.value.code == "MV101"
    assert info.value.render() == f"{tmp_path / 'nope.txt'}: no such file or folder: check the path"
    with pytest.raises(InputError) as info:
        read_documents([str(tmp_path / "*.jsonl")], on_error=lambda e: None)
    assert info.value.message == "no file matches this pattern: check the folder and the wildcard"


def test_unknown_format_is_mv106_at_the_call():
    with pytest.raises(InputError) as info:
        read_documents(["-"], input_format="pdf")
    assert info.value.code == "MV106"
    assert info.value.message == ("unknown input format 'pdf': use one of auto, text, html, "
                                  "jsonl, csv, rss")


def test_stdin_text_binary_and_textio():
    raw = b"Date: 2022-09-14\nXi Jinping visited Astana."
    [from_bytes] = read_all("-", stdin=io.BytesIO(raw))
    [from_text] = read_all("-", stdin=io.StringIO(raw.decode()))
    assert from_bytes == from_text
    assert from_bytes.origin == "<stdin>"
    assert from_bytes.published == date(2022, 9, 14)


@pytest.mark.parametrize(("content", "expected"), [
    (b'{"text": "Xi visited Astana.", "id": "s1"}\n', "s1"),
    (b"id,text\ns2,Xi visited Astana.\n", "s2"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><item><guid>s3</guid>'
     b"<description>Xi visited Astana.</description></item></channel></rss>", "s3"),
])
def test_stdin_format_is_sniffed(content, expected):
    [doc] = read_all("-", stdin=io.BytesIO(content))
    assert doc.doc_id == expected
    assert doc.text == "Xi visited Astana."


def test_stdin_html_is_sniffed():
    page = (FIXTURES / "article.html").read_bytes()
    [doc] = read_all("-", stdin=io.BytesIO(page))
    assert doc.source == "Steppe Chronicle"


def test_unknown_extension_is_sniffed_and_forced_format_wins(tmp_path):
    path = tmp_path / "records.dat"
    path.write_text('{"text": "Tokayev spoke."}\n')
    assert read_all(path)[0].line == 1  # sniffed as JSONL
    [forced] = read_all(path, input_format="text")
    assert forced.text == '{"text": "Tokayev spoke."}\n'


def test_json_array_is_mv106(tmp_path):
    path = tmp_path / "data.json"
    path.write_text('[{"text": "x"}]')
    error = raises_input_error("MV106", path)
    assert error.message.startswith("looks like a JSON array")


def test_binary_file_with_unknown_extension_is_mv102(tmp_path):
    path = tmp_path / "blob"
    path.write_bytes(b"\x00\x01\x02")
    raises_input_error("MV102", path)


def test_on_error_skips_a_bad_file_among_several(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Date: 2022-01-01\nFine.")
    bad = tmp_path / "bad.txt"
    bad.write_text("")
    also = tmp_path / "z.jsonl"
    also.write_text('{"text": "Also fine."}\nbroken\n{"text": "Last."}\n')
    docs, errors = read_collecting(bad, good, also)
    assert [d.text[d.body_start:] for d in docs] == ["Fine.", "Also fine.", "Last."]
    assert [(e.code, e.path, e.line) for e in errors] == [
        ("MV103", str(bad), None), ("MV105", str(also), 2)]


def test_without_on_error_the_first_bad_file_raises(tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("Fine.")
    raises_input_error("MV103", tmp_path)


def test_ids_are_stable_across_processes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Xi Jinping visited Astana on 14 September 2022.")
    script = ("import sys; from multivector.ingest import read_documents; "
              "print(next(read_documents([sys.argv[1]])).doc_id)")
    src = str(Path(multivector.ingest.__file__).resolve().parents[2])
    ids = {subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                          text=True, check=True,
                          env={"PYTHONPATH": src, "PYTHONHASHSEED": seed}).stdout.strip()
           for seed in ("1", "2")}
    assert ids == {Document.id_for_text("Xi Jinping visited Astana on 14 September 2022.")}


def test_large_jsonl_from_stdin_streams(tmp_path):
    class CountingStream(io.BytesIO):
        consumed = 0

        def read(self, size=-1):
            data = super().read(size)
            self.consumed += len(data)
            return data

        def readline(self, size=-1):
            data = super().readline(size)
            self.consumed += len(data)
            return data

        def __next__(self):
            line = self.readline()
            if not line:
                raise StopIteration
            return line

    record = json.dumps({"text": "Tokayev met Xi in Astana. " * 20}) + "\n"
    stream = CountingStream((record * 20000).encode())  # about 11 MB
    documents = read_documents(["-"], stdin=stream)
    next(documents)
    assert stream.consumed < 200_000


def test_a_single_path_string_is_one_path(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Fine.")
    assert [d.text for d in read_documents(str(path))] == ["Fine."]
