from __future__ import annotations

from datetime import date

from multivector.records import Document

from .helpers import FIXTURES, raises_input_error, read_all, read_collecting


def test_rss_items_become_documents():
    warnings: list[str] = []
    docs = read_all(FIXTURES / "feed.rss", warn=warnings.append)
    assert [d.doc_id for d in docs] == [
        "steppe-2022-0914-xi", Document.id_for_text(docs[1].text), "steppe-2022-1130-macron"]
    assert docs[0].text == "Chinese President Xi Jinping visited Astana.\nHe met President Tokayev."
    # 23:30 at +06:00 is still the 14th where it was published (not converted to UTC).
    assert [d.published for d in docs] == [date(2022, 9, 14), date(2022, 10, 14), None]
    assert [d.url for d in docs] == ["https://steppe-chronicle.example/2022/09/xi-astana",
                                     "https://steppe-chronicle.example/2022/10/putin-astana",
                                     None]  # a bare guid is not a web address
    assert {d.source for d in docs} == {"Steppe Chronicle: World"}
    assert [d.line for d in docs] == [7, 14, 20]
    assert len(warnings) == 1 and "1 of the items" in warnings[0]


def test_atom_entry_with_html_content():
    [doc] = read_all(FIXTURES / "feed.atom", published=date(2000, 1, 1))
    assert doc.doc_id == "urn:test:michel-astana"
    assert doc.text == ("European Council President Charles Michel held talks with Tokayev in "
                        "Astana.")
    assert doc.published == date(2022, 10, 27)  # published wins over updated and argument
    assert doc.title == "Michel visits Astana"


def test_item_without_any_text_is_mv109_and_skippable(tmp_path):
    path = tmp_path / "f.rss"
    path.write_text('<rss version="2.0"><channel><title>T</title>\n'
                    "<item><guid>a</guid></item>\n"
                    "<item><title>Tokayev visits Beijing</title></item>\n"
                    "</channel></rss>")
    docs, errors = read_collecting(path)
    assert [d.text for d in docs] == ["Tokayev visits Beijing"]  # headline-only item
    assert [(e.code, e.line) for e in errors] == [("MV109", 2)]
    assert errors[0].message == ("item 1 has no text (no content, summary or title): give the "
                                 "item a description")


def test_feed_without_items_warns(tmp_path):
    path = tmp_path / "f.xml"
    path.write_text('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    warnings: list[str] = []
    assert read_all(path, warn=warnings.append) == []
    assert warnings == [f"the feed {path} has no items"]


def test_non_feed_xml_is_mv106(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("this is not xml at all")
    error = raises_input_error("MV106", path)
    assert error.message.startswith("does not look like an RSS or Atom feed")
