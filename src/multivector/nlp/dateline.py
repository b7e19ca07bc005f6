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

from multivector.gazetteer import load_gazetteer

# An all-caps place, optional qualifiers and date, then a dash:
# "ASTANA, Oct 28 —", "XI'AN, China, May 20 -", "PARIS (Reuters) --", "TASHKENT - ".
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)\b(?P<qualified>\s*[,(][^\n—–]{0,60}?)?"
    r"(?:\s[—–]|\s-{1,2}\s)\s*")

if not Doc.has_extension("mv_dateline"):
    Doc.set_extension("mv_dateline", default=None)
if not Doc.has_extension("mv_part_start"):
    # Where this Doc starts in its document's text when a long document is read in parts
    # (nlp/parts.py): only the first part can open with a stamp or a dateline.
    Doc.set_extension("mv_part_start", default=0)


# Agency style without a dash: "ASTANA, May 20. /TASS/.", "ASHGABAT, Turkmenistan, September 3."
DATED_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)(?P<qualified>(?:, [A-Z][A-Za-z]+)*,? "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\.)\s*(?:/[^/\n]{2,20}/\.?\s*)?")


# Title case with a dash: "Addis Abeba —", "Kinshasa —" (a place the gazetteer knows).
TITLE_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2})(?P<qualified>)\s[—–]\s*")


def find_dateline(text: str, start: int = 0) -> tuple[str, int] | None:
    """The dateline's place text and the offset where the story starts, if there is one."""
    head = text[start:start + 120]
    match = DATELINE.match(head) or DATED_DATELINE.match(head)
    if match is None:
        titled = TITLE_DATELINE.match(head)
        if titled is not None and load_gazetteer().lookup(titled.group("place")) is not None:
            return titled.group("place"), start + titled.end()
    if not match:
        return None
    place = match.group("place").strip()
    if len(place) < 3:
        return None
    if match.group("qualified") is None:
        # "TASHKENT - Few capitals ...": without a comma or an agency only a known place
        # makes a dateline ("NATO - the alliance - said no" is a sentence)
        found = load_gazetteer().lookup(place.title())
        if found is None or found.code is None:
            return None
    return place, start + match.end()


# A stamp before the story, as web archives and some feeds print it: "date 2024-05-20 ".
DATE_STAMP = re.compile(r"^\s*date:?\s+\d{4}-\d{2}-\d{2}\b\s*", re.I)


@Language.component("mv_dateline", assigns=["token.is_sent_start", "doc._.mv_dateline",
                                            "doc._.mv_body_start"])
def split_dateline(doc: Doc) -> Doc:
    _split_paragraphs(doc)
    if doc._.mv_part_start:
        return doc
    body_start = doc._.mv_body_start or 0
    stamp = DATE_STAMP.match(doc.text[body_start:body_start + 40])
    if stamp:
        # metadata like a "Date:" header line: the story (and its dateline) starts after it
        body_start += stamp.end()
        doc._.mv_body_start = body_start
    if body_start:
        # header lines ("Date: ...", "Title: ...") are sentences of their own
        for token in doc:
            if token.idx >= body_start:
                if token.i > 0:
                    token.is_sent_start = True
                break
    found = find_dateline(doc.text, body_start)
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


def _split_paragraphs(doc: Doc) -> None:
    """A blank line ends a sentence: headlines and list items carry no full stop
    ("Putin to visit Kazakhstan next week" / "Xi arrives in Astana"), and the parser
    would otherwise run them together.  Hard-wrapped lines (one newline) are left alone.
    A short paragraph with no sentence punctuation inside is one sentence: the parser
    must not cut "Russia, Kazakhstan agree on gas deal" after "Russia"."""
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    ends = starts[1:] + [len(doc)]
    for start, end in zip(starts, ends):
        if start >= len(doc):
            continue
        if start > 0:
            doc[start].is_sent_start = True
        words = [t for t in doc[start:end] if not t.is_space]
        if not words or len(words) > 30 or any(t.text in (".", "!", "?", ";", ":")
                                               for t in words[:-1]):
            continue
        for token in doc[start + 1:end]:
            if not token.is_space:
                token.is_sent_start = False
