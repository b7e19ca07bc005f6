"""HTML fragments (feed item content) to plain text, with the standard library only.

Full pages go through trafilatura (webpage.py); feed items carry short, already
sanitised fragments for which boilerplate removal is pointless and often returns nothing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset("""
    address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4
    h5 h6 header hr li main nav ol p pre section table td th tr ul
""".split())
_HIDDEN = frozenset({"script", "style", "template", "noscript"})
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def tidy_whitespace(text: str) -> str:
    """One space between words, one newline between paragraphs, no blank lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def html_to_text(fragment: str) -> str:
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return tidy_whitespace("".join(collector.parts))


def looks_like_html(value: str) -> bool:
    return re.search(r"<[A-Za-z!/][^>]*>", value) is not None
