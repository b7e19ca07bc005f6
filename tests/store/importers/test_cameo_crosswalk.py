"""The CAMEO -> PLOVER crosswalk and PLOVER scores (multivector.coding.cameo)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sharedpaths import shared_path

from multivector.coding.cameo import (
    cameo_to_plover, crosswalk, lookup, normalise_cameo, plover_modes, plover_score,
    swaps_roles,
)
from multivector.errors import RecordError
from multivector.records import EVENT_TYPES


def test_consult_family():
    assert cameo_to_plover("040") == ("CONSULT", None)
    assert cameo_to_plover("041") == ("CONSULT", "phone")
    assert cameo_to_plover("042") == ("CONSULT", "visit")
    assert cameo_to_plover("043") == ("CONSULT", "visit") and swaps_roles("043")
    assert not swaps_roles("042")
    assert cameo_to_plover("044") == ("CONSULT", "third-party")


def test_parent_fallback_and_unknown():
    assert "1011" not in crosswalk()
    assert cameo_to_plover("1011") == cameo_to_plover("101") == ("REQUEST", "assist")
    assert cameo_to_plover("0841") == ("RETREAT", "release")
    assert cameo_to_plover("0231") == ("REQUEST", "assist")
    assert cameo_to_plover("010") is None  # PLOVER drops plain statements
    assert cameo_to_plover("999") is None and cameo_to_plover("") is None
    assert cameo_to_plover("abc") is None and cameo_to_plover("2142") is None


def test_lost_leading_zero():
    assert normalise_cameo("42") == "042" and normalise_cameo("4") == "04"
    assert cameo_to_plover("21") == cameo_to_plover("021") == ("REQUEST", "assist")
    assert normalise_cameo("190") == "190" and normalise_cameo("2042") == "2042"
    assert normalise_cameo("2142") is None and normalise_cameo("0042") is None


def test_table_uses_plover_names_and_modes():
    for mapping in crosswalk().values():
        assert re.fullmatch(r"\d{2,4}", mapping.cameo)
        if mapping.event_type is None:
            assert mapping.cameo.startswith("01")
            continue
        assert mapping.event_type in EVENT_TYPES
        assert mapping.mode is None or mapping.mode in plover_modes(mapping.event_type)


def test_scores():
    assert plover_score("CONSULT", "visit") == 4.0
    assert plover_score("CONSULT", None) == 2.5
    assert plover_score("CONSULT", "no-such-mode") == 2.5
    assert plover_score("ASSAULT") < plover_score("PROTEST") < 0 < plover_score("AID")
    assert all(isinstance(plover_score(t), float) for t in EVENT_TYPES)
    with pytest.raises(RecordError):
        plover_score("FIGHT")


def test_every_cameo_code_in_the_ontology_is_known():
    import csv
    path = shared_path("ontology", "cameo_event_codes.csv")
    with path.open(encoding="utf-8") as handle:
        codes = [row["cameo_code"] for row in csv.DictReader(handle)]
    assert len(codes) > 300
    assert [c for c in codes if lookup(c) is None] == []


def test_agrees_with_the_published_crosswalk_on_types():
    """Our own table should mostly agree with PLOVER's published one on the type."""
    path = shared_path("plover", "CAMEO2PLOVER-2021.txt")
    theirs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d{3,4}):\s*([A-Z]+)", line)
        if match:
            theirs[match.group(1)] = match.group(2)
    agree = [code for code, etype in theirs.items()
             if (cameo_to_plover(code) or (None,))[0] == etype]
    assert len(theirs) > 250
    assert len(agree) / len(theirs) > 0.95


@given(st.text(max_size=8))
def test_any_string_gives_none_or_a_plover_pair(code):
    result = cameo_to_plover(code)
    assert result is None or (result[0] in EVENT_TYPES and
                              (result[1] is None or result[1] in plover_modes(result[0])))
