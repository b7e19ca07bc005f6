"""NGEC's actor-resolution cases run through our resolver (reference data in ../shared).

NGEC codes text to (country, sector) with Wikipedia look-ups; we score only what a
table-driven resolver can answer: the country code and the first sector code of the
``search_nat``, ``short_text_to_agent`` and ``agent_to_code`` cases that NGEC itself does
not skip or expect to fail.  The accuracy must not fall below what we measured.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sharedpaths import shared_path

from multivector.actors import load_actor_tables, resolve_all, resolve_text

SCORED_METHODS = ("search_nat", "short_text_to_agent", "agent_to_code")
# Measured on the shipped tables: country 0.855 (311 cases), sector 0.810 (289 cases),
# multiple-actor recall 1.0 (29); issue 10 asks for 0.85 on the country.
MIN_COUNTRY_ACCURACY = 0.85
MIN_SECTOR_ACCURACY = 0.79
MIN_MULTIPLE_RECALL = 0.95

# NGEC writes international organisations as "IGO" / "UNO" and a few sectors in CAMEO terms.
_NGEC_SECTOR = {"NGO": "SOC", "HLH": "MED", "IGO": None}
_NGEC_COUNTRY = {"EUR": "EU"}  # NGEC's code for the European Union


def _when(args: list[Any], kwargs: dict[str, Any]) -> date | None:
    raw = kwargs.get("query_date") or (args[2] if len(args) > 2 else "")
    try:
        return date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None  # "today", "10 May 2015": free-text dates NGEC parsed itself


def _expected(spec: dict[str, Any] | None) -> Any:
    return None if spec is None else spec.get("value")


def score_ngec_cases(path: Path) -> dict[str, Any]:
    """Country and sector accuracy of ``resolve_text`` on NGEC's actor-resolution cases."""
    org_codes = {o.code for o in load_actor_tables().organisations}
    country_hits = country_total = sector_hits = sector_total = 0
    failures: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["method"] not in SCORED_METHODS:
            continue
        if any(m.startswith(("skip", "xfail")) for m in case["marks"]):
            continue
        text = case["args"][0]
        actor = resolve_text(text, _when(case["args"], case["kwargs"]))
        expected = case["expected"]
        if "ret" in expected:  # NGEC expects nothing at all
            country_total += 1
            country_hits += actor is None or actor.code is None
            continue
        country = _expected(expected.get("country") or expected.get("ret0"))
        if country is not None or "country" in expected or "ret0" in expected:
            country_total += 1
            got = actor.code if actor else None
            if country in ("IGO", "UNO"):
                ok = got in org_codes
            else:
                ok = (got or "") == _NGEC_COUNTRY.get(country or "", country or "")
            country_hits += ok
            if not ok:
                failures.append(f"country {text!r}: {got} != {country}")
        if "code_1" in expected:
            sector_total += 1
            spec = expected["code_1"]
            got = actor.sector if actor else None
            wanted = spec["value"]
            if spec["op"] == "In":
                ok = got in wanted
            else:
                wanted = _NGEC_SECTOR.get(wanted, wanted) if wanted else None
                ok = got == wanted
            sector_hits += ok
            if not ok:
                failures.append(f"sector {text!r}: {got} != {wanted}")
    return {
        "country_accuracy": country_hits / country_total if country_total else 0.0,
        "sector_accuracy": sector_hits / sector_total if sector_total else 0.0,
        "country_cases": country_total, "sector_cases": sector_total, "failures": failures,
    }


def score_multiple_actor_cases(path: Path) -> dict[str, Any]:
    """Share of expected conjunct actors that ``resolve_all`` finds in the sentence.

    Each expected phrase is resolved alone; the sentence must yield an actor with that
    code.  Phrases our tables do not know (private persons) are left out of the count.
    """
    found = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if not case.get("expected_actors") or not case.get("text"):
            continue
        codes = {a.code for a in resolve_all(case["text"])}
        for phrase in case["expected_actors"]:
            alone = resolve_text(phrase)
            if alone is None or alone.code is None:
                continue
            total += 1
            found += alone.code in codes
    return {"recall": found / total if total else 0.0, "cases": total}


def test_ngec_actor_resolution_accuracy() -> None:
    score = score_ngec_cases(shared_path("benchmarks", "ngec_actor_resolution_tests.jsonl"))
    assert score["country_cases"] > 250
    assert score["country_accuracy"] >= MIN_COUNTRY_ACCURACY, score["failures"][:40]
    assert score["sector_accuracy"] >= MIN_SECTOR_ACCURACY, score["failures"][:40]


def test_ngec_multiple_actor_recall() -> None:
    score = score_multiple_actor_cases(shared_path("benchmarks", "ngec_multiple_actor_tests.jsonl"))
    assert score["cases"] >= 10
    assert score["recall"] >= MIN_MULTIPLE_RECALL
