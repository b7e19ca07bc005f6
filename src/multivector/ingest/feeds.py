"""RSS and Atom feeds: one document per item, parsed from bytes with feedparser.

feedparser is given a byte stream, never a string: given a string it would try to open
it as a URL or a file name.
"""

from __future__ import annotations

import email.utils
import io
import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from multivector.errors import InputError
from multivector.ingest.context import ReadContext
from multivector.ingest.dates import parse_published
from multivector.ingest.decoding import binary_error, normalise_newlines
from multivector.ingest.markup import html_to_text, looks_like_html, tidy_whitespace
from multivector.ingest.sources import Source
from multivector.records import Document

_ITEM_TAG = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>/]")


def _item_lines(data: bytes, count: int) -> list[int | None]:
    """The line where each item starts, when the item tags can be counted unambiguously."""
    starts = [data.count(b"\n", 0, m.start()) + 1 for m in _ITEM_TAG.finditer(data)]
    return list(starts) if len(starts) == count else [None] * count


def _as_text(value: str, content_type: str | None) -> str:
    if (content_type or "").endswith("plain") and not looks_like_html(value):
        return tidy_whitespace(normalise_newlines(value))
    return html_to_text(value)


def _item_text(entry: Mapping[str, Any]) -> str:
    """Full content when the feed has it, else the summary, else the headline."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value") or ""))
        text = _as_text(best["value"], best.get("type"))
        if text:
            return text
    summary = entry.get("summary") or ""
    if summary.strip():
        detail = entry.get("summary_detail") or {}
        text = _as_text(summary, detail.get("type"))
        if text:
            return text
    return tidy_whitespace(entry.get("title") or "")


def _web_link(value: str | None) -> str | None:
    """The item's link, if it is a web address (feedparser also copies bare guids here)."""
    link = (value or "").strip()
    return link if link.lower().startswith(("http://", "https://")) else None


def _item_date(entry: Mapping[str, Any]) -> date | None:
    """The item's date as the publisher wrote it (feedparser's own values are in UTC)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_published(raw)
        except ValueError:
            pass
        parsed = email.utils.parsedate_tz(raw)  # RFC 822, as RSS 2.0 writes dates
        if parsed is not None:
            try:
                return date(*parsed[:3])
            except ValueError:
                pass
        struct = entry.get(f"{key}_parsed")
        if struct is not None:
            return date(*struct[:3])
    return None


def read_feed(source: Source, context: ReadContext) -> Iterator[Document]:
    data = source.read_all()
    if b"\x00" in data:
        raise binary_error(source.name)
    import feedparser  # here: only needed when a feed is read

    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        cause = parsed.get("bozo_exception")
        detail = f" ({cause})" if cause else ""
        raise InputError(f"does not look like an RSS or Atom feed{detail}: check the file, "
                         "or pass --format", code="MV106", path=source.name)
    if not entries:
        context.warn(f"the feed {source.name} has no items")
        return
    feed_title = tidy_whitespace((parsed.get("feed") or {}).get("title") or "") or None
    undated = 0
    for number, (entry, line) in enumerate(zip(entries, _item_lines(data, len(entries)),
                                               strict=True), start=1):
        text = _item_text(entry)
        if not text:
            context.report(InputError(f"item {number} has no text (no content, summary or "
                                      "title): give the item a description", code="MV109",
                                      path=source.name, line=line))
            continue
        published = _item_date(entry) or context.published
        undated += published is None
        item_id = (entry.get("id") or "").strip()
        yield Document(doc_id=item_id or Document.id_for_text(text), text=text,
                       published=published,
                       title=tidy_whitespace(entry.get("title") or "") or None,
                       url=_web_link(entry.get("link")),
                       source=feed_title, origin=source.name, line=line)
    context.warn_missing_dates(undated, source.name, "items")
