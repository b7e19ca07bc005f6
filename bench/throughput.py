"""Words per second: the whole multivector pipeline against bare ``nlp.pipe``.

Usage: python bench/throughput.py [--docs N] [--no-write]

Both runs use the same model on the same texts, in one process, one after the other:
bare spaCy (``en_core_web_sm`` as shipped, all its components) and multivector's
extraction (the same model plus dateline, actor and event components, and the
conversion to contract records).  The ratio says what our stages cost on top of the
parse.  The corpus is the demo corpus repeated to N documents.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from datetime import date
from pathlib import Path

from multivector.demo import demo_corpus
from multivector.ingest import read_documents
from multivector.nlp.extract import extract_documents
from multivector.nlp.pipeline import MODEL_PACKAGE, load_pipeline

sys.path.insert(0, str(Path(__file__).parent))
from report_section import write_section  # noqa: E402


def corpus(n: int) -> list:
    base = list(read_documents([str(p) for p in demo_corpus()]))
    return [base[i % len(base)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=220)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    documents = corpus(args.docs)
    words = sum(len(d.text.split()) for d in documents)

    bare = importlib.import_module(MODEL_PACKAGE).load()
    list(bare.pipe(d.text for d in documents[:5]))  # warm up
    started = time.perf_counter()
    for _ in bare.pipe((d.text for d in documents), batch_size=16):
        pass
    bare_seconds = time.perf_counter() - started

    load_pipeline()
    list(extract_documents(documents[:5]))  # warm up
    started = time.perf_counter()
    records = sum(len(r) for _, r in extract_documents(documents, batch_size=16))
    full_seconds = time.perf_counter() - started

    bare_rate, full_rate = words / bare_seconds, words / full_seconds
    text = "\n".join([
        f"Command: `python bench/throughput.py --docs {args.docs}` ({date.today().isoformat()}, "
        "one process, one core)", "",
        "| run | documents | words | seconds | words/s |", "|---|---|---|---|---|",
        f"| bare `nlp.pipe` (en_core_web_sm 3.8.0) | {len(documents)} | {words:,} | "
        f"{bare_seconds:.1f} | {bare_rate:,.0f} |",
        f"| multivector extraction ({records:,} records) | {len(documents)} | {words:,} | "
        f"{full_seconds:.1f} | {full_rate:,.0f} |", "",
        f"Ratio (multivector / bare): **{full_rate / bare_rate:.2f}** of spaCy's own speed.",
    ])
    print(text)
    if not args.no_write:
        write_section("Throughput", text)


if __name__ == "__main__":
    main()
