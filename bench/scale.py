"""Scale benchmark: extraction rate in one process and on Dask with 1 and 2 workers.

    PYTHONPATH=src .venv/bin/python bench/scale.py [--docs 2000] [--no-write]

The corpus is generated from the bundled demo corpus (src/multivector/data/demo): each
document is a dateline-free article of 3 to 6 paragraphs drawn, with a fixed seed, from
different demo articles, with a publication date from one of them.  Every document is a
new text (its own id), so nothing is skipped as unchanged; the figures are therefore
for news-like text of known length, and the projection scales by characters.

Measured, on the same corpus, after each engine has loaded the model (a Dask worker
loads it when it starts, as in production):
1. one process: ``extract_documents(n_process=1)`` (what ``multivector extract`` does);
2. Dask, 1 worker and 2 workers: ``extract_to_parquet`` (partitioning, shipping,
   extraction, Parquet partitions written) on a LocalCluster, 1 thread per worker.

Checks that all three give the same records, prints a markdown snippet and writes it
into BENCHMARKS.md under ``## Scale``.
"""

from __future__ import annotations

import argparse
import os
import psutil
import platform
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from report_section import write_section  # noqa: E402

from multivector.distributed import extract_to_parquet, read_run  # noqa: E402
from multivector.distributed.cluster import dask_client  # noqa: E402
from multivector.ingest import read_documents  # noqa: E402
from multivector.nlp.extract import extract_documents  # noqa: E402
from multivector.nlp.pipeline import load_pipeline  # noqa: E402
from multivector.records import Document  # noqa: E402

DEMO = ROOT / "src" / "multivector" / "data" / "demo"
COMMAND = "PYTHONPATH=src .venv/bin/python bench/scale.py"
TARGET_ARTICLES = 10_000_000
# A typical wire or newspaper article; the projection converts the measured
# characters per second per core into articles of this length.
ARTICLE_CHARS = 3_000


def generate_corpus(n: int, seed: int = 2024) -> list[Document]:
    sources = list(read_documents(sorted(str(p) for p in DEMO.glob("*.txt"))))
    paragraphs: list[tuple[int, str]] = []
    for index, doc in enumerate(sources):
        for block in doc.text.split("\n\n"):
            block = block.strip()
            if len(block) > 80 and not block.startswith(("Title:", "Source:", "Date:")):
                paragraphs.append((index, block))
    rng = random.Random(seed)
    corpus = []
    for number in range(n):
        picked = rng.sample(paragraphs, rng.randint(3, 6))
        published = sources[picked[0][0]].published or date(2022, 9, 14)
        text = "\n\n".join(block for _, block in picked)
        corpus.append(Document(doc_id=f"scale-{number:05d}", text=text, published=published))
    return corpus


def as_json(results) -> list[tuple[str, list[str]]]:
    return [(doc.doc_id, [r.to_json() for r in records]) for doc, records in results]


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all processes, all cores)."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def process_cpu() -> float:
    times = psutil.Process().cpu_times()
    return times.user + times.system


class Measure:
    """Wall time, CPU used by the benchmark's own processes, and CPU others took meanwhile."""

    def __init__(self, wall: float, ours: float, machine: float) -> None:
        self.wall, self.ours, self.others = wall, ours, max(0.0, machine - ours)


def time_single(corpus: list[Document]) -> tuple[Measure, list]:
    load_pipeline()
    machine, cpu, start = busy_seconds(), process_cpu(), time.perf_counter()
    results = as_json(extract_documents(corpus, n_process=1))
    wall = time.perf_counter() - start
    return Measure(wall, process_cpu() - cpu, busy_seconds() - machine), results


def time_dask(corpus: list[Document], workers: int, out: Path) -> tuple[Measure, list, int]:
    with dask_client(workers=workers) as client:
        client.wait_for_workers(workers)
        before = sum(client.run(process_cpu).values())
        machine, cpu, start = busy_seconds(), process_cpu(), time.perf_counter()
        run = extract_to_parquet(corpus, out, client=client)
        wall = time.perf_counter() - start
        machine = busy_seconds() - machine
        ours = process_cpu() - cpu + sum(client.run(process_cpu).values()) - before
    if not run.ok:
        raise SystemExit(f"{len(run.failed)} partitions failed: {run.failed[0].error}")
    return Measure(wall, ours, machine), as_json(read_run(run)), len(run.partitions)


def projection(chars_per_core_s: float) -> list[tuple[int, float]]:
    seconds_one_core = TARGET_ARTICLES * ARTICLE_CHARS / chars_per_core_s
    return [(cores, seconds_one_core / cores / 3600) for cores in (8, 32, 64, 128, 256)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--no-write", action="store_true", help="Do not touch BENCHMARKS.md.")
    args = parser.parse_args()

    corpus = generate_corpus(args.docs)
    chars = sum(len(d.text) for d in corpus)
    single, expected = time_single(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        one_run, one, parts = time_dask(corpus, 1, Path(tmp) / "one")
        two_run, two, _ = time_dask(corpus, 2, Path(tmp) / "two")
    single_s, one_s, two_s = single.wall, one_run.wall, two_run.wall
    for name, got in (("1 worker", one), ("2 workers", two)):
        differing = [a[0] for a, b in zip(expected, got, strict=True) if a != b]
        if differing:
            raise SystemExit(f"Dask ({name}) differs from single-process extraction in "
                             f"{len(differing)} documents, first: {differing[:5]}")
    records = sum(len(r) for _, r in expected)
    rate = {name: len(corpus) / s for name, s in
            (("single", single_s), ("one", one_s), ("two", two_s))}
    # CPU seconds, not wall time: on a machine shared with other work the wall time
    # depends on what else runs, the CPU a document costs does not.
    per_core_chars = chars / two_run.ours
    speedup = rate["two"] / rate["single"]
    rows = [
        f"Produced by `{COMMAND}` (Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} cores shared with other work, one run each).",
        "",
        f"Corpus: {len(corpus):,} documents generated from the demo corpus "
        f"({chars / len(corpus):,.0f} characters on average, {records:,} records); "
        f"{parts} partitions. All three runs gave the same records, record for record.",
        "",
        "| engine | seconds | documents/s | characters/s | CPU s (ours) | CPU s (others) |",
        "|---|---|---|---|---|---|",
        *(f"| {label} | {m.wall:.1f} | {len(corpus) / m.wall:.1f} | {chars / m.wall:,.0f} | "
          f"{m.ours:.1f} | {m.others:.1f} |"
          for label, m in (("one process (`extract_documents`)", single),
                           ("Dask, 1 worker (Parquet partitions)", one_run),
                           ("Dask, 2 workers (Parquet partitions)", two_run))),
        "",
        "*CPU s (ours)*: CPU time of the benchmark's processes (client, scheduler, workers); "
        "*CPU s (others)*: CPU time the rest of the machine took meanwhile. On 2 cores, "
        "every CPU-second taken by others is one the two workers could not use.",
        "",
        f"Speed-up, 2 workers over one process: **{speedup:.2f}x** "
        f"(over 1 worker: {rate['two'] / rate['one']:.2f}x). "
        f"CPU per document, 2 workers (client and scheduler included) against one process: "
        f"{two_run.ours / single.ours:.2f}x; so on two cores left free the speed-up would be "
        f"about 2 / {two_run.ours / single.ours:.2f} = **{2 * single.ours / two_run.ours:.2f}x** "
        "(an estimate from CPU time, not a measurement).",
        "",
        f"Projection for {TARGET_ARTICLES:,} articles of {ARTICLE_CHARS:,} characters at the "
        f"measured {per_core_chars:,.0f} characters per CPU-second (2-worker run, all its "
        "processes' CPU time counted), assuming "
        "the rate per core holds as workers are added (extraction shares nothing between "
        "partitions; the load into the store is not included):",
        "",
        "| cores | hours |",
        "|---|---|",
        *(f"| {cores} | {hours:,.1f} |" for cores, hours in projection(per_core_chars)),
        "",
        f"Cores to finish in 24 hours: "
        f"{TARGET_ARTICLES * ARTICLE_CHARS / per_core_chars / 86_400:,.0f}; in 8 hours: "
        f"{TARGET_ARTICLES * ARTICLE_CHARS / per_core_chars / 28_800:,.0f}.",
    ]
    body = "\n".join(rows)
    print(body)
    if not args.no_write:
        write_section("Scale", body)


if __name__ == "__main__":
    main()
