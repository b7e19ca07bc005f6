"""Reading pages and feeds from a URL (a server on loopback stands in for the web)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from multivector.errors import InputError
from multivector.ingest import read_documents

PAGE = b"""<html><head><title>Xi in Astana</title>
<meta property="article:published_time" content="2022-09-14"></head>
<body><article><h1>Xi in Astana</h1>
<p>Chinese President Xi Jinping arrived in the Kazakh capital on Wednesday for a state visit,
his first trip abroad since the start of the pandemic, and held talks with Kassym-Jomart
Tokayev before travelling on to the summit in Samarkand.</p></article></body></html>"""
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>w-1</guid><title>Putin in Astana</title><pubDate>Wed, 12 Oct 2022 10:00:00 GMT</pubDate>
<description>Vladimir Putin arrived in Astana for the CICA summit.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        body, kind = {"/xi.html": (PAGE, "text/html"), "/wire.rss": (FEED, "application/rss+xml")}.get(
            self.path, (None, None))
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_page_and_a_feed_are_read_from_urls(server: str) -> None:
    page, item = read_documents([f"{server}/xi.html", f"{server}/wire.rss"])
    assert "Xi Jinping arrived" in page.text and page.url == f"{server}/xi.html"
    assert page.origin == f"{server}/xi.html"
    assert item.doc_id == "w-1" and "Putin arrived in Astana" in item.text
    assert str(item.published) == "2022-10-12"


def test_a_missing_page_names_the_url_and_the_status(server: str) -> None:
    with pytest.raises(InputError) as caught:
        list(read_documents([f"{server}/gone.html"]))
    assert caught.value.code == "MV101" and caught.value.path == f"{server}/gone.html"
    assert "404" in caught.value.message


def test_an_unreachable_host_is_a_clear_error() -> None:
    with pytest.raises(InputError) as caught:
        list(read_documents(["http://127.0.0.1:9/nothing-listens-here"]))
    assert caught.value.code == "MV101" and "cannot be fetched" in caught.value.message
