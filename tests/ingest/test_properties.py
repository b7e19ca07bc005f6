"""Properties over arbitrary input: what is written is what is read, and nothing but
InputError ever escapes."""

from __future__ import annotations

import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from multivector.errors import InputError
from multivector.ingest import read_documents
from multivector.ingest.decoding import normalise_newlines

HEADER_START = re.compile(r"(date|title|source|url)[ \t]*:", re.IGNORECASE)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _plain(text: str) -> bool:
    """Text the plain-text reader must return unchanged (after newline normalisation)."""
    normalised = normalise_newlines(text)
    return (bool(normalised.strip()) and "\x00" not in text and not text.startswith("\ufeff")
            and HEADER_START.match(normalised) is None)


@SETTINGS
@given(st.text(min_size=1).filter(_plain))
def test_any_text_file_reads_back_as_one_document(tmp_path, text):
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    [doc] = read_documents([str(path)])
    assert doc.text == normalise_newlines(text)


@SETTINGS
@given(st.text())
def test_any_text_file_gives_a_document_or_an_input_error(tmp_path, text):
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        docs = list(read_documents([str(path)]))
    except InputError:
        return
    assert len(docs) == 1 and docs[0].text.strip()


record_text = st.text(min_size=1).filter(lambda t: bool(normalise_newlines(t).strip()))
records = st.lists(st.fixed_dictionaries({"text": record_text},
                                         optional={"title": st.text(), "id": st.integers()}),
                   min_size=1, max_size=8)


@SETTINGS
@given(records, st.lists(st.booleans(), min_size=8, max_size=8))
def test_jsonl_records_read_back_with_their_line_numbers(tmp_path, items, blank_before):
    lines: list[str] = []
    expected_lines: list[int] = []
    for item, blank in zip(items, blank_before, strict=False):
        if blank:
            lines.append("")
        lines.append(json.dumps(item))
        expected_lines.append(len(lines))
    path = tmp_path / "n.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read_documents([str(path)]))
    assert [d.text for d in docs] == [normalise_newlines(i["text"]) for i in items]
    assert [d.line for d in docs] == expected_lines
    assert [d.doc_id for d, i in zip(docs, items, strict=True) if "id" in i] == \
        [str(i["id"]) for i in items if "id" in i]


# No NUL (the csv module refuses it) and no lone surrogates (not encodable as UTF-8).
no_nul = st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)))


@SETTINGS
@given(st.lists(st.fixed_dictionaries({"text": no_nul.filter(lambda t: bool(t.strip())),
                                       "title": no_nul}),
                min_size=1, max_size=6))
def test_csv_records_read_back(tmp_path, items):
    import csv

    path = tmp_path / "n.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["text", "title"])
        writer.writeheader()
        writer.writerows(items)
    docs = list(read_documents([str(path)]))
    assert [d.text for d in docs] == [normalise_newlines(i["text"]) for i in items]


@SETTINGS
@given(st.binary(max_size=2000),
       st.sampled_from(["auto", "text", "html", "jsonl", "csv", "rss"]))
def test_arbitrary_bytes_raise_nothing_but_input_error(data, input_format):
    try:
        for _ in read_documents(["-"], stdin=io.BytesIO(data), input_format=input_format):
            pass
    except InputError:
        pass


structured = st.one_of(
    st.text().map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.text(max_size=30), max_size=5).map(lambda parts: "\n".join(
        "{" + p for p in parts).encode("utf-8", "surrogatepass")),
    st.lists(st.text(max_size=30), max_size=5).map(lambda parts: ("id,text\n" + "\n".join(
        parts)).encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda t: f"<rss><channel><item>{t}</item></channel></rss>"
                              .encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda t: f"<html><body><p>{t}</p></body></html>"
                              .encode("utf-8", "surrogatepass")),
)


@SETTINGS
@given(structured)
def test_near_valid_inputs_raise_nothing_but_input_error(data):
    errors: list[InputError] = []
    try:
        docs = list(read_documents(["-"], stdin=io.BytesIO(data), on_error=errors.append))
    except InputError:
        return
    assert all(d.text.strip() and d.doc_id for d in docs)
