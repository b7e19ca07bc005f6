"""Cutting a long text into parts the parser can take.

spaCy refuses a text over ``nlp.max_length`` (a million characters) and, below that,
needs temporary memory in proportion to the text: a 150,000-character story took 450 MB
over the model.  So a text longer than ``PART_CHARACTERS`` is read in parts of at most
that size, cut where a reader would pause: at a paragraph break, else a line break,
else after a sentence's full stop, else at a space, and only as a last resort anywhere.
The parts are consecutive slices of the text, so offsets in a part plus its start are
offsets in the whole.  The event coder carries the discourse from part to part
(``coding/carry.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PART_CHARACTERS = 10_000

# Where to cut, most natural first: each pattern's match end is the cut.
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]*\s+"),
         re.compile(r"\s+"))


@dataclass(frozen=True)
class Part:
    start: int  # offset of the part in the whole text
    text: str


def split_parts(text: str, limit: int = PART_CHARACTERS) -> list[Part]:
    """Consecutive slices of ``text``, each at most ``limit`` characters, cut at the most
    natural break in the second half of each slice (so no part is needlessly small)."""
    if limit < 2:
        raise ValueError("a part must hold at least two characters")
    parts: list[Part] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start + limit // 2, start + limit)
        parts.append(Part(start, text[start:end]))
        start = end
    if start < len(text) or not parts:
        parts.append(Part(start, text[start:]))
    return parts


def _cut(text: str, earliest: int, latest: int) -> int:
    """The offset after the last natural break ending in (earliest, latest]."""
    window = text[earliest:latest]
    for pattern in _CUTS:
        ends = [m.end() for m in pattern.finditer(window) if m.end() > 0]
        if ends:
            return earliest + ends[-1]
    return latest
