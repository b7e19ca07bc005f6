from __future__ import annotations

from datetime import date

from multivector.records import Document

from .helpers import FIXTURES, raises_input_error, read_all


def test_article_text_and_metadata():
    [doc] = read_all(FIXTURES / "article.html")
    assert "Xi Jinping arrived in Astana on 14 September 2022" in doc.text
    assert "Home" not in doc.text and "fictional outlet" not in doc.text  # boilerplate gone
    assert doc.title == "Tokayev and Xi sign joint statement in Astana"
    assert doc.published == date(2022, 9, 14)
    assert doc.url == "https://steppe-chronicle.example/2022/09/xi-astana"
    assert doc.source == "Steppe Chronicle"
    assert doc.doc_id == Document.id_for_text(doc.text)


def test_page_without_date_uses_argument_else_warns(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<html><body><p>Kazakhstan and Uzbekistan agreed to build a railway "
                    "between Turkestan and Tashkent.</p></body></html>")
    assert read_all(path, published=date(2022, 12, 22))[0].published == date(2022, 12, 22)
    warnings: list[str] = []
    assert read_all(path, warn=warnings.append)[0].published is None
    assert warnings == [f"no publication date found in {path}: pass --published"]


def test_page_without_text_is_mv109(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body></body></html>")
    error = raises_input_error("MV109", path)
    assert error.message == ("no text could be extracted: check that it is an article page, "
                             "not an empty template or a script, or save its text as .txt")
