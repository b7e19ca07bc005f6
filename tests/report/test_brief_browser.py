"""The HTML briefing in a real headless Chromium: it renders, and every chart is in the DOM.

Skips when /usr/bin/chromium is absent, except under CI=true where that is a failure
(.ci/install-chromium.sh installs it).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from brief_fixtures import EVENTS, WINDOW, indicator_pairs, lookup

from multivector.report import compose_brief

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1200,3000"]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
    if not path:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but chromium is missing: run .ci/install-chromium.sh")
        pytest.skip("chromium is not installed (/usr/bin/chromium)")
    return path


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("brief")
    path = folder / "brief-KAZ.html"
    path.write_text(compose_brief("KAZ", EVENTS, indicator_pairs(), date_from=WINDOW[0],
                                  date_to=WINDOW[1], documents_lookup=lookup, fmt="html").text,
                    encoding="utf-8")
    return path


def browse(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def png_pixels(data: bytes) -> tuple[int, int, set[bytes]]:
    """Width, height and the distinct pixel values of an 8-bit RGB(A) PNG (stdlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    values: set[bytes] = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):  # undo the PNG row filters
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        if row % 10 == 0:  # a sample of rows is enough to tell a page from a blank
            values.update(bytes(line[i:i + 3]) for i in range(0, stride, channels * 4))
        previous = line
    return width, height, values


def test_screenshot_is_not_blank(chromium, page, tmp_path):
    shot = tmp_path / "shot.png"
    result = browse(chromium, tmp_path / "profile", f"--screenshot={shot}", page.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    data = shot.read_bytes()
    assert len(data) > 20_000
    width, height, values = png_pixels(data)
    assert (width, height) == (1200, 3000)
    assert len(values) > 20  # text, table rules and coloured bars, not one flat colour


def test_every_chart_is_in_the_dom(chromium, page, tmp_path):
    result = browse(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    dom = result.stdout
    assert "<h1>" in dom, result.stderr[-2000:]
    assert dom.count("<svg") == 2
    assert 'id="chart-shares"' in dom and 'id="chart-cooperation"' in dom
    assert dom.count("</svg>") == 2 and "no data" in dom
