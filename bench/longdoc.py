"""Seconds per 1,000 sentences and peak memory, by document length.

Usage: python bench/longdoc.py [--sizes 100,1000,10000,50000] [--no-write]
       python bench/longdoc.py --one N [--split]     (one measurement, JSON on stdout)

Each size runs in a fresh process (so peak memory is that run's own): the model is
loaded and warmed up, then one document of N sentences of varied news text (the demo
corpus's sentences, cycled, four to a paragraph) is extracted.  ``--split`` extracts the
same text as paragraph-sized documents instead: the time one long document should stay
close to.  Memory is the process's peak resident set (VmHWM) minus its size after the
model was loaded: what the document itself costs.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from multivector.demo import demo_corpus
from multivector.ingest import read_documents
from multivector.nlp.extract import extract_documents
from multivector.nlp.pipeline import load_pipeline
from multivector.records import Document

sys.path.insert(0, str(Path(__file__).parent))
from report_section import write_section  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
DATELINE = re.compile(r"^[A-Z][A-Z'. -]+,[^—]{0,40}— ")
PUBLISHED = date(2022, 11, 18)


def sentence_pool() -> list[str]:
    """Every sentence of the demo corpus's stories (datelines and header lines dropped)."""
    pool: list[str] = []
    for document in read_documents([str(p) for p in demo_corpus()]):
        body = document.text[document.body_start:]
        for paragraph in body.split("\n\n"):
            paragraph = DATELINE.sub("", paragraph.strip())
            pool += [s.strip() for s in SENTENCE_END.split(paragraph) if s.strip()]
    return pool


def paragraphs(n: int) -> list[str]:
    pool = sentence_pool()
    sentences = [pool[i % len(pool)] for i in range(n)]
    return [" ".join(sentences[i:i + 4]) for i in range(0, n, 4)]


def _memory_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure(n: int, split: bool) -> dict:
    load_pipeline()
    # warm up (lazy tables, the typer's first shapes) on a document of the same kind
    warm = Document(doc_id="warm", text="\n\n".join(paragraphs(40)), published=PUBLISHED)
    list(extract_documents([warm]))
    base_kb = _memory_kb("VmRSS")
    parts = paragraphs(n)
    text = "\n\n".join(parts)
    if split:
        documents = [Document(doc_id=f"p{i}", text=p, published=PUBLISHED)
                     for i, p in enumerate(parts)]
    else:
        documents = [Document(doc_id="long", text=text, published=PUBLISHED)]
    started = time.perf_counter()
    records = sum(len(r) for _, r in extract_documents(documents))
    seconds = time.perf_counter() - started
    return {"sentences": n, "characters": len(text), "split": split, "seconds": seconds,
            "per_1000": seconds * 1000 / n, "records": records,
            "memory_mb": (_memory_kb("VmHWM") - base_kb) / 1024}


def run_one(n: int, split: bool) -> dict:
    command = [sys.executable, __file__, "--one", str(n)] + (["--split"] if split else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000,50000")
    parser.add_argument("--one", type=int)
    parser.add_argument("--split", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.split)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = [run_one(n, False) for n in sizes]
    split = run_one(sizes[-1], True)
    rows_text = [f"| {r['sentences']:,} | {r['characters'] / 1e6:.2f} | {r['seconds']:.1f} | "
                 f"{r['per_1000']:.2f} | {r['memory_mb']:.0f} | {r['records']:,} |" for r in rows]
    ratio = rows[-1]["per_1000"] / rows[0]["per_1000"]
    versus_split = rows[-1]["seconds"] / split["seconds"]
    text = "\n".join([
        f"Command: `python bench/longdoc.py --sizes {args.sizes}` ({date.today().isoformat()}, "
        "one process, one core; each size in a fresh process)", "",
        "| sentences | MB of text | seconds | s per 1,000 sentences | peak memory over the model (MB) | records |",
        "|---|---|---|---|---|---|", *rows_text, "",
        f"Largest against smallest, per sentence: **{ratio:.2f}x** (target <= 1.3x). "
        f"The largest as paragraph-sized documents: {split['seconds']:.1f} s, "
        f"{split['memory_mb']:.0f} MB; one document takes **{versus_split:.2f}x** that "
        "(target <= 1.2x)."])
    print(text)
    if not args.no_write:
        write_section("Long documents", text)


if __name__ == "__main__":
    main()
