"""Extraction on a local Dask cluster of 2 workers equals extraction in one process.

One cluster serves the whole module (starting one takes seconds).  The demo corpus
(21 short articles) is cut into small partitions so both workers get several.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import cloudpickle
import pytest

from multivector.distributed import distributed_extractor, extract_partition, extract_to_parquet, read_run
from multivector.ingest import read_documents
from multivector.nlp.extract import extract_documents
from multivector.records import Document, Record
from multivector.store import Store

pytestmark = pytest.mark.model
DEMO = Path(__file__).resolve().parents[2] / "src" / "multivector" / "data" / "demo"
SMALL = {"max_chars": 4000}

# The injected tasks below live in this test module, which the workers cannot import:
# send them by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def client():
    from multivector.distributed.cluster import dask_client

    with dask_client(workers=2) as opened:
        yield opened


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    return list(read_documents(sorted(str(p) for p in DEMO.glob("*.txt"))))


@pytest.fixture(scope="module")
def single(corpus) -> list[tuple[str, list[str]]]:
    return _as_json(extract_documents(corpus, n_process=1))


def _as_json(results) -> list[tuple[str, list[str]]]:
    return [(doc.doc_id, [record.to_json() for record in records]) for doc, records in results]


def dies_once(marker: str, documents: list[Document]) -> list[list[Record]]:
    """Kill the worker process running the first partition it sees (one time only)."""
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return extract_partition(documents)
    os._exit(1)


def test_two_workers_equal_one_process_record_for_record(client, corpus, single, tmp_path):
    run = extract_to_parquet(corpus, tmp_path, client=client, **SMALL)
    assert run.ok and run.extracted == len(run.partitions) >= 4
    assert _as_json(read_run(run)) == single
    assert sum(len(records) for _, records in single) == run.events + run.indicators > 0


def _malloc_trim_setting() -> str | None:
    return os.environ.get("MALLOC_TRIM_THRESHOLD_")


# Read before any cluster starts: a nanny copies its settings into this process's
# environment too.
USER_MALLOC_TRIM = _malloc_trim_setting()


def test_local_workers_keep_glibc_adaptive_malloc(client):
    """Dask's default MALLOC_TRIM_THRESHOLD_ made every worker ~25% slower than a plain
    process (docs/scale.md); the local cluster must not set it (a value the user
    exported is theirs to keep)."""
    assert set(client.run(_malloc_trim_setting).values()) == {USER_MALLOC_TRIM}


def test_killed_worker_loses_nothing(client, corpus, single, tmp_path):
    marker = str(tmp_path / "killed")
    run = extract_to_parquet(corpus, tmp_path / "lake", client=client,
                             task=functools.partial(dies_once, marker), **SMALL)
    assert Path(marker).exists(), "the injected failure never ran"
    assert run.ok and not run.failed
    assert _as_json(read_run(run)) == single


def test_cluster_ingest_equals_local_ingest(client, corpus, tmp_path):
    with Store(":memory:") as local:
        local.ingest(corpus, workers=1)
        expected = [json.dumps(e.to_dict(), sort_keys=True, default=str)
                    for e in local.distinct_events()]
    with Store(":memory:") as store:
        summary = store.ingest(corpus, one_transaction=True,
                               extractor=distributed_extractor(tmp_path, client=client, **SMALL))
        got = [json.dumps(e.to_dict(), sort_keys=True, default=str)
               for e in store.distinct_events()]
    assert summary.docs_new == len(corpus) and got == expected


def test_cli_ingest_on_a_cluster_address(client, tmp_path):
    from click.testing import CliRunner

    from multivector.cli import main

    db = tmp_path / "kaz.duckdb"
    files = [str(p) for p in sorted(DEMO.glob("*.txt"))[:3]]
    address = client.scheduler.address
    result = CliRunner().invoke(main, ["ingest", *files, "--db", str(db), "--cluster", address,
                                       "--quiet"])
    assert result.exit_code == 0, result.output
    assert "3 new" in result.stderr
    assert (tmp_path / "kaz.duckdb.parts" / "_manifest.jsonl").exists()
    again = CliRunner().invoke(main, ["ingest", *files, "--db", str(db), "--cluster", address])
    assert again.exit_code == 0 and "3 unchanged" in again.stderr


def test_cli_extract_to_parquet(tmp_path):
    from click.testing import CliRunner

    from multivector.cli import main

    files = [str(p) for p in sorted(DEMO.glob("*.txt"))[:2]]
    result = CliRunner().invoke(main, ["extract", *files, "--to-parquet", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "2 documents" in result.stderr
    assert list((tmp_path / "events").glob("*.parquet"))
