"""The HTML briefing: self-contained, escaped, charts inline (report/render_html.py)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from brief_fixtures import EVENTS, WINDOW, indicator_pairs, lookup

from multivector.report import compose_brief
from multivector.report.charts import cooperation_chart, shares_chart

SVG = "{http://www.w3.org/2000/svg}"


def html():
    return compose_brief("KAZ", EVENTS, indicator_pairs(), date_from=WINDOW[0], date_to=WINDOW[1],
                         documents_lookup=lookup, fmt="html").text


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attrs: list[tuple[str, str, str | None]] = []
        self.tags: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            self.attrs.append((tag, name, value))
            if name == "id":
                self.ids.add(value)


def test_only_local_anchors_and_the_sources_own_links():
    page = html()
    parser = Links()
    parser.feed(page)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(parser.tags)
    assert not [a for a in parser.attrs if a[1] in ("src", "srcset", "xlink:href")]
    assert "url(" not in page and "@import" not in page
    hrefs = [value for tag, name, value in parser.attrs if name == "href"]
    external = {h for h in hrefs if not h.startswith("#")}
    assert external == {"https://news.example.org/xi", "https://news.example.org/michel"}
    for href in hrefs:
        if href.startswith("#"):
            assert href[1:] in parser.ids  # every [n] lands on its source entry


def test_source_text_is_escaped():
    page = html()
    assert "<b>before" not in page and "&lt;b&gt;before it was deleted&lt;/b&gt;" in page
    assert "China trade &lt;figures&gt;" in page and "javascript:" not in page


def test_charts_are_inline_and_well_formed_svg():
    page = html()
    svgs = re.findall(r"<svg\b.*?</svg>", page, flags=re.S)
    assert len(svgs) == 2
    for svg in svgs:
        root = ET.fromstring(svg)
        assert root.tag == f"{SVG}svg" and root.find(f"{SVG}title") is not None
        assert len(root.findall(f".//{SVG}rect")) > 3


def test_share_chart_draws_gaps_and_bars():
    from multivector.analysis import compute_balance

    balance = compute_balance(EVENTS, "KAZ", by="month", date_from=WINDOW[0], date_to=WINDOW[1])
    root = ET.fromstring(shares_chart(balance.periods, ["CHN", "RUS", "USA", "EU"], "Shares <&>"))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts.count("no data") == 1  # December 2022 has no events
    assert "Shares <&>" in texts
    bars = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(bars) == 5  # Aug RUS, Sep CHN, Oct RUS + EU, Nov RUS
    heights = sorted(float(b.get("height")) for b in bars)
    assert heights[0] * 2 == heights[-1]  # October: two partners at 50% each vs. 100% bars
    root = ET.fromstring(cooperation_chart(balance.partners, "Cooperation"))
    assert any(t.text == "Russia" for t in root.iter(f"{SVG}text"))
