from __future__ import annotations

import pytest

from multivector.errors import InputError
from multivector.ingest.sniff import choose_format, csv_delimiter, sniff_format


@pytest.mark.parametrize(("head", "expected"), [
    (b"Xi Jinping visited Astana.", "text"),
    (b"Text\nXi Jinping visited Astana.", "text"),  # a lone word is prose, not a header
    (b'\xef\xbb\xbf  {"text": "x"}', "jsonl"),
    (b"id,text\n1,x", "csv"),
    (b"id\ttext\n1\tx", "csv"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b"<p>fragment</p>", "html"),
    (b'<?xml version="1.0"?>\n<rss version="2.0"></rss>', "rss"),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "rss"),
    (b'<rdf:RDF xmlns:rdf="x"></rdf:RDF>', "rss"),
])
def test_sniff(head, expected):
    assert sniff_format(head, "x") == expected


def test_other_xml_and_json_arrays_are_mv106():
    for head in (b'<?xml version="1.0"?><sitemap/>', b"[1, 2]"):
        with pytest.raises(InputError) as info:
            sniff_format(head, "x")
        assert info.value.code == "MV106"


def test_extension_beats_content_and_forced_format_beats_both():
    assert choose_format("auto", ".txt", b"<html>", "x") == "text"
    assert choose_format("auto", ".ndjson", b"", "x") == "jsonl"
    assert choose_format("csv", ".txt", b"", "x") == "csv"
    assert choose_format("auto", ".dat", b"id,text\n", "x") == "csv"


def test_csv_delimiter():
    assert csv_delimiter("id;Text ;date") == ";"
    assert csv_delimiter('"text"') == ","
    assert csv_delimiter("id,body") is None
