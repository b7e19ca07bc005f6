"""Every example in ../shared/data/benchmarks/contract_examples.jsonl passes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sharedpaths import shared_path
from multivector.evaluation import check_case, describe

from multivector.api import extract
from multivector.records import Document


def _cases() -> list[dict]:
    try:
        path = shared_path("benchmarks", "contract_examples.jsonl")
    except pytest.skip.Exception:
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


CASES = _cases()


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_contract_example(case: dict) -> None:
    doc = Document(doc_id=case["id"], text=case["text"], published=date.fromisoformat(case["published"]))
    records = [r.to_dict() for r in extract(doc)]
    problems = check_case(case, records)
    assert not problems, f"{case['id']}: {case['text']}\n" + "\n".join(problems) + "\nfound:\n" + describe(records)


def test_contract_examples_present() -> None:
    path = shared_path("benchmarks", "contract_examples.jsonl")
    assert len(path.read_text("utf-8").splitlines()) == 24
