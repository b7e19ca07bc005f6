"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Loads each page, applies a filter, opens an event's source and checks the supporting
sentence is highlighted, and saves screenshots (under $WEB_SCREENSHOTS when set, else
the test's tmp folder).  Console errors, including Content-Security-Policy violations,
fail the test.  Skips when Chromium or Playwright is missing, except under CI=true where
that is a failure (.ci/install-chromium.sh installs Chromium; `playwright install` is
never used).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest


def _missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {what} is missing: run .ci/install-chromium.sh and make install")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def chromium_path() -> str:
    path = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
    if not path:
        _missing("chromium")
    return str(path)


@pytest.fixture(scope="module")
def server(web_db):
    import uvicorn

    from multivector.web import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    instance = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port,
                                             log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright Python package")
    with sync_playwright() as driver:
        instance = driver.chromium.launch(executable_path=chromium_path,
                                          args=["--no-sandbox", "--disable-gpu"])
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    tab.errors = []  # type: ignore[attr-defined]
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("WEB_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("shots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _shot(page, shots: Path, name: str) -> None:
    target = shots / f"{name}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 5000


@pytest.mark.parametrize("name, url, text", [
    ("home", "/", "Countries and organisations"),
    ("country", "/country/KAZ?from=2022-09-01&to=2022-11-30", "High-level engagements"),
    ("events", "/events", "events · page 1 of 1"),
    ("dyad", "/dyad?a=KAZ&b=RUS&by=month", "Dyad: KAZ and RUS"),
    ("brief", "/brief?country=KAZ", "Download"),
    ("docs", "/docs", "/api/events"),
])
def test_each_page_loads(page, server, shots, name, url, text):
    response = page.goto(server + url)
    assert response is not None and response.status == 200
    assert text in page.inner_text("body")
    _shot(page, shots, name)
    assert page.errors == []  # no CSP violation, no script error


def test_country_page_shows_partners_map_and_visits(page, server, shots):
    page.goto(server + "/country/KAZ?from=2022-09-01&to=2022-11-30")
    balance = page.inner_text("#balance")
    for code in ("CHN", "RUS", "USA", "EU"):
        assert code in balance
    assert page.locator("#map svg circle[fill='#c0392b']").count() >= 2
    assert page.locator("#timeline svg a").count() >= 3  # Xi, Putin, Michel: clickable dots
    assert page.errors == []


def test_filter_then_open_the_source(page, server, shots):
    page.goto(server + "/events")
    page.fill("input[name=country]", "kaz")
    page.fill("input[name=partner]", "CHN")
    page.click("#apply")
    page.wait_for_url("**/events?country=kaz&partner=CHN*")
    assert "1 events" in page.inner_text("#summary")
    _shot(page, shots, "events-filtered")
    page.click("a.event-link")
    page.wait_for_url("**/event/*")
    assert "Xi Jinping" in page.inner_text("body")
    page.click("a.source-link")
    page.wait_for_url("**/document/news1?event=*")
    mark = page.locator("mark#hl")
    assert mark.inner_text() == ("Chinese President Xi Jinping arrived in Astana on 14 September "
                                 "2022 for talks with Tokayev.")
    assert mark.is_visible()
    _shot(page, shots, "document-highlight")
    assert page.errors == []


def test_selecting_a_type_applies_the_filter(page, server):
    page.goto(server + "/events")
    page.select_option("select[name=type]", "ACCUSE")
    page.wait_for_url("**/events?type=ACCUSE*")
    assert "1 events" in page.inner_text("#summary")


def test_hostile_text_does_not_run(page, server, shots):
    page.goto(server + "/events?type=ACCUSE")
    page.click("a.event-link")
    page.click("a.source-link")
    page.wait_for_url("**/document/evil1?event=*")
    assert "<script>alert('owned')</script>" in page.inner_text("mark#hl")
    assert page.evaluate("document.querySelectorAll('#document script, #document b').length") == 0
    _shot(page, shots, "hostile-document")
    assert page.errors == []
