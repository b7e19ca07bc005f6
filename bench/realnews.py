"""Extraction on real news: the shared scorer on the development and set-aside files.

Usage: python bench/realnews.py [--shared ../shared] [--verbose] [--no-write]

The texts belong to their publishers and are in no repository: fetch each as its gold
file's note says into a local cache, ``$MV_REALNEWS`` (default ``$TMPDIR/mv-realnews``).

Discipline (issue 10): of the 24 gold files, 16 are for development and 8 are set aside
(``SET_ASIDE``: every third file, fixed before any work on them) and looked at only for
this report. The figures are the shared scorer's (``../shared/tools/score_realnews.py``,
imported, not copied); each error is then put in one category:

- missed core events: *type* (the right parties and date, another type), *direction*
  (the parties the wrong way round), *actor* (the type and date, one party wrong or
  missing), *date* (the type and parties, the date off), *missed* (nothing like it);
- predictions that match no gold event: *negation/future* (a forbidden event: negated,
  hypothetical, called off, or still to come), *false* (anything else).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_section import write_section  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SET_ASIDE = ("d03", "d06", "d09", "d12", "d15", "d18", "d21", "d24")


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_realnews", shared / "tools" / "score_realnews.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def categorise(scorer, gold: dict, predictions: list[dict]) -> Counter:
    """Error categories for one document (see the module docstring)."""
    events = [p for p in predictions if p.get("kind", "event") == "event"]
    found = Counter()
    for g in gold["events"]:
        if not g.get("core") or any(scorer.matches(g, p) for p in events):
            continue
        date_ok = [p for p in events if scorer.date_ok(g.get("date"), p)]
        if any(scorer.dyad_ok(g, p) for p in date_ok):
            found["type"] += 1
        elif any(scorer.type_ok(g, p) and scorer.dyad_ok(g, _swapped(p)) for p in date_ok):
            found["direction"] += 1
        elif any(scorer.type_ok(g, p) and _one_party(g, p, scorer) for p in date_ok):
            found["actor"] += 1
        elif any(scorer.type_ok(g, p) and scorer.dyad_ok(g, p) for p in events):
            found["date"] += 1
        else:
            found["missed"] += 1
    for p in events:
        if any(scorer.matches(g, p) or scorer.partial(g, p) for g in gold["events"]):
            continue
        if any(scorer.forbidden_hit(f, p) for f in gold.get("forbidden", [])):
            found["negation/future"] += 1
        else:
            found["false"] += 1
    return found


def _swapped(p: dict) -> dict:
    return {**p, "actor": p.get("recipient"), "recipient": p.get("actor"), "mode": None}


def _one_party(g: dict, p: dict, scorer) -> bool:
    parties = {scorer.code(p.get("actor")), scorer.code(p.get("recipient"))}
    return bool({g.get("actor"), g.get("recipient")} & parties)


def run(shared: Path, names: list[Path], scorer, verbose: bool) -> dict:
    docs = [(str(g), *scorer.document(g)) for g in names]
    records = scorer.run_extract([(key, text, gold["published"]) for key, gold, text in docs])
    totals: Counter = Counter()
    categories: Counter = Counter()
    for key, gold, _ in docs:
        for name, value in scorer.score(gold, records[key], verbose).items():
            totals[name] += value
        categories += categorise(scorer, gold, records[key])
    return {"files": len(docs), "totals": totals, "categories": categories}


def render(parts: dict[str, dict], command: str) -> str:
    lines = [f"Command: `{command}` ({date.today().isoformat()}); the shared scorer "
             "(`../shared/tools/score_realnews.py`), texts from the local cache. Development: "
             f"16 files; set aside: {', '.join(SET_ASIDE)}, looked at only for this table.", "",
             "| files | core recall | precision | forbidden | indicators | type | direction | actor | date | missed | false | negation/future |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for label, part in parts.items():
        t, c = part["totals"], part["categories"]
        recall = t["found"] / max(t["core"], 1)
        precision = t["correct"] / t["pred"] if t["pred"] else 0.0
        lines.append(
            f"| {label} ({part['files']}) | {recall:.2f} ({t['found']}/{t['core']}) | "
            f"{precision:.2f} ({t['correct']}/{t['pred']}) | {t['forbidden']} | "
            f"{t['ifound']}/{t['icore']} | " + " | ".join(
                str(c[k]) for k in ("type", "direction", "actor", "date", "missed", "false",
                                    "negation/future")) + " |")
    lines += ["", "Missed core events by cause (type, direction, actor, date, missed) and "
              "predictions matching no gold event (false, negation/future)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--verbose", action="store_true", help="the scorer's event list (development files only)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("MV_REALNEWS", os.path.join(tempfile.gettempdir(), "mv-realnews"))
    scorer = load_scorer(args.shared)
    os.chdir(REPO)  # the scorer runs .venv/bin/multivector from the repository root
    gold = sorted((args.shared / "data" / "realnews-dev").glob("*.json"))
    development = [g for g in gold if not g.name.startswith(SET_ASIDE)]
    aside = [g for g in gold if g.name.startswith(SET_ASIDE)]
    parts = {"development": run(args.shared, development, scorer, args.verbose),
             "set aside": run(args.shared, aside, scorer, False)}
    both = {"files": len(gold), "totals": parts["development"]["totals"] + parts["set aside"]["totals"],
            "categories": parts["development"]["categories"] + parts["set aside"]["categories"]}
    parts["all"] = both
    text = render(parts, "python bench/realnews.py")
    print(text)
    if not args.no_write:
        write_section("Real news", text)
    json.dump({k: {"totals": dict(v["totals"]), "categories": dict(v["categories"])}
               for k, v in parts.items()}, sys.stderr)
    print(file=sys.stderr)


if __name__ == "__main__":
    main()
