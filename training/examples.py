"""The labelled sentences the event typer learns from, and their fixed folds.

- ``PLV_train.jsonl`` (Hu et al., ACL 2024): 1,049 news sentences, one PLOVER root type
  each. The only part of that data set we may train or tune on.
- ``PLOVER_GSR_CAMEO.flat.jsonl``: the 322 PLOVER gold sentences (older type names
  mapped to today's).
- ``training/sentences.jsonl``: sentences written for this project where a type is thin
  in the two sets above (visits, calls, exercises, aid deliveries, releases, ...), and
  sentences that report no act at all (``NONE``: background, statistics, opinion, agendas),
  which the two sets above lack entirely.

A sentence's fold is a hash of its id, so the folds never depend on file order and the
benchmark (bench/crossval.py) scores each sentence with the model that did not see it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

# PLOVER's 16 types in the contract's order, and NONE for a sentence that reports no act:
# the model's output order.
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
         "NONE")
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT", "YIELD": "CONCEDE"}
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    event_type: str
    source: str  # "plv", "gold" or "ours"


def fold_of(example_id: str, folds: int) -> int:
    return int(hashlib.sha1(example_id.encode()).hexdigest(), 16) % folds


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_examples(shared: Path, ours: Path | None = HERE / "sentences.jsonl") -> list[Example]:
    found = []
    for row in _jsonl(shared / "plover" / "PLV_train.jsonl"):
        found.append(Example(row["id"], row["text"], OLD_NAMES.get(row["event"], row["event"]), "plv"))
    for row in _jsonl(shared / "plover" / "PLOVER_GSR_CAMEO.flat.jsonl"):
        found.append(Example(row["id"], row["text"], OLD_NAMES.get(row["event"], row["event"]), "gold"))
    if ours is not None and ours.exists():
        for row in _jsonl(ours):
            found.append(Example(row["id"], row["text"], row["event"], "ours"))
    unknown = sorted({e.event_type for e in found} - set(TYPES))
    if unknown:
        raise ValueError(f"unknown event types in the training data: {unknown}")
    return found
