from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from multivector.nlp.dateline import find_dateline


def test_wire_datelines_are_found_with_the_story_start() -> None:
    text = "TASHKENT, Nov 12 — Donald Lu visited Uzbekistan."
    place, end = find_dateline(text)
    assert place == "TASHKENT" and text[end:].startswith("Donald Lu")
    assert find_dateline("XI'AN, China, May 20 - Xi hosted them.")[0] == "XI'AN"
    assert find_dateline("PARIS (Reuters) -- France said.")[0] == "PARIS"


def test_ordinary_sentences_have_no_dateline() -> None:
    assert find_dateline("Chinese President Xi Jinping visited Astana — his first trip.") is None
    assert find_dateline("The EU - and NATO - met.") is None
    assert find_dateline("US - China talks") is None  # two letters are not a place line
    assert find_dateline("NATO - the alliance - said no.") is None  # no comma: no dateline


def test_a_dateline_after_header_lines_is_found_from_the_body_start() -> None:
    text = "Date: 2022-10-28\n\nASTANA, Oct 28 — Michel visited."
    place, end = find_dateline(text, start=text.index("ASTANA"))
    assert place == "ASTANA" and text[end:] == "Michel visited."


@given(st.text(max_size=200))
def test_never_raises_and_end_is_inside_the_text(text: str) -> None:
    found = find_dateline(text)
    if found is not None:
        assert 0 < found[1] <= len(text)


def test_a_bare_dash_dateline_needs_a_known_place() -> None:
    assert find_dateline("TASHKENT - Few capitals have been as busy.") == ("TASHKENT", 11)
    assert find_dateline("BREAKING - Putin arrives.") is None


def test_a_blank_line_ends_a_sentence(nlp) -> None:
    doc = nlp("Putin to visit Kazakhstan next week\n\nXi arrives in Astana on first trip abroad")
    assert [s.text.strip() for s in doc.sents] == [
        "Putin to visit Kazakhstan next week", "Xi arrives in Astana on first trip abroad"]
