"""spaCy component ``mv_dateline``: split a wire dateline off the first sentence.

"TASHKENT, Nov 12 — Donald Lu visited ..." gives the place and date of *filing*,
not of the events, and glued to the first sentence it misleads the parser
("TASHKENT" as subject).  Placed before the parser, this component makes the text
after the dash start a new sentence and records where the dateline ends and the
place it names (``doc._.mv_dateline = (place_text, end_char)``).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# An all-caps place, optional qualifiers and date, then a dash:
# "ASTANA, Oct 28 —", "XI'AN, China, May 20 -", "PARIS (Reuters) --".
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)\b[^\n—–]{0,60}?(?:\s[—–]|\s-{1,2}\s)")

if not Doc.has_extension("mv_dateline"):
    Doc.set_extension("mv_dateline", default=None)


def find_dateline(text: str) -> tuple[str, int] | None:
    """The dateline's place text and the offset where the story starts, if there is one."""
    match = DATELINE.match(text[:120])
    if not match:
        return None
    place = match.group("place").strip()
    if len(place) < 3:
        return None
    return place, match.end()


@Language.component("mv_dateline", assigns=["token.is_sent_start", "doc._.mv_dateline"])
def split_dateline(doc: Doc) -> Doc:
    found = find_dateline(doc.text)
    if found is None:
        return doc
    place, end = found
    for token in doc:
        if token.idx >= end:
            if token.i > 0:
                token.is_sent_start = True
            break
    doc._.mv_dateline = (place, end)
    return doc
