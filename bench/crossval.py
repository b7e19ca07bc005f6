"""Cross-validation of the whole extractor on the labelled sentences; figures into BENCHMARKS.md.

Usage:
    python bench/crossval.py --models DIR            # DIR/fold0 .. DIR/fold4: typer models
    python bench/crossval.py --models DIR --train    # train the missing fold models first
                                                     # (training/train_typer.py --fold k; CPU, ~10 min each)

Each labelled sentence (PLV_train.jsonl, the PLOVER gold records, training/sentences.jsonl)
belongs to one of five folds by a hash of its id (training/examples.py). Fold k's typer
was trained on the other four; the whole extractor (parse, rules and that typer) then
codes each sentence of fold k, so no sentence is scored by a model that saw it.

Measures:
- PLV_train: type of the first event printed (what ``multivector extract`` lists first)
  equals the label; some event at all; the typer alone (its top type).
- PLOVER gold: type of the first event; the label among the types printed; the actor
  code right (as bench/accuracy.py: the first event of the gold type, or the first event).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from multivector.nlp.convert import doc_to_records
from multivector.nlp.pipeline import load_pipeline, make_doc
from multivector.records import Document, Event

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))
sys.path.insert(0, str(Path(__file__).parent))
from examples import Example, fold_of, load_examples  # noqa: E402
from report_section import write_section  # noqa: E402
from accuracy import CODE_FIXES, ORGANISATION_CODES, _actor_code_right, _lines  # noqa: E402

FOLDS = 5
PUBLISHED = date(2020, 1, 1)  # the sentences carry no date; any fixed day will do


def train_missing(models: Path) -> None:
    for k in range(FOLDS):
        out = models / f"fold{k}"
        if (out / "typer.onnx").exists():
            continue
        print(f"training fold {k} -> {out}", file=sys.stderr)
        subprocess.run([sys.executable, str(REPO / "training" / "train_typer.py"), "--fold", str(k),
                        "--folds", str(FOLDS), "--out", str(out)], check=True)


def gold_actor_codes(shared: Path) -> dict[str, set]:
    codes = {}
    for rec in _lines(shared / "plover" / "PLOVER_GSR_CAMEO.flat.jsonl"):
        found = {CODE_FIXES.get(a.get("code"), a.get("code")) for a in rec.get("actor") or []}
        codes[rec["id"]] = found | ORGANISATION_CODES if "IGO" in found else found
    return codes


def score(shared: Path, models: Path) -> dict:
    examples = load_examples(shared)
    actor_codes = gold_actor_codes(shared)
    tally: dict[str, Counter] = defaultdict(Counter)
    per_type: dict[str, Counter] = defaultdict(Counter)
    for k in range(FOLDS):
        nlp = load_pipeline(str(models / f"fold{k}"))
        typer = nlp.get_pipe("mv_events").typer
        fold = [e for e in examples if fold_of(e.id, FOLDS) == k and e.source in ("plv", "gold")]
        for example, ranked in zip(fold, typer.rank([e.text for e in fold])):
            events = _events(nlp, example)
            first = events[0].event_type if events else None
            t = tally[example.source]
            t["n"] += 1
            t["some"] += bool(events)
            t["first"] += first == example.event_type
            # PLV's CONCEDE is CAMEO's YIELD, which PLOVER splits into CONCEDE and RETREAT
            t["first_yield"] += first == example.event_type or (
                example.source == "plv" and example.event_type == "CONCEDE" and first == "RETREAT")
            t["any"] += any(e.event_type == example.event_type for e in events)
            t["typer"] += ranked.best == example.event_type
            if example.source == "gold":
                same = [e for e in events if e.event_type == example.event_type]
                t["actor"] += any(_actor_code_right(e, actor_codes[example.id])
                                  for e in (same or events))
            if example.source == "plv":
                per_type[example.event_type]["n"] += 1
                per_type[example.event_type]["first"] += first == example.event_type
        load_pipeline.cache_clear()  # one fold's pipeline at a time
    return {"tally": tally, "per_type": per_type}


def _events(nlp, example: Example) -> list[Event]:
    doc = nlp(make_doc(nlp, example.text, PUBLISHED))
    document = Document(doc_id=example.id, text=example.text, published=PUBLISHED)
    return [r for r in doc_to_records(doc, document) if isinstance(r, Event)]


def render(result: dict, seconds: float, command: str) -> str:
    plv, gold = result["tally"]["plv"], result["tally"]["gold"]
    pct = lambda a, n: f"{100 * a / n:.1f}%" if n else "n/a"  # noqa: E731
    lines = [f"Command: `{command}` ({seconds:.0f} s, {date.today().isoformat()}); each sentence "
             f"coded with the typer of the fold that did not see it ({FOLDS} folds by a hash of "
             "the sentence id, training/examples.py).", "",
             "| suite | measure | value |", "|---|---|---|",
             f"| PLV_train ({plv['n']} sentences) | type of the first event right | {pct(plv['first'], plv['n'])} |",
             f"| PLV_train | the same, RETREAT accepted for PLV's CONCEDE (CAMEO's YIELD, which PLOVER splits) | {pct(plv['first_yield'], plv['n'])} |",
             f"| PLV_train | some event | {pct(plv['some'], plv['n'])} |",
             f"| PLV_train | the typer alone (its top type) | {pct(plv['typer'], plv['n'])} |",
             f"| PLOVER gold ({gold['n']} sentences) | type of the first event right | {pct(gold['first'], gold['n'])} |",
             f"| PLOVER gold | gold type among the events | {pct(gold['any'], gold['n'])} |",
             f"| PLOVER gold | some event | {pct(gold['some'], gold['n'])} |",
             f"| PLOVER gold | actor code right | {pct(gold['actor'], gold['n'])} |",
             f"| PLOVER gold | the typer alone | {pct(gold['typer'], gold['n'])} |",
             "", "PLV_train, type of the first event per label:", "",
             "| type | sentences | first event right |", "|---|---|---|"]
    for event_type, c in sorted(result["per_type"].items()):
        lines.append(f"| {event_type} | {c['n']} | {pct(c['first'], c['n'])} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--models", type=Path, default=REPO / "build" / "typer-folds")
    parser.add_argument("--train", action="store_true", help="train missing fold models first")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.train:
        train_missing(args.models)
    missing = [k for k in range(FOLDS) if not (args.models / f"fold{k}" / "typer.onnx").exists()]
    if missing:
        raise SystemExit(f"no typer model for folds {missing} under {args.models}: add --train")
    started = time.perf_counter()
    result = score(args.shared, args.models)
    text = render(result, time.perf_counter() - started, "make crossval (python bench/crossval.py --models build/typer-folds --train)")
    print(text)
    if not args.no_write:
        write_section("Cross-validation", text)


if __name__ == "__main__":
    main()
