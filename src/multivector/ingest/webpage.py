"""HTML pages: main text and metadata via trafilatura, offline (no URL is ever fetched)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from multivector.errors import InputError
from multivector.ingest.context import ReadContext
from multivector.ingest.dates import parse_published
from multivector.ingest.decoding import decode_document, normalise_newlines
from multivector.ingest.sources import Source
from multivector.records import Document


def _page_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError:
        return None  # trafilatura's guess in an unexpected shape: treat as no date


def read_html(source: Source, context: ReadContext) -> Iterator[Document]:
    page = decode_document(source.read_all(), source.name)
    # Imported here: trafilatura takes a while to import and most runs read no HTML.
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(page, with_metadata=True,
                                                include_comments=False)
    except Exception as exc:  # noqa: BLE001 - a parser failing on a page is bad input, not a bug
        raise InputError(f"no text could be extracted: the HTML parser failed ({exc}); save "
                         "the article text as .txt instead", code="MV109",
                         path=source.name) from exc
    text = normalise_newlines(extracted.text or "").strip() if extracted is not None else ""
    if not text:
        raise InputError("no text could be extracted: check that it is an article page, not "
                         "an empty template or a script, or save its text as .txt",
                         code="MV109", path=source.name)
    published = _page_date(extracted.date) or context.published
    if published is None:
        context.warn(f"no publication date found in {source.name}: pass --published")
    yield Document(doc_id=Document.id_for_text(text), text=text, published=published,
                   title=extracted.title or None,
                   url=extracted.url or (source.name if source.name.startswith(("http://", "https://")) else None),
                   source=extracted.sitename or extracted.hostname or None,
                   origin=source.name)
