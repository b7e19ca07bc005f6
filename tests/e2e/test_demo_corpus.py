"""The demo corpus is well formed and agrees with expected_kazakhstan.yaml (no model needed)."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
import yaml

from multivector.records import EVENT_TYPES

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SPEC = yaml.safe_load((HERE / "expected_kazakhstan.yaml").read_text(encoding="utf-8"))
DEMO = REPO / SPEC["corpus"]
FILES = sorted(DEMO.glob("*.txt"))

NAME = re.compile(r"^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$")
HEADER = re.compile(r"^(Date|Title|Source): (.+)$")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[A-Z\"“])")
MIN_WORDS, MAX_WORDS = 150, 400


def parse(path: Path) -> tuple[dict[str, str], str]:
    """Header fields and body of a demo file; fails on a malformed header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    headers: dict[str, str] = {}
    for number, line in enumerate(lines):
        if not line.strip():
            return headers, "\n".join(lines[number + 1:])
        match = HEADER.match(line)
        assert match, f"{path.name}:{number + 1}: not a 'Date:/Title:/Source:' header line: {line!r}"
        headers[match.group(1)] = match.group(2)
    pytest.fail(f"{path.name}: no blank line after the header")


def sentences(body: str) -> list[str]:
    return [" ".join(s.split()) for s in SENTENCE_END.split(body) if s.strip()]


def test_corpus_has_enough_documents():
    assert len(FILES) >= 12, f"only {len(FILES)} demo documents in {DEMO}"
    assert (DEMO / "README.md").is_file()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_document_is_well_formed(path):
    assert NAME.match(path.name), f"{path.name}: name should be NN-slug.txt"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert re.fullmatch(r"Date: \d{4}-\d{2}-\d{2}", first), f"{path.name}: first line {first!r}"
    headers, body = parse(path)
    published = date.fromisoformat(headers["Date"])
    assert date(2019, 1, 1) <= published <= date(2024, 12, 31), f"{path.name}: Date {published}"
    assert headers.get("Source") == "multivector demo corpus"
    words = len(body.split())
    assert MIN_WORDS <= words <= MAX_WORDS, f"{path.name}: {words} words in the body"


def test_no_document_repeats_another_documents_sentences():
    # Two outlets may report the same visit, but never with the same sentence: the e2e test
    # attributes each record to the file holding its sentence.
    seen: dict[str, str] = {}
    repeats = []
    for path in FILES:
        _, body = parse(path)
        for sentence in sentences(body):
            if len(sentence.split()) < 6:
                continue
            key = sentence.casefold()
            if key in seen and seen[key] != path.name:
                repeats.append(f"{path.name} repeats {seen[key]}: {sentence!r}")
            seen.setdefault(key, path.name)
    assert not repeats, "\n".join(repeats)


def test_sentence_splitter_splits():
    assert sentences('He left. "We want respect," she said. Then 2.5 more.') == [
        "He left.", '"We want respect," she said.', "Then 2.5 more."]


def _all_specs() -> list[dict]:
    return [*SPEC["events"], *SPEC["forbidden"], *SPEC["indicators"]]


@pytest.mark.parametrize("spec", _all_specs(),
                         ids=[s.get("id") or f"forbidden-{s['document'][:2]}-{s['event_type']}"
                              for s in _all_specs()])
def test_expectation_rests_on_its_document(spec):
    path = DEMO / spec["document"]
    assert path.is_file(), f"expected record names a missing document: {spec['document']}"
    text = " ".join(path.read_text(encoding="utf-8").split())
    assert spec["evidence"] in text, f"{spec['document']} does not contain {spec['evidence']!r}"


@pytest.mark.parametrize("spec", SPEC["events"], ids=[s["id"] for s in SPEC["events"]])
def test_expected_event_is_consistent(spec):
    assert spec["event_type"] in EVENT_TYPES
    assert set(spec.get("alt_types") or []) <= set(EVENT_TYPES)
    assert spec["actor"] and spec["actor"] != spec.get("recipient")
    assert isinstance(spec["done_when"], bool)
    if spec.get("date") is not None:
        start, end = (date.fromisoformat(d) for d in spec["date"])
        assert start <= end
        headers, _ = parse(DEMO / spec["document"])
        # Reports describe the past: nothing expected happens after publication.
        assert end <= date.fromisoformat(headers["Date"]), f"{spec['id']} ends after publication"
    if spec.get("location") is not None:
        assert spec["location"] in SPEC["place_aliases"] or spec["location"].istitle()


def test_ids_are_unique():
    ids = [s["id"] for s in [*SPEC["events"], *SPEC["indicators"]]]
    assert len(ids) == len(set(ids))


def test_done_when_list_is_covered():
    """The issue's "Done when" facts are all present as required expectations."""
    done = {(s["event_type"], s.get("mode"), s["actor"], s.get("recipient"))
            for s in SPEC["events"] if s["done_when"]}
    for needed in [("CONSULT", "visit", "CHN", "KAZ"), ("CONSULT", "visit", "RUS", "KAZ"),
                   ("CONSULT", "visit", "KAZ", "RUS"), ("CONSULT", "phone", "RUS", "KAZ"),
                   ("CONSULT", "visit", "EU", "KAZ"), ("CONSULT", "visit", "USA", "KAZ"),
                   ("CONSULT", "visit", "USA", "TKM"), ("CONSULT", "visit", "USA", "UZB"),
                   ("THREATEN", None, "RUS", "KAZ"), ("SUPPORT", None, "KAZ", "FRA")]:
        assert needed in done, needed
    assert any(s["done_when"] and s["indicator"] == "trade" for s in SPEC["indicators"])


def test_demo_corpus_ships_with_the_package():
    """`multivector demo` reads the corpus through importlib.resources."""
    folder = resources.files("multivector.data").joinpath("demo")
    shipped = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))
    assert shipped == [p.name for p in FILES]
