from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from multivector.ingest.markup import html_to_text, tidy_whitespace


def test_blocks_become_lines_and_scripts_vanish():
    html = ("<div><p>Tokayev  met&nbsp;Xi.</p><script>var a=1;</script><ul><li>One</li>"
            "<li>Two &amp; three</li></ul>tail<br>end</div>")
    assert html_to_text(html) == "Tokayev met Xi.\nOne\nTwo & three\ntail\nend"


def test_tidy_whitespace():
    assert tidy_whitespace("  a \t b \n\n\n c ") == "a b\nc"


@given(st.text())
def test_html_to_text_never_crashes_and_is_tidy(value):
    text = html_to_text(value)
    assert text == text.strip()
    assert "\n\n" not in text
